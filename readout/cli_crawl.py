"""CLI commands for the crawl stage; `register` adds them to the main app."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
