"""The extraction stage's per-document CPU budget.

Documents are extracted in a worker process that the kernel stops when one document uses more than
the budget (RLIMIT_CPU), however it is stuck (a regular expression, a C extension). The stage sends that
document to `dlq.extract` with the reason, starts a fresh worker and moves on: the partition keeps moving.
"""
from __future__ import annotations

import json
import logging
import select
import signal
import subprocess
import sys
import time
from typing import IO

from streams.records import DocumentRecord, EventRecord
from streams.runner import Output

log = logging.getLogger(__name__)
START_TIMEOUT_S = 600.0  # loading Kiwi and spaCy: seconds, a minute on a loaded machine
WALL_FACTOR = 30.0  # a document's wall-clock allowance, in budgets: only for a worker stuck without using CPU


class BudgetExceeded(RuntimeError):
    """The document used more CPU than the budget allows."""


class WorkerDied(RuntimeError):
    """The extraction worker ended while working on the document."""


class BudgetedExtractor:
    def __init__(self, cpu_budget: float) -> None:
        self.budget = cpu_budget
        self.proc: subprocess.Popen[str] | None = None
        self.restarts = 0

    def start(self) -> None:
        """Starts the worker (models loaded) now, not on the first document."""
        if self.proc is None or self.proc.poll() is not None:
            self.proc = self._start()

    def _start(self) -> subprocess.Popen[str]:
        proc = subprocess.Popen([sys.executable, "-P", "-m", "readout.extract_child", str(self.budget)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        assert proc.stdout is not None
        if self._line(proc, proc.stdout, START_TIMEOUT_S) != "ready\n":
            proc.kill()
            raise RuntimeError(f"the extraction worker did not start (exit {proc.wait()})")
        return proc

    @staticmethod
    def _line(proc: subprocess.Popen[str], stream: IO[str], timeout: float) -> str | None:
        """The worker's next line ("" when it ended), or None when it is stuck past `timeout` (then killed)."""
        deadline = time.monotonic() + timeout
        while not select.select([stream], [], [], 1.0)[0]:
            if time.monotonic() > deadline:
                proc.kill()
                return None
        return stream.readline()

    def _ask(self, line: str) -> tuple[str | None, int | None]:
        """Sends one request line and waits for its reply line. When the worker ended (reply "") or was stuck past
        the wall-clock allowance (reply None, then killed), it is dropped to be restarted, with its exit code."""
        self.start()
        proc = self.proc
        assert proc is not None and proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(line)
            proc.stdin.flush()
        except BrokenPipeError:
            pass  # it died: reported below
        reply = self._line(proc, proc.stdout, self._wall())
        if reply:
            return reply, None
        code = proc.wait()
        self.proc, self.restarts = None, self.restarts + 1
        return reply, code

    def _wall(self) -> float:
        return max(self.budget * WALL_FACTOR, 60.0)

    def prime(self, docs: list[DocumentRecord], limit: int | None = None) -> int:
        """Has the worker analyse a batch ahead (under the same budget, as if one document); a worker that fails
        or dies at it is replaced and the batch is extracted without it: nothing is lost or reported."""
        line, code = self._ask('{"prime":[' + ",".join(d.model_dump_json() for d in docs) + "],"
                               f'"limit":{json.dumps(limit)}}}\n')
        if not line:
            log.warning("the extraction worker ended (%s) while analysing a batch of %d ahead; restarted, the batch "
                        "goes one document at a time", code, len(docs))
            return 0
        reply = json.loads(line)
        if "error" in reply:
            log.warning("analysing a batch of %d ahead failed: %s", len(docs), reply["error"])
        return int(reply.get("primed", 0))

    def handle(self, doc: DocumentRecord) -> list[Output]:
        line, code = self._ask(doc.model_dump_json() + "\n")
        if not line:
            if line is None:
                raise BudgetExceeded(f"extraction was stuck for {self._wall():g}s (wall clock) on this document "
                                     f"({len(doc.text)} characters); the worker was stopped and restarted")
            if code in (-signal.SIGXCPU, -signal.SIGKILL):
                raise BudgetExceeded(f"extraction took more than its budget of {self.budget:g}s of CPU "
                                     f"({len(doc.text)} characters); the worker was stopped and restarted")
            raise WorkerDied(f"the extraction worker ended with {code} on this document")
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(reply["error"])
        return [(t, k, EventRecord.model_validate(r)) for t, k, r in reply["outputs"]]

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()  # the worker ends at the end of its input
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
