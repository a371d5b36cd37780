"""Real errors in plain words (a full disk, a damaged database or index), instead of a traceback."""
from __future__ import annotations

import errno
import sqlite3

from index.port import IndexDamaged


def plain_error(exc: BaseException) -> str | None:
    """What to tell the operator about `exc`, or None for an error that deserves its traceback."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:  # the cause may be wrapped (OSError inside another error)
        seen.add(id(exc))
        if isinstance(exc, IndexDamaged):
            return f"{exc}. Run `readout doctor`, then `readout index rebuild` (the bus holds every event)."
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "disk is full" in str(exc):
            where = f" ({exc.filename})" if isinstance(exc, OSError) and exc.filename else ""
            return f"no space left on the device{where}: free some space, then run the command again " \
                   "(nothing acknowledged was lost)"
        if isinstance(exc, sqlite3.DatabaseError):
            return f"the bus database cannot be read: {exc}. Run `readout doctor` to check it."
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return None
