"""The day's city: an event held on a day the text places elsewhere, with no place of its own, is where that day's
other events are (`같은 날 오후 X 장관을 면담`, MOUs signed `이날` after a summit in Astana)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from extract.shared_rules import shared_rules
from streams.records import EventRecord


@cache
def _adjacent_day() -> re.Pattern[str]:
    words = sorted(shared_rules().adjacent_day_words, key=len, reverse=True)
    return re.compile("|".join(re.escape(w).replace(r"\ ", r"\s*") for w in words), re.I)


def with_day_city(records: list[EventRecord], wire: str | None = None,
                  remote: frozenset[str] | set[str] = frozenset(),
                  placed: frozenset[str] | set[str] | None = None) -> list[EventRecord]:
    """Each held event without a city takes the one city the document's other held events of its day share (an
    undated one: of every day; none when they name two cities, or when its own country is another). `wire`: the
    report's dateline city, which an event told from the day after (`전날에는 X 장관과 회담했다`) had only for want of
    another. `remote`: the ids of calls and video meetings, which are nowhere (records.md rule 7). `placed`: the ids
    of events whose own sentences name their place; another of the day (`Following the talks, the two signed …`)
    whose city came only from elsewhere in the text takes the one city those name that day."""
    cities: dict[str, set[tuple[str, str | None]]] = {}
    own: dict[str, set[tuple[str, str | None]]] = {}
    for r in records:
        if not r.mentioned and r.date and r.location.city:
            cities.setdefault(r.date, set()).add((r.location.city, r.location.country))
            if placed is not None and r.id in placed:
                own.setdefault(r.date, set()).add((r.location.city, r.location.country))
    # `On the sidelines of these meetings, … - With Minister X, he …`: an undated held event (some day of a span) is
    # where all the document's dated held events are, when they name one city.
    every = set().union(*cities.values()) if cities else set()
    out = []
    for r in records:
        there = own.get(r.date or "", set())
        if placed is not None and r.id not in placed and not r.mentioned and r.location.city and len(there) == 1 \
                and r.id not in remote and next(iter(there))[0] != r.location.city:
            city, country = next(iter(there))
            r = r.model_copy(update={"location": r.location.model_copy(update={"city": city, "country": country})})
        day = cities.get(r.date or "", set()) if r.date else every
        adjacent = bool(r.date and _adjacent_day().search(r.evidence))
        # (not `The next day he flew to Seoul, where …`: a city its own sentence names, though the dateline's too)
        if adjacent and wire is not None and r.location.city == wire and not r.mentioned \
                and day <= {(wire, r.location.country)} and wire not in r.evidence:
            near = _near_days(cities, r.date or "") - {(wire, r.location.country)}
            if len(near) == 1:
                city, country = next(iter(near))
                r = r.model_copy(update={"location": r.location.model_copy(update={"city": city, "country": country})})
        if not day and adjacent and r.date:
            # `이튿날인 9.11.(수) … 예방`, `위원회에 앞서 11.15.(수)에는 실무회의`: the city of the day it is told from.
            day = _near_days(cities, r.date)
        if not r.mentioned and r.location.city is None and len(day) == 1 and r.id not in remote:
            city, country = next(iter(day))
            if r.location.country in (None, country):
                r = r.model_copy(update={"location": r.location.model_copy(update={"city": city, "country": country})})
        out.append(r)
    return out


def _near_days(cities: dict[str, set[tuple[str, str | None]]], day: str) -> set[tuple[str, str | None]]:
    d = date.fromisoformat(day)
    return cities.get(str(d - timedelta(days=1)), set()) | cities.get(str(d + timedelta(days=1)), set())
