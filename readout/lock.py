"""One writer per data dir: an advisory lock (flock) on `<data dir>/writer.lock`.

`readout run`, `demo`, `crawl`, stage processes and index writers hold it while they run; a second
writer is refused at once with the holder's pid and command. Readers (`search`, `serve`, `export`)
never take it. Children of a holder (the stages of `readout run`, the crawl a crawl worker starts)
inherit the locked descriptor (`pass_fds=held_fds()`) and its number in READOUT_LOCK_FD.
The lock guards the embedded backends: with Kafka and Elasticsearch the engines coordinate writers
(consumer groups), so services that share a data dir (docker-compose) run side by side.
"""
from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from readout.console import make_console
from readout.settings import Settings

LOCK_FILE = "writer.lock"
ENV_FD = "READOUT_LOCK_FD"
_held: list[int] = []  # the descriptor this process holds (or inherited)


class DataDirLocked(RuntimeError):
    """Another process is writing to this data dir."""


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_FILE


def holder(data_dir: Path) -> dict[str, object] | None:
    """Who holds the lock (pid, command, since), or None when nobody does."""
    path = lock_path(data_dir)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                return json.loads(path.read_text() or "{}")
            except ValueError:
                return {}
        return None
    finally:
        os.close(fd)


def _inherited(path: Path) -> int | None:
    raw = os.environ.get(ENV_FD, "")
    if not raw.isdigit():
        return None
    try:
        mine, lock = os.fstat(int(raw)), os.stat(path)
    except OSError:
        return None
    return int(raw) if (mine.st_dev, mine.st_ino) == (lock.st_dev, lock.st_ino) else None


def needs_lock(settings: Settings) -> bool:
    """Only the embedded backends live in the data dir and take one writer."""
    return settings.bus_url.startswith("local://") or settings.index_url.startswith("tantivy://")


def acquire(data_dir: Path, command: str) -> tuple[int, bool]:
    """Take the lock (or find it inherited): (descriptor, inherited). Raises DataDirLocked."""
    path = lock_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = _inherited(path)
    if fd is not None:
        return fd, True
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        who = holder(data_dir) or {}
        raise DataDirLocked(f"the data dir {Path(data_dir).resolve()} is in use by pid {who.get('pid', '?')} "
                            f"({who.get('command', 'unknown command')}); stop it first, or set another "
                            "READOUT_DATA_DIR") from None
    os.ftruncate(fd, 0)
    os.write(fd, json.dumps({"pid": os.getpid(), "command": command, "since": time.time()}).encode())
    os.environ[ENV_FD] = str(fd)
    return fd, False


def release(fd: int) -> None:
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
    os.environ.pop(ENV_FD, None)


def held_fds() -> tuple[int, ...]:
    """Pass to `subprocess.Popen(pass_fds=…)` so a child writes under this process's lock."""
    return tuple(_held)


@contextmanager
def writer_lock(settings: Settings, command: str) -> Iterator[None]:
    """Hold the data dir's writer lock for the block, or exit with a message naming the holder."""
    if not needs_lock(settings):
        yield
        return
    try:
        fd, inherited = acquire(settings.data_dir, command)
    except DataDirLocked as exc:
        make_console(stderr=True).print(f"[red]refused:[/red] {exc}")
        raise typer.Exit(3) from None
    _held.append(fd)
    try:
        yield
    finally:
        _held.remove(fd)
        if not inherited:
            release(fd)
