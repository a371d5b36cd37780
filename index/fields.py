"""Search fields derived from a merged event, the same for both backends.

Korean text is indexed as Kiwi morphemes joined by spaces (a whitespace-analysed field), English
text as written (each engine's English stemming analyser), so both engines match the same terms.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from index.lexicon import Vocabulary
from index.model import MAX_QUERY_TERMS, Analyzer, MergedEvent, SearchQuery
from index.names import name_keys, name_parts, norm_name
from streams.records import EventRecord

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
RANK_BOOSTS = {"held": 1000.0, "dated": 100.0}  # relevance: flag tiers far above any text score
LOWER_TIER = "lower"  # the flag of events outside the first tier (mentioned or undated: few), to leave them out
EPOCH = date(1900, 1, 1)
_HASH_BITS = 46  # sort key = days since 1900 in the high bits, a hash of the key below: unique per event


def report_lang(lang: str | None, text: str) -> str:
    if lang:
        return "ko" if lang.lower().startswith("ko") else "en"
    return "ko" if _HANGUL.search(text) else "en"


def sort_key(event_date: str | None, key: str) -> int:
    """Newest first when sorted descending; undated events (day 0) last. Ties broken by the key's hash."""
    h = zlib.crc32(key.encode()) | (zlib.adler32(key.encode()) << 32)
    h &= (1 << _HASH_BITS) - 1
    days = (date.fromisoformat(event_date) - EPOCH).days + 1 if event_date else 0
    return (days << _HASH_BITS) | h


@dataclass
class SearchFields:
    text_en: str
    text_ko: str
    persons: list[str]  # facet values: one canonical id per person
    person_names: list[str]  # filter values: every spelling, normalised
    sources: list[str]
    langs: list[str]
    doc_ids: list[str]
    month: str | None
    sort: int
    flags: list[str]  # `held`, `dated`: relevance ranks held before mentioned, dated before undated; else `lower`
    concepts: list[str]  # language-neutral: what the texts name (index.lexicon.Vocabulary.concepts)


Texts = tuple[list[str], list[str], set[str]]


def search_fields(ev: MergedEvent, analyze: Analyzer, vocab: Vocabulary | None = None,
                  primed: dict[int, tuple[MergedEvent, Texts]] | None = None) -> SearchFields:
    """`primed`: the texts `prime_analysis` gathered for this write's events (by `id`), not gathered again."""
    found = primed.get(id(ev)) if primed else None
    ko, en, concepts = found[1] if found is not None and found[0] is ev else _texts(ev, vocab)
    return _fields(ev, en, [t for text in ko for t in analyze(text, "ko")], concepts)


def prime_analysis(events: Sequence[MergedEvent], analyze: Analyzer, vocab: Vocabulary | None = None
                   ) -> dict[int, tuple[MergedEvent, Texts]]:
    """Analyse the Korean texts of a whole write in one call when the analyzer has a batch form that remembers
    its results (`analyze.many`, Kiwi's): one text at a time was where a write's time went. Returns each event's
    texts by `id` (with the event, which keeps the id its own while the write holds the result), for
    `search_fields`."""
    many = getattr(analyze, "many", None)
    if many is None:
        return {}
    texts = {id(ev): (ev, _texts(ev, vocab)) for ev in events}
    try:
        many([t for _, (ko, _, _) in texts.values() for t in ko], "ko")
    except Exception:  # noqa: BLE001 - only a head start: a document's own error shows when it is stored alone
        pass
    return texts


def seed_analysis(records: Sequence[EventRecord], analyze: Analyzer) -> int:
    """Hand the Korean terms records carry (`EventRecord.terms`, read off the extractor's Kiwi tokens) to an
    analyzer that takes them (`analyze.seed(terms, analysis)`: Kiwi's, which then looks them up instead of
    analysing those texts), for the texts each record holds and the index analyses as Korean; entries for
    any other text are ignored. Returns how many texts the analyzer took."""
    seed = getattr(analyze, "seed", None)
    if seed is None:
        return 0
    by_analysis: dict[str, dict[str, list[str]]] = {}
    for r in records:
        if r.terms is None or not r.terms.ko:
            continue
        texts = record_texts_ko(r)
        wanted = {t: terms for t, terms in r.terms.ko.items() if t in texts}
        if wanted:
            by_analysis.setdefault(r.terms.analysis, {}).update(wanted)
    return sum(seed(terms, analysis) for analysis, terms in by_analysis.items())


def record_texts_ko(r: EventRecord) -> set[str]:
    """The texts of one report that `_texts` analyses as Korean."""
    out = {t for t in (r.name, r.evidence) if t and report_lang(r.lang, t) == "ko"}
    out.update(c.text for c in r.commitments if report_lang(None, c.text) == "ko")
    out.update(t for d in r.delegates for t in (d.name, d.role, d.organization) if t and report_lang(None, t) == "ko")
    return out


def stored_record(r: EventRecord) -> dict[str, Any]:
    """A report as the index keeps it: without its carried terms, which serve one write (a stored event's
    texts written again are analysed, or found among the terms remembered)."""
    return r.model_dump(mode="json", exclude={"terms"})


def _texts(ev: MergedEvent, vocab: Vocabulary | None) -> tuple[list[str], list[str], set[str]]:
    """The Korean texts (to analyse), the English texts and the concepts of a merged event."""
    en: list[str] = []
    ko: list[str] = []
    for r in ev.reports:
        for text in (r.name, r.evidence):
            if text:
                (ko if report_lang(r.lang, text) == "ko" else en).append(text)
    for c in ev.commitments:
        en.append(c.action)
        (ko if report_lang(None, c.text) == "ko" else en).append(c.text)
    en.extend(x for x in (ev.series, ev.location.city) if x)
    en.extend(t.replace("_", " ") for t in ev.topics if t != "other")  # "critical minerals" finds Korean reports
    for p in ev.delegates:
        for text in [*p.names, p.role or "", p.organization or ""]:
            if text:
                (ko if report_lang(None, text) == "ko" else en).append(text)
    concepts: set[str] = set()
    if vocab is not None:  # each language's words in the other: `clean energy` finds `청정에너지`
        concepts = {c for text in [*ko, *en] for c in vocab.concepts(text)}
        en_from_ko = [f for text in ko for f in vocab.translate(text, "ko")]
        ko += [f for text in en for f in vocab.translate(text, "en")]
        en += en_from_ko
    return ko, en, concepts


def _fields(ev: MergedEvent, en: list[str], ko_terms: list[str], concepts: set[str]) -> SearchFields:
    persons = sorted({p.person for p in ev.delegates})
    spellings = {k for p in ev.delegates for n in p.names for k in name_keys(n) | name_parts(n)}
    spellings |= {norm_name(p.person_id) for p in ev.delegates if p.person_id}
    return SearchFields(
        text_en="\n".join(en),
        text_ko=" ".join(ko_terms),
        persons=persons,
        person_names=sorted(spellings),
        sources=sorted({r.source for r in ev.reports if r.source}),
        langs=sorted({report_lang(r.lang, r.evidence or r.name or "") for r in ev.reports}),
        doc_ids=sorted({r.doc_id for r in ev.reports}),
        month=ev.date[:7] if ev.date else None,
        sort=sort_key(ev.date, ev.key),
        flags=[f for f, on in (("held", not ev.mentioned), ("dated", bool(ev.date)),
                               (LOWER_TIER, ev.mentioned or not ev.date)) if on],
        concepts=sorted(concepts),
    )


def query_terms_ko(q: str, analyze: Analyzer) -> list[str]:
    """Korean-field terms of a query: the same analysis as the documents, deduplicated, capped."""
    out: list[str] = []
    for t in analyze(q, "ko"):
        t = t.lower()
        if t and t not in out:
            out.append(t)
    return out[:MAX_QUERY_TERMS]


def query_text_en(q: str) -> str:
    """English-field text of a query: plain words only (no operators survive), capped."""
    words = re.findall(r"[^\W_]+", q)
    return " ".join(words[:MAX_QUERY_TERMS])


def person_filter_values(person: str) -> list[str]:
    """A full name in any spelling, or one word of a name (`Blinken`, `기시다`)."""
    one_word = len(person.split()) == 1
    return sorted(name_keys(person) | (name_parts(person) if one_word else set())) or [person]


def matched_persons(ev: MergedEvent, person: str) -> list[str]:
    """The delegates a person filter found, by the name people know them by."""
    wanted = set(person_filter_values(person))
    out = []
    for p in ev.delegates:
        keys = {k for n in p.names for k in name_keys(n) | name_parts(n)}
        keys |= {norm_name(p.person_id)} if p.person_id else set()
        if keys & wanted:
            out.append(p.name_en or p.name)
    return out


def keyword_filters(q: SearchQuery) -> list[tuple[str, list[str]]]:
    """The keyword filters of a query as (field, any of these values), for both backends to translate.

    Participants in `all` mode give one entry per code; a person matches any of its spellings.
    """
    out = [("type", list(q.types)), ("topics", list(q.topics)), ("series", q.series), ("source", q.sources),
           ("lang", sorted({report_lang(v, "") for v in q.langs}))]
    if q.participants_mode == "all":
        out.extend(("participants", [p]) for p in q.participants)
    else:
        out.append(("participants", q.participants))
    if q.person:
        out.append(("person_names", person_filter_values(q.person)))
    return [(field, values) for field, values in out if values]
