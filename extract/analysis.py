"""Index terms for Korean and English text: the same function analyses documents and queries."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import kiwipiepy
from kiwipiepy import Token

from extract.kiwi import generation, get_kiwi

# Content morphemes: nouns, verb/adjective stems, roots, foreign words, hanja and numbers.
# Bound nouns (NNB: 것, 수, 등) are left out as noise.
CONTENT_TAGS = ("NNG", "NNP", "NR", "VV", "VA", "XR", "SL", "SH", "SN")
# Names the analysis terms come from: Kiwi's version and these rules. Terms made by another (a record's carried
# terms from an extractor of another version) are not taken; bump the suffix when `_terms` changes.
ANALYSIS = f"kiwi-{kiwipiepy.__version__}/content-v1"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LETTER = re.compile(r"[^\W\d_]")
CACHE = 100_000  # Korean texts whose terms are remembered: a re-merged event is analysed again on every write
_cache: dict[str, tuple[str, ...]] = {}
_cache_generation = -1


def is_korean(text: str, threshold: float = 0.3) -> bool:
    """True when Hangul makes up at least `threshold` of the letters."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_HANGUL.findall(text)) / letters >= threshold


def _clean(text: str) -> str:
    # Lone surrogates and other unencodable code points would make Kiwi raise.
    return text.encode("utf-8", "replace").decode("utf-8")


def analyze(text: str, lang: str | None = None) -> list[str]:
    """Index terms: Kiwi content morphemes for Korean, lowercase word tokens for English.

    `경제안보대화` and `경제 안보 대화` both give `["경제", "안보", "대화"]`. `lang` None
    detects Korean by the share of Hangul letters.
    """
    if not text:
        return []
    if lang is not None and _cache_generation == generation() and lang.lower().startswith("ko"):
        found = _cache.get(text)  # a remembered text: its key is the cleaned text, which cleaning leaves as is
        if found is not None:
            return list(found)
    text = _clean(text)
    if lang is None:
        lang = "ko" if is_korean(text) else "en"
    if not lang.lower().startswith("ko"):
        return [w.lower() for w in _WORD.findall(text)]
    return list(_korean([text])[0])


def analyze_many(texts: Sequence[str], lang: str | None = None) -> list[list[str]]:
    """`analyze` of each text; the Korean ones not analysed before go to Kiwi in one batch (its threads) and are
    remembered, so that `analyze` of them afterwards is a look-up."""
    out: list[list[str]] = [[] for _ in texts]
    korean: list[tuple[int, str]] = []
    for i, text in enumerate(texts):
        if not text:
            continue
        text = _clean(text)
        ko = (lang or ("ko" if is_korean(text) else "en")).lower().startswith("ko")
        if ko:
            korean.append((i, text))
        else:
            out[i] = [w.lower() for w in _WORD.findall(text)]
    for (i, _), terms in zip(korean, _korean([t for _, t in korean]), strict=True):
        out[i] = list(terms)
    return out


def seed(terms: Mapping[str, Sequence[str]], analysis: str) -> int:
    """Remember Korean texts' terms computed elsewhere (what the extractor read off its Kiwi tokens), so that
    `analyze` of them is a look-up; terms of another analysis are ignored. Returns how many were taken."""
    if analysis != ANALYSIS or not terms:
        return 0
    _korean([])  # a changed dictionary clears what was remembered first
    if len(_cache) + len(terms) > CACHE:
        _cache.clear()
    for text, found in terms.items():
        _cache.setdefault(_clean(text), tuple(found))
    return len(terms)


analyze.many = analyze_many  # type: ignore[attr-defined]  # the index analyses a write's documents in one batch
analyze.seed = seed  # type: ignore[attr-defined]  # and takes the terms a record carries


def _korean(texts: list[str]) -> list[tuple[str, ...]]:
    global _cache_generation
    if _cache_generation != generation():
        _cache.clear()
        _cache_generation = generation()
    missing = list(dict.fromkeys(t for t in texts if t not in _cache))
    if missing:
        kiwi = get_kiwi()
        results = [kiwi.tokenize(missing[0])] if len(missing) == 1 else kiwi.tokenize(missing)
        if len(_cache) + len(missing) > CACHE:
            _cache.clear()
        for text, tokens in zip(missing, results, strict=True):
            _cache[text] = _terms(tokens)
    return [_cache[t] if t in _cache else _terms(get_kiwi().tokenize(t)) for t in texts]


def _terms(tokens: Sequence[Token]) -> tuple[str, ...]:
    terms: list[str] = []
    for tok in tokens:
        # Kiwi 0.24 marks irregular stems as e.g. VV-I / VA-R: compare the base tag.
        if tok.tag.split("-")[0] in CONTENT_TAGS:
            # A proper noun can span a space (`토니 블링컨`); the index splits on whitespace.
            terms.extend(part.lower() for part in tok.form.split())
    return tuple(terms)
