"""Exports of merged events, the same for `readout export` and `GET /export`: JSON lines, CSV or PLOVER, streamed.

JSON lines keep everything (the merged event as the API returns it). CSV is one flat row per event,
with its delegates (name, role, country) and its commitments as readers see them: one item per
clause with its topics and actions.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Literal

from index.model import MergedEvent
from readout.plover import plover_records
from readout.present import clauses, documents

Format = Literal["jsonl", "csv", "plover"]
CSV_COLUMNS = ["key", "type", "date", "name", "series", "ordinal", "level", "city", "country", "participants",
               "topics", "delegates", "commitments", "mentioned", "reports", "sources", "urls"]
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8", "plover": "application/x-ndjson"}


def delegates_cell(e: MergedEvent) -> str:
    """`name (role, country)` per person, `;`-separated; the head of delegation marked with `*`."""
    out = []
    for p in e.delegates:
        details = ", ".join(x for x in (p.role, p.country) if x)
        out.append(f"{'*' if p.head else ''}{p.name_en or p.name}" + (f" ({details})" if details else ""))
    return "; ".join(out)


def commitments_cell(e: MergedEvent) -> str:
    """`topic+topic: action; action` per clause, ` | `-separated (a clause in two languages is one item)."""
    return " | ".join(f"{'+'.join(c.tags())}: {'; '.join(c.all_actions())}" for c in clauses(e.commitments))


def csv_row(e: MergedEvent) -> list[str]:
    docs = documents(e)
    return [e.key, e.type, e.date or "", e.name or "", e.series or "", "" if e.ordinal is None else str(e.ordinal),
            e.level or "", e.location.city or "", e.location.country or "", ";".join(e.participants),
            ";".join(e.topics), delegates_cell(e), commitments_cell(e), str(e.mentioned).lower(), str(len(docs)),
            ";".join(sorted({r.source for r in docs if r.source})), " ".join(r.url for r in docs if r.url)]


def lines(events: Iterable[MergedEvent], fmt: Format) -> Iterator[str]:
    """The export as text chunks, one event at a time (CSV: the header first)."""
    if fmt == "jsonl":
        for e in events:
            yield e.model_dump_json() + "\n"
        return
    if fmt == "plover":  # PLOVER-style records (docs/plover.md)
        for e in events:
            yield "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in plover_records(e))
        return
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for e in events:
        writer.writerow(csv_row(e))
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()
