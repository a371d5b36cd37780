"""Old against new extraction: `python -m benchmarks.extract_ab OLD [--lang ko] [--seconds 3] [--rounds 7]`.

OLD is a checkout of the previous code (`git worktree add --detach OLD main`). Each side runs in a child process
of its own code (models and Kiwi loaded once, an untimed warm-up round) on the same documents as
`python -m benchmarks.extract` (~2 KB release-like texts, written once by this process for both). Round by round,
in alternating order, each side runs the full pipeline (`extract_document`) over the documents for at least
`--seconds` of CPU time of its process, then Kiwi `tokenize` alone over the same texts as long: documents per
CPU-second of each, so every round gives new/old of the pipeline and each side's pipeline/Kiwi ratio (the
machine is shared: CPU time, interleaving and ratios are what hold). Figures go to
benchmarks/results/<name>.json.

`--instructions` counts instead, under valgrind's callgrind (both sides at once, a few minutes): the machine
instructions of one pass over the documents with Kiwi's tokens replayed (Kiwi is the same code on both sides),
i.e. the pipeline's own work, exactly and whatever the load. Python's string hashing is seeded alike on both
sides; the counts repeat to within a few hundredths of a percent.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.extract import EN_PARAS, KO_PARAS, _docs
from benchmarks.harness import MIN_ROUNDS, Report

CHILD = """
import json, sys, time
from extract.kiwi import get_kiwi
from extract.pipeline import extract_document, nlp_for
from streams.records import DocumentRecord
lang, seconds, texts = sys.argv[1], float(sys.argv[2]), json.load(open(sys.argv[3], encoding="utf-8"))
nlp_for(lang)
kiwi = get_kiwi()
def pipeline(t):
    return extract_document(DocumentRecord(id="b", text=t, lang=lang, published="2024-06-30"))
def rate(fn):
    n, c = 0, time.process_time()
    while True:
        for t in texts:
            fn(t)
        n += len(texts)
        used = time.process_time() - c
        if used >= seconds:
            return n / used
for t in texts:
    pipeline(t), kiwi.tokenize(t)
for line in sys.stdin:
    print(rate(pipeline), rate(kiwi.tokenize), flush=True)
"""


# One pass of the pipeline, Kiwi replayed, counted by callgrind: only inside `sys.call_tracing` (used for nothing
# else), with instrumentation switched on beforehand (callgrind_control takes effect some blocks later).
COUNTED = """
import json, os, subprocess, sys
import extract.lang.ko.tokenizer as tokenizer
from extract.kiwi import get_kiwi
from extract.pipeline import extract_document, nlp_for
from streams.records import DocumentRecord
lang, texts = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
nlp_for(lang)
kiwi = get_kiwi()
tokens = {t: kiwi.tokenize(t) for t in texts} if lang == "ko" else {}
class Replay:
    def tokenize(self, text):
        return tokens[text]
if lang == "ko":
    tokenizer.get_kiwi = Replay
def one_pass():
    for t in texts:
        extract_document(DocumentRecord(id="b", text=t, lang=lang, published="2024-06-30"))
one_pass()
subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False)
one_pass()
sys.call_tracing(one_pass, ())
"""


def counted(root: Path, lang: str, texts: Path, out: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
    return subprocess.Popen(["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no",
                             "--toggle-collect=sys_call_tracing", f"--callgrind-out-file={out}", sys.executable,
                             "-c", COUNTED, lang, str(texts)], cwd=root, env=env, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def instructions(out: Path) -> int:
    for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("summary:") or line.startswith("totals:"):
            return int(line.split()[1])
    raise ValueError(f"no totals in {out}")


def side(root: Path, lang: str, seconds: float, texts: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.Popen([sys.executable, "-c", CHILD, lang, str(seconds), str(texts)], cwd=root, env=env,
                            text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def run_round(p: subprocess.Popen[str]) -> tuple[float, float]:
    assert p.stdin and p.stdout
    p.stdin.write("\n")
    p.stdin.flush()
    pipeline, kiwi = p.stdout.readline().split()
    return float(pipeline), float(kiwi)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="a checkout of the previous code")
    ap.add_argument("--lang", choices=("ko", "en"), default="ko")
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--seconds", type=float, default=3.0, help="minimum CPU seconds per side and kind per round")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--name", default="extract-ab")
    ap.add_argument("--instructions", action="store_true", help="count instructions (callgrind), no timing")
    args = ap.parse_args()
    if args.instructions:
        count(args)
        return
    args.rounds = max(args.rounds, MIN_ROUNDS)
    report = Report(args.name, {"lang": args.lang, "docs": args.docs, "seconds": args.seconds,
                                "rounds": args.rounds, "old": str(args.old)})
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.json"
        texts.write_text(json.dumps(_docs(KO_PARAS if args.lang == "ko" else EN_PARAS, args.docs),
                                    ensure_ascii=False), encoding="utf-8")
        sides = {"old": side(args.old.resolve(), args.lang, args.seconds, texts),
                 "new": side(Path.cwd(), args.lang, args.seconds, texts)}
        rates: dict[str, list[tuple[float, float]]] = {k: [] for k in sides}
        for r in range(-1, args.rounds):  # round -1: the warm-up
            for k in (list(sides) if r % 2 else list(reversed(sides))):
                got = run_round(sides[k])
                if r >= 0:
                    rates[k].append(got)
                    print(f"  round {r}: {k} pipeline {got[0]:.1f}, kiwi {got[1]:.1f} docs per CPU-second",
                          flush=True)
        for p in sides.values():
            assert p.stdin
            p.stdin.close()
            p.wait()
    pipe = {k: [p for p, _ in v] for k, v in rates.items()}
    kiwi = {k: [q for _, q in v] for k, v in rates.items()}
    for k, label in (("old", "previous code"), ("new", "this code")):
        report.add(f"{args.lang} pipeline, {label}, per CPU-second", pipe[k], "docs/s")
        report.add(f"{args.lang} Kiwi tokenize beside it ({label}'s process)", kiwi[k], "docs/s")
        report.ratio(f"{args.lang} pipeline / Kiwi tokenize, {label}", pipe[k], kiwi[k])
    report.ratio(f"{args.lang} pipeline, new / old, CPU", pipe["new"], pipe["old"])
    report.save()


def count(args: argparse.Namespace) -> None:
    docs = min(args.docs, 20)  # under callgrind a document takes about a second
    report = Report(f"{args.name}-instructions", {"lang": args.lang, "docs": docs, "old": str(args.old)})
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.json"
        texts.write_text(json.dumps(_docs(KO_PARAS if args.lang == "ko" else EN_PARAS, docs), ensure_ascii=False),
                         encoding="utf-8")
        outs = {k: Path(tmp) / f"{k}.callgrind" for k in ("old", "new")}
        procs = {"old": counted(args.old.resolve(), args.lang, texts, outs["old"]),
                 "new": counted(Path.cwd(), args.lang, texts, outs["new"])}
        for k, p in procs.items():
            _, err = p.communicate()
            if p.returncode:
                raise SystemExit(f"{k}: callgrind failed\n{err[-2000:]}")
        per_doc = {k: instructions(outs[k]) / docs for k in outs}
    report.add(f"{args.lang} pipeline without Kiwi, previous code", per_doc["old"] / 1e6, "M instructions/doc")
    report.add(f"{args.lang} pipeline without Kiwi, this code", per_doc["new"] / 1e6, "M instructions/doc")
    report.add(f"{args.lang} pipeline without Kiwi, new / old", per_doc["new"] / per_doc["old"], "x")
    report.save()


if __name__ == "__main__":
    main()
