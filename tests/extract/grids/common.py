"""What the paraphrase grids share: the people and events a cell should yield, the check of a cell's extraction
against them (by the shared scorer's name rule), and the printout of a failing cell's output."""
from __future__ import annotations

import re
from dataclasses import dataclass

from streams.records import EventRecord


@dataclass(frozen=True)
class Person:
    names: tuple[str, ...]  # accepted spellings (records.md: any of a gold delegate's names)
    country: str
    role: str | None = None  # a word the output role must hold (None: not checked)
    head: bool = True


@dataclass(frozen=True)
class Expected:
    type: str
    date: str | None
    city: str | None
    participants: frozenset[str]
    delegates: tuple[Person, ...]


def norm(name: str | None) -> str:
    return re.sub(r"[\s\-.]", "", (name or "").lower())


def person_matches(person: Person, delegate) -> bool:  # noqa: ANN001
    names = {norm(n) for n in person.names}
    return (norm(delegate.name) in names or norm(delegate.name_en) in names) and delegate.country == person.country


def delegate_problems(exp: Expected, event: EventRecord) -> list[str]:
    problems = []
    left = list(event.delegates)
    for person in exp.delegates:
        hit = next((d for d in left if person_matches(person, d)), None)
        if hit is None:
            problems.append(f"missing delegate {person.names[0]}/{person.country}")
            continue
        left.remove(hit)
        if hit.head != person.head:
            problems.append(f"head {hit.name}={hit.head}")
        if person.role and person.role not in (hit.role or "").lower():
            problems.append(f"role {hit.name}={hit.role!r}")
    problems += [f"spurious delegate {d.name}/{d.country}" for d in left]
    return problems


def check(expected: list[Expected], events: list[EventRecord]) -> dict[str, list[str]]:
    """Problems by field: events, city, participants, delegates, role/head (empty: the cell passes)."""
    problems: dict[str, list[str]] = {}
    held = [e for e in events if not e.mentioned]
    for exp in expected:
        cands = [e for e in held if e.type == exp.type and e.date == exp.date]
        if not cands:
            problems.setdefault("events", []).append(f"missed {exp.type} {exp.date}")
            continue
        event = max(cands, key=lambda e: (len(set(e.participants) & exp.participants),
                                          sum(any(person_matches(p, d) for d in e.delegates) for p in exp.delegates)))
        held.remove(event)
        if event.location.city != exp.city:
            problems.setdefault("city", []).append(f"city {event.location.city!r} != {exp.city!r}")
        if set(event.participants) != exp.participants:
            got, want = sorted(event.participants), sorted(exp.participants)
            problems.setdefault("participants", []).append(f"{got} != {want}")
        for p in delegate_problems(exp, event):
            kind = "role/head" if p.startswith(("head", "role")) else "delegates"
            problems.setdefault(kind, []).append(p)
    for e in held:
        problems.setdefault("events", []).append(f"spurious {e.type} {e.date}")
    return problems


def show(events: list[EventRecord]) -> list[str]:
    """One line per extracted event: type, date, city, parties and delegates (name/country/role/head)."""
    lines = []
    for e in events:
        dels = ", ".join(f"{d.name}/{d.country}/{d.role}/{'H' if d.head else '-'}" for d in e.delegates)
        mark = "(m) " if e.mentioned else ""
        lines.append(f"got {mark}{e.type} {e.date} {e.location.city} {e.participants} [{dels}]")
    return lines
