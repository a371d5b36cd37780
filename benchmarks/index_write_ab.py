"""Old against new write path, no Kiwi: `python -m benchmarks.index_write_ab OLD [--reports N] [--rounds R]`.

OLD is a checkout of the previous code (`git worktree add --detach OLD main`). Each side runs in a child process
of its own code (the vocabulary loaded once, an untimed warm-up round), and indexes, round by round in
alternating order, the same `--reports` generated reports (new evidence, the world's names and roles repeating)
into a fresh index with the benchmark's per-word look-up analyzer: the "no Kiwi" side of
`python -m benchmarks.index --kiwi-only` (identity, merge, the bilingual lexicon's concepts, JSON, tantivy).
Each side times its own rounds in CPU time of its process (the machine is shared). Figures go to
benchmarks/results/<name>.json.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.harness import MIN_ROUNDS, Report

CHILD = """
import sys, tempfile, time
from benchmarks.index import Workload, build
from index.tantivy_index import TantivyIndex
from readout.vocabulary import vocabulary
n = int(sys.argv[1]); work = Workload.of("realistic"); vocab = vocabulary()
with tempfile.TemporaryDirectory() as d:
    for line in sys.stdin:
        r = int(line)
        recs = list(work.events(n, 1000 * (r + 1) + 3))
        with TantivyIndex(f"{d}/ix{r}", work.analyze, vocab) as ix:
            c = time.process_time()
            build(ix, iter(recs), n, 500, 1)
            print(n / (time.process_time() - c), flush=True)
"""


def side(root: Path, n: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(n)], cwd=root, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def run_round(p: subprocess.Popen[str], r: int) -> float:
    assert p.stdin and p.stdout
    p.stdin.write(f"{r}\n")
    p.stdin.flush()
    return float(p.stdout.readline())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="a checkout of the previous code")
    ap.add_argument("--reports", type=int, default=3000, help="reports per round and side")
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--name", default="index-write")
    args = ap.parse_args()
    report = Report(args.name, {"reports": args.reports, "rounds": args.rounds, "old": str(args.old)})
    sides = {"old": side(args.old.resolve(), args.reports), "new": side(Path.cwd(), args.reports)}
    rates: dict[str, list[float]] = {k: [] for k in sides}
    for r in range(-1, args.rounds):  # round -1: the warm-up
        order = list(sides) if r % 2 else list(reversed(sides))
        for k in order:
            rate = run_round(sides[k], r)
            if r >= 0:
                rates[k].append(rate)
    for p in sides.values():
        assert p.stdin
        p.stdin.close()
        p.wait()
    for k, label in (("old", "previous code"), ("new", "this code")):
        report.add(f"write path without Kiwi, {label}, per CPU-second", rates[k], "reports/s",
                   "the --kiwi-only 'no Kiwi' side")
    report.ratio("write path without Kiwi, new / old, CPU", rates["new"], rates["old"])
    report.save()


if __name__ == "__main__":
    main()
