"""Cross-validation of the event sentence classifier against the rules, grouped by corpus set, per language.

The tuning sets are dealt into K folds (sorted, shuffled by a seeded RNG, round-robin): a set is never split, so a
fold's documents are scored by a model trained on other sets' documents only (other sources, other annotation
batches), as the sealed split will be. Every document is run through the pipeline once with the rules; for each
fold a model per language is trained on the other folds' sentences and scores the fold's sentences; then for each
policy (`add`, `veto`) the document's events are revised (`event_model.revise`), its delegates and commitments found
again, and the records scored with `extract.evaluate` as `readout eval` scores them.

Two figures per language: `cv` takes, for each fold, the policy that did best on the other folds (the honest
figure); `pooled` the one that did best over all folds (what ships). Best is the highest events F1 among policies
under which participants, delegates and commitment-topic F1 do not fall below the rules' on the folds choosing;
ties go to the policy listed first, the rules' own (`add` off, `veto` off) first of all.

    python -m extract.train.events_cv             # figures as a table; --json for one object
    python -m extract.train.events_cv --write     # also the pooled thresholds into events_thresholds.json
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import Any

from extract.evaluate import Event, GoldDocument, Scores, score_document
from extract.event_model import NEVER, Policy, revise
from extract.train.cv import SEED, K, folds
from extract.train.data import ROOT, analysed, documents, tuning_sets
from extract.train.events_data import load
from extract.train.events_train import SETTINGS, fit
from extract.train.train import LANGS

ADD = (NEVER, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1)
VETO = (0.0, 0.01, 0.05)
GUARDED = ("participants", "delegates", "commitment_topics")  # measures a policy may not lower (but by TOLERANCE)
# An event found that the rules missed brings its gold delegates and topics into those measures (they score matched
# pairs only): found with fewer delegates than the gold lists, it lowers delegates F1 although nothing the rules
# found got worse. A policy may lower a guarded F1 by this much (`--tolerance 0`: not at all).
TOLERANCE = 0.01


@dataclass
class Prepared:
    """One document run through the pipeline once (rules only), ready to have its events revised."""

    doc: Any  # DocumentRecord
    set: str
    lang: str
    sdoc: Any  # spacy Doc with the Analysis
    gold: list[Event]
    mentions: list[Any]  # the rules' event mentions
    events: list[Any]  # the rules' events (extract.events.Event)
    inputs: list[tuple[int, list[str]]]  # (sentence index, classifier words)
    scores: dict[int, dict[str, float]] = field(default_factory=dict)  # out-of-fold sentence scores
    results: dict[Any, Scores] = field(default_factory=dict)  # per revision (added, vetoed): its scores


def prepare(sets: Sequence[Path]) -> list[Prepared]:
    from extract.event_model import sentence_inputs

    out = []
    for folder, doc, gold in documents(sets):
        sdoc = analysed(doc)
        if sdoc is None or sdoc._.readout.view.lang not in LANGS:
            continue
        st = sdoc._.readout
        events = [a.event for a in st.events]
        inputs = [(s.idx, w) for s, w in sentence_inputs(st.view)]
        p = Prepared(doc, str(folder.relative_to(ROOT)), st.view.lang, sdoc,
                     GoldDocument.model_validate({"id": doc.id, **gold}).events, st.mentions_of_events, events,
                     inputs)
        p.results[None] = _scored(p)
        out.append(p)
    return out


def _scored(p: Prepared) -> Scores:
    from extract import pipeline

    pred = [Event.model_validate(r.model_dump(mode="json")) for r in pipeline.records_of(p.sdoc, p.doc)]
    return score_document(p.doc.id, p.gold, pred, p.lang).scores


def revised(p: Prepared, policy: Policy) -> Scores:
    """The document's scores with its events revised under the policy (each distinct revision computed once)."""
    from extract import pipeline
    from extract.build import Assembled

    events = revise(p.sdoc._.readout.view, p.mentions, p.events, p.scores, policy)
    if events is p.events:
        return p.results[None]
    key = tuple((e.type, e.mentioned, e.date, tuple((m.sent.idx, m.trig_start) for m in e.mentions)) for e in events)
    if key not in p.results:
        st = p.sdoc._.readout
        st.events = [Assembled(e) for e in events]
        pipeline.delegates(p.sdoc)
        pipeline.commitments(p.sdoc)
        p.results[key] = _scored(p)
    return p.results[key]


def score_folds(docs: Sequence[Prepared], lang: str, fold_of: dict[str, int], overrides: dict[str, Any]) -> None:
    examples = load(lang)
    for k in sorted(set(fold_of.values())):
        mine = [p for p in docs if fold_of[p.set] == k]
        if not mine:
            continue
        model = fit([e for e in examples if fold_of.get(e.set) != k], overrides)
        from extract.event_model import EventModel

        scorer = EventModel(model)
        for p in mine:
            p.scores = dict(zip((i for i, _ in p.inputs), scorer.scores([w for _, w in p.inputs]), strict=True))


def policies() -> list[Policy]:
    return [Policy(add=a, veto=v) for a, v in product(ADD, VETO)]


def total(docs: Sequence[Prepared], policy: Policy | None) -> Scores:
    out = Scores()
    for p in docs:
        out.merge(p.results[None] if policy is None else revised(p, policy))
    return out


def best(docs: Sequence[Prepared], grid: Sequence[Policy], tolerance: float = TOLERANCE) -> Policy:
    rules = total(docs, None)
    floor = {m: round(rules.measure(m).f1 - tolerance, 3) for m in GUARDED}  # type: ignore[union-attr]
    fits = []
    for i, pol in enumerate(grid):
        s = total(docs, pol)
        if all(round(s.measure(m).f1, 3) >= floor[m] for m in GUARDED):  # type: ignore[union-attr]
            fits.append((round(s.events.f1, 4), -i, pol))
    return max(fits)[2]


def figures(s: Scores) -> dict[str, Any]:
    e = s.events
    return {"events_f1": round(e.f1, 3), "events_p": round(e.p, 3), "events_r": round(e.r, 3),
            "events_counts": [e.tp, e.fp, e.fn], **{f"{m}_f1": round(s.measure(m).f1, 3)  # type: ignore[union-attr]
                                                    for m in GUARDED}, "documents": s.documents}


def evaluate(docs: Sequence[Prepared], fold_of: dict[str, int], tolerance: float = TOLERANCE) -> dict[str, Any]:
    grid = policies()
    ks = sorted({fold_of[p.set] for p in docs})
    honest, chosen = Scores(), []
    for k in ks:
        pol = best([p for p in docs if fold_of[p.set] != k], grid, tolerance)
        chosen.append(pol)
        honest.merge(total([p for p in docs if fold_of[p.set] == k], pol))
    pooled = best(docs, grid, tolerance)
    return {"rules": figures(total(docs, None)), "cv": figures(honest), "pooled": figures(total(docs, pooled)),
            "policy": {"add": pooled.add, "veto": pooled.veto},
            "fold_policies": [{"add": p.add, "veto": p.veto} for p in chosen]}


@contextmanager
def _rules_only() -> Iterator[None]:
    """The rules' topics and events while the folds are scored, whatever the caller's environment says."""
    saved = {k: os.environ.get(k) for k in ("READOUT_TOPICS", "READOUT_EVENTS")}
    os.environ.update({"READOUT_TOPICS": "rules", "READOUT_EVENTS": "rules"})
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run(overrides: dict[str, Any], k: int = K, seed: int = SEED, tolerance: float = TOLERANCE) -> dict[str, Any]:
    with _rules_only():
        return _run(overrides, k, seed, tolerance)


def _run(overrides: dict[str, Any], k: int, seed: int, tolerance: float) -> dict[str, Any]:
    t0 = time.perf_counter()
    docs = prepare(tuning_sets())
    fold_of = folds([p.set for p in docs], k, seed)
    out: dict[str, Any] = {"k": k, "seed": seed, "tolerance": tolerance, "overrides": overrides, "folds": fold_of,
                           "languages": {}}
    for lang in LANGS:
        mine = [p for p in docs if p.lang == lang]
        score_folds(mine, lang, fold_of, overrides)
        out["languages"][lang] = evaluate(mine, fold_of, tolerance)
    out["all"] = {kind: _sum([out["languages"][lang][kind]["events_counts"] for lang in LANGS])
                  for kind in ("rules", "cv", "pooled")}
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out


def _sum(counts: list[list[int]]) -> dict[str, Any]:
    tp, fp, fn = (sum(c[i] for c in counts) for i in range(3))
    return {"events_f1": round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0, "events_p": round(tp / (tp + fp), 3),
            "events_r": round(tp / (tp + fn), 3), "events_counts": [tp, fp, fn]}


def table(result: dict[str, Any]) -> str:
    lines = [f"{result['k']}-fold CV grouped by corpus set (seed {result['seed']}, tolerance {result['tolerance']}); "
             f"load average "
             f"{result['load_average']}; {result['seconds']} s",
             f"{'lang':4} {'figure':7} {'events F1 (p / r)':22} {'[tp fp fn]':15} {'partic.':7} {'deleg.':7} topics"]
    for lang, r in result["languages"].items():
        for kind in ("rules", "cv", "pooled"):
            f = r[kind]
            lines.append(f"{lang:4} {kind:7} {f['events_f1']:.3f} ({f['events_p']:.3f} / {f['events_r']:.3f})   "
                         f"{json.dumps(f['events_counts']):15} {f['participants_f1']:.3f}   {f['delegates_f1']:.3f}   "
                         f"{f['commitment_topics_f1']:.3f}")
        lines.append(f"{lang:4} pooled policy {json.dumps(r['policy'])}; per fold {json.dumps(r['fold_policies'])}")
    for kind, f in result["all"].items():
        lines.append(f"all  {kind:7} {f['events_f1']:.3f} ({f['events_p']:.3f} / {f['events_r']:.3f})   "
                     f"{json.dumps(f['events_counts'])}")
    return "\n".join(lines)


def write_thresholds(result: dict[str, Any], path: Path = SETTINGS) -> None:
    chosen = {lang: r["policy"] for lang, r in result["languages"].items()}
    path.write_text(json.dumps(chosen, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m extract.train.events_cv", description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--write", action="store_true", help="write the pooled thresholds to events_thresholds.json")
    ap.add_argument("--seed", type=int, default=SEED, help="how sets are dealt into folds")
    ap.add_argument("--tolerance", type=float, default=TOLERANCE, help="how much a guarded F1 may fall")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="a config override, e.g. training.max_epochs=40")
    args = ap.parse_args(argv)
    overrides = {k: json.loads(v) for k, v in (s.split("=", 1) for s in args.set)}
    result = run(overrides, seed=args.seed, tolerance=args.tolerance)
    print(json.dumps(result, indent=2) if args.json else table(result))
    if args.write:
        write_thresholds(result)
        print(f"thresholds -> {SETTINGS}", file=sys.stderr)


if __name__ == "__main__":
    main()
