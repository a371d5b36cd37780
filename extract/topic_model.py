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

import bisect
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

    def needs_scores(self, rules: bool, cued: bool) -> bool:
        """Whether the scores can change what `decide` gives a clause with keyword topics (`rules`) and a cue or not
        (scores lie in [0, 1]: a threshold at 0 or below every score reaches, one above 1 none does)."""
        detect = self._detect(rules)
        if not cued and detect > 1.0:
            return False  # never a commitment
        verdict = 0.0 < (self.confirm if cued else detect) <= 1.0
        return verdict or self.add <= 1.0 or self._other(rules) <= 1.0

    def decide(self, scores: Mapping[str, float], rules: list[str], cued: bool) -> tuple[list[str], bool]:
        """A read clause's topics and whether it is a commitment. An uncued clause that can never be one keeps the
        keyword topics (`find_commitments` then treats it as the rules alone do), so none of its scores is needed."""
        detect = self._detect(bool(rules))
        if not cued and detect > 1.0:
            return (list(dict.fromkeys(rules)) if self.rules else []), False
        other = self._other(bool(rules))
        if self.add <= 1.0:
            passed = [t for t in TOPICS if scores.get(t, 0.0) >= (other if t == "other" else self.add)]
        else:  # no score reaches `add`: `other` alone can pass
            passed = ["other"] if scores.get("other", 0.0) >= other else []
        found = sorted(passed, key=lambda t: (-scores.get(t, 0.0), t))  # highest first; ties by name: stable
        if self.rules:
            found = list(dict.fromkeys([*rules, *found]))
        return found, scores.get(COMMITMENT, 0.0) >= (self.confirm if cued else detect)

    def _detect(self, rules: bool) -> float:
        return NEVER if self.detect_kw and not rules else self.detect

    def _other(self, rules: bool) -> float:
        return NEVER if self.other_alone and rules else self.other


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
    return [clause for s in sents for clause in sentence_inputs(view, s, owner)]


def sentence_inputs(view: View, s: Sent,
                    owner: Mapping[int, Any] | None = None) -> list[tuple[tuple[int, int], list[str]]]:
    """`clause_inputs` of one sentence."""
    from extract.commitments import topics_of, unnamed

    g = view.grammar
    out = []
    prev: list[str] = []
    # the type of the event the sentence is told under (`@ev:agreement`): what a signing commits to differs
    event = [f"@ev:{owner[s.idx].event.type}"] if owner is not None and s.idx in owner else []
    for a, b in g.clauses(view, s):
        words = g.clause_words(view, a, b)
        if not words:
            continue
        text = view.text[a:b]
        rules = topics_of(view, unnamed(view, a, b))
        out.append(((a, b), [*words, *(f"@kw:{t}" for t in rules), f"@cue:{g.strength(text) or 'none'}",
                             *(f"@prev:{t}" for t in prev), *event]))
        prev = rules
    return out


@functools.cache
def model_for(lang: str) -> TopicModel | None:
    """The packaged model of a language (loaded once per process), None when the language has none."""
    path = MODELS / f"topics-{lang}"
    return TopicModel.load(path) if (path / "meta.json").exists() else None


class Unscored:
    """A document's clauses the classifier reads, scored only when asked and only when the score can change the
    outcome (`Policy.needs_scores`): the shipped `both` policy needs them for few clauses, and building a clause's
    input (keyword topics, cue, a spaCy `Doc`) and scoring it were a tenth of the Korean pipeline."""

    def __init__(self, view: View, sents: Iterable[Sent], model: TopicModel,
                 owner: Mapping[int, Any] | None = None) -> None:
        self.view, self.model, self.owner = view, model, owner
        self.sents = sorted(sents, key=lambda s: s.start)
        self.starts = [s.start for s in self.sents]
        self.read: dict[int, set[tuple[int, int]]] = {}  # per sentence (its index here): its clauses with words
        self.inputs: dict[int, dict[tuple[int, int], list[str]]] = {}  # per sentence: what the classifier reads

    def sentence(self, a: int) -> int | None:
        i = bisect.bisect_right(self.starts, a) - 1
        return i if i >= 0 and a < self.sents[i].end else None

    def reads(self, a: int, b: int) -> bool:
        """The clause [a, b) is one the classifier reads (a clause with words of one of the sentences)."""
        i = self.sentence(a)
        if i is None:
            return False
        if i not in self.read:
            view, s = self.view, self.sents[i]
            self.read[i] = {c for c in view.grammar.clauses(view, s) if view.grammar.has_clause_words(view, *c)}
        return (a, b) in self.read[i]

    def score(self, a: int, b: int) -> dict[str, float]:
        i = self.sentence(a)
        assert i is not None
        if i not in self.inputs:
            self.inputs[i] = dict(sentence_inputs(self.view, self.sents[i], self.owner))
        return self.model.scores([self.inputs[i][(a, b)]])[0]


@dataclass
class ClauseTopics:
    """One document's clause scores and the policy reading them; `commitments.find_commitments` asks it.
    `unscored`: the clauses read but not scored yet (`clause_topics`), scored when first needed."""

    scores: dict[tuple[int, int], dict[str, float]]
    policy: Policy
    unscored: Unscored | None = None

    @classmethod
    def of(cls, view: View, sents: Iterable[Sent], model: TopicModel, policy: Policy,
           owner: Mapping[int, Any] | None = None) -> ClauseTopics:
        """Every clause scored at once (cross-validation reads the scores under many policies)."""
        inputs = clause_inputs(view, sents, owner)
        return cls(dict(zip((span for span, _ in inputs), model.scores([w for _, w in inputs]), strict=True)), policy)

    def topics(self, a: int, b: int, rules: list[str], cued: bool) -> tuple[list[str], bool | None]:
        """The topics of clause [a, b) and whether it is a commitment (None: the classifier did not read it)."""
        scores = self.scores.get((a, b))
        if scores is None:
            if self.unscored is None or not self.unscored.reads(a, b):
                return rules, None
            if not self.policy.needs_scores(bool(rules), cued):
                return self.policy.decide({}, rules, cued)
            scores = self.scores[(a, b)] = self.unscored.score(a, b)
        return self.policy.decide(scores, rules, cued)


def clause_topics(view: View, sents: Iterable[Sent], mode: str | None = None,
                  owner: Mapping[int, Any] | None = None) -> ClauseTopics | None:
    """The document's clause topics for the mode (READOUT_TOPICS when None); None in `rules` mode."""
    mode = mode or topics_mode()
    if mode == "rules":
        return None
    model = model_for(view.lang)
    if model is None:
        return None  # a language without a model keeps its rules
    return ClauseTopics({}, model.policy(mode), Unscored(view, sents, model, owner))
