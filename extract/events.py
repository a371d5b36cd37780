"""Event detection: trigger -> type, name, mood (main / adnominal / future), date, place,
participants; then mentions of one event merge and past events are flagged `mentioned`."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

from extract.commitments import list_items
from extract.dates import DateMention
from extract.entities import Mention
from extract.view import Sent, Tok, View

DATA = Path(__file__).parent / "data"
RECENT_DAYS = 10  # a dated event older than this, in a report, is referred to in passing


@functools.cache
def triggers() -> dict:
    return yaml.safe_load((DATA / "triggers.yaml").read_text(encoding="utf-8"))


@dataclass
class EventMention:
    type: str
    sent: Sent
    trig_start: int
    trig_end: int
    mood: str  # main | adnominal | future
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    clause: tuple[int, int] = (0, 0)
    date: DateMention | None = None
    same_day: bool = False
    place: Mention | None = None
    loc_country: str | None = None
    participants: list[str] = field(default_factory=list)
    ordinal: int | None = None
    series: str | None = None
    series_participants: list[str] = field(default_factory=list)
    series_level: str | None = None
    separate: bool = False  # `회의에 앞서 … 별도로 회담을 갖고`: a side meeting of its own


@dataclass
class Event:
    type: str
    mentions: list[EventMention]
    date: date | None = None
    date_text: str | None = None
    mentioned: bool = False

    @property
    def first(self) -> EventMention:
        return self.mentions[0]


# ---------------------------------------------------------------- Korean

_CLOSERS = ("'", "’", "」", "』", ")", '"', "”")
_BOUNDARY_TAGS = ("J", "E", "V", "MAG", "SF", "VCP", "XSV", "XSA", "MAJ", "IC")
_PARTICLE = re.compile(r"^(J|E|VCP|XS)")


def _ko_mood(toks: list[Tok], i: int) -> str:
    """What follows the trigger morpheme: a final/connective ending (main), an adnominal ending
    (`개최된 회의`), a future adnominal or `-기로` (future), or a particle/noun (nominal use)."""
    for t in toks[i + 1:i + 6]:
        base = t.base
        if base in ("XSV", "XSA", "EP") or t.tag.startswith(("XSV", "EP")):
            if "ETM" in t.tag:  # merged `한`/`될`
                return "future" if t.text.endswith(("할", "될", "을")) else "adnominal"
            if "+EC" in t.tag or "+EF" in t.tag:  # merged `해`/`했다`
                return "main"
            continue
        if base == "ETM":
            return "future" if t.form in ("ᆯ", "을", "ㄹ") else "adnominal"
        if base == "ETN" or t.form == "기로":
            return "future"
        if base in ("EC", "EF"):
            return "main"
        if base.startswith("J") or base.startswith("NN") or base in ("SS", "SP", "SW", "SL"):
            return "nominal"
        return "main"
    return "main"


def _ko_phrase_left(view: View, toks: list[Tok], k: int) -> tuple[int, int]:
    """Character span of the noun phrase ending at token k (quotes and parentheses kept whole)."""
    end = toks[k].end
    j = k
    depth = 0
    while j > 0:
        prev = toks[j - 1]
        if prev.text in ("'", "’", "」", "』", '"', "”", ")", "]") and depth == 0 and prev.text in (")", "]"):
            depth += 1
            j -= 1
            continue
        if depth:
            if prev.text in ("(", "["):
                depth -= 1
            j -= 1
            continue
        if prev.base.startswith(_BOUNDARY_TAGS) or prev.text in (",", "，", "…") or (
                prev.base == "_SP" and "\n" in prev.text):
            break
        if prev.base == "MM" and prev.text not in ("첫",):
            break
        j -= 1
        if k - j > 25:
            break
    start = toks[j].start
    # Drop a leading date (`12.12(목) IPEF 회의`) and leading punctuation.
    for d in view.dates:
        if d.start <= start < d.end or (start <= d.start < end and d.end <= end and d.start - start <= 1):
            start = max(start, d.end)
    while start < end and view.text[start] in " ·,'‘’\"“”「『(":
        if view.text[start] in "'‘\"“「『" and view.text.find({"'": "'", "‘": "’", '"': '"', "“": "”", "「": "」",
                                                               "『": "』"}[view.text[start]], start + 1, end + 2) != -1:
            break
        start += 1
    return start, end


def _quoted_before(view: View, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """If token k closes a quote (`'…'를`, `「…」으로`), the quoted span."""
    close = toks[k].text
    pairs = {"'": "'", "’": "‘", "」": "「", "』": "『", '"': '"', "”": "“"}
    if close not in pairs:
        return None
    opener = pairs[close]
    pos = view.text.rfind(opener, toks[k].sent_start if hasattr(toks[k], "sent_start") else 0, toks[k].start)
    if close == "'" and pos == -1:
        pos = view.text.rfind("‘", 0, toks[k].start)
    if pos == -1 or toks[k].start - pos > 120:
        return None
    return pos + 1, toks[k].start


def _ko_heads(kind: str) -> list[str]:
    return sorted(triggers()["ko"]["heads"][kind], key=len, reverse=True)


def _ends_with_head(text: str, kinds: tuple[str, ...]) -> str | None:
    t = text.strip(" '’‘」』「『\"”“")
    t = re.sub(r"\s*\([^()]*\)$", "", t).strip(" '’‘」』「『\"”“")
    t = re.sub(r"\s*(?:총\s*)?\d+\s*(?:건|개|종|件)$", "", t)  # `양해각서(MOU) 13건`
    t = re.sub(r"\s*\([^()]*\)$", "", t).strip(" '’‘」』「『\"”“")
    for kind in kinds:
        for h in _ko_heads(kind):
            if t.endswith(h):
                return kind
    return None


def _ko_find_object(view: View, toks: list[Tok], i: int, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Noun phrases left of trigger token i, in its clause, ending in a head noun of `kinds`.
    Returns (start, end, kind), nearest first."""
    out = []
    j = i - 1
    while j >= 0 and i - j < 40:
        t = toks[j]
        if t.base in ("EF",) or (t.base == "EC" and j < i - 1 and t.text in ("며", "으며", "고", "면서")
                                  and toks[j + 1].text.startswith((",", " "))):
            break
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        is_noun_end = t.base.startswith(("NN", "SL", "SH", "SN", "XSN")) or t.text in _CLOSERS
        followed = nxt is not None and (nxt.base.startswith("J") or j + 1 == i or nxt.text in (",",))
        if is_noun_end and followed:
            quoted = _quoted_before(view, toks, j)
            if quoted:
                span = quoted
                k = next((x for x in range(j, -1, -1) if toks[x].start <= quoted[0] - 1), 0)
                phrase = _ko_phrase_left(view, toks, j)
                span = (min(phrase[0], quoted[0]), quoted[1])
                j = k
            else:
                span = _ko_phrase_left(view, toks, j)
            text = view.text[span[0]:span[1]]
            kind = _ends_with_head(text, kinds) or (
                _ends_with_head(view.text[span[0]:toks[min(j + 1, len(toks) - 1)].start], kinds) if quoted else None)
            if kind:
                out.append((span[0], span[1], kind))
        j -= 1
    return out


def _ko_object_right(view: View, toks: list[Tok], i: int, etype: str) -> list[tuple[int, int, str]]:
    """`지난 4월 체결된 협정`: an adnominal trigger modifies the noun phrase after it."""
    j = i + 1 if "ETM" not in toks[i].tag else i  # `열린` is one merged token
    while j < len(toks) and not toks[j].tag.startswith(("ETM",)) and "ETM" not in toks[j].tag:
        j += 1
        if j - i > 3:
            return []
    start = j + 1
    k = start
    while k < len(toks) and not toks[k].base.startswith(("J", "E", "V", "SF", "MAG")) and k - start < 12:
        k += 1
    if k == start or k > len(toks):
        return []
    lo, hi = toks[start].start, toks[k - 1].end
    kinds = (etype, "dialogue") if etype == "launch" else (etype,)
    kind = _ends_with_head(view.text[lo:hi], kinds)
    return [(lo, hi, kind)] if kind else []


_SIDE_KO = re.compile(r"별도")
_DAY_BEFORE = re.compile(r"전날|전일|하루 전")
_TIME_LEAD = re.compile(r"[^\s()]+\s+(?:직후|직전|이후|이전|뒤|후)\s+")


@functools.cache
def _not_counterparts_re() -> re.Pattern[str]:
    words = "|".join(map(re.escape, triggers()["ko"]["not_counterparts"]))
    return re.compile(rf"(?:{words})(?:들)?(?:과|와|을|를)\s*$")


def _not_counterparts(before: str) -> bool:
    return bool(_not_counterparts_re().search(before))


def _ko_mentions(view: View) -> list[EventMention]:
    cfg = triggers()["ko"]
    verb_type = {v: k for k, vs in cfg["verbs"].items() for v in vs}
    found: list[EventMention] = []
    for sent in view.sents:
        toks = view.tokens_in(sent.start, sent.end)
        for i, t in enumerate(toks):
            form = t.form or t.text
            etype = verb_type.get(form)
            joined = form.endswith("식") and verb_type.get(form[:-1]) == "agreement"  # one token `서명식`
            if joined:
                etype = "agreement"
            if form == "하" and t.base.startswith("VV") and i > 1 and toks[i - 1].base in ("JKO",) and \
                    toks[i - 2].text in ("회담", "회의", "정상회담"):
                etype = "dialogue"  # `외교장관회담을 하고`
            if etype is None or not t.base.startswith(("NN", "VV", "XR")):
                continue
            mood = _ko_mood(toks, i)
            ceremony = joined or (etype == "agreement" and i + 1 < len(toks) and toks[i + 1].text in ("식", "행사"))
            if ceremony:
                # `MOU 체결식을 지켜봤다`, `서명식이 열렸다`: a signing ceremony held is a signing.
                verb = next((k for k in range(i + (1 if joined else 2), min(i + 5, len(toks)))
                             if toks[k].base.startswith(("VV", "XSV")) or "VV" in toks[k].tag), None)
                mood = _ko_mood(toks, verb) if verb is not None else "nominal"
            if mood == "nominal":
                continue
            objs = _ko_object_right(view, toks, i, etype) if mood == "adnominal" else []
            if objs:
                pass
            elif etype == "dialogue":
                objs = _ko_find_object(view, toks, i, ("dialogue", "launch", "agreement", "statement"))
                objs = [o for o in objs if o[2] == "dialogue" or "출범" in view.text[o[0]:o[1]]][:1]
                if not objs and form in ("회담", "만나", "면담"):
                    if form != "회담" and _not_counterparts(view.text[max(sent.start, t.start - 16):t.start]):
                        continue  # `센터 관계자들과 만나`: staff, not a delegation
                    objs = [(t.start, t.end, "dialogue")] if form == "회담" else [(-1, -1, "dialogue")]
            elif etype == "agreement":
                objs = _ko_find_object(view, toks, i, ("agreement", "statement"))
                # `공동성명에 서명했다`: a joint statement signed is an agreement; one only adopted is not.
                objs = [o for k, o in enumerate(objs) if o[2] == "agreement" or (
                    k == 0 and not view.text[o[1]:t.start].strip(" 에을를이가'’\"”」』)"))]
                if ceremony and objs:  # one ceremony, one signing: its fullest name
                    objs = [max(objs, key=lambda o: o[1] - o[0])]
            else:
                objs = _ko_find_object(view, toks, i, (etype, "dialogue") if etype == "launch" else (etype,))[:1]
            if not objs:
                continue
            prev_end = sent.start
            for start, end, kind in sorted(objs):
                if start >= 0 and (cut := _TIME_LEAD.match(view.text, start, end)):
                    start = cut.end()  # `회담 직후 핵심광물 … 양해각서`: the time phrase is not the name
                name = view.text[start:end].strip() if start >= 0 else None
                typ = etype
                if etype == "launch" and kind == "dialogue" and not _ends_with_head(name or "", ("launch",)):
                    typ = "dialogue"  # a meeting held for the first time is a dialogue, ordinal 1
                if etype == "dialogue" and name and "출범" in name:
                    typ = "launch"
                    name = re.sub(r"\s*출범\s*(회의|식|행사)?$", "", name).strip() or name
                clause = (prev_end, max(end, t.end) if etype == "agreement" else sent.end)
                m = EventMention(typ, sent, t.start, t.end, mood, name, start if start >= 0 else None,
                                 end if end >= 0 else None, clause)
                if etype == "launch" and typ == "dialogue":
                    m.ordinal = 1
                if typ == "dialogue" and _SIDE_KO.search(view.text[max(sent.start, start - 10):t.start]):
                    m.separate = True
                prev_end = end
                found.append(m)
    return found


# ---------------------------------------------------------------- English

def _en_regex(words: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


@functools.cache
def _en_patterns() -> dict[str, re.Pattern[str]]:
    cfg = triggers()["en"]
    pats = {f"verb_{k}": _en_regex(v) for k, v in cfg["verbs"].items()}
    pats.update({f"head_{k}": _en_regex(v) for k, v in cfg["heads"].items()})
    pats["future"] = _en_regex(cfg["future"])
    pats["venue"] = _en_regex(cfg["venue"])
    return pats


_CAP_WORD = re.compile(r"(?:[A-Z0-9][\w.’'\-+\"]*|of|the|and|on|for|\+|&)$")


def _en_name(text: str, h_start: int, h_end: int, lo: int, hi: int) -> tuple[int, int]:
    """Grow a head noun into its name: capitalised words to the left, `of the …` and `(…)` to the right."""
    start = h_start
    words = list(re.finditer(r"\S+", text[lo:h_start]))
    for w in reversed(words):
        token = w.group().strip(",;:")
        if w.group().endswith((",", ";", ":")) or not _CAP_WORD.match(token) or token.lower() in ("the",):
            if token.lower() in ("the",):
                pass
            break
        start = lo + w.start()
    end = h_end
    m = re.match(r"(?:\s+(?:of|on|for)\s+the\s+[A-Z][\w.\-’']*(?:\s+(?:(?:and|&|for|on|of)\s+)?[A-Z][\w.\-’']*)*"
                 r"|\s*\([^()]{1,80}\))+", text[h_end:hi])
    if m:
        end = h_end + len(m.group().rstrip())
    while start < end and text[start] in "\"“'(":
        start += 1
    head_first = text[start:h_start].split()
    while head_first and head_first[0].lower() in ("of", "and", "on", "for", "the"):
        start += len(head_first[0]) + 1
        head_first = head_first[1:]
    return start, end


def _extend_head(text: str, end: int, heads: list[re.Match[str]]) -> int:
    """`ministerial` + `meeting`: adjacent head words are one head."""
    moved = True
    while moved:
        moved = False
        for h in heads:
            if h.start() > end and not text[end:h.start()].strip():
                end, moved = h.end(), True
    return end


@functools.cache
def _generic_words() -> frozenset[str]:
    return frozenset(triggers()["en"]["generic_words"])


def _specific_en(name: str | None) -> bool:
    """A name with at least one word beyond the generic ones (`talks`, `the meeting`)."""
    words = re.findall(r"[\w+.'’\-]+", (name or "").lower())
    return any(w.strip(".'’") not in _generic_words() for w in words)


_HEADING = re.compile(r"^\s*(?:\d{1,2}[.)]\s*|[-•▶□○]\s*)?(?P<name>[A-Z][^()\n]{2,120}?)"
                      r"\s*\((?P<date>[^()\n]{3,40})\)\s*$")


def _en_headings(view: View) -> list[EventMention]:
    """A section heading `2. Japan-U.S. Summit Meeting (June 26)`: a meeting on that day."""
    pats = _en_patterns()
    out = []
    for sent in view.sents:
        m = _HEADING.match(sent.text)
        if not m or len(m.group("name").split()) > 16:
            continue
        head = list(pats["head_dialogue"].finditer(m.group("name")))
        if not head or m.group("name")[head[-1].end():].strip():
            continue
        lo, hi = sent.start + m.start("date"), sent.start + m.end("date")
        if not any(d.kind == "day" for d in view.dates_in(lo, hi)):
            continue
        a, b = sent.start + m.start("name"), sent.start + m.end("name")
        out.append(EventMention("dialogue", sent, a + head[-1].start(), b, "main", view.text[a:b].strip(), a, b,
                                (sent.start, sent.end)))
    return out


def _en_mentions(view: View) -> list[EventMention]:
    pats = _en_patterns()
    attend = set(triggers()["en"]["attend_verbs"])
    found: list[EventMention] = _en_headings(view)
    for sent in view.sents:
        s_text = sent.text
        for etype in ("dialogue", "launch", "agreement", "statement"):
            for vm in pats[f"verb_{etype}"].finditer(s_text):
                verb = vm.group().lower()
                v_start, v_end = sent.start + vm.start(), sent.start + vm.end()
                before = s_text[max(0, vm.start() - 45):vm.start()]
                mood = "future" if pats["future"].search(before) else "main"
                heads = [h for h in pats[f"head_{etype}"].finditer(s_text)]
                if etype == "launch":
                    heads += list(pats["head_dialogue"].finditer(s_text))
                if etype == "statement":
                    heads = [h for h in heads if h.start() < vm.start() + 60]
                venue = [(m.start(), s_text.find(",", m.end()) if s_text.find(",", m.end()) != -1 else len(s_text))
                         for m in pats["venue"].finditer(s_text)]
                heads = [h for h in heads if not any(a <= h.start() < b for a, b in venue)]
                if not heads and not (etype == "dialogue" and verb.startswith("met")):
                    continue
                if etype == "dialogue" and verb == "visited":
                    continue
                if verb in attend and not heads:
                    continue
                name = None
                n_start = n_end = None
                typ = etype
                if heads:
                    # A gloss in parentheses (`(the Economic "2+2")`) is not the name.
                    outside = [h for h in heads if s_text[:h.start()].count("(") <= s_text[:h.start()].count(")")]
                    h = min(outside or heads, key=lambda h: abs(h.start() - vm.start()))
                    word = h.group()
                    meeting = pats["head_dialogue"].fullmatch(word) and not pats["head_launch"].fullmatch(word)
                    if etype == "launch" and meeting:
                        typ = "dialogue"
                    h_end = _extend_head(s_text, h.end(), heads)
                    a, b = _en_name(s_text, h.start(), h_end, 0, len(s_text))
                    # `the Second Ministerial meeting of the … Committee`: the name starts at the first head.
                    chain = [x for x in heads
                             if x.end() <= a and re.fullmatch(r"\s+(?:of|for)\s+the\s+", s_text[x.end():a])]
                    if chain:
                        a = _en_name(s_text, chain[-1].start(), chain[-1].end(), 0, len(s_text))[0]
                    if verb in attend and (b <= vm.start() or not _specific_en(s_text[a:b])):
                        continue  # `attended` reports an event only with the named meeting as its object
                    name, n_start, n_end = s_text[a:b].strip(), sent.start + a, sent.start + b
                    # `the arrangement signed in April`: a participle right after its noun is adnominal.
                    gap = s_text[h.end():vm.start()]
                    passive = re.search(r"\b(was|were|been|be)\s*$", s_text[:vm.start()])
                    if 0 <= len(gap) <= 1 and h.end() <= vm.start() and not passive:
                        mood = "adnominal" if mood == "main" else mood
                    if re.search(r"\b(was|were|is|are|been)\s+$", s_text[:vm.start()]) is None and re.match(
                            r"\s+(by|in|at|on)\b", s_text[vm.end():]) and h.end() <= vm.start() and len(gap) < 3:
                        mood = "adnominal" if mood == "main" else mood
                m = EventMention(typ, sent, v_start, v_end, mood, name, n_start, n_end, (sent.start, sent.end))
                if etype == "launch" and typ == "dialogue":
                    m.ordinal = 1
                found.append(m)
                break  # one event per type per sentence
    # Two verbs of one sentence can point at one event (`was held … hosted`): keep the first per type.
    return found


# ---------------------------------------------------------------- attributes

_ORD_KO = re.compile(r"제?\s*(\d{1,3})\s*차")
_ORD_EN = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                     r"tenth|eleventh|twelfth|inaugural)\b", re.I)


def _ordinal(view: View, m: EventMention) -> int | None:
    if not m.name:
        return m.ordinal
    if view.lang == "ko":
        found = _ORD_KO.search(m.name)
        if found:
            return int(found.group(1))
        before = view.text[max(m.sent.start, (m.name_start or 0) - 12):m.name_start or 0]
        if any(w in m.name[:6] or w in before[-4:] for w in triggers()["ko"]["ordinal_first"]):
            return 1
        if "최초로" in view.text[m.sent.start:m.trig_start]:
            return 1
        return m.ordinal
    found = _ORD_EN.search(m.name) or _ORD_EN.search(view.text[max(0, (m.name_start or 0) - 24):m.name_start or 0])
    if found:
        if found.group(1):
            return int(found.group(1))
        return triggers()["ordinals_en"][found.group(2).lower()]
    return m.ordinal


def _is_report_date(view: View, d: DateMention) -> bool:
    """`26일 밝혔다`: the day of the release, not of the event."""
    return bool(re.match(r"\s*(밝혔|발표|전했|설명했)", view.text[d.end:d.end + 6]))


_DATELINE = re.compile(r"\s*(?:\([A-Za-z .]{2,20}\))?\s*(?:--|—|–)")


def _pick_date(view: View, m: EventMention) -> None:
    s = m.sent
    cands = [d for d in view.dates_in(s.start, s.end) if d.kind in ("day", "month", "year", "half", "week", "same_day")]
    if view.lang == "ko":
        # A date right before `밝혔다`/`발표했다` is the release's, not the event's.
        cands = [d for d in cands if not _is_report_date(view, d)]
        # `19일부터 21일까지 열렸다`: a range is dated by its first day.
        if any(view.text[d.end:d.end + 3].startswith("부터") for d in cands):
            cands = [d for d in cands if not view.text[d.end:d.end + 3].startswith("까지")]
        before = [d for d in cands if d.end <= m.trig_start]
        after = [d for d in cands if d.start >= m.trig_end]
        pool = before[::-1] + after
    else:
        # `SEOUL, June 28 (Yonhap) --`: the dateline is the report's day, not the event's.
        pool = [d for d in cands if not _DATELINE.match(view.text[d.end:d.end + 24])]
        after = [d for d in pool if d.start >= m.trig_end and d.start - m.trig_end < 60]
        pool = after[:1] + [d for d in pool if d not in after[:1]] if m.mood == "main" and after else pool
    for d in pool:
        if d.kind == "same_day":
            if d.value is not None:
                m.date = d
            else:
                m.same_day = True
                # `이날`: the last day named before it.
                prior = [x for x in view.dates if x.end <= d.start and x.kind == "day" and x.value
                         and not _is_report_date(view, x) and (
                    view.published is None or abs((view.published - x.value).days) <= RECENT_DAYS)]
                if prior:
                    m.date = prior[-1]
            return
        m.date = d
        return
    if m.name and re.match(r"^(이번|금번|동|this|the same)\b", m.name):
        m.same_day = True


_LOC_KO = re.compile(r"^\s*(?:[A-Za-z.\s]{0,6})?(?:에서|에 ?있는|에 위치한|을 방문|를 방문|방문)")
_LOC_EN = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?$")


def _pick_place(view: View, m: EventMention) -> None:
    s = m.sent
    places = view.mentions_in(s.start, s.end, "PLACE")
    if view.lang == "ko":
        loc = [p for p in places if _LOC_KO.match(view.text[p.end:p.end + 12]) or
               any(q.start > p.end and q.start - p.end < 8 and _LOC_KO.match(view.text[q.end:q.end + 8])
                   for q in places if q is not p)]
    else:
        loc = [p for p in places if _LOC_EN.search(view.text[max(s.start, p.start - 8):p.start])]
    chosen = (loc or places or [None])[0]
    if chosen is None:
        chosen = _venue_city(view, s)
    if chosen is not None:
        m.place = chosen
        m.loc_country = chosen.country
        return
    for c in view.mentions_in(s.start, s.end, "COUNTRY"):
        after = view.text[c.end:c.end + 4]
        before = view.text[max(s.start, c.start - 8):c.start]
        if (view.lang == "ko" and after.startswith("에서")) or (view.lang != "ko" and _LOC_EN.search(before)):
            m.loc_country = c.id
            return


def _venue_city(view: View, s: Sent) -> Mention | None:
    """`백악관에서`, `at the White House`: a seat of government held at gives its city."""
    for name, (city, country) in triggers()["venue_cities"].items():
        for mm in re.finditer(re.escape(name), s.text):
            a, b = s.start + mm.start(), s.start + mm.end()
            if (view.lang == "ko" and view.text.startswith("에서", b)) or (
                    view.lang != "ko" and re.search(r"\b(?:at|in)\s+(?:the\s+)?$", view.text[max(0, a - 8):a])):
                return Mention(a, b, name, "PLACE", city, country)
    return None


def _venue_spans(view: View, s: Sent) -> list[tuple[int, int]]:
    spans = []
    if view.lang == "ko":
        for v in triggers()["ko"]["venue"]:
            for mm in re.finditer(re.escape(v), s.text):
                lo = max(s.text.rfind(c, 0, mm.start()) for c in (",", ")", "은 ", "는 ", "이 ", "가 ", "서 "))
                spans.append((s.start + max(lo, 0), s.start + mm.end()))
    else:
        for mm in _en_patterns()["venue"].finditer(s.text):
            stop = re.search(r"[,;]|\s(?:to|and)\s", s.text[mm.end():])
            spans.append((s.start + mm.start(), s.start + mm.end() + (stop.start() if stop else len(s.text))))
    return spans


def _series_fits(etype: str, stype: str | None) -> bool:
    """A meeting is not of an agreement's series (`장관회의에 참석하여 IPEF 공급망 협정에 서명`); a first
    meeting `launched` is a dialogue series."""
    if stype is None or stype == etype:
        return True
    return {etype, stype} <= {"dialogue", "launch"}


def _participants(view: View, m: EventMention) -> None:
    lo, hi = m.clause if m.clause != (0, 0) else (m.sent.start, m.sent.end)
    venues = _venue_spans(view, m.sent)
    ms = [x for x in view.mentions_in(lo, hi) if not any(a <= x.start < b for a, b in venues)]
    places = [x for x in ms if x.label == "PLACE"]
    out: list[str] = []
    for x in ms:
        if x.label == "COUNTRY":
            # `미국 워싱턴에서`, `Tokyo, Japan`: the country of a place is where, not who.
            near_place = any(0 <= p.start - x.end <= 2 and p.country == x.id for p in places) or any(
                0 <= x.start - p.end <= 3 and p.country == x.id for p in places)
            if near_place and not x.extra.get("compound"):
                continue
            if view.lang == "ko" and view.text[x.end:x.end + 2] == "에서" and not x.extra.get("compound"):
                continue
            if x.id == "PRK" and not x.extra.get("compound"):
                continue  # North Korea is what they discuss, not who meets
            out.append(x.id)
        elif x.label == "GROUP":
            in_name = m.name_start is not None and m.name_start <= x.start < (m.name_end or 0)
            listed = any(y.label == "COUNTRY" and (0 <= x.start - y.end <= 3 or 0 <= y.start - x.end <= 3) for y in ms)
            if in_name or listed:
                out.append(x.id)
        elif x.label == "ORG" and x.country and view.lang == "ko":
            out.append(x.country)
        elif x.label == "SERIES" and m.series is None:
            if not m.series_participants:  # the parties of another type's series still take part
                m.series_participants = list(x.extra.get("participants") or [])
            if _series_fits(m.type, x.extra.get("type")):
                m.series = x.id
                m.series_level = x.extra.get("level")
                m.series_participants = list(x.extra.get("participants") or [])
    m.participants = list(dict.fromkeys(out))


def find_event_mentions(view: View) -> list[EventMention]:
    mentions = _ko_mentions(view) if view.lang == "ko" else _en_mentions(view)
    items = list_items(view)  # `▲ 차세대 핵심·신흥기술 대화 출범` under `다음과 같이 협력하기로`: a commitment
    kept = []
    for m in mentions:
        if m.sent.idx in items:
            continue
        venues = _venue_spans(view, m.sent)
        if m.name_start is not None and any(a <= m.name_start < b for a, b in venues):
            continue
        _pick_date(view, m)
        _pick_place(view, m)
        _participants(view, m)
        if m.series is None and view.lang == "en" and m.name:
            _series_by_core_words(view, m)
        m.ordinal = _ordinal(view, m)
        kept.append(m)
    return kept


def _is_past(view: View, m: EventMention) -> bool:
    d = m.date
    if d is None:
        return m.mood == "adnominal" and not m.same_day
    if d.kind != "day":
        if m.mood == "adnominal":
            return True
        return d.kind in ("month", "year", "half", "week") and (d.value is None or view.published is None
                                                               or d.value <= view.published)
    if d.value is None or view.published is None:
        return False
    return d.value < view.published - timedelta(days=RECENT_DAYS)


def _specific(view: View, m: EventMention) -> bool:
    if m.series:
        return True
    if view.lang == "ko":
        name = m.name or ""
        return len(re.sub(r"\s", "", name)) >= 6 and not re.match(r"^(이번|금번|동|이날|해당)", name)
    return _specific_en(m.name) and bool(re.search(r"[A-Z]", m.name or ""))


_NAME_STOP = re.compile(r"\b(?:the|of|and|for|on|meeting|meetings|ministerial|summit|talks|dialogue|first|second|third|"
                        r"first-ever|inaugural|trilateral|bilateral|joint|high-level|level)\b")


@functools.cache
def _country_words() -> frozenset[str]:
    from extract.gazetteer import get_gazetteer

    words: set[str] = set()
    for c in get_gazetteer().countries:
        for n in [*c.en, *c.adjectives_en]:
            words.update(re.findall(r"[a-z]+", n.lower()))
    return frozenset(words)


def _core_words(name: str) -> set[str]:
    words = re.findall(r"[a-z0-9+]+", _NAME_STOP.sub(" ", name.lower()))
    return {w for w in words if w not in _country_words() and len(w) > 1}


def _name_parties(view: View, m: EventMention) -> frozenset[str]:
    if m.name_start is None:
        return frozenset()
    return frozenset(x.id for x in view.mentions_in(m.name_start, m.name_end or m.name_start)
                     if x.label in ("COUNTRY", "GROUP"))


@functools.cache
def _series_cores() -> list[tuple[frozenset[str], object]]:
    from extract.gazetteer import get_gazetteer

    out = []
    for sr in get_gazetteer().series:
        for variant in sr.en:
            core = frozenset(_core_words(variant))
            if len(core) >= 2:
                out.append((core, sr))
    return sorted(out, key=lambda x: -len(x[0]))


_OF_TAIL = re.compile(r"\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|of|for|on|the|[A-Z][\w'’-]*))*")


def _series_by_core_words(view: View, m: EventMention) -> None:
    """`the U.S.-ROK Dialogue on Next Generation Critical and Emerging Technologies`: a series spelled
    otherwise is known by its core words (countries and generic words aside), with its parties named."""
    name = m.name or ""
    if m.name_end is not None:
        tail = _OF_TAIL.match(view.text, m.name_end)
        name += tail.group() if tail else ""
    words = _core_words(name)
    for core, sr in _series_cores():
        if sr.type == m.type and core <= words and set(sr.participants) <= set(m.participants):
            m.series = sr.name
            m.series_level = sr.level
            return


def _distinct(view: View, e: Event, m: EventMention) -> bool:
    """Both named, and the names share nothing beyond countries and generic words (or name other series),
    or their names spell out different parties (`한일중 외교장관회의`, `한일 외교장관회담`)."""
    if not _specific(view, m):
        return False
    mp = _name_parties(view, m)
    for x in e.mentions:
        if not _specific(view, x):
            continue
        xp = _name_parties(view, x)
        if len(mp) >= 2 and len(xp) >= 2 and mp != xp:
            return True
        if x.series and m.series:
            if x.series != m.series:
                return True
            continue
        if view.lang != "ko" and x.name and m.name and not (_core_words(x.name) & _core_words(m.name)):
            return True
    return False


def _own_bilateral(view: View, m: EventMention) -> bool:
    """`On Friday, he held bilateral talks with X`: a dated bilateral beside a named multilateral meeting
    has other participants, so it is an event of its own."""
    lo = max(m.sent.start, (m.name_start or m.trig_start) - 12)
    around = view.text[lo:m.name_end or m.trig_end]
    return bool(m.date and m.date.kind == "day" and re.search(r"\bbilateral\b|양자", around, re.I))


def group_events(view: View, mentions: list[EventMention]) -> list[Event]:
    """Merge mentions of one event; anchor undated main mentions to the report's event date."""
    mentions = [m for m in mentions if m.mood != "future"]
    # `전날 별도로 외교장관회담을 했고`: a side meeting the day before is referred to in passing.
    past = [m for m in mentions if _is_past(view, m) or (m.separate and _DAY_BEFORE.search(m.sent.text))]
    main = [m for m in mentions if m not in past]
    days = [m.date.value for m in main if m.date and m.date.kind == "day" and m.date.value]
    anchor = days[0] if days else None
    anchor_text = next((m.date.text for m in main if m.date and m.date.value == anchor), None)
    if anchor is None and view.published is not None:
        # No dated trigger: the report's first recent day (its dateline) is when it happened.
        recent = [d for d in view.dates if d.kind == "day" and d.value
                  and timedelta(0) <= view.published - d.value <= timedelta(days=RECENT_DAYS)]
        if recent:
            anchor, anchor_text = recent[0].value, recent[0].text
    events: list[Event] = []
    by_key: dict[tuple, list[Event]] = {}
    dated = sorted((m.sent.start, m.date.value) for m in main if m.date and m.date.kind == "day" and m.date.value)
    specific = {m.type for m in main if _specific(view, m)}
    for m in main:
        day = m.date.value if m.date and m.date.kind == "day" else None
        text = m.date.text if m.date and day else None
        if day is None:
            # An undated mention belongs to the dated section it sits in (`2. … (June 26)` … `met`).
            prior = [v for pos, v in dated if pos <= m.sent.start]
            day, text = (prior[-1] if prior else anchor), None
        key = (m.type, day)
        same = by_key.get(key, [])
        if m.separate:
            # A side meeting (`별도 면담을 갖고`) is its own event, unless one of its name is already there.
            same = [e for e in same if any(x.separate and x.name == m.name for x in e.mentions)]
            if not same:
                target = Event(m.type, [m], day, text or (anchor_text if day == anchor else None))
                by_key.setdefault(key, []).append(target)
                events.append(target)
                continue
        if not same and m.type in specific and not _specific(view, m) and day not in {e.date for e in events} \
                and not _own_bilateral(view, m):
            if any(x is not m and x.type == m.type and _specific(view, x) for x in main):
                continue  # `held talks with his counterparts` beside named meetings: not another event
        # Two differently named meetings of one day (`the 2+2` and `the Extended Deterrence Ministerial`).
        same = [e for e in same if not _distinct(view, e, m)]
        # Of several same-day events, a mention joins the one named last before it (its section).
        same = sorted(same, key=lambda e: -max((x.sent.start for x in e.mentions if x.sent.start <= m.sent.start),
                                               default=-1))
        # Several objects of one sentence (`A 의향서를, B 의향서를 체결했다`) are several events.
        target = next((e for e in same if all(x.sent is not m.sent or x.trig_start != m.trig_start
                                                for x in e.mentions)), None)
        if target is None or (m.type == "agreement" and any(x.sent is m.sent for x in target.mentions)):
            target = next((e for e in same if not any(x.sent is m.sent for x in e.mentions)), None)
        if target is None:
            target = Event(m.type, [], day, text or (anchor_text if day == anchor else None))
            by_key.setdefault(key, []).append(target)
            events.append(target)
        target.mentions.append(m)
        if text and not target.date_text:
            target.date_text = text
    # A joint statement issued at a meeting the text describes is part of that meeting.
    dialogue_days = {e.date for e in events if e.type == "dialogue"}
    events = [e for e in events if not (e.type == "statement" and (e.date in dialogue_days or dialogue_days))]
    for m in past:
        d = m.date.value if m.date and m.date.kind == "day" else None
        events.append(Event(m.type, [m], d, m.date.text if m.date and d else None, mentioned=True))
    return events
