"""The identity test set (identity/cases.yaml) as event records, and pairwise merge precision and recall."""
from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from streams.records import EventRecord, event_key

CASES = Path(__file__).parent / "identity" / "cases.yaml"
BLIND = Path(__file__).parent / "identity" / "blind.yaml"  # written after the rules, scored once


def _published(r: dict[str, Any]) -> str | None:
    if r.get("published"):
        return str(r["published"])
    if not r.get("date"):
        return None
    day = r["date"] if isinstance(r["date"], date) else date.fromisoformat(str(r["date"]))
    return (day + timedelta(days=1 if r["lang"] == "ko" else 0)).isoformat()


def record(case: str, n: int, r: dict[str, Any]) -> EventRecord:
    day = str(r["date"]) if r.get("date") else None
    people = []
    for p in r.get("people", []):
        name, name_en, country = p.split("|")
        people.append({"name": name, "name_en": name_en, "country": country})
    doc = f"{case}-{r.get('doc', n)}"
    return EventRecord(
        id=f"{case}-{n}", key=event_key(r.get("type", "dialogue"), day, r.get("parties", []), r.get("name")),
        doc_id=doc, url=f"https://example.org/{doc}", lang=r["lang"],
        source=r.get("source", "kr.mofa" if r["lang"] == "ko" else "us.state"), type=r.get("type", "dialogue"),
        mentioned=bool(r.get("mentioned")), name=r.get("name"), series=r.get("series"), ordinal=r.get("ord"),
        level=r.get("level"), date=day, date_text=r.get("date_text"),
        location={"city": r.get("city"), "country": r.get("country")}, participants=r.get("parties", []),
        delegates=people, evidence=r.get("text", ""), extractor="identity-set", published=_published(r))


def load(path: Path = CASES) -> list[tuple[EventRecord, str]]:
    """Every report with its gold event (`case/label`)."""
    out = []
    for case in yaml.safe_load(path.read_text(encoding="utf-8")):
        for n, r in enumerate(case["reports"]):
            out.append((record(case["id"], n, r), f"{case['id']}/{r['ev']}"))
    return out


def pairwise(gold: dict[str, str], predicted: Iterable[Iterable[str]]) -> tuple[float, float, list[str]]:
    """Precision and recall of 'these two reports are one event' over every pair of reports."""
    cluster_of = {rid: i for i, ids in enumerate(predicted) for rid in ids}
    tp = fp = fn = 0
    errors = []
    for a, b in itertools.combinations(sorted(gold), 2):
        same, merged = gold[a] == gold[b], cluster_of.get(a) == cluster_of.get(b) is not None
        tp += same and merged
        fp += merged and not same
        fn += same and not merged
        if same != merged:
            errors.append(f"{'split' if same else 'merged'} {a} {b}")
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), errors
