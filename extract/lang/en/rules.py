"""English rule data (`data/*.yaml`) with their schemas."""
from __future__ import annotations

import functools
from pathlib import Path

from extract.lang.rules import RuleData, Triggers, load

DATA = Path(__file__).parent / "data"


class EnTriggers(Triggers):
    person_verbs: list[str]  # a meeting with a person: no head noun needed
    host_verbs: list[str]  # a meeting when an office-holder is the object (`hosted President X`)
    receive_verbs: list[str]  # of host_verbs, those with no meeting without the person
    courtesy_verbs: list[str]  # a call on the host (of person_verbs): a meeting of its own
    attend_verbs: list[str]  # one side's attendance: an event only with a named meeting as object
    generic_words: list[str]  # a name made only of these is generic (`the talks`)
    ordinals: dict[str, int]
    leader_offices: list[str]  # offices of a state's or a body's head: each met is a meeting of its own
    office_of: list[str]  # `President of the European Council`: a head noun in the body an office is of names no event
    body_nouns: list[str] = []  # `the U.S.-India initiative on …`: a lowercase body noun inside a name
    not_counterparts: list[str] = []  # `met members of the business community`: people met who are no delegation
    signed_only_heads: list[str] = []  # `signed a Joint Declaration on …`: a head that is a document after `signed`
    process_verbs: list[str] = []  # `opened negotiations`, `resumed negotiations`: a launch only with a process head
    launch_verbs_talks: list[str] = []  # `launched free trade talks`: talks launched are negotiations begun
    purpose_verbs: list[str] = []  # `called on President X to discuss …`: a meeting's purpose, not an appeal's demand
    document_words: list[str] = []  # words of a document's kind, not its subject (`memorandum`, `cooperation`)
    document_kinds: dict[str, list[str]] = {}  # MOU, LOI, treaty …: same-day documents of two kinds are two
    object_verbs: list[str] = []  # `began talks`, `wrapped up talks`: an event only with its head right after them
    subject_verbs: list[str] = []  # `The talks began on Monday`: of those, the ones a meeting head may be subject of


class EnPeople(RuleData):
    titles: list[str]
    head_markers: list[str]
    honorifics: list[str]
    styles: list[str]  # styles written before a name that are not part of it (`Datuk Seri`, `Tan Sri`, `Raksha Mantri`)
    hereditary_titles: list[str]  # Malay titles that are part of the name (`Tengku`), styles may follow them
    title_styles: list[str]  # of the styles, those that are an office: the role when no other title is written
    not_person_words: list[str]
    portfolio_words: list[str]  # a portfolio's words: never a name, and they end a title (`Minister for Health X`)
    phrase_breakers: list[str]  # lowercase words that end a title phrase going left (`hosted`, `by`, `met`)


class EnCommitments(RuleData):
    strong: list[str]
    weak: list[str]
    not_commitment: str
    base: dict[str, str]
    infinitive: list[str]


@functools.cache
def triggers() -> EnTriggers:
    return load(DATA / "triggers.yaml", EnTriggers)


@functools.cache
def people() -> EnPeople:
    return load(DATA / "people.yaml", EnPeople)


@functools.cache
def commitments() -> EnCommitments:
    return load(DATA / "commitments.yaml", EnCommitments)
