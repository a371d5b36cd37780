"""A lower bound on how many events a query matches, from the term dictionary alone (no posting list is read).

A search shows its total only up to a cap ("10,000+"): when this bound is above the cap, the total is known
without counting the matches. tantivy-py runs every search through a multi-collector, which scores every match
whatever is asked, so counting there is a second collector called per match (a quarter of a broad word's search).

The bound: the term dictionary's document frequencies also count deleted events, so each required clause's
frequency is an upper bound of its alive matches but a lower bound of its matches among all the index's slots
(alive or deleted); Bonferroni's inequality then bounds the intersection of the required clauses and the alive
events, and an excluded term takes away at most its frequency.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple, Protocol

Term = tuple[str, str]  # (field, value)


class Span(NamedTuple):
    """A required clause met by every event holding a term of `field` from `low` to `high` (inclusive), a field
    no event holds two terms of (a month): its terms' frequencies add up."""

    field: str
    low: str
    high: str


Required = list[list[Term]] | Span  # a required clause: any of these alternatives, each all of its terms
SLOTS = "mentioned"  # a field with exactly one term per event ("true" or "false"): its frequencies sum to the slots
SLOT_TERMS = ("true", "false")


class Frequencies(Protocol):
    @property
    def num_docs(self) -> int: ...

    def doc_freq(self, field_name: str, field_value: str) -> int: ...

    def terms_with_prefix(self, field_name: str, prefix: str) -> list[tuple[str, int]]: ...


def at_least(searcher: Frequencies, required: list[Required], excluded: tuple[Term, ...] = ()) -> int:
    """At least this many alive events match every required clause and none of the excluded terms (0 when the
    term dictionary tells nothing)."""
    slots = sum(searcher.doc_freq(SLOTS, v) for v in SLOT_TERMS)
    least = searcher.num_docs - len(required) * slots  # the alive events: one more set of the intersection
    for clause in required:
        if isinstance(clause, Span):
            least += sum(n for term, n in searcher.terms_with_prefix(clause.field, "")
                         if clause.low <= term <= clause.high)
        else:
            least += max([0, *(_all_of(searcher, terms, slots) for terms in clause)])
    least -= sum(searcher.doc_freq(f, v) for f, v in excluded)
    return max(least, 0)


def _all_of(searcher: Frequencies, terms: list[Term], slots: int) -> int:
    """At least this many slots hold every one of `terms`."""
    return sum(searcher.doc_freq(f, v) for f, v in terms) - (len(terms) - 1) * slots


def whole_months(first: date | None, last: date | None) -> Span:
    """The `month` terms ("2024-06", in date order as strings) of the months wholly from `first` to `last`."""
    low = "" if first is None else (first if first.day == 1 else _next_month(first)).isoformat()[:7]
    high = "~" if last is None else (last if _next_day(last).day == 1 else last.replace(day=1) - timedelta(days=1)
                                     ).isoformat()[:7]
    return Span("month", low, high)


def _next_month(d: date) -> date:
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1)


def _next_day(d: date) -> date:
    return d + timedelta(days=1)
