"""Extraction of one written sentence or paragraph, for the rule tests."""
from __future__ import annotations

from datetime import date

from extract.pipeline import extract_document
from streams.records import DocumentRecord, EventRecord


def extracted(text: str, lang: str, published: str, source: str | None = None) -> list[EventRecord]:
    """Every event of the text (held and mentioned), as a document published on `published`."""
    doc = DocumentRecord(id="t", text=text, lang=lang, published=date.fromisoformat(published), source=source)
    return extract_document(doc)


def held(text: str, lang: str, published: str, source: str | None = None) -> list[EventRecord]:
    """The events the text reports as held (not mentioned in passing)."""
    return [e for e in extracted(text, lang, published, source) if not e.mentioned]
