"""tantivy text analyzers, registered on every open of the embedded index (tantivy does not persist them)."""
from __future__ import annotations

import tantivy

ENGLISH = "readout_en"
KOREAN = "readout_ko"


def english() -> tantivy.TextAnalyzer:
    """Like Elasticsearch's `english` analyzer: lowercase, stop words, Snowball English stems."""
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.remove_long(40))
            .filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.stopword("english"))
            .filter(tantivy.Filter.stemmer("english")).build())


def korean() -> tantivy.TextAnalyzer:
    """Korean arrives as Kiwi morphemes joined by spaces: split on whitespace only."""
    return tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).filter(tantivy.Filter.lowercase()).build()


def register(index: tantivy.Index) -> None:
    index.register_tokenizer(ENGLISH, english())
    index.register_tokenizer(KOREAN, korean())
