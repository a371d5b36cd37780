"""Korean rule data (`data/*.yaml`) with their schemas."""
from __future__ import annotations

import functools
from pathlib import Path

from extract.lang.rules import RuleData, Triggers, load

DATA = Path(__file__).parent / "data"


class KoTriggers(Triggers):
    not_counterparts: list[str]  # `X들과 만나` with these is no diplomatic meeting
    ordinal_first: list[str]  # `첫`, `최초`: the first round
    ordinal_counts: dict[str, int]  # `세 번째`: the third round
    generic_words: list[str]  # say nothing about which event a name is
    gathering_heads: list[str]  # forums, roundtables: not talks between delegations
    scene_nouns: list[str]  # `서명하는 모습을 지켜봤다`: a scene witnessed, the act in it held
    document_kinds: dict[str, list[str]]  # MOU, LOI, treaty …: same-day documents of two kinds are two
    venue_heads: list[str]  # `대통령궁`, `호텔`: `아스타나의 대통령궁에서` is held in the city before the venue
    venue_parts: list[str]  # `청와대 본관에서`: a building or room of a seat of government held at
    body_verbs: list[str]  # `협의체를 구축`, `위원회를 설치`: a body set up is launched
    body_heads: list[str]  # the bodies those verbs launch (not `네트워크를 구축`, a network built)
    talk_verbs: list[str] = []  # `X 장관과는 … 논의했다`: predicates that tell a talk with the person set off by `과는`
    done_predicates: list[str] = []  # `협정 서명이 이뤄졌다`, `MOU 체결이 진행됐다`: a signing noun's light predicates


class KoPeople(RuleData):
    role_suffixes: list[str]
    side_marks: dict[str, str]
    name_links: list[str]
    head_markers: list[str]
    stop: list[str]
    surnames: list[str]
    chinese_surnames: list[str] = []  # `시 주석` of `시진핑`: a Chinese surname in its Chinese reading
    role_lookalikes: list[str] = []  # places ending in a title's syllables (`행사장`, `회의장`): no title
    never_syllables: list[str] = []  # adverbs of time and linking words, never a transliterated name's syllables


class KoCommitments(RuleData):
    strong: list[str]
    weak: list[str]
    verbs: dict[str, str]
    past_cue: str
    dated_cue: str
    not_cue: str
    supply_of: str
    supply_name: str
    verb_self: dict[str, list[str]]


@functools.cache
def triggers() -> KoTriggers:
    return load(DATA / "triggers.yaml", KoTriggers)


@functools.cache
def people() -> KoPeople:
    return load(DATA / "people.yaml", KoPeople)


@functools.cache
def commitments() -> KoCommitments:
    return load(DATA / "commitments.yaml", KoCommitments)
