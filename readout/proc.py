"""How Readout starts its own processes (stages, crawls, the extraction worker)."""
from __future__ import annotations

import sys

from readout.lock import held_fds


def readout_argv(*args: str) -> list[str]:
    """`python -P -m readout ARGS`: -P keeps the working directory off sys.path, so a folder there named
    like a package (`index/` in a data dir) cannot shadow the installed one."""
    return [sys.executable, "-P", "-m", "readout", *args]


def inherit_lock() -> dict[str, tuple[int, ...]]:
    """Popen keyword arguments that hand this process's data-dir lock to the child."""
    return {"pass_fds": held_fds()}
