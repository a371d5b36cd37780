"""One writer per data dir, and stage processes that a working directory cannot shadow.

A second `readout run` (or `crawl`, `demo`, `index`) on a data dir in use is refused at once, naming the
holder; the first run's stages (children that inherit its lock) keep working and readers still read.
The first run is started from a directory holding `index/`, `extract/`, `streams/` and `crawlers/`
folders that fail on import: its stages must import the installed packages.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readout.lock import holder

pytestmark = pytest.mark.timeout(240)
READOUT = str(Path(sys.executable).with_name("readout"))


def wait_for(cond, timeout: float = 120.0, what: str = "condition") -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def status_pid(data_dir: Path, stage: str) -> int | None:
    try:
        return int(json.loads((data_dir / "status" / f"{stage}.json").read_text())["pid"])
    except (OSError, ValueError, KeyError):
        return None


def test_second_writer_refused_and_stages_not_shadowed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for name in ("index", "extract", "streams", "crawlers"):  # what a data dir or a checkout may hold
        (data / name).mkdir(parents=True)
        (data / name / "__init__.py").write_text(f"raise ImportError('shadowed: {name}')\n")
    env = {**os.environ, "READOUT_DATA_DIR": str(data)}
    env.pop("READOUT_LOCK_FD", None)
    first = subprocess.Popen([READOUT, "run", "--stages", "extract,index,alerts"], cwd=data, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for(lambda: all(status_pid(data, s) for s in ("extract", "index", "alerts")), what="the stages to start")
        who = holder(data)
        assert who is not None and who["pid"] == first.pid and "readout run" in str(who["command"])
        started = time.monotonic()
        for args in (["run"], ["crawl", "sample.en-feed"], ["demo"], ["stage", "index"]):
            second = subprocess.run([READOUT, *args], cwd=tmp_path, env=env, capture_output=True, text=True,
                                    timeout=60)
            assert second.returncode == 3, (args, second.stdout, second.stderr)
            assert f"in use by pid {first.pid} (readout run --stages extract,index,alerts)" in \
                " ".join(second.stderr.split())
        refused_in = time.monotonic() - started
        reader = subprocess.run([READOUT, "search", "anything", "--json"], cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=120)
        assert reader.returncode == 0, reader.stderr  # readers never need the lock
        assert first.poll() is None
        pids = {s: status_pid(data, s) for s in ("extract", "index", "alerts")}
        print(f"\nsecond writers refused: 4 of 4 in {refused_in:.1f}s; stage restarts: 0; pids {pids}")
    finally:
        first.send_signal(signal.SIGINT)
        out, _ = first.communicate(timeout=90)
    assert "exited with" not in out, out  # no stage crashed (a shadowed import would, again and again)
    assert holder(data) is None  # released with the run
