"""The Korean index terms of a record's texts, read off the document's Kiwi tokens (no second Kiwi call).

The index analyses every Korean text of a report with Kiwi again (`extract.analysis.analyze`), which caps
Kiwi-analysed indexing far below its target; the extractor has already run Kiwi over those sentences. A text
that is a span of the document, starting and ending on token edges, gets the content morphemes of its tokens,
as `analyze` would give them; any other text (the headline as a name, a span that cuts a word, a token whose
merged morphemes hide a content form) gets none and the index analyses it as before. So does a span holding
a word of the extractor's user dictionary (the gazetteer's names): the index's and the search's Kiwi do not
have those words and split them (`산업통상자원부` -> 산업, 통상, 자원부), so a query would not find the whole.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from extract.analysis import ANALYSIS, CONTENT_TAGS
from extract.kiwi import user_words
from extract.view import Sent, View
from streams.records import IndexTerms

_HANGUL = re.compile(r"[\uac00-\ud7a3]")  # the index's test of a text's language (`index.fields.report_lang`)
_MAX_TRIES = 4  # occurrences of a text tried before giving up (a name repeated in a headline and the body)


def _base(tag: str) -> str:
    return tag.split("-")[0]


def span_terms(view: View, start: int, end: int) -> list[str] | None:
    """The terms of `view.text[start:end]` from its tokens, or None when the span does not start and end on
    token edges, holds a word of the extractor's user dictionary, or one of its tokens merged a content
    morpheme whose form the tokenizer did not keep."""
    toks = view.tokens_in(start, end)
    if not toks or toks[0].start != start or toks[-1].end > end:
        return None
    words = user_words()
    terms: list[str] = []
    for t in toks:
        if t.form in words:
            return None  # a gazetteer word kept whole here: the index's Kiwi, without it, splits it its own way
        tags = t.tag.split("+")
        if _base(tags[0]) in CONTENT_TAGS:
            terms.extend(part.lower() for part in t.form.split())
        if len(tags) > 1 and any(_base(x) in CONTENT_TAGS for x in tags[1:]):
            return None  # `했` = 하+었 keeps 하 only: a second content form is lost
    return terms


def text_terms(view: View, text: str) -> list[str] | None:
    """The terms of a text found in the document (the first occurrence on token edges), else None."""
    if not text:
        return None
    at = view.text.find(text)
    for _ in range(_MAX_TRIES):
        if at < 0:
            return None
        found = span_terms(view, at, at + len(text))
        if found is not None:
            return found
        at = view.text.find(text, at + 1)
    return None


def joined_terms(view: View, text: str, sents: Sequence[Sent]) -> list[str] | None:
    """The terms of a text built as sentences joined by spaces and cut (`evidence`), from each sentence's
    span; None when the text is not that."""
    found = text_terms(view, text)
    if found is not None:
        return found
    terms: list[str] = []
    pos = 0
    for s in sents:
        lead = len(s.text) - len(s.text.lstrip())
        piece = s.text.strip()
        if pos:
            if text[pos:pos + 1] != " ":
                return None
            pos += 1
        piece = piece[:len(text) - pos]  # the last sentence may be cut
        if not piece or not text.startswith(piece, pos):
            return None
        found = span_terms(view, s.start + lead, s.start + lead + len(piece))
        if found is None:
            return None
        terms += found
        pos += len(piece)
        if pos == len(text):
            return terms
    return None


def index_terms(view: View, name: str | None, evidence: str, sents: Sequence[Sent],
                others: Iterable[str | None]) -> IndexTerms | None:
    """The carried terms of a Korean record: of its name and evidence (sentences `sents` joined), which the
    index analyses as Korean, and of the `others` (clauses, delegates' roles and organisations) that hold
    Hangul, as the index picks them; each only where it is a span of the document. None for other languages or
    when no text qualifies. Delegates' names are left to the index: a name alone is what a query for it is,
    analysed alone (`박윤규` -> 박윤, 규), where the document's context keeps it whole."""
    if view.lang != "ko":
        return None
    out: dict[str, list[str]] = {}
    if evidence:
        found = joined_terms(view, evidence, sents)
        if found is not None:
            out[evidence] = found
    for text in [name, *(t for t in others if t and _HANGUL.search(t))]:
        if text and text not in out:
            found = text_terms(view, text)
            if found is not None:
                out[text] = found
    return IndexTerms(analysis=ANALYSIS, ko=out) if out else None
