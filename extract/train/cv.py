"""Cross-validation of the clause topic classifier against the rules, per language: document-level k-fold, or
whole tuning sets (`--by-set`: a set is never split, so it is scored by a model trained on other sets only, the
honest figure for releases by writers nobody tuned on; `--k 0` leaves one set out at a time).

For each language the tuning documents are dealt into k folds (seeded), or grouped by set. For each fold a model
is trained on the other folds' clauses and scores the clauses of the fold's documents; every document is extracted
once (the pipeline up to delegates does not depend on the topics) and its commitments are then found again for each
policy (mode and thresholds), scored with `extract.evaluate` as `readout eval` scores them.

Two figures per mode: `cv` takes, for each fold, the thresholds that did best on the other folds (the honest
figure); `pooled` the thresholds that did best over all folds (what ships, a little optimistic). For `both` only
policies at least as precise as the rules on the folds choosing are eligible. The rules are
scored on the same documents; they were written while reading them, so their figure is an upper bound.

    python -m extract.train.cv                  # figures as a table; --json for one object
    python -m extract.train.cv --by-set         # 5 folds of whole tuning sets; --by-set --k 0: leave one set out
    python -m extract.train.cv --write          # also the chosen thresholds into extract/train/thresholds.json
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import Any

from extract.evaluate import Event, GoldDocument, Report, Scores, score
from extract.topic_model import NEVER, ClauseTopics, Policy, TopicModel
from extract.train.data import ROOT, Example, document, load, read_jsonl, tuning_sets
from extract.train.train import LANGS, SETTINGS, train

K = 5
SEED = 0
OFF = NEVER
# The thresholds tried: a cued clause stays a commitment at `confirm` (0: always, as the rules), an uncued one
# becomes one at `detect` (OFF: never, as the rules); a topic is the clause's at `add` (`both`: OFF adds none), `other`
# at `other`; `other` only in clauses without a keyword topic (other_alone), uncued clauses only with one (detect_kw).
CONFIRM = (0.0, 0.1, 0.3)
DETECT = (OFF, 0.4, 0.5, 0.7)
OTHER = (0.3, 0.5, 0.7, OFF)
ADD = {"model": (0.2, 0.3, 0.4), "both": (0.7, OFF)}
GATES = (False, True)
QUICK = {"confirm": (0.0, 0.3), "detect": (OFF, 0.5), "other": (0.3, OFF), "add": {"model": (0.3,), "both": (OFF,)},
         "gates": (True,)}


def grid(quick: bool = False, modes: Sequence[str] = ("model", "both")) -> dict[str, list[Policy]]:
    """Every policy tried per mode (`quick`: a few, for trying training settings); a gate on a threshold that is off
    changes nothing, so it is off there (and the policy tried once: `both` always holds the rules' own policy)."""
    g = QUICK if quick else {"confirm": CONFIRM, "detect": DETECT, "other": OTHER, "add": ADD, "gates": GATES}
    return {"rules": [], **{mode: list(dict.fromkeys(
        Policy(confirm=c, detect=d, add=a, other=o, rules=mode == "both", other_alone=oa and o != OFF,
               detect_kw=dk and d != OFF)
        for c, d, o, a, oa, dk in product(g["confirm"], g["detect"], g["other"], g["add"][mode], g["gates"],
                                          g["gates"])))
                            for mode in modes}}


@dataclass
class Prepared:
    """One document run through the pipeline once, ready to have its commitments found again."""

    doc: Any  # DocumentRecord
    lang: str
    sdoc: Any  # spacy Doc with the Analysis
    owner: dict[int, Any]
    set: str = ""  # the tuning set (its folder, relative to the repo) the document comes from
    scores: dict[tuple[int, int], dict[str, float]] = field(default_factory=dict)  # out-of-fold clause scores


def prepare(sets: Sequence[Path]) -> tuple[list[Prepared], dict[str, GoldDocument]]:
    from extract import pipeline
    from extract.text import clean_text
    from streams.publishers import home_country

    docs, gold = [], {}
    before = os.environ.get("READOUT_TOPICS")
    os.environ["READOUT_TOPICS"] = "rules"
    try:
        for folder in sets:
            gold.update({g["id"]: GoldDocument.model_validate(g) for g in read_jsonl(folder / "gold.jsonl")})
            for raw in read_jsonl(folder / "docs.jsonl"):
                doc = document(raw)
                text = clean_text(doc.text)
                lang = pipeline.document_language(doc, text)
                if lang not in LANGS or not text.strip():
                    continue
                sdoc = pipeline.run(text, lang, doc.published_date(),
                                    clean_text(doc.title) if doc.title else None, home_country(doc.source, doc.url))
                _, _, owner = pipeline._sectioned(sdoc)
                docs.append(Prepared(doc, lang, sdoc, owner, _set_name(folder)))
    finally:
        if before is None:
            os.environ.pop("READOUT_TOPICS", None)
        else:
            os.environ["READOUT_TOPICS"] = before
    return docs, gold


def folds(ids: Iterable[str], k: int = K, seed: int = SEED) -> dict[str, int]:
    """Each id's fold (a document's, or a set's): sorted ids, shuffled by a seeded RNG, dealt round-robin."""
    order = sorted(set(ids))
    random.Random(seed).shuffle(order)
    return {doc_id: i % k for i, doc_id in enumerate(order)}


def set_folds(docs: Iterable[Prepared], k: int = 0, seed: int = SEED) -> dict[str, int]:
    """Each document's fold when tuning sets are never split: k folds of whole sets (dealt as `folds` deals), or
    with k = 0 every set a fold of its own (leave one set out; sets in name order)."""
    docs = list(docs)
    names = sorted({p.set for p in docs})
    of_set = folds(names, k, seed) if k else {name: i for i, name in enumerate(names)}
    return {p.doc.id: of_set[p.set] for p in docs}


def _set_name(folder: Path) -> str:
    return str(folder.relative_to(ROOT)) if folder.is_relative_to(ROOT) else str(folder)


def events_of(p: Prepared, model: ClauseTopics | None) -> list[Event]:
    """The document's events with its commitments found again (clause topics from `model`, rules when None)."""
    from extract import pipeline

    st = p.sdoc._.readout
    for a in st.events:
        a.commitments, a.next = [], None
    pipeline.assign_commitments(st, st.view, p.owner, model)
    return [Event.model_validate(r.model_dump(mode="json")) for r in pipeline.records_of(p.sdoc, p.doc)]


def report(docs: Sequence[Prepared], gold: dict[str, GoldDocument], policy: Policy | None) -> Report:
    events = [e for p in docs for e in events_of(p, None if policy is None else ClauseTopics(p.scores, policy))]
    return score([gold[p.doc.id] for p in docs], events, {p.doc.id: p.lang for p in docs})


def total(report: Report, ids: set[str]) -> Scores:
    out = Scores()
    for d in report.documents:
        if d.doc_id in ids:
            out.merge(d.scores)
    return out


def fit(examples: Sequence[Example], overrides: dict[str, Any]) -> TopicModel:
    return TopicModel(train(examples, overrides=overrides))


def score_folds(docs: Sequence[Prepared], examples: Sequence[Example], fold_of: dict[str, int],
                overrides: dict[str, Any]) -> float:
    """Fills each document's out-of-fold clause scores; returns the seconds the scoring took per document."""
    spent = 0.0
    for k in sorted(set(fold_of.values())):
        model = fit([e for e in examples if fold_of.get(e.doc) != k], overrides)
        for p in docs:
            if fold_of[p.doc.id] != k:
                continue
            view = p.sdoc._.readout.view
            t0 = time.perf_counter()
            p.scores = ClauseTopics.of(view, (s for s in view.sents if s.idx in p.owner), model, Policy(),
                                     p.owner).scores
            spent += time.perf_counter() - t0
    return spent / max(1, len(docs))


def figures(s: Scores) -> dict[str, Any]:
    c = s.commitment_topics
    return {"topics_f1": round(c.f1, 3), "topics_p": round(c.p, 3), "topics_r": round(c.r, 3),
            "topics_counts": [c.tp, c.fp, c.fn], "events_f1": round(s.events.f1, 3),
            "delegates_f1": round(s.delegates.f1, 3), "documents": s.documents}


def evaluate(docs: Sequence[Prepared], gold: dict[str, GoldDocument], fold_of: dict[str, int],
             quick: bool = False, modes: Sequence[str] = ("model", "both"), precise: bool = True) -> dict[str, Any]:
    """Per mode: the honest CV figures (thresholds chosen on the other folds) and the pooled choice."""
    out: dict[str, Any] = {}
    ks = sorted(set(fold_of.values()))
    ids_in = {k: {p.doc.id for p in docs if fold_of[p.doc.id] == k} for k in ks}
    everyone = {p.doc.id for p in docs}
    rules = report(docs, gold, None)
    for mode, policies in grid(quick, modes).items():
        if mode == "rules":
            out[mode] = {"cv": figures(rules.total)}
            continue
        reports = [(pol, report(docs, gold, pol)) for pol in policies]

        def best(ids: set[str], reports: list[tuple[Policy, Report]] = reports,
                 precise: bool = mode == "both" and precise) -> tuple[Policy, Report]:
            # `both` only among policies at least as precise as the rules on these folds (what it adds must not cost
            # precision: chosen for F1 alone it gained recall in sample and lost out of sample, on the dev set too,
            # in round 7's document folds); `precise=False` (cv --f1) chooses it for F1 alone.
            floor = total(rules, ids).commitment_topics.p if precise else 0.0
            i = choose([total(r, ids) for _, r in reports], floor)
            return reports[i]

        honest, chosen = Scores(), []
        for k in ks:
            pol, rep = best(everyone - ids_in[k])
            chosen.append(pol)
            honest.merge(total(rep, ids_in[k]))
        pol, rep = best(everyone)
        out[mode] = {"cv": figures(honest), "pooled": figures(rep.total), "policy": _policy(pol),
                     "fold_policies": [_policy(p) for p in chosen],
                     # every policy's topic counts [tp, fp, fn] per fold, for other ways of choosing (--json)
                     "per_fold": [[_policy(p), [_counts(total(r, ids_in[k])) for k in ks]] for p, r in reports]}
    return out


def choose(scores: Sequence[Scores], floor: float = 0.0) -> int:
    """The policy (its index) with the highest topic F1 among those at least `floor` precise (all when none is);
    ties go to the policy listed first (lowest thresholds), for a stable choice."""
    fit = [i for i, s in enumerate(scores) if s.commitment_topics.p >= floor] or range(len(scores))
    return max(fit, key=lambda i: (round(scores[i].commitment_topics.f1, 9), -i))


def _counts(s: Scores) -> list[int]:
    c = s.commitment_topics
    return [c.tp, c.fp, c.fn]


def _policy(p: Policy) -> dict[str, float | bool]:
    return {"confirm": p.confirm, "detect": p.detect, "add": p.add, "other": p.other, "other_alone": p.other_alone,
            "detect_kw": p.detect_kw}


def run(overrides: dict[str, Any], k: int = K, seed: int = SEED, quick: bool = False,
        modes: Sequence[str] = ("model", "both"), by_set: bool = False, precise: bool = True) -> dict[str, Any]:
    t0 = time.perf_counter()
    docs, gold = prepare(tuning_sets())
    out: dict[str, Any] = {"k": k, "by_set": by_set, "seed": seed, "overrides": overrides, "quick": quick,
                           "precise": precise, "languages": {}}
    for lang in LANGS:
        mine = [p for p in docs if p.lang == lang]
        examples = load(lang)
        fold_of = set_folds(mine, k, seed) if by_set else folds((p.doc.id for p in mine), k, seed)
        per_doc = score_folds(mine, examples, fold_of, overrides)
        out["languages"][lang] = {**evaluate(mine, gold, fold_of, quick, modes, precise),
                                  "classifier_ms_per_doc": round(per_doc * 1000, 2)}
    out["all"] = combined(out["languages"])
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out


def _f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


def combined(languages: dict[str, Any]) -> dict[str, Any]:
    """Topic F1 over both languages per mode (counts summed), as the sealed split is scored."""
    out = {}
    for mode in _modes(languages):
        row = {}
        for kind in ("cv", "pooled"):
            counts = [m.get(kind, m["cv"])["topics_counts"] for m in (languages[lang][mode] for lang in languages)]
            tp, fp, fn = (sum(c[i] for c in counts) for i in range(3))
            row[kind] = {"topics_f1": _f1(tp, fp, fn), "topics_counts": [tp, fp, fn]}
        out[mode] = row
    return out


def table(result: dict[str, Any]) -> str:
    if not result.get("by_set"):
        how = f"{result['k']}-fold document-level CV over the tuning sets (seed {result['seed']})"
    else:
        how = (f"{result['k']}-fold CV of whole tuning sets (seed {result['seed']})" if result["k"] else
               "leave-one-set-out CV")
    lines = [f"{how}; "
             f"load average {result['load_average']}",
             f"{'lang':4} {'mode':5} {'topics F1 cv (p / r)':24} {'pooled':7} {'events':7} {'delegates':9} thresholds"]
    for lang, modes in result["languages"].items():
        for mode in _modes(result["languages"]):
            m = modes[mode]
            cv = m["cv"]
            lines.append(f"{lang:4} {mode:5} {cv['topics_f1']:.3f} ({cv['topics_p']:.3f} / {cv['topics_r']:.3f})"
                         f"{'':5} {m.get('pooled', cv)['topics_f1']:.3f}   {cv['events_f1']:.3f}   "
                         f"{cv['delegates_f1']:.3f}     {json.dumps(m.get('policy', '-'))}")
        lines.append(f"{lang:4} classifier time per document: {modes['classifier_ms_per_doc']} ms")
    for mode, row in result["all"].items():
        lines.append(f"all  {mode:5} {row['cv']['topics_f1']:.3f}{'':20} {row['pooled']['topics_f1']:.3f}")
    return "\n".join(lines)


def _modes(languages: dict[str, Any]) -> list[str]:
    """The modes a run scored (`--mode` may leave one out)."""
    return [m for m in ("rules", "model", "both") if all(m in modes for modes in languages.values())]


def write_thresholds(result: dict[str, Any], path: Path = SETTINGS) -> None:
    """The pooled thresholds of the modes scored; a mode left out keeps what the file held."""
    chosen = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for lang, modes in result["languages"].items():
        for mode in _modes(result["languages"]):
            if mode != "rules":
                chosen.setdefault(lang, {}).setdefault("modes", {})[mode] = modes[mode]["policy"]
    path.write_text(json.dumps(chosen, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m extract.train.cv", description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--write", action="store_true", help="write the pooled thresholds to thresholds.json")
    ap.add_argument("--seed", type=int, default=SEED, help="how documents are dealt into folds")
    ap.add_argument("--by-set", action="store_true", help="folds of whole tuning sets (never split a set)")
    ap.add_argument("--k", type=int, default=K, help="how many folds (with --by-set, 0: each set its own)")
    ap.add_argument("--f1", action="store_true", help="choose `both` for F1 alone (no floor at the rules' precision)")
    ap.add_argument("--quick", action="store_true", help="a few thresholds only (for trying training settings)")
    ap.add_argument("--mode", action="append", choices=("model", "both"), default=[],
                    help="score only this mode beside the rules (repeatable; default both modes)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="a config override, e.g. training.max_epochs=40")
    args = ap.parse_args(argv)
    if args.k < (0 if args.by_set else 2):
        ap.error("--k: at least 2 folds (0 only with --by-set: each set its own)")
    overrides = {k: json.loads(v) for k, v in (s.split("=", 1) for s in args.set)}
    result = run(overrides, k=args.k, seed=args.seed, quick=args.quick, modes=tuple(args.mode) or ("model", "both"),
                 by_set=args.by_set, precise=not args.f1)
    print(json.dumps(result, indent=2) if args.json else table(result))
    if args.write:
        write_thresholds(result)
        print(f"thresholds -> {SETTINGS}", file=sys.stderr)


if __name__ == "__main__":
    main()
