"""A spaCy tokenizer over Kiwi: morpheme tokens with their character spans, so `doc.text == text`.

Kiwi returns contractions as overlapping morphemes (`했` = `하`+`었`, one span) and can return a
proper noun spanning a space (`토니 블링컨`), so tokens are built from character spans, not forms:
overlapping morphemes merge into one token (tags joined with `+`), spanning ones split at spaces.
"""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.kiwi import get_kiwi

_WS = re.compile(r"\s+")
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
        spans: list[list] = []  # [start, end, tag, sent_start, first morpheme form]
        for offset, chunk in _chunks(text):
            # tokenize(split_sents=True) is what split_into_sents wraps, without its per-token Python pass
            # building sub-sentences we never read.
            for sent in get_kiwi().tokenize(chunk, split_sents=True):
                first = True
                for tok in sent:
                    start, end = offset + tok.start, offset + tok.start + tok.len
                    if spans and start < spans[-1][1]:  # overlapping morpheme: extend the token
                        spans[-1][1] = max(spans[-1][1], end)
                        spans[-1][2] += "+" + tok.tag
                        continue
                    spans.append([start, end, tok.tag, first, tok.form])
                    first = False
        return self._doc(text, spans)

    def _doc(self, text: str, spans: list[list]) -> Doc:
        words: list[str] = []
        gaps: list[bool] = []
        tags: list[str] = []
        starts: list[bool] = []
        forms: list[str] = []
        pos = 0

        def add(piece_start: int, piece_end: int, tag: str, sent_start: bool, form: str) -> None:
            # Text between tokens: one plain space becomes trailing whitespace, anything else a token.
            nonlocal pos
            gap = text[pos:piece_start]
            if gap:
                if gap == " " and words:
                    gaps[-1] = True
                else:
                    for m in _PIECES.finditer(gap):
                        words.append(m.group())
                        gaps.append(False)
                        tags.append("_SP" if m.group().isspace() else "SW")
                        starts.append(False)
                        forms.append(m.group())
            words.append(text[piece_start:piece_end])
            gaps.append(False)
            tags.append(tag)
            starts.append(sent_start)
            forms.append(form)
            pos = piece_end

        for start, end, tag, sent_start, form in spans:
            if end <= start:  # zero-width morphemes (Kiwi restores elided endings) carry no text
                continue
            if start < pos:  # Kiwi never goes backwards, but be safe
                start = pos
                if start >= end:
                    continue
            piece = text[start:end]
            if _WS.search(piece):  # a proper noun spanning a space: one token per word
                first = True
                for m in _WORDS.finditer(piece):
                    add(start + m.start(), start + m.end(), tag, sent_start and first, m.group())
                    first = False
            else:
                add(start, end, tag, sent_start, form)
        if pos < len(text):
            add(len(text), len(text), "", False, "")
            words.pop(), gaps.pop(), tags.pop(), starts.pop(), forms.pop()
        # Kiwi's sentence split, and every line break: headlines and list items stand alone.
        sent_starts: list[bool] = []
        after_newline = True
        for word, sent_start in zip(words, starts, strict=True):
            space = word.isspace()
            sent_starts.append(not sent_starts or (bool(sent_start or after_newline) and not space))
            after_newline = "\n" in word or (after_newline and space)
        # Tags, lemmas (the first morpheme's form: `가지` for `가졌`) and sentence starts are set by the
        # Doc constructor in one pass; the extraction components read the same data from user_data.
        doc = Doc(self.vocab, words=words, spaces=gaps, tags=tags or None, lemmas=forms or None,
                  sent_starts=sent_starts or None)
        offsets, pos = [], 0
        for word, gap in zip(words, gaps, strict=True):
            offsets.append(pos)
            pos += len(word) + gap
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
