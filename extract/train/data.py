"""Training data for the clause topic classifier, derived from the annotated in-repo tuning sets.

Every document is run through the pipeline; each sentence is cut into clauses by its grammar's clause cutter (the
clauses the commitment rules read), and a clause is labelled with the topics of the gold commitments whose
`evidence` (an exact substring of the text) overlaps it by at least `MIN_OVERLAP` word characters, else with none.
Only tuning sets are read: never `sealed` or `unseen` splits, never ../shared.

    python -m extract.train.data            # writes extract/train/data/topics-{en,ko}.jsonl and topics-sets.txt
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from streams.records import DocumentRecord

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).parent / "data"
# The in-repo tuning sets (the Makefile's TUNING_SETS); closed splits are refused by `tuning_sets`.
TUNING_GLOBS = ("tests/extract/heldout", "tests/extract/tuning2", "tests/extract/blind", "tests/extract/corpus/*/tune")
CLOSED = frozenset({"sealed", "unseen"})
MIN_OVERLAP = 3  # word characters shared with an evidence: a comma or a space at a clause edge is no overlap
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Example:
    doc: str
    lang: str
    start: int
    end: int
    text: str
    words: list[str]  # what the classifier reads (`topic_model.clause_inputs`)
    cats: list[str]  # topics of the gold commitments whose evidence overlaps the clause, sorted


def tuning_sets(root: Path = ROOT) -> list[Path]:
    out = sorted({p for g in TUNING_GLOBS for p in root.glob(g) if (p / "gold.jsonl").exists()})
    for p in out:
        if CLOSED & set(p.parts):
            raise ValueError(f"{p}: a closed split is never training data")
    return out


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evidence_spans(text: str, evidence: str) -> list[tuple[int, int]]:
    """Every place the evidence occurs in the text."""
    out, at = [], text.find(evidence) if evidence else -1
    while at >= 0:
        out.append((at, at + len(evidence)))
        at = text.find(evidence, at + 1)
    return out


def labels(text: str, clause: tuple[int, int], evidence: Sequence[tuple[tuple[int, int], str]]) -> list[str]:
    """Topics of the evidence spans overlapping the clause by at least MIN_OVERLAP word characters."""
    a, b = clause
    out = set()
    for (x, y), topic in evidence:
        lo, hi = max(a, x), min(b, y)
        if hi > lo and len(_WORD.findall(text[lo:hi])) >= MIN_OVERLAP:
            out.add(topic)
    return sorted(out)


def gold_evidence(text: str, gold: dict) -> tuple[list[tuple[tuple[int, int], str]], int]:
    """(span, topic) of every gold commitment of every event, and how many evidences were not found in the text."""
    out, missing = [], 0
    for event in gold.get("events", []):
        for c in event.get("commitments") or []:
            spans = evidence_spans(text, c.get("evidence") or "")
            missing += not spans
            out += [(s, c["topic"]) for s in spans]
    return out, missing


def document(raw: dict) -> DocumentRecord:
    fields = ("id", "url", "title", "text", "published", "lang", "source")
    return DocumentRecord.model_validate({k: raw[k] for k in fields if raw.get(k) is not None})


def analysed(doc: DocumentRecord) -> Any | None:
    """The document run through the pipeline (the spaCy Doc holding the Analysis), None when no grammar reads it."""
    from extract import pipeline
    from extract.lang import grammar_for
    from extract.text import clean_text
    from streams.publishers import home_country

    text = clean_text(doc.text)
    lang = pipeline.document_language(doc, text)
    grammar = grammar_for(lang)
    if grammar is None or not text.strip():
        return None
    return pipeline.run(text, grammar.code, doc.published_date(), clean_text(doc.title) if doc.title else None,
                        home_country(doc.source, doc.url))


def examples(doc: DocumentRecord, gold: dict) -> tuple[list[Example], int]:
    """The clauses of one document with their labels, and the count of evidences not found."""
    from extract.topic_model import clause_inputs

    sdoc = analysed(doc)
    if sdoc is None:
        return [], 0
    from extract import pipeline

    _, view, owner = pipeline._sectioned(sdoc)
    text = view.text
    evidence, missing = gold_evidence(text, gold)
    return [Example(doc.id, view.lang, a, b, text[a:b], words, labels(text, (a, b), evidence))
            for (a, b), words in clause_inputs(view, view.sents, owner)], missing


def documents(sets: Iterable[Path]) -> Iterator[tuple[Path, DocumentRecord, dict]]:
    """Every document of the sets with its gold line (empty when it has none), set by set in file order."""
    for folder in sets:
        gold = {g["id"]: g for g in read_jsonl(folder / "gold.jsonl")}
        for raw in read_jsonl(folder / "docs.jsonl"):
            doc = document(raw)
            yield folder, doc, gold.get(doc.id, {})


def build(sets: Iterable[Path]) -> Iterator[tuple[Example, int]]:
    """Every clause of every document of the sets (with the evidences missed per document on its first clause)."""
    for _, doc, gold in documents(sets):
        found, missing = examples(doc, gold)
        for i, ex in enumerate(found):
            yield ex, missing if i == 0 else 0


def set_list(sets: Iterable[Path], root: Path = ROOT) -> str:
    """The training data list: each set read (relative to the repo) and its document count, one a line."""
    return "".join(f"{p.relative_to(root) if p.is_relative_to(root) else p}\t{len(read_jsonl(p / 'docs.jsonl'))}\n"
                   for p in sets)


def write(out: Path = OUT, root: Path = ROOT) -> dict[str, int]:
    """Writes topics-<lang>.jsonl (one clause a line, in document order) and the list of sets read
    (topics-sets.txt); returns counts for a summary."""
    out.mkdir(parents=True, exist_ok=True)
    by_lang: dict[str, list[str]] = {}
    counts = {"clauses": 0, "labelled": 0, "missing_evidence": 0}
    sets = tuning_sets(root)
    (out / "topics-sets.txt").write_text(set_list(sets, root), encoding="utf-8")
    for ex, missing in build(sets):
        by_lang.setdefault(ex.lang, []).append(json.dumps(asdict(ex), ensure_ascii=False))
        counts["clauses"] += 1
        counts["labelled"] += bool(ex.cats)
        counts["missing_evidence"] += missing
    for lang, lines in sorted(by_lang.items()):
        (out / f"topics-{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def load(lang: str, path: Path = OUT) -> list[Example]:
    return [Example(**json.loads(line)) for line in (path / f"topics-{lang}.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    print(json.dumps(write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)))
