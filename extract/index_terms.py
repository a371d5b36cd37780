"""The Korean index terms of a record's texts, read off the document's Kiwi tokens (no second Kiwi call).

The index analyses every Korean text of a report with Kiwi again (`extract.analysis.analyze`), which caps
Kiwi-analysed indexing far below its target; the extractor has already run Kiwi over those sentences. A text
that is a span of the document, starting and ending on token edges, gets the content morphemes of its tokens,
as `analyze` would give them; any other text (the headline as a name, a span that cuts a word, a token whose
merged morphemes hide a content form) gets none and the index analyses it as before. So does a span holding
a word of the extractor's user dictionary (the gazetteer's names) that Kiwi without it splits: the index's
and the search's Kiwi do not have those words (`산업통상자원부` -> 산업, 통상, 자원부), so a query would not find
the whole. The words it keeps whole anyway are listed in data/index_whole_words.txt (`python -m
extract.index_terms` writes it again, after a gazetteer or Kiwi change; a word missing from it only means its
texts are analysed by the index).
"""
from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from extract.analysis import ANALYSIS, CONTENT_TAGS
from extract.kiwi import user_words
from extract.view import Sent, View
from streams.records import IndexTerms

_HANGUL = re.compile(r"[\uac00-\ud7a3]")  # the index's test of a text's language (`index.fields.report_lang`)
_CONTENT = frozenset(CONTENT_TAGS)
_MAX_TRIES = 4  # occurrences of a text tried before giving up (a name repeated in a headline and the body)


WHOLE = Path(__file__).parent / "data" / "index_whole_words.txt"


@functools.cache
def whole_words() -> frozenset[str]:
    """Gazetteer words that Kiwi without them keeps whole too (`외교부`, `서울`): a text holding them is carried."""
    lines = WHOLE.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def split_words() -> frozenset[str]:
    """The extractor's user words that the index's Kiwi (without them) would split: a span holding one is left."""
    return _split_of(user_words())


@functools.lru_cache(maxsize=1)  # user_words() is one frozenset per dictionary generation
def _split_of(words: frozenset[str]) -> frozenset[str]:
    return words - whole_words()


@functools.cache
def _merged_content(tag: str) -> bool:
    """A token of merged morphemes (`하+었`) one of whose later morphemes is a content one."""
    return any(t.split("-")[0] in _CONTENT for t in tag.split("+")[1:])


def span_terms(view: View, start: int, end: int) -> list[str] | None:
    """The terms of `view.text[start:end]` from its tokens, or None when the span does not start and end on
    token edges, holds a word of the extractor's user dictionary, or one of its tokens merged a content
    morpheme whose form the tokenizer did not keep."""
    toks = view.tokens_in(start, end)
    if not toks or toks[0].start != start or toks[-1].end > end:
        return None
    words = split_words()
    terms: list[str] = []
    for t in toks:  # (runs per token of every carried text: plain look-ups)
        if t.form in words:
            return None  # a gazetteer word kept whole here: the index's Kiwi, without it, splits it its own way
        if t.base in _CONTENT:  # the first morpheme's tag
            form = t.form
            if " " in form:
                terms.extend(form.lower().split())
            else:
                terms.append(form.lower())
        if "+" in t.tag and _merged_content(t.tag):
            return None  # `했` = 하+었 keeps 하 only: a later content form is lost
    return terms


def text_terms(view: View, text: str) -> list[str] | None:
    """The terms of a text found in the document (the first occurrence on token edges), else None."""
    if not text:
        return None
    memo = view.memo("text_terms")  # a document's records share sentences, clauses and roles: each read once
    if text in memo:
        found = memo[text]
        return None if found is None else list(found)
    found = memo[text] = _text_terms(view, text)
    return None if found is None else list(found)


def _text_terms(view: View, text: str) -> list[str] | None:
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
    # Built without validating: every entry is a span's content forms, one word each, which is what `IndexTerms`
    # checks (a Python validator per text: most of the record's validation time); the index validates what it reads.
    return IndexTerms.model_construct(analysis=ANALYSIS, ko=out) if out else None


def plain_analysis(words: Sequence[str]) -> list[list[str]]:
    """`analyze(word, "ko")` of each word by a Kiwi without the gazetteer's words (a child process: the index's)."""
    code = ("import json,sys; from extract.analysis import analyze; ws=json.load(sys.stdin); "
            "json.dump([analyze(w, 'ko') for w in ws], sys.stdout, ensure_ascii=False)")
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(list(words)), capture_output=True,
                         text=True, check=True, cwd=Path(__file__).parents[1])
    return json.loads(out.stdout)


def main() -> None:
    """Write data/index_whole_words.txt: the user words Kiwi keeps whole without them."""
    import extract.lang.ko  # noqa: F401  (registers the gazetteer's words)

    words = sorted(user_words())
    whole = [w for w, terms in zip(words, plain_analysis(words), strict=True) if terms == [w.lower()]]
    WHOLE.write_text(f"# {ANALYSIS}: gazetteer words Kiwi keeps whole without them (python -m extract.index_terms)\n"
                     + "\n".join(whole) + "\n", encoding="utf-8")
    print(f"{len(whole)} of {len(words)} user words kept whole: {WHOLE}")


if __name__ == "__main__":
    main()
