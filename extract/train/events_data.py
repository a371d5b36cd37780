"""Training data for the event sentence classifier, derived from the annotated in-repo tuning sets' gold.

Every document is run through the pipeline (`data.analysed`, set by set as `data.documents` walks them) and cut
into sentences by its grammar. Gold events carry no evidence, so each is anchored by what the text says of it: every
sentence is scored for the event by

- its gold `name` as written (3; or 2 when most of the name's words, two characters or more, are there),
- a date in the sentence resolving to the gold date (2),
- each delegate named (any accepted spelling, 1, at most 2),
- an event noun or trigger verb of the event's type (1: what the classifier reads as `@noun:<type>`/`@verb:<type>`),

and the event's anchors are the sentences of the highest score, when it reaches `MIN_SCORE` (a date or a noun alone
does not anchor). A sentence anchoring a held (not `mentioned`) gold event is labelled with its type (several types
when it anchors several), one anchoring only mentioned events `mention`, any other none. Only tuning sets are read:
never `sealed` or `unseen` splits, never ../shared.

    python -m extract.train.events_data        # writes extract/train/data/events-{en,ko}.jsonl
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from extract.event_model import MENTION, rule_flags, sentence_inputs
from extract.train.data import OUT, ROOT, analysed, documents, tuning_sets
from streams.records import DocumentRecord

MIN_SCORE = 3
_NOISE = re.compile(r"[\W_]+")
_WORDS = re.compile(r"\w{2,}")


@dataclass(frozen=True)
class SentenceExample:
    doc: str
    set: str  # the corpus set (the folds of `events_cv` are sets)
    lang: str
    sent: int
    start: int
    end: int
    text: str
    words: list[str]  # what the classifier reads (`event_model.sentence_inputs`)
    cats: list[str]  # the held types it anchors, or `mention`, sorted; empty: none
    anchors: list[str] = field(default_factory=list)  # the gold events anchored here (name or type), for reading
    rules: list[str] = field(default_factory=list)  # what the rules found here (`rule_flags`), for reading


def _norm(text: str | None) -> str:
    return _NOISE.sub("", (text or "").casefold())


def _name_score(sent: str, name: str | None) -> int:
    if not name:
        return 0
    if _norm(name) and _norm(name) in _norm(sent):
        return 3
    words = {w.casefold() for w in _WORDS.findall(name)}
    low = sent.casefold()
    return 2 if len(words) >= 2 and sum(w in low for w in words) / len(words) >= 0.6 else 0


def anchor_score(view: Any, s: Any, feats: set[str], gold: dict) -> int:
    """How surely sentence `s` (with its classifier features `feats`) reports gold event `gold`."""
    score = _name_score(s.text, gold.get("name"))
    day = gold.get("date")
    if day and len(day) == 10 and any(d.value == date.fromisoformat(day) for d in view.dates_in(s.start, s.end)):
        score += 2
    low = _norm(s.text)
    named = sum(any(_norm(n) and _norm(n) in low for n in p.get("names") or []) for p in gold.get("delegates") or [])
    score += min(2, named)
    if {f"@noun:{gold['type']}", f"@verb:{gold['type']}"} & feats:
        score += 1
    return score


def anchors(view: Any, inputs: Sequence[tuple[Any, list[str]]], gold: dict) -> list[int]:
    """The sentences (their indices) anchoring one gold event: those of the best score, if it reaches MIN_SCORE."""
    scored = [(anchor_score(view, s, set(w for w in words if w.startswith("@")), gold), s.idx) for s, words in inputs]
    best = max((sc for sc, _ in scored), default=0)
    return [i for sc, i in scored if sc == best] if best >= MIN_SCORE else []


def examples(doc: DocumentRecord, gold: dict, set_name: str) -> tuple[list[SentenceExample], dict[str, int]]:
    """The sentences of one document with their labels, and counts of gold events anchored / not."""
    counts = {"held": 0, "held_anchored": 0, "mentioned": 0, "mentioned_anchored": 0}
    sdoc = analysed(doc)
    if sdoc is None:
        return [], counts
    st = sdoc._.readout
    view = st.view
    inputs = sentence_inputs(view)
    flags = rule_flags(st.mentions_of_events, [a.event for a in st.events])
    cats: dict[int, set[str]] = {}
    names: dict[int, list[str]] = {}
    for g in gold.get("events", []):
        kind = "mentioned" if g.get("mentioned") else "held"
        found = anchors(view, inputs, g)
        counts[kind] += 1
        counts[f"{kind}_anchored"] += bool(found)
        for i in found:
            cats.setdefault(i, set()).add(MENTION if g.get("mentioned") else g["type"])
            names.setdefault(i, []).append(g.get("name") or g["type"])
    out = []
    for s, words in inputs:
        labels = cats.get(s.idx, set())
        if len(labels) > 1:
            labels.discard(MENTION)  # a sentence reporting a held event is that, whatever else it recalls
        out.append(SentenceExample(doc.id, set_name, view.lang, s.idx, s.start, s.end, s.text, words, sorted(labels),
                                   names.get(s.idx, []), flags.get(s.idx, [])))
    return out, counts


def build(sets: Iterable[Path], root: Path = ROOT) -> Iterator[tuple[SentenceExample | None, dict[str, int]]]:
    for folder, doc, gold in documents(sets):
        found, counts = examples(doc, gold, str(folder.relative_to(root)))
        yield None, counts
        for ex in found:
            yield ex, {}


def write(out: Path = OUT, root: Path = ROOT) -> dict[str, int]:
    """Writes events-<lang>.jsonl (one sentence a line, in document order); returns counts for a summary."""
    out.mkdir(parents=True, exist_ok=True)
    by_lang: dict[str, list[str]] = {}
    counts = {"sentences": 0, "labelled": 0, "held": 0, "held_anchored": 0, "mentioned": 0, "mentioned_anchored": 0}
    for ex, c in build(tuning_sets(root), root):
        for k, v in c.items():
            counts[k] += v
        if ex is None:
            continue
        by_lang.setdefault(ex.lang, []).append(json.dumps(asdict(ex), ensure_ascii=False))
        counts["sentences"] += 1
        counts["labelled"] += bool(ex.cats)
    for lang, lines in sorted(by_lang.items()):
        (out / f"events-{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def load(lang: str, path: Path = OUT) -> list[SentenceExample]:
    return [SentenceExample(**json.loads(line)) for line in (path / f"events-{lang}.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    print(json.dumps(write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)))
