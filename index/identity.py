"""Event identity: which reports are of one real-world event.

Not an exact key: two reports are of one event when their type, day (a day apart across time
zones), series, parties and the core of their names agree, and nothing contradicts it (another
series or round, a different city, other stated parties, another meeting format or subject).
A launch or agreement and a bare "meeting" from the same release are one event: the meeting is
only the occasion.

`cluster()` is a pure function of a set of reports: the index recomputes the clusters of every
report a write touches, so the result does not depend on arrival order.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations

from index.lexicon import Vocabulary, en_words, is_korean, ko_norm
from index.names import name_keys
from streams.countries import UnknownCountry, resolve_country
from streams.records import EventRecord

# Members of groupings that reports name either way ("G7" or the seven).
GROUPS: dict[str, frozenset[str]] = {
    "G7": frozenset({"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN", "EU"}),
    "QUAD": frozenset({"USA", "JPN", "IND", "AUS"}),
    "IPEF": frozenset({"USA", "AUS", "BRN", "FJI", "IND", "IDN", "JPN", "KOR", "MYS", "NZL", "PHL", "SGP", "THA",
                       "VNM"}),
    "CHIP4": frozenset({"USA", "KOR", "JPN", "TWN"}),
    "AUKUS": frozenset({"AUS", "GBR", "USA"}),
    "IP4": frozenset({"KOR", "JPN", "AUS", "NZL"}),
    "MIKTA": frozenset({"MEX", "IDN", "KOR", "TUR", "AUS"}),
}
COUNT_WORDS = {"bilateral": 2, "trilateral": 3, "quadrilateral": 4, "양자": 2, "양국": 2, "3자": 3, "삼자": 3,
               "3국": 3, "4자": 4}
STOP_EN = {"the", "a", "an", "of", "on", "in", "at", "with", "and", "for", "to", "between", "by", "this", "that",
           "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "inaugur",
           "next", "new", "annual", "readout", "secretari", "presid", "prime", "premier", "ambassador", "counterpart",
           "s", "open", "held", "hold", "leader", "offici", "minist", "deleg", "visit", "meet"}
STOP_KO = ("이번", "이날", "차기", "다음", "첫", "단독", "별도", "공식", "약식", "제", "차", "계기", "관련",
           "분야", "등", "및", "간", "의", "과", "와")
_ORDINAL_KO = re.compile(r"제?\d+차")
SEPARATORS = re.compile(r"[·\-‧・–/]")
# "<occasion> 계기 <event>" and "<event> on the margins of <occasion>": the occasion is not the event.
OCCASION = (re.compile(r"\s*계기(?:로)?\s+"), re.compile(r"\s+(?:on the (?:margins|sidelines) of|alongside)\s+", re.I))
LINKED = 3.0  # score of a launch or agreement and the bare meeting it was made at, from one release
SAME_REPORT = 100.0


@dataclass(frozen=True)
class Features:
    """What identity compares, drawn once from a report."""

    id: str
    doc_id: str
    type: str
    day: date | None
    mentioned: bool
    parties: frozenset[str]  # groups expanded to members
    stated: frozenset[str]  # parties the name states ("한미일", "U.S.-Japan-ROK"), groups expanded
    count: int | None  # how many parties the name says (stated, or "trilateral")
    series: frozenset[str]
    ordinal: int | None
    level: str | None
    city: str | None
    formats: frozenset[str]
    subjects: frozenset[str]
    people: frozenset[str]
    words: frozenset[str]  # the name's own content words (same-language evidence)
    lang: str
    source: str | None
    generic: bool  # the name says nothing of its own ("meeting", "회의", "summit meeting")


def expand(parties: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for p in parties:
        out |= GROUPS.get(p, {p})
    return frozenset(out)


def _korean_parties(name: str, vocab: Vocabulary) -> list[str]:
    """Parties a Korean name opens a word with: `한미일`, `한·미·일`, `한-EU`, `미일` (the first word naming two)."""
    for word in name.split():
        pieces = [p for p in SEPARATORS.split(word) if p]
        found: list[str] = []
        for piece in pieces:
            code = _country(piece)
            if code:
                found.append(code)
                continue
            run = []
            for ch in piece:  # one-syllable abbreviations: 한 미 일 중
                if ch not in vocab.syllables:
                    break
                run.append(vocab.syllables[ch])
            if len(run) >= 2 or (run and len(pieces) > 1):
                found.extend(run)
            if len(run) < len(piece):
                break  # the word goes on with something else (`한미일외교장관회의`)
        if len(found) >= 2:
            return found
    return []


@lru_cache(maxsize=4096)
def _country(text: str) -> str | None:
    try:
        return resolve_country(text)
    except UnknownCountry:
        return None


def _name_rest(name: str, spans: list[tuple[int, int]], korean: bool) -> list[str]:
    """The name's words outside every matched concept, without stop words and ordinals."""
    if korean:
        norm = ko_norm(_ORDINAL_KO.sub(" ", name))
        keep = [ch if not any(s <= i < e for s, e in spans) else " " for i, ch in enumerate(norm)]
        rest = "".join(keep)
        for stop in STOP_KO:
            rest = rest.replace(stop, " ")
        return [w for w in rest.split() if len(w) >= 2]
    words = en_words(name)
    return [w for i, w in enumerate(words) if not any(s <= i < e for s, e in spans) and w not in STOP_EN
            and not w.isdigit() and not re.fullmatch(r"\d+(st|nd|rd|th)", w)]


def own_name(name: str) -> str:
    """The name without the occasion it was held at: `한미일 정상회의 계기 오찬` is a lunch, not the summit."""
    for pattern in OCCASION:
        parts = pattern.split(name, maxsplit=1)
        if len(parts) == 2 and parts[1].strip():
            return parts[1].strip() if pattern is OCCASION[0] else parts[0].strip()
    return name


@dataclass(frozen=True)
class NameFeatures:
    """What an event's name says, the same for every report that carries that name."""

    stated: tuple[str, ...]
    series: frozenset[str]
    places: tuple[str, ...]
    people: frozenset[str]
    formats: frozenset[str]
    subjects: frozenset[str]
    count: int | None
    rest: frozenset[str]
    korean: bool

    @property
    def specific(self) -> bool:
        return bool(self.series or self.subjects or len(self.stated) >= 2 or self.people or self.places or self.rest)


_NAMES: dict[tuple[int, str, bool], NameFeatures] = {}


def name_features(full: str, korean: bool, vocab: Vocabulary) -> NameFeatures:
    k = (id(vocab), full, korean)
    found = _NAMES.get(k)
    if found is None:
        if len(_NAMES) > 100_000:
            _NAMES.clear()
        found = _NAMES[k] = _name_features(full, korean, vocab)
    return found


def _name_features(full: str, korean: bool, vocab: Vocabulary) -> NameFeatures:
    name = own_name(full)
    names, terms = vocab.names.matches(name), vocab.terms.matches(name)
    stated: list[str] = [m.concept.id for m in vocab.names.matches(full) if m.concept.kind == "country"]
    if korean:
        stated = list(dict.fromkeys(_korean_parties(full, vocab) + stated))
    named = [m.concept for m in names if m.concept.kind == "person"]
    count = len(expand(stated)) if len(stated) >= 2 else None
    lowered = name.casefold()
    for word, n in COUNT_WORDS.items():
        if word in lowered:
            count = count or n
    # Korean spans index the normalised text, English ones the word list: only the same kind are removed.
    spans = [(m.start, m.end) for m in [*names, *terms]]
    return NameFeatures(
        stated=tuple(stated), series=frozenset(m.concept.id for m in names if m.concept.kind == "series"),
        places=tuple(m.concept.id for m in names if m.concept.kind == "place"),
        people=frozenset({f"id:{c.id}" for c in named} | {k for c in named for k in name_keys(c.en)}),
        formats=frozenset(m.concept.id for m in terms if m.concept.role == "format"),
        subjects=frozenset(m.concept.id for m in terms if m.concept.role == "subject"), count=count,
        rest=frozenset(_name_rest(name, spans, korean)), korean=korean)


def generic_name(name: str | None, lang: str | None, vocab: Vocabulary) -> bool:
    """A bare generic noun: `meeting`, `summit meeting`, `회의`, `이번 회의`."""
    korean = is_korean(name) if name else (lang or "").startswith("ko")
    return not name_features(name or "", korean, vocab).specific


def features(r: EventRecord, vocab: Vocabulary) -> Features:
    full = r.name or ""
    korean = is_korean(full) if full else (r.lang or "").startswith("ko")
    nf = name_features(full, korean, vocab)
    series = nf.series | {r.series} if r.series else nf.series
    people = set(nf.people)
    for d in r.delegates:
        people |= {f"id:{d.person_id}"} if d.person_id else set()
        for n in (d.name, d.name_en):
            people |= name_keys(n) if n else set()
    stated = nf.stated
    return Features(
        id=r.id, doc_id=r.doc_id, type=r.type, day=date.fromisoformat(r.date) if r.date else None,
        mentioned=r.mentioned, parties=expand(r.participants),
        stated=expand(stated) if len(stated) >= 2 else frozenset(), count=nf.count, series=series,
        ordinal=r.ordinal, level=r.level, city=(r.location.city or (nf.places[0] if nf.places else None)),
        formats=nf.formats, subjects=nf.subjects, people=frozenset(people), words=nf.rest,
        lang="ko" if korean else "en", source=r.source, generic=not (nf.specific or r.series))


def _same_city(a: str, b: str) -> bool:
    x, y = a.casefold(), b.casefold()
    return x == y or x.startswith(y + " ") or y.startswith(x + " ")


def contradicts(a: Features, b: Features) -> bool:
    """Facts that make two reports of one type different events, whatever else they share."""
    if a.ordinal is not None and b.ordinal is not None and a.ordinal != b.ordinal:
        return True
    if a.series and b.series and not a.series & b.series:
        return True
    if a.level and b.level and a.level != b.level and "leaders" in (a.level, b.level):
        return True
    if a.parties and b.parties and not (a.parties <= b.parties or b.parties <= a.parties) \
            and not a.series & b.series:
        return True  # each names a party the other lacks: other events, unless the same series says otherwise
    if a.stated and b.stated and a.stated != b.stated:
        return True
    if a.count and b.count and a.count != b.count:
        return True
    if a.city and b.city and not _same_city(a.city, b.city):
        return True
    if a.formats and b.formats and not a.formats & b.formats:
        return True
    return bool(a.subjects and b.subjects and not a.subjects & b.subjects and not a.series & b.series)


def evidence(a: Features, b: Features) -> float:
    """How much two reports of one type share beyond the day."""
    score = 0.0
    if a.series & b.series:
        score += 3
    if a.ordinal is not None and a.ordinal == b.ordinal:
        score += 1
    if a.stated and a.stated == b.stated:
        score += 1
    if a.parties and a.parties == b.parties:
        score += 1
    if a.city and b.city:
        score += 1
    if a.formats & b.formats:
        score += 2
    if a.subjects & b.subjects:
        score += 2
    if a.people & b.people:
        score += 2
    if a.level and b.level:
        score += 0.5 if a.level == b.level else -1
    if a.lang == b.lang and a.words and b.words and len(a.words & b.words) * 2 >= min(len(a.words), len(b.words)):
        score += 1
    return score


def compare(a: Features, b: Features, vehicles: frozenset[str] = frozenset()) -> float | None:
    """A score ≥ 0 when `a` and `b` are one event, None when they are not (or nothing says they are)."""
    if a.id == b.id and a.doc_id == b.doc_id:
        return SAME_REPORT
    if a.type != b.type or a.id in vehicles or b.id in vehicles:
        return LINKED if _linked(a, b) or _linked(b, a) else None
    if a.doc_id == b.doc_id:
        return None  # one release reporting two events of one type: the extractor told them apart
    if contradicts(a, b):
        return None
    score = evidence(a, b)
    if a.day and b.day:
        gap = abs((a.day - b.day).days)
        if gap > 1:
            return None
        # A day apart: time zones, so only across sources and with more than the day in common.
        if gap == 1 and (a.source == b.source or score < 3):
            return None
        return score if score >= 0 else None
    if a.day or b.day:  # a dated event and an undated one: only the same round of the same series
        return score if a.series & b.series and a.ordinal is not None and a.ordinal == b.ordinal else None
    return score if score >= 2 else None  # both undated: the names must agree


def _linked(meeting: Features, outcome: Features) -> bool:
    """A bare meeting reported with the launch or agreement made at it, in one release."""
    return (meeting.type == "dialogue" and outcome.type in ("launch", "agreement") and meeting.generic
            and meeting.doc_id == outcome.doc_id and meeting.day == outcome.day and not meeting.mentioned
            and not (meeting.parties and outcome.parties and not meeting.parties & outcome.parties))


def vehicles(fs: Sequence[Features]) -> frozenset[str]:
    """Bare meetings that are only the occasion of a launch or agreement in the same release."""
    by_doc: dict[str, list[Features]] = {}
    for f in fs:
        by_doc.setdefault(f.doc_id, []).append(f)
    return frozenset(m.id for same in by_doc.values() if len(same) > 1 for m in same for o in same if _linked(m, o))


def _blocks(fs: Sequence[Features]) -> Iterable[tuple[int, int]]:
    """Pairs worth comparing, each once as (i, j) with i < j: reports at most a day apart, undated ones of one
    type, one release's reports. Built group by group, without a set of the pairs seen: the pool of a write is
    every report of its days, and remembering each pair was the costliest part of clustering it."""
    by_day: dict[date, list[int]] = {}
    undated: dict[str, list[int]] = {}
    by_doc: dict[str, list[int]] = {}
    for i, f in enumerate(fs):
        if f.day:
            by_day.setdefault(f.day, []).append(i)
        else:
            undated.setdefault(f.type, []).append(i)
        by_doc.setdefault(f.doc_id, []).append(i)
    for day, idx in by_day.items():  # indexes grow within each list: combinations give i < j
        yield from combinations(idx, 2)
        for j in by_day.get(day + timedelta(days=1), ()):
            for i in idx:
                yield (i, j) if i < j else (j, i)
    for idx in undated.values():
        yield from combinations(idx, 2)
    for idx in by_doc.values():  # a release's reports not paired above: days apart, or dated with undated
        for i, j in combinations(idx, 2):
            a, b = fs[i].day, fs[j].day
            if (a and b and abs((a - b).days) > 1) or (bool(a) != bool(b)) or (not a and fs[i].type != fs[j].type):
                yield i, j


def cluster(records: Sequence[EventRecord], vocab: Vocabulary,
            cache: dict[tuple[str, str], Features] | None = None) -> list[list[EventRecord]]:
    """Group reports into events: strongest pairs first; two groups join only if no pair across them is
    contradictory (a chain of weak likenesses does not glue different events together)."""
    rs = sorted(records, key=lambda r: (r.date or "", r.type, r.doc_id, r.id))
    fs = [_cached(r, vocab, cache) for r in rs]
    vs = vehicles(fs)
    edges: list[tuple[float, int, int]] = []
    for i, j in _blocks(fs):
        s = compare(fs[i], fs[j], vs)
        if s is not None:
            edges.append((-s, i, j))
    edges.sort()
    parent = list(range(len(fs)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(fs))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def vetoed(x: int, y: int) -> bool:
        a, b = fs[x], fs[y]
        if a.type != b.type or a.id in vs or b.id in vs:
            return a.doc_id == b.doc_id and a.type == b.type  # across a link only a release's own split vetoes
        if a.doc_id == b.doc_id:
            return a.id != b.id
        if a.day and b.day and abs((a.day - b.day).days) > 1:
            return True
        return contradicts(a, b)

    for _, i, j in edges:
        ri, rj = find(i), find(j)
        if ri == rj or any(vetoed(x, y) for x in members[ri] for y in members[rj]):
            continue
        parent[rj] = ri
        members[ri] += members.pop(rj)
    return [[rs[i] for i in sorted(idx)] for idx in sorted(members.values(), key=lambda m: min(m))]


def _cached(r: EventRecord, vocab: Vocabulary, cache: dict[tuple[str, str], Features] | None) -> Features:
    if cache is None:
        return features(r, vocab)
    k = (r.doc_id, r.id)
    f = cache.get(k)
    if f is None:
        if len(cache) > 200_000:
            cache.clear()
        f = cache[k] = features(r, vocab)
    return f


def probes(r: EventRecord, vocab: Vocabulary, *, query: bool) -> list[str]:
    """Index terms that find a report's possible partners: its release (a launch and the meeting it was made
    at), and reports of its type on its day (±1 when asking) that share a party (`*`: any party, `-`: none
    listed); for undated reports, their type with each series and name concept."""
    out = [f"doc:{r.doc_id}"]
    if r.date:
        day = date.fromisoformat(r.date)
        days = [day - timedelta(days=1), day, day + timedelta(days=1)] if query else [day]
        parties = sorted(expand(r.participants))
        if query:  # partners share a party, or list none; without parties, anyone of the day
            tags = [*parties, "-"] if parties else ["*"]
        else:
            tags = [*parties, "*"] if parties else ["-", "*"]
        out += [f"d:{r.type}:{d.isoformat()}:{t}" for d in days for t in tags]
        return out
    f = features(r, vocab)
    tags = sorted(f.series | f.subjects | f.formats | f.words) or ["-"]
    return out + [f"u:{r.type}:{t}" for t in tags]


def stored_probes(records: Iterable[EventRecord], vocab: Vocabulary) -> list[str]:
    return sorted({p for r in records for p in probes(r, vocab, query=False)})
