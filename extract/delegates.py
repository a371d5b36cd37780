"""People reported as attending or leading: name, English name, role, organisation, country, head.
Each grammar finds the people of a sentence; heads are decided here."""
from __future__ import annotations

from dataclasses import dataclass

from extract.view import Sent, View


@dataclass
class Person:
    name: str
    start: int
    end: int
    name_en: str | None = None
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    head: bool = False
    person_id: str | None = None
    sent: int = 0
    home_side: bool = False  # the country is only the publisher's default, not said in the person's phrase
    met: bool = False  # who was met (`met with President X`) with no side said: never the publisher's by default


def find_people(view: View, s: Sent, ner: list[tuple[int, int]], call_is_event: bool = False) -> list[Person]:
    """The people of a sentence; one called on (`called on President X`) only when that call is the event."""
    return [p for p in view.grammar.people(view, s, ner) if call_is_event or not view.grammar.called_on(view, p)]


def is_attendance(view: View, s: Sent) -> bool:
    """A sentence that reports who attended (not who will)."""
    g = view.grammar
    return bool(g.attendance.search(s.text)) and not g.attendance_future.search(s.text)


def head_marked(view: View, s: Sent) -> bool:
    return view.grammar.head_marked(s)


def assign_heads(view: View, people: list[Person], marked: set[int]) -> None:
    """Explicit markers (`수석대표`, `주재`, `led by`) decide when present; otherwise a country's
    only one or two delegates lead it, and a long list of one country are attendees."""
    if marked:
        for p in people:
            p.head = p.sent in marked
        return
    per: dict[str | None, int] = {}
    for p in people:
        per[p.country] = per.get(p.country, 0) + 1
    for p in people:
        p.head = per[p.country] <= 2
