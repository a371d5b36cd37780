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

from typing import Protocol

Term = tuple[str, str]  # (field, value)
Required = list[list[Term]]  # a required clause: any of these alternatives, each all of its terms
SLOTS = "mentioned"  # a field with exactly one term per event ("true" or "false"): its frequencies sum to the slots
SLOT_TERMS = ("true", "false")


class Frequencies(Protocol):
    @property
    def num_docs(self) -> int: ...

    def doc_freq(self, field_name: str, field_value: str) -> int: ...


def at_least(searcher: Frequencies, required: list[Required] | None, excluded: tuple[Term, ...] = ()) -> int:
    """At least this many alive events match every required clause and none of the excluded terms (0 when
    nothing is known: `required` None, a clause the term dictionary cannot bound, such as a date range)."""
    if required is None:
        return 0
    slots = sum(searcher.doc_freq(SLOTS, v) for v in SLOT_TERMS)
    least = searcher.num_docs - len(required) * slots  # the alive events: one more set of the intersection
    for clause in required:
        least += max([0, *(_all_of(searcher, terms, slots) for terms in clause)])
    least -= sum(searcher.doc_freq(f, v) for f, v in excluded)
    return max(least, 0)


def _all_of(searcher: Frequencies, terms: list[Term], slots: int) -> int:
    """At least this many slots hold every one of `terms`."""
    return sum(searcher.doc_freq(f, v) for f, v in terms) - (len(terms) - 1) * slots
