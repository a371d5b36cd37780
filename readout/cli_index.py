"""CLI commands for the index stage; `register` adds them to the main app."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
