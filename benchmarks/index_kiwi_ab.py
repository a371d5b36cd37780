"""Old against new Kiwi-analysed write path: `python -m benchmarks.index_kiwi_ab OLD [--reports N] [--rounds R]`.

OLD is a checkout of the previous code (`git worktree add --detach OLD main`). Each side runs in a child process
of its own code (Kiwi, the vocabulary and, where a side has one, session 18's index workers' pool, all started in
an untimed warm-up round) and indexes, round by round in alternating order, the same `--reports` generated reports
as the extractor publishes them (carrying their Korean terms: the `--kiwi-only` "carried" side) into a fresh index with
the real analyzer (Kiwi for the texts without terms). Each side reports its wall time and its CPU time, the new
side's including its worker processes' (the machine is shared: wall time moves with the other helpers' load, so
the per-round ratios of the interleaved rounds are the figures). Every document tantivy is handed (each field,
as `Document.to_dict`) is hashed per round on both sides: the hashes must agree. Figures go to
benchmarks/results/<name>.json.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.harness import MIN_ROUNDS, Report

CHILD = """
import hashlib, json, sys, tempfile, time
from benchmarks.index import Workload, build, carriable, carried_terms, with_terms
from extract.analysis import analyze
from index.tantivy_index import TantivyIndex
from readout.vocabulary import vocabulary

def main():
    n, rounds = int(sys.argv[1]), int(sys.argv[2])
    work = Workload.of("realistic"); vocab = vocabulary()
    analyze("워밍업", "ko")
    batches = {r: list(work.events(n, 1000 * (r + 1) + 3)) for r in range(-1, rounds)}
    carried = carried_terms([t for recs in batches.values() for r in recs for t in carriable(r, names=True)])
    batches = {r: with_terms(recs, carried, False) for r, recs in batches.items()}
    print("ready", flush=True)
    with tempfile.TemporaryDirectory() as d:
        for line in sys.stdin:
            r = int(line)
            with TantivyIndex(f"{d}/ix{r}", analyze, vocab) as ix:
                digest, made = hashlib.sha256(), ix._document
                def document(s):
                    doc = made(s)
                    digest.update(json.dumps(doc.to_dict(), sort_keys=True, default=str,
                                             ensure_ascii=False).encode())
                    return doc
                ix._document = document
                pool = getattr(ix, "workers", None)
                cpu0 = pool.cpu_seconds() if pool else 0.0
                t, c = time.perf_counter(), time.process_time()
                build(ix, iter(batches[r]), n, 500, 1)
                wall, cpu = time.perf_counter() - t, time.process_time() - c
                workers = (pool.cpu_seconds() - cpu0) if pool else 0.0
                print(json.dumps({"wall": wall, "cpu": cpu, "workers": workers, "docs": digest.hexdigest()}),
                      flush=True)

if __name__ == "__main__":
    main()
"""


def side(root: Path, n: int, rounds: int, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(n), str(rounds)], cwd=root,
                            env={**os.environ, **env, "PYTHONPATH": str(root)}, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def run_round(p: subprocess.Popen[str], r: int) -> dict[str, float | str]:
    assert p.stdin and p.stdout
    p.stdin.write(f"{r}\n")
    p.stdin.flush()
    return json.loads(p.stdout.readline())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="a checkout of the previous code")
    ap.add_argument("--reports", type=int, default=3000, help="reports per round and side")
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--name", default="index-kiwi-ab")
    args = ap.parse_args()
    report = Report(args.name, {"reports": args.reports, "rounds": args.rounds, "old": str(args.old),
                                "cores": os.cpu_count()})
    sides = {"old": side(args.old.resolve(), args.reports, args.rounds, {}),
             "new": side(Path.cwd(), args.reports, args.rounds, {})}
    for p in sides.values():
        assert p.stdout
        assert p.stdout.readline().strip() == "ready"
    got: dict[str, list[dict[str, float | str]]] = {k: [] for k in sides}
    for r in range(-1, args.rounds):  # round -1: the warm-up (a side's pool starts there)
        order = list(sides) if r % 2 else list(reversed(sides))
        for k in order:
            out = run_round(sides[k], r)
            if r >= 0:
                got[k].append(out)
        if r >= 0:
            print(f"round {r}: " + ", ".join(f"{k} {args.reports / float(got[k][-1]['wall']):,.0f}/s" for k in sides),
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    for p in sides.values():
        assert p.stdin
        p.stdin.close()
        p.wait()
    n = args.reports
    wall = {k: [n / float(x["wall"]) for x in got[k]] for k in sides}
    cpu = {k: [n / (float(x["cpu"]) + float(x["workers"])) for x in got[k]] for k in sides}
    main_cpu = {k: [n / float(x["cpu"]) for x in got[k]] for k in sides}
    for k, label in (("old", "previous code"), ("new", "this code")):
        report.add(f"Kiwi-analysed indexing, carried terms, {label}", wall[k], "reports/s", "wall; target ≥ 3,000")
        report.add(f"Kiwi-analysed indexing, carried terms, {label}, per CPU-second (all processes)", cpu[k],
                   "reports/s")
        report.add(f"Kiwi-analysed indexing, carried terms, {label}, per CPU-second of the indexer's process",
                   main_cpu[k], "reports/s")
    report.ratio("Kiwi-analysed indexing, new / old, wall", wall["new"], wall["old"])
    report.ratio("Kiwi-analysed indexing, new / old, CPU of all processes", cpu["new"], cpu["old"])
    report.ratio("Kiwi-analysed indexing, new / old, CPU of the indexer's process", main_cpu["new"], main_cpu["old"])
    same = sum(a["docs"] == b["docs"] for a, b in zip(got["old"], got["new"], strict=True))
    report.add("rounds whose stored documents are identical (every field tantivy is handed)", same, "rounds",
               f"of {args.rounds}")
    report.save()
    if same != args.rounds:
        sys.exit(f"stored documents differ in {args.rounds - same} rounds")


if __name__ == "__main__":
    main()
