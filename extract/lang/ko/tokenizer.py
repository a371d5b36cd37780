"""A spaCy tokenizer over Kiwi: morpheme tokens with their character spans, so `doc.text == text`.

Kiwi returns contractions as overlapping morphemes (`했` = `하`+`었`, one span) and can return a
proper noun spanning a space (`토니 블링컨`), so tokens are built from character spans, not forms:
overlapping morphemes merge into one token (tags joined with `+`), spanning ones split at spaces.
"""
from __future__ import annotations

import re

import numpy
import spacy
from spacy.attrs import LEMMA, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.kiwi import get_kiwi

_PIECES = re.compile(r"\s+|\S+")
_WORDS = re.compile(r"\S+")


CHUNK = 4000  # Kiwi's time per character grows with the text: long texts go in chunks cut at line breaks


def _chunks(text: str) -> list[tuple[int, str]]:
    """(offset, chunk) pieces of at most about CHUNK characters, cut after a line break (a sentence boundary
    here anyway); a text up to CHUNK characters is one piece."""
    if not text.strip():
        return []
    out, start = [], 0
    while len(text) - start > CHUNK:
        cut = text.rfind("\n", start + CHUNK // 2, start + CHUNK)
        cut = start + CHUNK if cut == -1 else cut + 1
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return [(o, c) for o, c in out if c.strip()]


class KiwiTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        # [start, end, tag, sent_start, first morpheme form]; this loop and `_doc` run per morpheme of every
        # document, so they bind locals and inline what they call (the extraction benchmark profiles them).
        spans: list[list] = []
        append = spans.append
        kiwi = get_kiwi()
        for offset, chunk in _chunks(text):
            # Plain `tokenize`: `split_sents=True` only groups these by `sent_position` in Python.
            sent, first = None, True
            for tok in kiwi.tokenize(chunk):
                if tok.sent_position != sent:
                    sent, first = tok.sent_position, True
                start = offset + tok.start
                end = start + tok.len
                if spans and start < spans[-1][1]:  # overlapping morpheme: extend the token
                    last = spans[-1]
                    if end > last[1]:
                        last[1] = end
                    last[2] += "+" + tok.tag
                    continue
                append([start, end, tok.tag, first, tok.form])
                first = False
        return self._doc(text, spans)

    def _doc(self, text: str, spans: list[list]) -> Doc:
        words: list[str] = []
        gaps: list[bool] = []
        tags: list[str] = []
        forms: list[str] = []
        offsets: list[int] = []
        sent_starts: list[bool] = []
        pos = 0
        after_newline = True  # Kiwi's sentence split, and every line break: headlines and list items stand alone

        def gap_tokens(gap: str, at: int) -> None:
            # Text between tokens other than one plain space: a token per run of space or non-space.
            nonlocal after_newline
            for m in _PIECES.finditer(gap):
                piece = m.group()
                space = piece.isspace()
                words.append(piece)
                gaps.append(False)
                tags.append("_SP" if space else "SW")
                forms.append(piece)
                offsets.append(at + m.start())
                sent_starts.append(not sent_starts or (after_newline and not space))
                after_newline = "\n" in piece or (after_newline and space)

        for start, end, tag, sent_start, form in spans:
            if end <= start:  # zero-width morphemes (Kiwi restores elided endings) carry no text
                continue
            if start < pos:  # Kiwi never goes backwards, but be safe
                start = pos
                if start >= end:
                    continue
            piece = text[start:end]
            if piece.isalnum() or piece.split() == [piece]:  # no whitespace inside: one token
                parts: tuple[tuple[int, str, str], ...] | None = None
            else:  # a proper noun spanning a space: one token per word
                parts = tuple((start + m.start(), m.group(), m.group()) for m in _WORDS.finditer(piece))
            for at, word, lemma in ((start, piece, form),) if parts is None else parts:
                if at > pos:
                    gap = text[pos:at]
                    if gap == " " and words:
                        gaps[-1] = True
                    else:
                        gap_tokens(gap, pos)
                words.append(word)
                gaps.append(False)
                tags.append(tag)
                forms.append(lemma)
                offsets.append(at)
                # A word has no whitespace: it starts a sentence where Kiwi or a line break says so.
                sent_starts.append(not sent_starts or bool(sent_start or after_newline))
                after_newline = sent_start = False
                pos = at + len(word)
        if pos < len(text):
            gap = text[pos:]
            if gap == " " and words:
                gaps[-1] = True
            else:
                gap_tokens(gap, pos)
        # Tags, lemmas (the first morpheme's form: `가지` for `가졌`) and sentence starts go on the Doc; the
        # extraction components read the same data from user_data.
        doc = Doc(self.vocab, words=words, spaces=gaps)
        if words:  # what Doc(tags=, lemmas=, sent_starts=) sets, in one array (its own loop sets item by item)
            add = self.vocab.strings.add
            values = numpy.empty((len(words), 3), dtype=numpy.uint64)
            values[:, 0] = [add(f) for f in forms]
            values[:, 1] = [add(t) for t in tags]
            values[:, 2] = (numpy.array(sent_starts, dtype=numpy.int32) * 2 - 1).astype(numpy.uint64)  # 1 / -1
            doc.from_array([LEMMA, TAG, SENT_START], values)
        doc.user_data["kiwi_tokens"] = list(zip(offsets, words, tags, forms, strict=True))
        doc.user_data["sent_starts"] = sent_starts
        return doc

    # spaCy serialises tokenizers with the pipeline; this one has no state.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **__: object) -> KiwiTokenizer:
        return self

    def to_disk(self, _path: object, **__: object) -> None:
        return None

    def from_disk(self, _path: object, **__: object) -> KiwiTokenizer:
        return self


@spacy.registry.tokenizers("readout.kiwi_tokenizer.v1")
def create_kiwi_tokenizer() -> object:
    def make(nlp: Language) -> KiwiTokenizer:
        return KiwiTokenizer(nlp.vocab)

    return make
