"""Consoles for the CLI: piped or redirected output gets a wide console, so tables stay readable in logs."""
from __future__ import annotations

from rich.console import Console


def make_console(stderr: bool = False) -> Console:
    console = Console(stderr=stderr)
    return console if console.is_terminal else Console(stderr=stderr, width=200)
