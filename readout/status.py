"""Per-stage status files, so the supervisor can show records in/out and errors of its children."""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from streams.runner import StageStats


@dataclass
class StageStatus:
    stage: str
    pid: int
    records_in: int = 0
    records_out: int = 0
    errors: int = 0
    updated: float = 0.0
    note: str = ""


def status_dir(data_dir: Path) -> Path:
    path = Path(data_dir) / "status"
    path.mkdir(parents=True, exist_ok=True)
    return path


WORKER_ENV = "READOUT_WORKER"  # which of a stage's workers a process is (1, 2, ...): its status file is apart


def status_name(stage: str) -> str:
    """The status file a stage process writes: `extract`, or `extract-2` for the second worker."""
    worker = os.environ.get(WORKER_ENV, "")
    return f"{stage}-{worker}" if worker.isdigit() and int(worker) > 1 else stage


def write_status(data_dir: Path, stage: str, stats: StageStats | None = None, note: str = "") -> None:
    status = StageStatus(stage, os.getpid(), updated=time.time(), note=note)
    if stats is not None:
        status.records_in, status.records_out, status.errors = stats.records_in, stats.records_out, stats.errors
        status.note = note or stats.waiting
    path = status_dir(data_dir) / f"{stage}.json"
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(asdict(status)))
    tmp.replace(path)  # readers never see half a file


def read_status(data_dir: Path, stage: str) -> StageStatus | None:
    try:
        return StageStatus(**json.loads((status_dir(data_dir) / f"{stage}.json").read_text()))
    except (OSError, ValueError, TypeError):
        return None
