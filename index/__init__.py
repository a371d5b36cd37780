"""Index stage: merged event documents in Elasticsearch or an embedded tantivy index, and search."""
from __future__ import annotations

from index.lexicon import Vocabulary
from index.model import Analyzer
from index.port import EventIndex


def open_index(url: str, analyze: Analyzer, vocab: Vocabulary | None = None, **options: object) -> EventIndex:
    """Open the backend the URL names: `tantivy:///path` (embedded) or `http(s)://host:9200` (Elasticsearch).

    `vocab`: the bilingual vocabulary for identity and search (default: the index's own terms only).
    """
    if url.startswith("tantivy://"):
        from index.tantivy_index import TantivyIndex

        return TantivyIndex(url.removeprefix("tantivy://"), analyze, vocab)
    if url.startswith(("http://", "https://")):
        from index.es_index import ElasticIndex

        return ElasticIndex(url, analyze, vocab=vocab, **options)  # type: ignore[arg-type]
    raise ValueError(f"unknown index URL {url!r}: expected tantivy:///path or http(s)://host:port")
