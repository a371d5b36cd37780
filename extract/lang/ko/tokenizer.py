"""A spaCy tokenizer over Kiwi: morpheme tokens with their character spans, so `doc.text == text`.

Kiwi returns contractions as overlapping morphemes (`했` = `하`+`었`, one span) and can return a
proper noun spanning a space (`토니 블링컨`), so tokens are built from character spans, not forms:
overlapping morphemes merge into one token (tags joined with `+`), spanning ones split at spaces.
"""
from __future__ import annotations

import re
from itertools import chain

import numpy
import spacy
from spacy.attrs import LEMMA, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.kiwi import generation, get_kiwi

_PIECES = re.compile(r"\s+|\S+")
_WORDS = re.compile(r"\S+")


class _EndToken:
    """After a chunk's last morpheme: emits the pending token."""

    start = 1 << 62
    len = 0
    tag = form = ""
    sent_position = -1


_END_TOKEN = _EndToken()
_END = (_END_TOKEN,)
_ONE, _MINUS_ONE = numpy.uint64(1), numpy.uint64(0xFFFF_FFFF_FFFF_FFFF)  # SENT_START values: -1 as uint64


CHUNK = 4000  # Kiwi's time per character grows with the text: long texts go in chunks cut at line breaks
PRIME_CHARS = 200_000  # at most this much text analysed ahead per batch (~0.7 s of Kiwi on these cores)


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


class _Tokens:
    """The token lists a Doc is built from, and where the text covered so far ends."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[str] = []
        self.spaces: list[bool] = []
        self.tags: list[str] = []
        self.forms: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []  # offset + len(word): appended here, not computed again per token later
        self.sent_starts: list[bool] = []
        self.pos = 0
        self.after_newline = True  # Kiwi's sentence split, and every line break: headlines and list items stand alone

    def add(self, at: int, word: str, tag: str, form: str, sent_start: bool) -> None:
        """A word (no whitespace inside) at `at`, after the text between it and the last one."""
        if at > self.pos:
            if self.words and self.text[self.pos:at] == " ":
                self.spaces[-1] = True
            else:
                self.gap(at)
        self.words.append(word)
        self.spaces.append(False)
        self.tags.append(tag)
        self.forms.append(form)
        self.offsets.append(at)
        self.ends.append(at + len(word))
        # A word starts a sentence where Kiwi or a line break says so.
        self.sent_starts.append(not self.sent_starts or sent_start or self.after_newline)
        self.pos = at + len(word)
        self.after_newline = False

    def gap(self, at: int) -> None:
        """Text up to `at` other than one plain space: a token per run of space or non-space."""
        after_newline = self.after_newline
        for m in _PIECES.finditer(self.text, self.pos, at):
            piece = m.group()
            space = piece.isspace()
            self.words.append(piece)
            self.spaces.append(False)
            self.tags.append("_SP" if space else "SW")
            self.forms.append(piece)
            self.offsets.append(m.start())
            self.ends.append(m.end())
            self.sent_starts.append(not self.sent_starts or (after_newline and not space))
            after_newline = "\n" in piece or (after_newline and space)
        self.pos, self.after_newline = at, after_newline

    def end(self) -> None:
        if self.pos < len(self.text):
            if self.words and self.text[self.pos:] == " ":
                self.spaces[-1] = True
            else:
                self.gap(len(self.text))


class _Primed:
    """Kiwi's morphemes of chunks analysed ahead (`KiwiTokenizer.prime`), each taken once by `_tokens`."""

    def __init__(self) -> None:
        self.tokens: dict[str, list] = {}
        self.generation = -1

    def fill(self, texts: list[str], limit: int) -> int:
        self.tokens = {}
        self.generation = generation()
        kiwi, used = get_kiwi(), 0
        for text in texts:
            for _, chunk in _chunks(text):
                if used + len(chunk) > limit:
                    return used
                self.tokens[chunk] = kiwi.tokenize(chunk)
                used += len(chunk)
        return used

    def take(self, chunk: str) -> list | None:
        if not self.tokens:
            return None
        tokens = self.tokens.pop(chunk, None)
        return tokens if self.generation == generation() else None


_PRIMED = _Primed()


class KiwiTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        # String-store hashes of tags and first-morpheme forms: a dict look-up per token instead of hashing
        # the string again (the store keeps every string added, so a hash stays valid).
        self._hashes: dict[str, int] = {}

    def __call__(self, text: str) -> Doc:
        return self._doc(self._tokens(text))

    @staticmethod
    def prime(texts: list[str], limit: int = PRIME_CHARS) -> int:
        """Analyse a batch's texts with Kiwi one after another before they are extracted one by one: Kiwi runs
        ~15 % slower when the pipeline's own work comes between its calls (its model leaves the CPU caches), so
        a batch analysed ahead costs ~8 % less CPU in all (`benchmarks.extract`). The same morphemes either way;
        up to `limit` characters (the rest are analysed when reached). Returns the characters analysed."""
        return _PRIMED.fill(texts, limit)

    def analysis_doc(self, text: str) -> Doc:
        """A Doc that only carries the tokenizer's columns (user_data), with no spaCy tokens: for the extraction
        pipeline, whose components read the columns and never the Doc's tokens, tags or lemmas (`pipeline.run(...,
        lean=True)`). Building the tokens, their tags, lemmas and sentence starts was ~4 % of the Korean
        pipeline's own work."""
        doc = Doc(self.vocab)
        self._columns(doc, self._tokens(text))
        return doc

    def _tokens(self, text: str) -> _Tokens:
        # One pass over Kiwi's morphemes: each waits as the pending token until the next one starts at or
        # after its end (an overlapping one extends it: `했` = `하`+`었`, tags joined with `+`), then is added.
        # This runs per morpheme of every document (the extraction benchmark profiles it): Kiwi's token
        # attributes are read once each, and a token right after the last one or after one space, with no
        # space inside, is appended here; `_Tokens.add` takes the rest (line breaks, other gaps, `토니 블링컨`).
        out = _Tokens(text)
        words, spaces, tags, forms, offsets, ends, flags = out.words, out.spaces, out.tags, out.forms, out.offsets, \
            out.ends, out.sent_starts
        kiwi = get_kiwi()
        for offset, chunk in _chunks(text):
            sent, first = None, True
            p_start = p_end = -1  # the pending token: none
            p_tag = p_form = ""
            p_first = False
            pos = out.pos
            primed = _PRIMED.take(chunk)
            for tok in chain(kiwi.tokenize(chunk) if primed is None else primed, _END):
                start = offset + tok.start
                if start < p_end:  # overlapping morpheme: extend the pending token
                    end = start + tok.len
                    if end > p_end:
                        p_end = end
                    p_tag += "+" + tok.tag
                    if tok.sent_position != sent:
                        sent, first = tok.sent_position, True
                    continue
                if p_end > p_start:  # add the pending token (zero-width morphemes carry no text)
                    if p_start < pos:  # Kiwi never goes backwards, but be safe
                        p_start = pos
                    piece = text[p_start:p_end]
                    if (p_start == pos or (p_start == pos + 1 and text[pos] == " ")) and words and (
                            piece.isalnum() or piece.split() == [piece]):
                        if p_start != pos:
                            spaces[-1] = True
                        words.append(piece)
                        spaces.append(False)
                        tags.append(p_tag)
                        forms.append(p_form)
                        offsets.append(p_start)
                        ends.append(p_end)
                        flags.append(p_first)
                        pos = p_end
                    else:
                        out.pos = pos
                        if piece.isalnum() or piece.split() == [piece]:  # no whitespace inside: one token
                            out.add(p_start, piece, p_tag, p_form, p_first)
                        else:  # a proper noun spanning a space (`토니 블링컨`): one token per word, its own lemma
                            for m in _WORDS.finditer(piece):
                                out.add(p_start + m.start(), m.group(), p_tag, m.group(), p_first)
                                p_first = False
                        pos = out.pos
                if tok is _END_TOKEN:
                    break
                sp = tok.sent_position
                if sp != sent:
                    sent, first = sp, True
                # (one name per statement: a tuple assignment of five builds and frees a tuple per morpheme)
                p_start = start
                p_end = start + tok.len
                p_tag = tok.tag
                p_form = tok.form
                p_first = first
                first = False
            out.pos = pos
        out.end()
        return out

    def _doc(self, out: _Tokens) -> Doc:
        # Tags, lemmas (the first morpheme's form: `가지` for `가졌`) and sentence starts go on the Doc; the
        # extraction components read the same data from user_data, as columns (no row tuple per token).
        words, tags, forms = out.words, out.tags, out.forms
        # The words go in as their string-store hashes: given a string, `Doc` hashes it through the store twice
        # (`Vocab.get`, ~40 % of building the Doc); given a hash, it looks the lexeme up by it.
        doc = Doc(self.vocab, words=self._orths(words), spaces=out.spaces)
        if words:  # what Doc(tags=, lemmas=, sent_starts=) sets, in one array (its own loop sets item by item)
            n = len(words)
            values = numpy.empty((n, 3), dtype=numpy.uint64)
            values[:, 0] = self._hashed(forms)
            values[:, 1] = self._hashed(tags)
            # (bools as bytes, read as a bool array: a C copy, where `fromiter` converted each object in turn)
            values[:, 2] = numpy.where(numpy.frombuffer(bytes(out.sent_starts), bool, n), _ONE, _MINUS_ONE)  # 1 / -1
            doc.from_array([LEMMA, TAG, SENT_START], values)
        self._columns(doc, out)
        return doc

    @staticmethod
    def _columns(doc: Doc, out: _Tokens) -> None:
        words, tags, forms = out.words, out.tags, out.forms
        doc.user_data["kiwi_columns"] = (out.offsets, words, tags, forms)  # (offset, word, tag, form) per token
        doc.user_data["kiwi_ends"] = out.ends  # each token's end (offset + length)
        doc.user_data["sent_starts"] = out.sent_starts

    def _hashed(self, strings: list[str]) -> numpy.ndarray:
        # Straight into the array (a list of Python ints converted by numpy took as long as the look-ups).
        hashes = self._hashes
        try:
            return numpy.fromiter(map(hashes.__getitem__, strings), numpy.uint64, len(strings))
        except KeyError:  # strings not seen before: into the vocabulary's string store
            self._add(strings)
            return numpy.fromiter(map(hashes.__getitem__, strings), numpy.uint64, len(strings))

    def _orths(self, strings: list[str]) -> list[int]:
        hashes = self._hashes
        try:
            return list(map(hashes.__getitem__, strings))
        except KeyError:
            self._add(strings)
            return list(map(hashes.__getitem__, strings))

    def _add(self, strings: list[str]) -> None:
        hashes, add = self._hashes, self.vocab.strings.add
        for s in strings:
            if s not in hashes:
                hashes[s] = add(s)

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
