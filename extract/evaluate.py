"""Scores extracted events against gold events: the measures of `../shared/eval/records.md` ("Evaluation").

Per document, each gold non-mentioned event takes the unused predicted non-mentioned event of the same type and
date (or both undated) that shares most participants; a prediction left over that matches a gold `mentioned`
event costs nothing, and gold `mentioned` events are never required. Matched pairs are then scored on city,
participants, delegates, commitment topics, ordinal and next. Counts are summed over documents (micro-average),
overall and per document language, and every miss is listed per document.

Standard library and pydantic only (no spaCy), so scoring a file of events loads nothing heavy.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

F1_MEASURES = ("events", "participants", "delegates", "commitment_topics")
ACCURACY_MEASURES = ("city", "ordinal", "next", "head")
MEASURES = F1_MEASURES + ACCURACY_MEASURES
# The shared scorer's measures; `head` (the head flag of each matched delegate) is Readout's own.
SHARED_MEASURES = F1_MEASURES + ("city", "ordinal", "next")
LABELS = {"events": "events F1", "participants": "participants F1", "delegates": "delegates F1",
          "commitment_topics": "commitment-topic F1", "city": "city accuracy", "ordinal": "ordinal accuracy",
          "next": "next accuracy", "head": "head accuracy"}
UNKNOWN_LANG = "unknown"

# Names compare without case, spaces, hyphens, dots, middle dots and commas; cities without the last two
# exceptions. The same classes as the shared scorer, so that figures agree.
_NAME_NOISE = re.compile(r"[\s\-.·,]")
_CITY_NOISE = re.compile(r"[\s\-.]")


def _norm_name(text: str | None) -> str:
    return _NAME_NOISE.sub("", text or "").casefold()


def _norm_city(text: str | None) -> str:
    return _CITY_NOISE.sub("", text or "").casefold()


# --- what the measures read from a gold or event line ---------------------------------------------------------


class _Loose(BaseModel):
    """Reads the fields the measures need and ignores the rest, so lines from any tool load; null is "not given"."""

    model_config = ConfigDict(extra="ignore", coerce_numbers_to_str=True)

    @model_validator(mode="before")
    @classmethod
    def _nulls_are_defaults(cls, raw: Any) -> Any:
        return {k: v for k, v in raw.items() if v is not None} if isinstance(raw, dict) else raw


class Person(_Loose):
    name: str | None = None
    name_en: str | None = None
    names: list[str] = []  # gold: every accepted spelling; empty for people named only by office
    country: str | None = None
    head: bool = False


class Commitment(_Loose):
    topic: str | None = None


class Place(_Loose):
    city: str | None = None


class NextMeeting(_Loose):
    ordinal: int | None = None
    when: str | None = None


class Event(_Loose):
    """A predicted event (a line of EVENTS.jsonl) or a gold event (inside a gold line's `events`)."""

    doc_id: str | None = None
    lang: str | None = None
    type: str | None = None
    mentioned: bool = False
    name: str | None = None
    date: str | None = None
    location: Place | None = None
    participants: list[str] = []
    delegates: list[Person] = []
    commitments: list[Commitment] = []
    ordinal: int | None = None
    next: NextMeeting | None = None

    @field_validator("date", "location", "next", mode="before")
    @classmethod
    def _empty_is_none(cls, v: Any) -> Any:
        return v or None  # "" and {} mean not given

    def label(self) -> str:
        return " ".join(x for x in (self.type or "?", self.date or "undated", self.name) if x)


class GoldDocument(_Loose):
    id: str
    events: list[Event] = []


# --- results --------------------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass
class Counts:
    """True positives, false positives and false negatives of one F1 measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def add_sets(self, pred: set, gold: set) -> tuple[set, set]:
        """Counts two sets; returns (spurious, missed)."""
        self.add(len(pred & gold), len(pred - gold), len(gold - pred))
        return pred - gold, gold - pred

    @property
    def p(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def r(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.p * self.r, self.p + self.r)

    @property
    def support(self) -> int:
        return self.tp + self.fp + self.fn

    @property
    def figure(self) -> float | None:
        return self.f1 if self.support else None

    def merge(self, other: Counts) -> None:
        self.add(other.tp, other.fp, other.fn)

    def as_dict(self) -> dict[str, Any]:
        return {"p": round(self.p, 3), "r": round(self.r, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    ok: int = 0
    n: int = 0

    def add(self, ok: bool) -> bool:
        self.ok, self.n = self.ok + bool(ok), self.n + 1
        return ok

    @property
    def support(self) -> int:
        return self.n

    @property
    def figure(self) -> float | None:
        return self.ok / self.n if self.n else None

    def merge(self, other: Accuracy) -> None:
        self.ok, self.n = self.ok + other.ok, self.n + other.n

    def as_dict(self) -> dict[str, Any]:
        return {"acc": None if self.figure is None else round(self.figure, 3), "n": self.n}


@dataclass
class Scores:
    """Every measure over some documents (the same JSON shape as the shared scorer's output)."""

    documents: int = 0
    events: Counts = field(default_factory=Counts)
    participants: Counts = field(default_factory=Counts)
    delegates: Counts = field(default_factory=Counts)
    commitment_topics: Counts = field(default_factory=Counts)
    city: Accuracy = field(default_factory=Accuracy)
    ordinal: Accuracy = field(default_factory=Accuracy)
    next: Accuracy = field(default_factory=Accuracy)
    head: Accuracy = field(default_factory=Accuracy)  # of matched delegates (not a shared-scorer measure)

    def measure(self, name: str) -> Counts | Accuracy:
        return getattr(self, name)

    def merge(self, other: Scores) -> None:
        self.documents += other.documents
        for name in MEASURES:
            self.measure(name).merge(other.measure(name))

    def figures(self) -> dict[str, float | None]:
        """The headline figure of each measure (F1 or accuracy); None when nothing was there to score."""
        return {name: self.measure(name).figure for name in MEASURES}

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, **{name: self.measure(name).as_dict() for name in MEASURES}}


@dataclass(frozen=True)
class Finding:
    """One error: `kind` is missed_/spurious_ event, participant, delegate or topic, or wrong_ city, ordinal or
    next; `event` labels the gold event it concerns (the predicted one for a spurious event)."""

    kind: str
    event: str
    detail: str = ""

    def __str__(self) -> str:
        what = self.kind.replace("_", " ")
        return f"{what} {self.detail}: {self.event}" if self.detail else f"{what}: {self.event}"


@dataclass
class DocumentResult:
    doc_id: str
    lang: str
    scores: Scores
    errors: list[Finding]
    kinds: Counter[str] = field(default_factory=Counter)  # event errors by kind (`error_kinds`)


@dataclass
class Report:
    documents: list[DocumentResult]
    total: Scores
    by_lang: dict[str, Scores]

    @classmethod
    def of(cls, documents: Sequence[DocumentResult]) -> Report:
        total, by_lang = Scores(), defaultdict(Scores)
        for doc in documents:
            total.merge(doc.scores)
            by_lang[doc.lang].merge(doc.scores)
        return cls(list(documents), total, dict(sorted(by_lang.items())))

    def kinds(self, lang: str | None = None) -> Counter[str]:
        """Event errors by kind (`error_kinds`) over every document, or those of one language."""
        return sum((d.kinds for d in self.documents if lang in (None, d.lang)), Counter())

    def scope(self, name: str) -> Scores:
        """`all` or a language code."""
        return self.total if name == "all" else self.by_lang.get(name, Scores())

    def as_dict(self, errors: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {**self.total.as_dict(),
                               "by_lang": {lang: s.as_dict() for lang, s in self.by_lang.items()}}
        if errors:
            out["errors"] = [{"doc_id": d.doc_id, "lang": d.lang, "kind": f.kind, "event": f.event,
                              "detail": f.detail} for d in self.documents for f in d.errors]
        return out

    def to_json(self, errors: bool = True) -> str:
        return json.dumps(self.as_dict(errors), ensure_ascii=False)


# --- the measures ---------------------------------------------------------------------------------------------


def _overlap(p: Event, g: Event) -> int:
    return len(set(p.participants) & set(g.participants))


TIES = ("shared", "best")


def match_events(pred: Sequence[Event], gold: Sequence[Event],
                 ties: str = "shared") -> tuple[list[tuple[Event, Event]], set[int]]:
    """Greedy, gold in order: the unused prediction of the same type and date sharing most participants, the later
    of equals (the shared scorer's tie rule, kept so that figures agree). `ties="best"` is a diagnostic only: among
    equals, the one agreeing best on delegates, then topics, so that two same-day meetings with the same parties are
    not scored crosswise. Returns the pairs and the used indexes."""
    pairs, used = [], set()
    for g in gold:
        cands = [(_overlap(p, g), _agreement(p, g) if ties == "best" else (0, 0), i) for i, p in enumerate(pred)
                 if i not in used and p.type == g.type and p.date == g.date]
        if cands:
            i = max(cands)[-1]
            used.add(i)
            pairs.append((pred[i], g))
    return pairs, used


def _agreement(p: Event, g: Event) -> tuple[int, int]:
    """The delegates, then the commitment topics, a prediction shares with a gold event (the `--ties best`
    tie-break): a person named identifies a meeting better than a topic, which many meetings of a day share."""
    delegates = sum(any(delegate_matches(pd, gd) for pd in p.delegates) for gd in g.delegates if gd.names)
    return delegates, len({c.topic for c in p.commitments} & {c.topic for c in g.commitments})


def delegate_matches(pred: Person, gold: Person) -> bool:
    """`name` or `name_en` is one of the gold spellings, and the country agrees when the gold gives one."""
    if not {_norm_name(pred.name), _norm_name(pred.name_en)} & {_norm_name(n) for n in gold.names}:
        return False
    return gold.country is None or pred.country == gold.country


def _score_delegates(p: Event, g: Event, scores: Scores, label: str) -> list[Finding]:
    pred, gold = p.delegates, [d for d in g.delegates if d.names]  # people named only by office are not scored
    hit_p: set[int] = set()
    missed = []
    heads: list[Finding] = []
    for gd in gold:
        i = next((i for i, pd in enumerate(pred) if i not in hit_p and delegate_matches(pd, gd)), None)
        if i is None:
            missed.append(gd)
        else:
            hit_p.add(i)
            if not scores.head.add(pred[i].head == gd.head):
                heads.append(Finding("wrong_head", label, f"{gd.names[0]} ({gd.country}): {pred[i].head}"))
    scores.delegates.add(len(hit_p), len(pred) - len(hit_p), len(missed))
    return ([Finding("missed_delegate", label, f"{d.names[0]} ({d.country})") for d in missed]
            + [Finding("spurious_delegate", label, f"{d.name} ({d.country})")
               for i, d in enumerate(pred) if i not in hit_p] + heads)


def _set_findings(kind: str, label: str, spurious: set, missed: set) -> list[Finding]:
    return ([Finding(f"missed_{kind}", label, str(x)) for x in sorted(missed, key=str)]
            + [Finding(f"spurious_{kind}", label, str(x)) for x in sorted(spurious, key=str)])


def _score_pair(p: Event, g: Event, scores: Scores) -> list[Finding]:
    label, out = g.label(), []
    gold_city = g.location.city if g.location else None
    if gold_city:
        got = p.location.city if p.location else None
        if not scores.city.add(_norm_city(got) == _norm_city(gold_city)):
            out.append(Finding("wrong_city", label, f"{got} for {gold_city}"))
    out += _set_findings("participant", label, *scores.participants.add_sets(set(p.participants),
                                                                              set(g.participants)))
    out += _score_delegates(p, g, scores, label)
    out += _set_findings("topic", label, *scores.commitment_topics.add_sets({c.topic for c in p.commitments},
                                                                             {c.topic for c in g.commitments}))
    if g.ordinal is not None and not scores.ordinal.add(p.ordinal == g.ordinal):
        out.append(Finding("wrong_ordinal", label, f"{p.ordinal} for {g.ordinal}"))
    if g.next is not None:
        pn = p.next or NextMeeting()
        if not scores.next.add(pn.ordinal == g.next.ordinal and pn.when == g.next.when):
            out.append(Finding("wrong_next", label, f"{pn.ordinal}/{pn.when} for {g.next.ordinal}/{g.next.when}"))
    return out


def score_document(doc_id: str, gold: Sequence[Event], pred: Sequence[Event], lang: str,
                   ties: str = "shared") -> DocumentResult:
    scores = Scores(documents=1)
    gold_main = [g for g in gold if not g.mentioned]
    gold_mentioned = [g for g in gold if g.mentioned]
    pred_main = [p for p in pred if not p.mentioned]
    pairs, used = match_events(pred_main, gold_main, ties)
    rest = [p for i, p in enumerate(pred_main) if i not in used]
    _, excused = match_events(rest, gold_mentioned, ties)  # a gold mentioned event found as held costs nothing
    spurious = [p for i, p in enumerate(rest) if i not in excused]
    matched = {id(g) for _, g in pairs}
    missed = [g for g in gold_main if id(g) not in matched]
    scores.events.add(len(pairs), len(spurious), len(missed))
    errors = [Finding("missed_event", g.label()) for g in missed] + \
             [Finding("spurious_event", p.label()) for p in spurious]
    for p, g in pairs:
        errors += _score_pair(p, g, scores)
    kinds = error_kinds(missed, spurious, [p for p in pred if p.mentioned])
    return DocumentResult(doc_id, lang, scores, errors, kinds)


# Kinds of event error, in the order `error_kinds` tries them.
ERROR_KINDS = ("date one day off", "date 2+ days off", "dated, gold undated", "undated, gold dated", "wrong type",
               "found as mentioned", "missed", "spurious")


def _date_kind(p: Event, g: Event) -> str:
    if g.date is None or p.date is None:
        return "dated, gold undated" if g.date is None else "undated, gold dated"
    try:
        days = abs((Date.fromisoformat(p.date) - Date.fromisoformat(g.date)).days)
    except ValueError:
        return "date 2+ days off"
    return "date one day off" if days == 1 else "date 2+ days off"


def error_kinds(missed: Sequence[Event], spurious: Sequence[Event], mentioned: Sequence[Event]) -> Counter[str]:
    """What a document's event errors are, for finding where extraction fails (a diagnostic; the measures stay
    `score_document`'s). A missed gold event and a spurious prediction of the same type are one error, a wrong date
    (two in the F1, one fix); then same date, other type (`wrong type`); a missed event the extractor gave as
    mentioned with the same type and date is `found as mentioned`; the rest are `missed` and `spurious`."""
    kinds: Counter[str] = Counter()
    left = list(spurious)
    for g in missed:
        same_type = [p for p in left if p.type == g.type]
        same_date = [p for p in left if p.date == g.date]
        if same_type:
            kinds[_date_kind(same_type[0], g)] += 1
            left.remove(same_type[0])
        elif same_date:
            kinds["wrong type"] += 1
            left.remove(same_date[0])
        elif any(m.type == g.type and m.date == g.date for m in mentioned):
            kinds["found as mentioned"] += 1
        else:
            kinds["missed"] += 1
    kinds["spurious"] += len(left)
    return +kinds


def score(gold: Iterable[GoldDocument], events: Iterable[Event],
          langs: Mapping[str, str | None] | None = None, ties: str = "shared") -> Report:
    """Scores every gold document; events of other documents are ignored. A document's language is `langs[id]`
    (from the input documents) when given, else its events' `lang`, else `unknown`. `ties`: see `match_events`."""
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_doc[str(e.doc_id)].append(e)
    langs = langs or {}
    results = []
    for doc in gold:
        pred = by_doc.get(doc.id, [])
        lang = langs.get(doc.id) or next((e.lang for e in pred if e.lang), None) or UNKNOWN_LANG
        results.append(score_document(doc.id, doc.events, pred, lang, ties))
    return Report.of(results)


# --- reading JSONL --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BadLine:
    path: Path
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: skipped: {self.reason}"


M = TypeVar("M", bound=BaseModel)


def _reason(exc: ValueError) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "line"
        return f"{where}: {first['msg']}"
    return f"not JSON ({exc})"


def read_jsonl(path: Path, model: type[M]) -> tuple[list[M], list[BadLine]]:
    """One record a line; a line that is not JSON or not a valid record is returned as a BadLine, not raised."""
    rows, bad = [], []
    with path.open(encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(model.model_validate(json.loads(line)))
            except ValueError as exc:  # JSONDecodeError and ValidationError are both ValueErrors
                bad.append(BadLine(path, n, _reason(exc)))
    return rows, bad
