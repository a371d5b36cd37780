"""Event sentences from the trained classifier (issue #16, round 11), beside the grammars' event rules.

The classifier (`extract/train/events_data.py`, `make train-events`) reads a sentence's words (Kiwi morphemes for
Korean) with what the grammar sees in it (the dates and how far they lie from the publication day, the event nouns,
trigger verbs and future words of the grammar, a party named) and scores
each held event type (the sentence reports an event of that type taking place) and `mention` (it refers to one in
passing). `READOUT_EVENTS` chooses how it is used:

- `rules` (the default): the grammars' rules only; the classifier is not loaded;
- `both`: a sentence no rule mention draws on whose best type scores at least `add` becomes an event mention of that
  type, given its date, place and parties by the same code as a rule mention, then grouped with the rules' mentions
  (`events.group_events`); a held rule event none of whose sentences scores `veto` for a held type is dropped.

The thresholds, per language, were chosen by cross-validation grouped by corpus set (`python -m extract.train.
events_cv`) and live in each model's meta.json (`readout`). The models are package data,
`extract/models/events-<lang>/`; nothing is downloaded.
"""
from __future__ import annotations

import copy
import functools
import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.topic_model import TopicModel, env_mode
from streams.vocabulary import EVENT_TYPES

if TYPE_CHECKING:
    from extract.build import Assembled
    from extract.events import Event, EventMention
    from extract.view import Sent, View

MODES = ("rules", "both")
ENV = "READOUT_EVENTS"
MENTION = "mention"  # the classifier's label beside the types: the sentence refers to an event in passing
LABELS = (*EVENT_TYPES, MENTION)
NEVER = 2.0  # a threshold no score reaches
MODELS = Path(__file__).parent / "models"
RECENT_DAYS = 10  # as `events.RECENT_DAYS`: a day further back is referred to in passing


def events_mode() -> str:
    """The mode READOUT_EVENTS names (`rules` when unset); anything else is refused rather than guessed."""
    return env_mode(ENV, MODES)


@dataclass(frozen=True)
class Policy:
    add: float = NEVER  # a sentence without rule mentions whose best type scores this much becomes an event
    veto: float = 0.0  # a held rule event all of whose sentences score below this for every type is dropped (0: none)

    @classmethod
    def of(cls, raw: dict[str, Any]) -> Policy:
        return cls(**{k: float(raw[k]) for k in ("add", "veto") if k in raw})


class EventModel(TopicModel):
    """One language's classifier: a spaCy pipeline holding one `textcat_multilabel` over LABELS; loaded and scored
    as the topic classifier is, its thresholds under `readout.policy`."""

    def policy(self) -> Policy:  # type: ignore[override]
        return Policy.of(self.meta.get("policy") or {})


@functools.cache
def model_for(lang: str) -> EventModel | None:
    """The packaged model of a language (loaded once per process), None when the language has none."""
    path = MODELS / f"events-{lang}"
    return EventModel.load(path) if (path / "meta.json").exists() else None


# --- what the classifier reads ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cues:
    """A grammar's trigger words as patterns over a sentence: (feature, pattern) for event nouns and future words;
    verbs as whole words (English) or as morphemes (Korean: `열` is a morpheme, not a substring)."""

    text: tuple[tuple[str, re.Pattern[str]], ...]
    verbs: dict[str, frozenset[str]]


def _alternation(words: Sequence[str], bounded: bool) -> re.Pattern[str]:
    body = "|".join(re.escape(w.lower()) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if bounded else f"(?:{body})")


@functools.cache
def _cues(lang: str) -> _Cues:
    cfg = importlib.import_module(f"extract.lang.{lang}.rules").triggers()
    bounded = lang != "ko"  # Korean nouns take particles: `회의를`, `협정에`
    text = [(f"@noun:{t}", _alternation(words, bounded)) for t, words in cfg.heads.items() if words]
    text.append(("@future", _alternation(cfg.future, bounded)))
    verbs = {t: frozenset(w.lower() for w in words) for t, words in cfg.verbs.items()}
    if bounded:
        text += [(f"@verb:{t}", _alternation(words, True)) for t, words in verbs.items() if words]
        verbs = {}
    return _Cues(tuple(text), verbs)


def sentence_inputs(view: View) -> list[tuple[Sent, list[str]]]:
    """Every sentence with what the classifier reads of it: the grammar's words, then what the grammar sees there
    (dates and how far they lie from the publication day, event nouns, trigger verbs, future words, a party named).
    Not whether a rule mention is there: `both` asks only of sentences no rule draws on, where that is always no,
    and trained with it the classifier learns that an event sentence is one the rules found (`rule_flags` keeps it
    beside the training data, for reading). Training data is made by this same function
    (`extract/train/events_data.py`), so the two never drift apart."""
    cues = _cues(view.lang)
    out = []
    for s in view.sents:
        words = view.grammar.clause_words(view, s.start, s.end)
        if not words:
            continue
        feats: list[str] = ["@lead"] if s.idx < 2 else []
        for d in view.dates_in(s.start, s.end):
            feats.append(f"@date:{d.kind}")
            if d.kind == "day" and d.value is not None and view.published is not None:
                days = (view.published - d.value).days
                feats.append("@day:ahead" if days < 0 else "@day:recent" if days <= RECENT_DAYS else "@day:old")
        low = s.text.lower()
        feats += [f for f, pat in cues.text if pat.search(low)]
        if cues.verbs:
            have = set(words)
            feats += [f"@verb:{t}" for t, vs in cues.verbs.items() if vs & have]
        if view.mentions_in(s.start, s.end, "COUNTRY", "GROUP"):
            feats.append("@party")
        out.append((s, [*words, *dict.fromkeys(feats)]))
    return out


def rule_flags(mentions: Sequence[EventMention], events: Sequence[Event]) -> dict[int, list[str]]:
    """Per sentence, what the rules found there: each mention's type, mood and event (`held`, `past`, or `dropped`:
    a future mention, or one the grouping let go), and `named`."""
    state = {id(m): "past" if e.mentioned else "held" for e in events for m in e.mentions}
    out: dict[int, list[str]] = {}
    for m in mentions:
        flags = [f"@rule:{m.type}", f"@mood:{m.mood}", f"@rule:{state.get(id(m), 'dropped')}",
                 *(["@named"] if m.name else [])]
        out[m.sent.idx] = list(dict.fromkeys([*out.get(m.sent.idx, []), *flags]))
    return out


# --- how `both` uses the scores ---------------------------------------------------------------------------------


def best_type(scores: dict[str, float]) -> tuple[str, float]:
    """The held type scoring highest (ties: the first of EVENT_TYPES) and its score."""
    t = max(EVENT_TYPES, key=lambda t: (scores.get(t, 0.0), -EVENT_TYPES.index(t)))
    return t, scores.get(t, 0.0)


def _mention_for(view: View, s: Sent, etype: str) -> EventMention:
    """A mention of the sentence as a whole, its trigger at the first event noun of its type (where the rules would
    put it: a date after it is the event's) or at the sentence's start; date, place and parties as the rules'."""
    from extract.events import EventMention, attributes

    cues = dict(_cues(view.lang).text)
    found = cues[f"@noun:{etype}"].search(s.text.lower()) if f"@noun:{etype}" in cues else None
    at = s.start + (found.start() if found else 0)
    m = EventMention(etype, s, at, s.start + (found.end() if found else 0), "main", clause=(s.start, s.end),
                     by_model=True)
    attributes(view, m)
    return m


def revise(view: View, mentions: Sequence[EventMention], events: list[Event],
           scores: dict[int, dict[str, float]], policy: Policy) -> list[Event]:
    """The events with the classifier's: an event for each sentence it finds that no rule mention draws on and that
    is no rule event's again, and held rule events it finds nowhere dropped (`policy.veto`); `events` itself when
    it changes nothing."""
    drawn = {m.sent.idx for m in mentions}
    added = []
    for s in view.sents:
        sc = scores.get(s.idx)
        if sc is None or s.idx in drawn:
            continue
        etype, score = best_type(sc)
        if score >= policy.add:
            added.append(_mention_for(view, s, etype))
    vetoed = {id(m) for e in events if not e.mentioned and policy.veto > 0 and all(
        best_type(scores.get(m.sent.idx, {}))[1] < policy.veto for m in e.mentions) for m in e.mentions}
    kept = [m for m in mentions if id(m) not in vetoed]
    added = _new_events(view, kept, added)
    if not added and not vetoed:
        return events
    return _grouped(view, kept, added)


def _new_events(view: View, mentions: Sequence[EventMention], added: list[EventMention]) -> list[EventMention]:
    """Of the added mentions, the first of each event they make on their own: one grouped with a rule mention
    (a photo caption, an attendee line of the day's meeting) repeats an event the rules have. Each kept one owns
    only its sentence, as a side meeting does (`separate`): the sentences after it stay the rules' events'."""
    if not added:
        return []
    ours = {id(m) for m in added}
    out = []
    for e in _grouped(view, mentions, added):
        if all(id(m) in ours for m in e.mentions):
            out.append(e.mentions[0])
    for m in out:
        m.separate = True
    return out


def _grouped(view: View, mentions: Sequence[EventMention], added: Sequence[EventMention]) -> list[Event]:
    """The mentions grouped, the rules' in their order and each added one before the first rule mention after it."""
    from extract.events import group_events

    pending = sorted(added, key=lambda m: m.sent.start)
    merged: list[EventMention] = []
    for m in mentions:
        while pending and pending[0].sent.start < m.sent.start:
            merged.append(pending.pop(0))
        merged.append(m)
    return group_events(view, merged + pending)


def sentence_scores(view: View, model: EventModel) -> dict[int, dict[str, float]]:
    inputs = sentence_inputs(view)
    return dict(zip((s.idx for s, _ in inputs), model.scores([w for _, w in inputs]), strict=True))


def with_model(view: View, mentions: Sequence[EventMention], events: list[Event], mode: str | None = None
               ) -> list[Event]:
    """The document's events for the mode (READOUT_EVENTS when None): the rules' own in `rules` mode."""
    if (mode or events_mode()) == "rules":
        return events
    model = model_for(view.lang)
    if model is None:
        return events  # a language without a model keeps its rules
    policy = model.policy()
    if policy.add > 1.0 and policy.veto <= 0.0:
        return events  # thresholds no score reaches (English: cross-validation found no gain): nothing to read
    return revise(view, mentions, events, sentence_scores(view, model), policy)


def lend_people(events: Sequence[Assembled]) -> None:
    """An event of the classifier's own sentence (`회담 뒤 두 정상은 … MOU 교환식에 참석했다`, a signing or
    launch at the day's meeting) that names no one there has the people and parties of the held event before it on
    its day: those who met sign, launch or attend. (The rules' events never lend or borrow here.)"""
    held = [a for a in events if not a.event.mentioned]
    for k, a in enumerate(held):
        if a.people or not all(m.by_model for m in a.event.mentions):
            continue
        donor = next((b for b in reversed(held[:k]) if b.people and b.event.date == a.event.date
                      and not all(m.by_model for m in b.event.mentions)), None)
        if donor is not None:
            a.people = [copy.copy(p) for p in donor.people]
            a.parties.extend(p for p in donor.parties if p not in a.parties)
