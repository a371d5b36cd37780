"""`readout run`: every stage as a supervised child process, with a live status line per stage.

A crashed stage restarts with exponential backoff; SIGINT/SIGTERM stops the children gracefully
(each finishes its batch and commits) before the supervisor exits.
"""
from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.console import Console
from rich.live import Live
from rich.table import Table

from readout.proc import inherit_lock, readout_argv
from readout.settings import Settings
from readout.status import WORKER_ENV, read_status
from streams.bus import Bus, open_bus
from streams.topics import STAGE_INPUT

MAX_BACKOFF = 60.0
LOG_EVERY_S = 30.0


@dataclass
class Child:
    name: str
    worker: int = 1
    proc: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    restarts: int = 0
    backoff: float = 1.0
    restart_at: float | None = None
    last_exit: int | None = None
    log: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.name if self.worker == 1 else f"{self.name}-{self.worker}"

    def start(self) -> None:
        self.proc = subprocess.Popen(readout_argv("stage", self.name), stdin=subprocess.DEVNULL,
                                     env={**os.environ, WORKER_ENV: str(self.worker)},
                                     start_new_session=True, **inherit_lock())
        self.started = time.monotonic()
        self.restart_at = None

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


def lags(bus: Bus) -> dict[str, int]:
    try:
        infos = {t.name: t for t in bus.topics()}
    except Exception:  # the status line must not take the supervisor down
        return {}
    return {stage: infos[topic].lag.get(stage, infos[topic].size) for stage, topic in STAGE_INPUT.items()
            if topic in infos}


def render(children: Sequence[Child], settings: Settings, lag: dict[str, int]) -> Table:
    table = Table(title=f"readout run · bus {settings.bus_url} · index {settings.index_url}", expand=False)
    for col in ("stage", "state", "pid", "in", "out", "lag", "errors", "restarts", "note"):
        table.add_column(col)
    for c in children:
        st = read_status(settings.data_dir, c.label)
        state = "running" if c.alive else (f"restart in {max(c.restart_at - time.monotonic(), 0):.0f}s"
                                           if c.restart_at else "stopped")
        table.add_row(c.label, state, str(c.proc.pid if c.proc else "-"),
                      str(st.records_in if st else 0), str(st.records_out if st else 0),
                      str(lag.get(c.name, "-") if c.worker == 1 else ""), str(st.errors if st else 0), str(c.restarts),
                      (st.note if st and st.note else "") or (c.log[-1] if c.log else ""))
    return table


def supervise(stages: Sequence[str], settings: Settings, console: Console | None = None,
              stop: threading.Event | None = None, workers: int = 1) -> int:
    """Runs `stages`; extraction as `workers` processes in one consumer group (they share its partitions)."""
    console = console or Console()
    stop = stop or threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    os.environ.setdefault("READOUT_DATA_DIR", str(settings.data_dir))
    children = [Child(name, w) for name in stages for w in range(1, (workers if name == "extract" else 1) + 1)]
    for c in children:
        c.start()
    last_lag, lag, last_log = 0.0, {}, 0.0
    bus = open_bus(settings.bus_url, partitions=settings.partitions)  # one connection for the lag column
    live = Live(render(children, settings, lag), console=console, refresh_per_second=2) if console.is_terminal \
        else None
    if live:
        live.start()
    try:
        while not stop.is_set():
            now = time.monotonic()
            for c in children:
                if c.proc is not None and not c.alive and c.restart_at is None:
                    c.last_exit = c.proc.returncode
                    if now - c.started > MAX_BACKOFF:
                        c.backoff = 1.0  # it ran a good while: a fresh failure, not a crash loop
                    c.restart_at = now + c.backoff
                    c.log.append(f"exited {c.last_exit}; restarting in {c.backoff:.0f}s")
                    console.log(f"[yellow]stage {c.label} exited with {c.last_exit}[/yellow]; "
                                f"restart in {c.backoff:.0f}s")
                    c.backoff = min(c.backoff * 2, MAX_BACKOFF)
                elif c.restart_at is not None and now >= c.restart_at:
                    c.restarts += 1
                    c.start()
            if now - last_lag > 2:
                lag, last_lag = lags(bus), now
            if live:
                live.update(render(children, settings, lag))
            elif now - last_log > LOG_EVERY_S:  # logs (containers, files): a status table now and then
                console.print(render(children, settings, lag))
                last_log = now
            stop.wait(0.5)
    finally:
        if live:
            live.stop()
        bus.close()
    console.log("stopping: each stage finishes its batch and commits")
    for c in children:
        if c.alive:
            os.killpg(c.proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + 30
    for c in children:
        if c.proc is None:
            continue
        try:
            c.proc.wait(max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            os.killpg(c.proc.pid, signal.SIGKILL)
            c.proc.wait()
    return 0
