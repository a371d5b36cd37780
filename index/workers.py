"""The concept scans of a write, spread over worker processes (`--index-workers`, `READOUT_INDEX_WORKERS`).

What the index asks the bilingual lexicons of every text it writes (`Vocabulary.concepts`, `.translate`, and the
identity step's `Lexicon.matches`) is a pure function of the text and the vocabulary, and was a third to a half of
the write path's CPU. A write hands its new reports' texts, in one batch, to a pool of processes started once
(`spawn`: nothing of the indexer's threads, Kiwi or tantivy, is copied), each holding a copy of the vocabulary
with the same concept numbers, and takes back each text's matches packed as ints and its concepts and
translations: the write then finds them remembered (`Lexicon.remember`, `Vocabulary.remember`). Meanwhile the
indexer's own process runs Kiwi (its own threads) on the texts without carried terms.

Only a head start: the results are what the indexer's process would compute itself, and whatever the pool does
not return (a worker died, timed out, the vocabulary changed since the pool started) is computed there as
before. Nothing of a write's durability or per-report failures depends on it; a broken pool is replaced at the
next write (and left off after `MAX_RESTARTS` breaks, with a warning).
"""
from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

from index.lexicon import Lexicon, Vocabulary, is_korean

log = logging.getLogger(__name__)
ENV = "READOUT_INDEX_WORKERS"
# No pool unless asked for: on 2 cores shared with other work it measured a loss (benchmarks/results/
# index-kiwi-ab-index13.json: 0.92x wall, 0.93x CPU of all processes, the indexer's own CPU 1.16x), as Kiwi's
# threads, the workers and the rest of the machine take turns on the same cores and the texts cross twice; no
# machine with more cores has measured a gain yet.
MIN_TEXTS = 200  # a write with fewer new texts is scanned in the indexer's process (tests, trickles)
TIMEOUT_S = 60.0  # a chunk not back by then is computed in the indexer's process
MAX_RESTARTS = 3

# One text's results: (text, lang asked by the write, packed matches per lexicon for the text's own script and,
# when asked with the other one, for that too, concepts, translations).
Result = tuple[str, str, tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...] | None, tuple[str, ...],
               tuple[str, ...]]


def default_workers() -> int:
    """`READOUT_INDEX_WORKERS` if set, else 1 (no pool)."""
    raw = os.environ.get(ENV, "").strip()
    if raw:
        try:
            return max(1, int(raw))
        except ValueError:
            log.warning("%s=%r is not a number: using the default", ENV, raw)
    return 1


# -- in a worker --------------------------------------------------------------------------------
_vocab: Vocabulary | None = None


def _start(snapshot: dict[str, Any]) -> None:
    global _vocab
    _vocab = thaw(snapshot)


def _scan(texts: Sequence[tuple[str, str]]) -> list[Result]:
    vocab = _vocab
    assert vocab is not None
    lexicons = (vocab.names, vocab.terms, vocab.topics)
    out: list[Result] = []
    for text, lang in texts:
        try:
            own = is_korean(text)
            asked = lang.startswith("ko")
            packs = tuple(lx._packed(text, "ko" if own else "en") for lx in lexicons)
            other = tuple(lx._packed(text, lang) for lx in lexicons) if asked != own else None
            vocab.concepts(text)
            vocab.translate(text, lang)
            out.append((text, lang, packs, other, vocab._memo[text, "*"], vocab._memo[text, lang]))
        except Exception:  # noqa: BLE001, S112 - left to the indexer's process, which reports it where it belongs
            continue
    return out


# -- the vocabulary, copied with its concept numbers ------------------------------------------------
def freeze(vocab: Vocabulary) -> dict[str, Any]:
    """What a worker needs of the vocabulary: each lexicon's forms and its concepts in the order they are
    numbered (every concept numbered first, so that a worker's packed matches mean the same here)."""
    out: dict[str, Any] = {"syllables": dict(vocab.syllables), "edits": edits(vocab)}
    for name in ("names", "terms", "topics"):
        lx: Lexicon = getattr(vocab, name)
        for c in [*lx.en.values(), *lx.ko.values()]:
            lx._number(c)
        out[name] = (dict(lx.en), dict(lx.ko), list(lx._concepts))
    return out


def thaw(snapshot: dict[str, Any]) -> Vocabulary:
    lexicons = {}
    for name in ("names", "terms", "topics"):
        en, ko, concepts = snapshot[name]
        lx = Lexicon(en=en, ko=ko)
        lx._concepts = list(concepts)
        lx._numbers = {c: i for i, c in enumerate(concepts)}
        lexicons[name] = lx
    return Vocabulary(syllables=snapshot["syllables"], **lexicons)


def edits(vocab: Vocabulary) -> tuple[int, int, int]:
    return (vocab.names.edits, vocab.terms.edits, vocab.topics.edits)


# -- in the indexer -----------------------------------------------------------------------------------
_pools: dict[tuple[int, int], ConceptPool] = {}


def pool_for(vocab: Vocabulary, workers: int) -> ConceptPool:
    """The process's pool for this vocabulary: started once at its first large write and kept (an index reopened
    in the same process, as the benchmarks do per round, does not start processes again); ended at exit."""
    key = (id(vocab), workers)
    pool = _pools.get(key)
    if pool is None or pool.vocab is not vocab:
        pool = _pools[key] = ConceptPool(vocab, workers)
    return pool


def close_all() -> None:
    for pool in list(_pools.values()):
        pool.close()
    _pools.clear()


atexit.register(close_all)


class ConceptPool:
    """Worker processes scanning a write's texts (see the module's docstring). Not thread-safe: one indexer."""

    def __init__(self, vocab: Vocabulary, workers: int) -> None:
        self.vocab = vocab
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._edits: tuple[int, int, int] | None = None
        self.restarts = 0
        self.taken = 0  # texts whose results were taken, in all
        self.off = workers <= 1

    def _ready(self) -> ProcessPoolExecutor | None:
        if self.off:
            return None
        if self._pool is not None and self._edits != edits(self.vocab):  # words added since: a new copy
            self.close()
        if self._pool is None:
            snapshot = freeze(self.vocab)
            self._edits = snapshot["edits"]
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start, initargs=(snapshot,))
        return self._pool

    def submit(self, texts: Iterable[tuple[str, str]]) -> list[Future[list[Result]]]:
        """Start scanning the texts not remembered yet; `collect` takes the results. None started: []."""
        if self.off:
            return []
        wanted = [(t, lang) for t, lang in dict.fromkeys(texts) if t and not self.vocab.knows(t, lang)]
        if len(wanted) < MIN_TEXTS:
            return []
        pool = self._ready()
        if pool is None:
            return []
        wanted.sort(key=lambda tl: len(tl[0]))  # every chunk gets short and long texts alike
        chunks = [wanted[i::self.workers] for i in range(self.workers)]
        try:
            return [pool.submit(_scan, chunk) for chunk in chunks if chunk]
        except Exception as exc:  # noqa: BLE001 - a broken pool: this write scans in the indexer's process
            self._broken(exc)
            return []

    def collect(self, futures: list[Future[list[Result]]]) -> int:
        """Remember what came back (when the vocabulary is still the one the workers hold); returns how many
        texts. A chunk that failed is left to the indexer's process."""
        taken = 0
        for fut in futures:
            try:
                results = fut.result(timeout=TIMEOUT_S)
            except FutureTimeout as exc:
                self._broken(exc)
                continue
            except Exception as exc:  # noqa: BLE001 - a worker died or raised: computed here instead
                self._broken(exc)
                continue
            if self._edits != edits(self.vocab):
                continue
            self.vocab.remember(results)
            taken += len(results)
        self.taken += taken
        return taken

    def _broken(self, exc: BaseException) -> None:
        log.warning("index workers: %s: %s; this write's concepts are scanned in the indexer's process",
                    type(exc).__name__, exc)
        self.close(wait=False)
        self.restarts += 1
        if self.restarts >= MAX_RESTARTS:
            log.warning("index workers: broken %d times, left off (the write path runs in one process)",
                        self.restarts)
            self.off = True

    def cpu_seconds(self) -> float:
        """CPU time of the worker processes so far (Linux /proc; 0 elsewhere): what benchmarks add to the
        indexer's own."""
        total = 0.0
        for p in list((getattr(self._pool, "_processes", None) or {}).values()):
            try:
                fields = Path(f"/proc/{p.pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            except (OSError, ValueError, IndexError):
                continue
        return total

    def close(self, wait: bool = True) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if not wait:  # a hung or dead worker: do not wait for it
            for p in list(getattr(pool, "_processes", {}).values()):
                p.terminate()
        pool.shutdown(wait=wait, cancel_futures=True)
