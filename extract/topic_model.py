"""Clause topics from the trained classifier (issue #16), beside the keyword lists of `commitments.py`.

The classifier (`extract/train/`) reads a clause's words with what the rules say of it (its keyword topics and
cue) and scores each topic and `commitment` (the clause states one). `READOUT_TOPICS` chooses how it is used:

- `rules`: the cues and keyword lists only; the classifier is not loaded;
- `model`: a clause is a commitment when the classifier scores `commitment` at least `confirm` (a clause the rules
  cue) or `detect` (one they do not), and its topics are those scoring at least `add` (`other`, generic
  cooperation, at least `other`);
- `both` (the default since round 14's end: it beat `rules` on the sealed split, on two unseen writers' sets and in
  leave-one-set-out cross-validation; docs/extraction.md): the same choice of clauses, and their topics are the
  keyword topics plus the classifier's as in `model`.

The thresholds, per language and mode, were chosen by cross-validation (`python -m extract.train.cv`) and live in
each model's meta.json (`readout.modes`). The models are package data, `extract/models/topics-<lang>/`, built by
`make train`; nothing is downloaded. What is signed or launched (a name, not a clause) keeps the rules.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from streams.vocabulary import TOPICS

if TYPE_CHECKING:
    from extract.view import Sent, View

MODES = ("rules", "model", "both")
COMMITMENT = "commitment"  # the classifier's label beside the topics: the clause states a commitment
LABELS = (*TOPICS, COMMITMENT)
ENV = "READOUT_TOPICS"
DEFAULT = "both"
NEVER = 2.0  # a threshold no score reaches
MODELS = Path(__file__).parent / "models"


def topics_mode() -> str:
    """The mode READOUT_TOPICS names (`both` when unset); anything else is refused rather than guessed."""
    return env_mode(ENV, MODES, default=DEFAULT)


def env_mode(env: str, modes: Sequence[str], default: str = "rules") -> str:
    """The mode an environment variable names (`default` when unset), one of `modes` (else ValueError)."""
    value = (os.environ.get(env) or default).strip().lower()
    if value not in modes:
        raise ValueError(f"{env}={value!r}: expected one of {', '.join(modes)}")
    return value


@dataclass(frozen=True)
class Policy:
    """How a mode turns the classifier's scores into commitments and topics."""

    confirm: float = 0.0  # a cued clause stays a commitment when `commitment` scores this much (0: always)
    detect: float = NEVER  # an uncued clause becomes one when `commitment` scores this much (above 1: never)
    add: float = NEVER  # a topic scoring this much is the clause's
    other: float = NEVER  # `other` (generic cooperation, the keyword lists' blind spot) scoring this much is too
    rules: bool = False  # the keyword topics are the clause's too (`both`)
    # Gates on what the rules see in the clause (chosen by cross-validation like the thresholds): `other` only where
    # no keyword names a topic (a clause on DPRK missiles is not also generic cooperation), and an uncued clause a
    # commitment only when a keyword names its topic (uncued clauses without one are almost never commitments).
    other_alone: bool = False
    detect_kw: bool = False

    @classmethod
    def of(cls, mode: str, raw: dict[str, Any]) -> Policy:
        return cls(**{k: float(raw[k]) for k in ("confirm", "detect", "add", "other") if k in raw},
                   **{k: bool(raw[k]) for k in ("other_alone", "detect_kw") if k in raw}, rules=mode == "both")


class TopicModel:
    """One language's classifier: a spaCy pipeline holding one `textcat_multilabel` over the topic vocabulary."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.textcat = nlp.get_pipe("textcat_multilabel")
        self.labels: tuple[str, ...] = tuple(self.textcat.labels)
        self.meta: dict[str, Any] = dict(nlp.meta.get("readout") or {})

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        import spacy

        return cls(spacy.load(path))

    def policy(self, mode: str) -> Policy:
        return Policy.of(mode, self.meta["modes"][mode])

    def scores(self, clauses: Sequence[list[str]]) -> list[dict[str, float]]:
        """Each clause's (its words') score per topic, in one batch."""
        from spacy.tokens import Doc

        docs = [Doc(self.nlp.vocab, words=words or ["."]) for words in clauses]
        if not docs:
            return []
        table = self.textcat.predict(docs)
        return [dict(zip(self.labels, map(float, row), strict=True)) for row in table]


def clause_inputs(view: View, sents: Iterable[Sent],
                  owner: Mapping[int, Any] | None = None) -> list[tuple[tuple[int, int], list[str]]]:
    """Every clause of the sentences with what the classifier reads of it: the grammar's words, then what the rules
    say of the clause (`@kw:<topic>` for each keyword topic, `@cue:<strength>`) and of the clause before it in the
    sentence (`@prev:<topic>`: `…북핵 문제를 평가하고, 이 문제를 해결하기 위해 …`). Training data is made by this
    same function (`extract/train/data.py`), so the two never drift apart."""
    from extract.commitments import topics_in, unnamed

    g = view.grammar
    out = []
    for s in sents:
        prev: list[str] = []
        # the type of the event the sentence is told under (`@ev:agreement`): what a signing commits to differs
        event = [f"@ev:{owner[s.idx].event.type}"] if owner is not None and s.idx in owner else []
        for a, b in g.clauses(view, s):
            words = g.clause_words(view, a, b)
            if not words:
                continue
            text = view.text[a:b]
            rules = topics_in(unnamed(view, a, b), view.lang)
            out.append(((a, b), [*words, *(f"@kw:{t}" for t in rules), f"@cue:{g.strength(text) or 'none'}",
                                 *(f"@prev:{t}" for t in prev), *event]))
            prev = rules
    return out


@functools.cache
def model_for(lang: str) -> TopicModel | None:
    """The packaged model of a language (loaded once per process), None when the language has none."""
    path = MODELS / f"topics-{lang}"
    return TopicModel.load(path) if (path / "meta.json").exists() else None


@dataclass
class ClauseTopics:
    """One document's clause scores and the policy reading them; `commitments.find_commitments` asks it."""

    scores: dict[tuple[int, int], dict[str, float]]
    policy: Policy

    @classmethod
    def of(cls, view: View, sents: Iterable[Sent], model: TopicModel, policy: Policy,
           owner: Mapping[int, Any] | None = None) -> ClauseTopics:
        inputs = clause_inputs(view, sents, owner)
        return cls(dict(zip((span for span, _ in inputs), model.scores([w for _, w in inputs]), strict=True)), policy)

    def topics(self, a: int, b: int, rules: list[str], cued: bool) -> tuple[list[str], bool | None]:
        """The topics of clause [a, b) and whether it is a commitment (None: the classifier did not read it)."""
        scores = self.scores.get((a, b))
        if scores is None:
            return rules, None
        p = self.policy
        other = NEVER if p.other_alone and rules else p.other
        ranked = sorted(TOPICS, key=lambda t: (-scores.get(t, 0.0), t))  # highest first; ties by name: stable
        found = [t for t in ranked if scores.get(t, 0.0) >= (other if t == "other" else p.add)]
        if p.rules:
            found = list(dict.fromkeys([*rules, *found]))
        detect = NEVER if p.detect_kw and not rules else p.detect
        return found, scores[COMMITMENT] >= (p.confirm if cued else detect)


def clause_topics(view: View, sents: Iterable[Sent], mode: str | None = None,
                  owner: Mapping[int, Any] | None = None) -> ClauseTopics | None:
    """The document's clause topics for the mode (READOUT_TOPICS when None); None in `rules` mode."""
    mode = mode or topics_mode()
    if mode == "rules":
        return None
    model = model_for(view.lang)
    if model is None:
        return None  # a language without a model keeps its rules
    return ClauseTopics.of(view, sents, model, model.policy(mode), owner)
