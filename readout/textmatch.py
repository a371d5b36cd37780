"""Free text in standing subscriptions, matched like a search: the event's text is built as the index builds
it (index.fields), Korean through the extraction stage's Kiwi analysis, English by stem; the text matches
when every Korean term or every English stem of it is found, as the search's two fields do."""
from __future__ import annotations

from functools import lru_cache

from index.analyzers import english
from index.fields import query_terms_ko, query_text_en, search_fields
from index.merge import merge
from readout.vocabulary import vocabulary
from streams.records import EventRecord, use_text_matcher


@lru_cache(maxsize=1)
def _english():  # noqa: ANN202 - a tantivy analyzer
    return english()


@lru_cache(maxsize=256)
def _query(text: str) -> tuple[frozenset[str], frozenset[str]]:
    from extract.analysis import analyze

    ko = frozenset(query_terms_ko(text, analyze))
    en = frozenset(_english().analyze(query_text_en(text)))
    return ko, en


def search_like_match(text: str, event: EventRecord) -> bool:
    from extract.analysis import analyze  # Kiwi loads on the first subscription with text, not before

    ko, en = _query(text)
    vocab = vocabulary()  # the other language's words too, as the index adds them
    fields = search_fields(merge([event], vocab=vocab), analyze, vocab)
    if ko and ko <= set(fields.text_ko.lower().split()):
        return True
    return bool(en) and en <= set(_english().analyze(fields.text_en))


def install() -> None:
    """Make `EventFilter.text` match like a search in this process (the alerts stage, `readout subscribe`)."""
    use_text_matcher(search_like_match)
