"""What spiders hand to the pipelines."""
from __future__ import annotations

from dataclasses import dataclass, field

from streams.records import DocumentRecord


@dataclass
class DocumentItem:
    record: DocumentRecord
    # Canonical forms of every URL that led to this document (link, final URL, rel=canonical),
    # all marked seen once it is published, so no route to it is fetched again.
    seen_urls: list[str] = field(default_factory=list)
