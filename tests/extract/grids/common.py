"""What the paraphrase grids share: the people and events a cell should yield, the check of a cell's extraction
against them (by the shared scorer's name rule), the cells of a grid (a base, one factor at a time, then seeded
pairwise draws), the pass table per dimension value, and the printout of the failing cells."""
from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

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


@dataclass
class Cell:
    choice: dict[str, int]  # dimension -> value index (0 = base)
    text: str = ""
    expected: list[Expected] = field(default_factory=list)
    values: dict[str, list] = field(default_factory=dict, repr=False)  # the grid's (label, value) lists
    published: str | None = None  # the cell's own publication date (ISO), else the grid's

    def label(self) -> str:
        return "; ".join(f"{d}={self.values[d][i][0]}" for d, i in self.choice.items() if i) or "BASE"


Table = dict[str, dict[str, list[int]]]  # dimension -> value label -> [passed, cells]
Failure = tuple[Cell, dict[str, list[str]], list[EventRecord]]


@dataclass(frozen=True)
class Grid:
    name: str
    lang: str
    published: str
    values: dict[str, list]  # dimension -> [(label, value)], index 0 the base value
    build: Callable[[dict[str, int]], Cell]
    compatible: Callable[[dict[str, int]], bool]
    seed: int
    pairwise: int

    def cells(self) -> list[Cell]:
        dims = list(self.values)
        base = {d: 0 for d in dims}
        out = [self.build(base)]
        for dim in dims:
            for i in range(1, len(self.values[dim])):
                choice = {**base, dim: i}
                if self.compatible(choice):
                    out.append(self.build(choice))
        rng = random.Random(self.seed)
        seen = {tuple(c.choice.values()) for c in out}
        drawn = 0
        while drawn < self.pairwise:
            varied = rng.sample(dims, rng.choice((2, 2, 3)))
            choice = {**base, **{d: rng.randrange(1, len(self.values[d])) for d in varied}}
            key = tuple(choice.values())
            if key in seen or not self.compatible(choice):
                continue
            seen.add(key)
            out.append(self.build(choice))
            drawn += 1
        return out

    def run(self) -> tuple[Table, list[Failure]]:
        from tests.extract.sentences import extracted

        table: Table = {d: {} for d in self.values}
        failures: list[Failure] = []
        for cell in self.cells():
            events = extracted(cell.text, self.lang, cell.published or self.published)
            problems = check(cell.expected, events)
            for dim, i in cell.choice.items():
                row = table[dim].setdefault(self.values[dim][i][0], [0, 0])
                row[1] += 1
                row[0] += not problems
            if problems:
                failures.append((cell, problems, events))
        return table, failures

    def dimension_passes(self, table: Table) -> dict[str, int]:
        """Passed cells per dimension, counting each cell under its non-base values (`all`: every cell once)."""
        first = {d: v[0][0] for d, v in self.values.items()}
        out = {d: sum(p for v, (p, _) in rows.items() if v != first[d]) for d, rows in table.items()}
        lead = next(iter(self.values))
        out["all"] = table[lead].get(first[lead], [0])[0] + out[lead]
        return out

    def main(self) -> None:
        table, failures = self.run()
        total = sum(n for _, n in next(iter(table.values())).values())
        print(f"{self.name}: {total - len(failures)}/{total} cells pass")
        print("failing fields:", dict(Counter(k for _, probs, _ in failures for k in probs)))
        for dim, rows in table.items():
            print(f"\n{dim}")
            for value, (p, n) in rows.items():
                print(f"  {p:3d}/{n:<3d} {value}")
        print("\nfailing cells:")
        for cell, probs, events in failures:
            print(f"- [{cell.label()}] {cell.text}")
            for kind, items in probs.items():
                print(f"    {kind}: {'; '.join(items)}")
            for line in show(events):
                print(f"    {line}")


def assert_floors(grid: Grid, floors: dict[str, int]) -> None:
    """Passed cells per dimension are at least the recorded floors (the grids' floor tests)."""
    table, failures = grid.run()
    passed = grid.dimension_passes(table)
    low = {d: (passed[d], floor) for d, floor in floors.items() if passed[d] < floor}
    shown = "\n".join(f"[{c.label()}] {c.text}\n    {probs}" for c, probs, _ in failures)
    assert not low, f"below floor (passed, floor): {low}\nfailing cells:\n{shown}"
