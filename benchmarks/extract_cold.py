"""Old against new extraction on documents each seen once: `python -m benchmarks.extract_cold OLD [--lang ko]`.

`benchmarks.extract` and `benchmarks.extract_ab` repeat a fixed set of texts, so whatever the pipeline does once per
name per process (a pattern built for a person's name and cached) is paid in the warm-up and never measured. A
stream of new releases brings new names all the time. Here each round starts a fresh process per side, which
extracts every tuning release of the language (`tests/extract/corpus/*/tune`) once, after a warm-up of five, and
reports its CPU seconds; sides alternate round by round. Figures go to benchmarks/results/<name>.json.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.harness import MIN_ROUNDS, Report

CHILD = """
import glob, json, sys, time
from extract.pipeline import extract_document
from streams.records import DocumentRecord
lang, root = sys.argv[1], sys.argv[2]
docs = [DocumentRecord(**{k: d.get(k) for k in ("id", "url", "title", "text", "published", "lang", "source")})
        for f in sorted(glob.glob(root + "/tests/extract/corpus/*/tune/docs.jsonl"))
        for d in map(json.loads, open(f, encoding="utf-8")) if d["lang"] == lang]
for d in docs[:5]:
    extract_document(d)
start = time.process_time()
for d in docs[5:]:
    extract_document(d)
print(len(docs) - 5, time.process_time() - start)
"""


def run(root: Path, lang: str, corpus: Path) -> tuple[int, float]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", CHILD, lang, str(corpus)], cwd=root, env=env, text=True,
                         capture_output=True, check=True).stdout.split()
    return int(out[0]), float(out[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="a checkout of the previous code")
    ap.add_argument("--lang", choices=("ko", "en"), default="ko")
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--name", default="extract-cold")
    args = ap.parse_args()
    rounds = max(args.rounds, MIN_ROUNDS)
    corpus = Path.cwd()  # (the same documents for both sides: this checkout's tuning sets)
    report = Report(f"{args.name}-{args.lang}", {"lang": args.lang, "rounds": rounds, "old": str(args.old)})
    sides = {"old": args.old.resolve(), "new": Path.cwd()}
    seconds: dict[str, list[float]] = {k: [] for k in sides}
    docs = 0
    for r in range(rounds):
        for k in (list(sides) if r % 2 else list(reversed(sides))):
            docs, used = run(sides[k], args.lang, corpus)
            seconds[k].append(used)
            print(f"  round {r}: {k} {used:.2f} CPU-s for {docs} documents", flush=True)
    for k, label in (("old", "previous code"), ("new", "this code")):
        report.add(f"{args.lang} pipeline, {label}, ms per document seen once", [s / docs * 1000 for s in seconds[k]],
                   "ms")
    report.ratio(f"{args.lang} pipeline, new / old, CPU", seconds["new"], seconds["old"])
    report.save()


if __name__ == "__main__":
    main()
