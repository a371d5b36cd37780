"""Commitments: clauses where parties agree, decide, plan or propose to act, with topics from keyword
lists and a short English action phrase; and the announced next meeting. Each grammar cuts clauses,
reads cues and phrases actions; topics, lists and the assembly are shared."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from extract.dates import DateMention
from extract.gazetteer import get_gazetteer
from extract.view import Sent, View

DATA = Path(__file__).parent / "data"


@functools.cache
def cfg() -> dict:
    return yaml.safe_load((DATA / "commitments.yaml").read_text(encoding="utf-8"))


@dataclass
class Found:
    topic: str
    action: str
    text: str


@dataclass
class NextMeeting:
    ordinal: int | None
    when: str | None


def _rank(topic: str) -> int:
    pr = cfg()["priority"]
    return pr.index(topic) if topic in pr else len(pr)


@functools.cache
def _keywords(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every keyword, longest first, so a scan finds the longest at each place;
    a keyword listed under two topics goes to the one earlier in `priority`."""
    from extract.lang import grammar_for

    grammar = grammar_for(lang)
    assert grammar is not None
    topic_of: dict[str, str] = {}
    for t in sorted(get_gazetteer().topics, key=lambda t: _rank(t.topic)):
        for kw in getattr(t, lang, []):
            topic_of.setdefault(grammar.keyword_key(kw), t.topic)
    alts = "|".join(re.escape(k) for k in sorted(topic_of, key=len, reverse=True))
    return re.compile(grammar.keyword_pattern(alts)), topic_of


def topics_in(text: str, lang: str) -> list[str]:
    """Topics whose keywords occur; a longer keyword hides the shorter ones inside it, and
    `핵심광물 공급망` / `semiconductor supply chains` is about the thing, not supply chains in general."""
    from extract.lang import grammar_for

    grammar = grammar_for(lang)
    if grammar is None:
        return []
    hay = grammar.fold(text)
    pattern, topic_of = _keywords(lang)
    kept = [(m.start(), m.end(), topic_of[m.group()]) for m in pattern.finditer(hay)]
    out: list[str] = []
    for i, cur in enumerate(kept):
        if cur[2] == "supply_chain" and grammar.supply_chain_of(
                hay, kept[i - 1] if i > 0 else None, cur, kept[i + 1] if i + 1 < len(kept) else None):
            continue
        out.append(cur[2])
    field = grammar.field_topics(text)
    if field:
        return field[:1]
    return list(dict.fromkeys(out))


def topic_phrase(topic: str) -> str:
    return cfg()["topic_phrases"].get(topic, topic.replace("_", " "))


def action_phrase(verb: str, obj: str, topic: str) -> str:
    templates = cfg()["action_templates"]
    if topic == "other":
        return templates["other"].get(verb, f"{verb} cooperation")
    return templates["object"].get(verb, "{verb} {obj}").format(verb=verb, obj=obj)


_MARKER = re.compile(r"\s*[▲△▶▷■◆◇●•\-–*]\s*")
_BULLET = re.compile(r"^\s*[▲△▶▷■□◆◇○●•·\-–*]\s*\S")


def is_marker(text: str) -> bool:
    """A bullet mark the sentence splitter left on its own (`▲`)."""
    return bool(_MARKER.fullmatch(text))


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text)) and not text.lstrip().startswith(("□", "○"))


def list_items(view: View) -> set[int]:
    """Sentences that are bullet items of a list led by a commitment (`다음과 같이 협력하기로 하였다.`)."""
    out: set[int] = set()
    lead = marker = False
    for s in view.sents:
        bare = is_marker(s.text)
        bullet = bare or marker or is_bullet(s.text)
        marker = bare
        if bullet and lead:
            out.add(s.idx)
        if not bullet:
            lead = view.grammar.list_lead(s.text)
    return out


def find_commitments(view: View, s: Sent, force: bool = False, fallback: list[str] | None = None,
                     cue: str | None = None) -> list[Found]:
    """Commitments in one sentence; `force` treats the whole span as one (what was signed or launched).
    A firm commitment without a topic word takes `fallback` (the event name's topics), else `other`;
    `cue` is the strength a bullet line inherits from the sentence that leads its list."""
    g = view.grammar
    clauses = g.clauses(view, s)
    out: list[Found] = []
    prev_topics: list[str] = []
    # `A를 확대하고, B에 공동 대응해 나가기로 했다`: coordinated clauses share the sentence-final cue.
    final = g.strength(view.text[clauses[-1][0]:clauses[-1][1]]) if clauses and g.shares_final_cue else None
    if not force and g.reported_speech(s):
        return []  # `정부 소식통은 "…협의해 나갈 것"이라고 전했다`: an official's account, not the parties'
    headline = not force and cue is None and g.headline(view, s)
    for a, b in clauses:
        text = view.text[a:b].strip()
        strength = "strong" if force else (g.strength(text) or (final if final == "strong" else None) or cue)
        if headline and strength == "weak":
            continue
        topics = topics_in(text, view.lang)
        # `이를 더욱 확장해 나가기로`: the clause continues the one before it.
        if not topics and g.continuation.match(text):
            topics = prev_topics
        prev_topics = topics or prev_topics
        if strength is None:
            continue
        if not topics:
            if strength != "strong" or (force and not fallback):
                continue  # a signed or launched name without a topic word says nothing more
            topics = fallback or ["other"]
        for topic in topics:
            out.append(Found(topic, g.action(view, a, b, text, topic), text[:400]))
    return out


def find_next(view: View, s: Sent, dates: list[DateMention]) -> NextMeeting | None:
    """The announced next meeting (`5차 회의는 올해 하반기` -> 5, `2024-H2`; `정례화` -> `regular`)."""
    when = None
    for d in dates:
        if d.kind in ("half", "month", "day", "year") and d.when and (
                view.published is None or d.value is None or d.value >= view.published.replace(day=1)):
            when = d.when
            break
    return view.grammar.find_next(view, s, when)
