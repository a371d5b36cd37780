"""Korean delegates: word runs `[org/country] NAME [org/country] ROLE` with Latin or kanji glosses,
sides from context (`한국 측에서는`, `(미)`), known officials from the gazetteer."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extract.delegates import Person
from extract.entities import Mention
from extract.gazetteer import get_gazetteer
from extract.lang.ko.rules import people as cues
from extract.regexscan import built, places
from extract.romanize import romanize_name
from extract.view import Sent, Tok, View

_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
# A name glossed in Latin letters: up to six words (`Sayyid Asa'ad bin Tarik Al Said`), letters with diacritics too
# (`Nicolae-Ionel Ciucă`, `Tô Lâm`).
_LATIN_PAREN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ.'’\-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ.'’\-]*){0,5}$")
_KANJI = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf]{2,6}$")
_NAME_WORD = re.compile(r"^[\uac00-\ud7a3]{1,10}(?:-[\uac00-\ud7a3]{1,6})?$")  # `카심-조마르트`
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")

@dataclass(slots=True)
class _Chunk:
    start: int
    end: int
    text: str  # without the parenthesis and trailing particle
    paren: str | None
    particle: str  # trailing particle/ending, '' if none
    sep_before: str  # separator before this chunk: ' ', '·', ',', ''


_PAREN = re.compile(r"[(（]([^()（）]*)[)）]")
_PARTICLE_AFTER_PAREN = ("J", "E", "VCP")
_PARTICLE = ("J", "E", "VCP", "XSV", "XSA")
# (`개최…트럼프 대통령`: a headline's ellipsis parts two phrases as a space does)
_CHUNK = re.compile(r"(?:[^\s·,、・()（）*※▲…]+|[(（][^()（）]*[)）])+")


_BULLETS = frozenset("-–·•ㅇ○◦▪")
_QUOTES = "*'\"‘’“”「」 "  # (marks a release puts round a name or a title: `「살만 빈 압둘아지즈 알 사우드」`)


def _line_opening(chunks: list[_Chunk], r: int) -> bool:
    """The chunk opens its line: only list bullets before it. (A loop and a set: asked for every word of every
    attendance sentence.)"""
    for k in range(r):
        if chunks[k].text not in _BULLETS:
            return False
    return True


_COLON_NEXT = re.compile(r"[ \t]*:")


def _side_label(view: View, c: _Chunk) -> str | None:
    """The country a line's first word names by itself, in brackets or before a colon (`(페루)`, `노르웨이:`,
    `뉴질랜드측 :`)."""
    if c.text and not c.text.endswith(":") and not (c.text.endswith("측") and _COLON_NEXT.match(view.text, c.end)):
        return None
    if not c.text and not c.paren:
        return None
    named = view.mentions_in(c.start, c.end, "COUNTRY", "GROUP")
    word = re.sub(r"\s*측$", "", (c.paren or c.text).rstrip(":").strip())
    if len(named) == 1 and len(word) <= named[0].end - named[0].start + 1:
        return named[0].id
    if c.text.endswith("측"):  # (`호주측`: a name the scan does not read inside a longer word)
        return _korean_country_names().get(word)
    return None


@functools.cache
def _korean_country_names() -> dict[str, str]:
    return {n: c.id for c in get_gazetteer().countries for n in c.ko}


def _misread_ending(prev: Tok | None, x: Tok) -> bool:
    """An ending right after a noun with no verb or copula before it (`라오` as `라`+`오`, `쿠마르` as `쿠마`+`르`):
    Kiwi reading a syllable of a transliterated name as an ending; a real ending follows a verb, `이다` or `하다`."""
    return x.base.startswith("E") and "+" not in x.tag and prev is not None and prev.base.startswith("N")


def _proper_name_word(raw: str, toks: list[Tok]) -> bool:
    """A three-syllable word of a Korean name's shape that Kiwi begins with a proper noun (`김정` + `한`, read as
    `하다`): the whole word is the name."""
    # (the token tests first: most words fail them, and they cost less than the pattern and the surnames)
    return (len(raw) == 3 and len(toks) == 2 and toks[0].base == "NNP" and toks[0].end - toks[0].start == 2
            and bool(_HANGUL.match(raw)) and korean_shape(raw))


def _chunks(view: View, s: Sent) -> list[_Chunk]:
    out = []
    prev_end = s.start
    text = view.text
    for m in _CHUNK.finditer(s.text):
        start, end = s.start + m.start(), s.start + m.end()
        raw = m.group()
        paren = None
        pm = _PAREN.search(raw) if "(" in raw or "（" in raw else None  # (no opening bracket: no match)
        if pm:
            paren = pm.group(1).strip()
        core_end = start + (pm.start() if pm else len(raw))
        particle = ""
        toks = view.tokens_in(start, end)  # (each starts at or after `start`)
        # (Plain loops, not generators: this runs for every word of every attendance sentence.)
        t = None
        whole = not pm and _proper_name_word(raw, toks)
        if whole:
            pass  # `김정한` read as `김정` + `한` (하다): a name, nothing to cut
        elif pm:  # a particle after the parenthesis: `장관(Minister)은`
            after = start + pm.end()
            for x in toks[1:]:
                if x.start >= after and x.base.startswith(_PARTICLE_AFTER_PAREN):
                    t = x
                    break
        else:
            prev = toks[0] if toks else None
            for x in toks[1:]:
                if x.base.startswith(_PARTICLE) and not _misread_ending(prev, x):
                    t = x
                    break
                prev = x
        # (`부르두자(Burduja)`: a word glossed in Latin letters is a name spelt out, whatever Kiwi reads in it)
        glossed = paren is not None and bool(_LATIN_PAREN.match(paren))
        if t is not None:
            particle = text[t.start:end]
            core_end = min(core_end, t.start)
        elif whole or glossed:
            pass
        elif len(toks) > 1 and toks[0].base == "MAG" and toks[1].base in ("MM", "VV", "XSV"):
            particle = "-"  # `함께한` (`함께` + `한`, Kiwi's determiner): an adverb's verb form, never a name
        else:
            for i, x in enumerate(toks):
                # (a word never opens with an ending: `요코` read as `요` + `코` is a name's word)
                if (x.base.startswith(("V", "E")) or "+E" in x.tag) and not (i and _misread_ending(toks[i - 1], x)) \
                        and not (i == 0 and x.base.startswith("E")):
                    particle = "-"  # a verb form (`비롯해`): never part of a name
                    break
        body = text[start:core_end].strip(_QUOTES)
        if pm and (rest := text[start + pm.end():t.start if t is not None else end]) and _HANGUL.match(rest):
            body += rest  # `자유무역협정(FTA)교섭관과`: the gloss inside the word, the title after it
        if not particle and not pm and (cut := _title_particle(body)):
            body, particle = body[:-cut], body[-cut:]
        gap = text[prev_end:start]
        comma = "," in gap or "、" in gap or "…" in gap  # (three tests, not a generator per word)
        sep = "·" if "·" in gap or "・" in gap else "," if comma else " " if gap else ""
        out.append(_Chunk(start, end, body, paren, particle, sep))
        prev_end = end
    return out


@functools.cache
def _role_suffixes() -> tuple[str, ...]:
    """Longest first; sorted once (this runs for every word of every attendance sentence)."""
    return tuple(sorted(cues().role_suffixes, key=len, reverse=True))


@functools.cache
def _role_lookalikes() -> tuple[str, ...]:
    return tuple(cues().role_lookalikes)


@functools.lru_cache(maxsize=8192)
def _role_suffix(text: str) -> str | None:
    """(Asked for every word of every attendance sentence, mostly the same few words: remembered by text.)"""
    suffixes = _role_suffixes()
    if not text.endswith(suffixes) or text.endswith(("대표단", "대표부")) or _CORPORATION.search(text) \
            or text.endswith(_role_lookalikes()):
        return None
    return next(suf for suf in suffixes if text.endswith(suf))


# `항만공사`, `한국전력공사`: a public corporation; the diplomat's `공사` stands alone or after a field (`정무공사`).
_CORPORATION = re.compile(r"(?<!^)(?<!정무|경제|총괄|수석|전권)공사$")


_TITLE_PARTICLES = ("과", "와", "은", "는", "이", "가", "을", "를")


def _title_particle(body: str) -> int:
    """`국제경제관리관과 칸다 마사토 …`: a title whose particle Kiwi left on it in a long sentence (no title ends in a
    particle's syllable); the particle's length, 0 if none."""
    if len(body) > 2 and body.endswith(_TITLE_PARTICLES) and not _role_suffix(body) and _role_suffix(body[:-1]):
        return 1
    return 0


def _country_of_chunk(view: View, c: _Chunk) -> str | None:
    for m in view.mentions_at(c.start, c.end):
        if m.label == "COUNTRY":
            return m.id
    return None


def _possessor_country(view: View, chunks: list[_Chunk], j: int, run: list[_Chunk]) -> str | None:
    """`영국 과학혁신기술부(DSIT)의 톰 뉴비 국장`: the country of the body whose official the name is, told in a
    possessive right before the name."""
    if not run or j < 0 or j >= len(chunks) or chunks[j].particle != "의" or chunks[j].end > run[0].start:
        return None
    k = j
    while k >= 0 and j - k <= 3 and (k == j or not chunks[k].particle):
        if cid := _country_of_chunk(view, chunks[k]):
            return cid
        k -= 1
    return None


def _group_of_chunk(view: View, c: _Chunk) -> str | None:
    for m in view.mentions_at(c.start, c.end):
        if m.label == "GROUP":
            return m.id
    return None


# (`^..위`: a commission's short name, `공정위`, `방통위`; not the end of a longer name, `알부다이위`.)
_ORG_END = re.compile(r"(^[가-힣]{2}위|부|실|청|성|처|원|위원회|회의|기구|사무국|국|청사|대사관|본부|담당|무역청|공사"
                      r"|은행|기금|재단|협회|공단|연합|센터|[^정]당)$")


def _is_country_or_org(view: View, c: _Chunk) -> str | None:
    """'country' / 'org' when the chunk names one (the org's country is looked up by the caller)."""
    for m in view.mentions_at(c.start, c.end):
        if m.label in ("COUNTRY", "GROUP"):
            return "country"
        if m.label == "ORG":
            return "org"
    if any(m.label == "ORG" for m in view.mentions_at(c.start, len(view.text))):
        return "org"  # `인도 외교부`: the first word of an organisation's name written over two words
    if len(c.text) >= 2 and _ORG_END.search(c.text) and not _name_with_office_end(view, c) \
            and not _proper_nouns_only(view, c):
        return "org"  # not a lone syllable: `응우옌 민 부(Nguyễn Minh Vũ)` ends in a name word `부`
    return None


def _proper_nouns_only(view: View, c: _Chunk) -> bool:
    """`웡수원` (Wongsuwon), read as `웡` + `수원`: a word of two or more proper nouns and no dictionary noun or
    suffix is a transliterated name, whatever office ending it has (`국립외교원`, `세종연구원` have common nouns)."""
    toks = [t for t in view.tokens_in(c.start, c.start + len(c.text)) if t.text.strip()]
    return len(toks) >= 2 and all(t.base == "NNP" for t in toks)


def _name_with_office_end(view: View, c: _Chunk) -> bool:
    """`정병원`, `김민성`, `이진국`: a three-syllable Korean name whose last syllable is also an office's ending
    (`원`, `성`, `국`) when Kiwi reads it as beginning with a proper noun; an office no gazetteer knows is a dictionary
    noun (`조달청`) or one with a suffix (`경제` + `부`)."""
    if len(c.text) != 3 or not korean_shape(c.text) or c.text[-1] not in "원성국":
        return False  # (the office endings that are also common last syllables of Korean given names)
    toks = [t for t in view.tokens_in(c.start, c.start + 3) if t.text.strip()]
    return bool(toks) and toks[0].base == "NNP"


def bare_ministry(view: View, m: Mention) -> bool:
    """`에너지부`, `외교부` with no country word: every government has one, so next to a transliterated foreign
    name (`호세 멘도사(José Mendoza) 에너지부 장관`) it says nothing of the side (`미 에너지부` does)."""
    return m.text.endswith("부") and " " not in m.text and not view.mentions_in(m.start, m.end, "COUNTRY", "GROUP")


_TWO_WORDS_BEFORE = re.compile(r"(?:^|\s)([가-힣]+)\s+([가-힣]+)\s+$")


def _chinese_minister(view: View, m: Mention) -> bool:
    """`외교부장`, `국방부장`, `상무부장`: a ministry with `장` written on it (not `장관`) is the Chinese title 部长;
    Korea's own ministers are `장관`, so the ministry's Korean side is not the person's (`통상교섭본부장` is the
    head of a Korean headquarters, `본부`)."""
    return m.text.endswith("부") and not m.text.endswith("본부") and view.text.startswith("장", m.end) \
        and not view.text.startswith("장관", m.end)


# `로이드 J. 오스틴 3세`: a Latin middle initial and a generational suffix (`3세`, `주니어`) written in Hangul.
_NAME_EXTRAS = re.compile(r"\s+(?:[A-Z]\.|\d세$|주니어$)")


def _plain_name(name: str) -> str:
    """The name without its middle initials and generational suffix, for the officials list (`로이드 오스틴`); the
    name itself when fewer than two words would be left (`압둘라 2세` is a king's regnal name)."""
    plain = _NAME_EXTRAS.sub("", name)
    return plain if len(plain.split()) >= 2 else name


def foreign_ministry(view: View, m: Mention) -> bool:
    """A bare ministry right after a name glossed in Latin letters, or after a transliterated name of two or more
    words (`압둘아지즈 빈 살만 에너지부 장관`): the foreigner's own ministry, of a country the name does not tell."""
    if not bare_ministry(view, m):
        return False
    left = view.text[max(0, m.start - 60):m.start]
    if _GLOSS_BEFORE.search(left):
        return True
    words = _TWO_WORDS_BEFORE.search(left)
    if words is None or korean_shape(words.group(2)):
        return False
    lo = m.start - len(left) + words.start(1)
    toks = [t for t in view.tokens_in(lo, m.start) if t.text.strip()]
    # every word a name (no particle, ending or dictionary noun): `압둘아지즈 빈 살만`, not `양국 에너지부`
    return bool(toks) and not any(t.base.startswith(("J", "E", "V", "XS")) or t.base == "NNG" for t in toks)


_GLOSS_BEFORE = re.compile(r"[(（][A-Z][^()（）]*[)）]\s*$")


def _place(view: View, c: _Chunk) -> bool:
    """`서울 대한상공회의소`, `캔버라 연방의회`: a city word is where, never part of a name; nor is a post's residence
    (`주비엔나 국제기구 대표부 대사`: `주` and the city or country)."""
    if c.text.startswith("주") and any(m.start == c.start + 1 and m.end == c.end and m.label in ("PLACE", "COUNTRY")
                                      for m in view.mentions_in(c.start + 1, c.end)):
        return True
    for m in view.mentions_at(c.start, c.end):  # (a loop: asked for every word before a role)
        if m.label == "PLACE":
            # (`싱가포르기업청`: an office named after its city is an organisation's word, not where)
            return m.end - c.start >= len(c.text) or not _ORG_END.search(c.text)
    return False


def _titled_by_place(view: View, chunks: list[_Chunk], j: int) -> bool:
    """The place word at j, just before a title, follows a name it does not end: a name glossed in Latin letters
    (`알 나흐얀(Mohamed bin Zayed Al Nahyan) 아부다비 왕세제`) or two name words (`무함마드 빈 라시드 두바이
    통치자`), with no particle or comma between."""
    prev = chunks[j - 1]
    if prev.particle or chunks[j].sep_before != " " or _place(view, prev) or _is_country_or_org(view, prev):
        return False
    if prev.paren:
        return bool(_LATIN_PAREN.match(prev.paren))
    return j > 1 and _name_like(prev) and _name_like(chunks[j - 2]) and prev.sep_before == " " \
        and not _place(view, chunks[j - 2]) and _is_country_or_org(view, chunks[j - 2]) is None


_PARTY_ABBR = re.compile(r"^[한미일중북러호영독불인캐](?:[·\-]?[한미일중북러호영독불인캐]){1,3}$")


# (`B 대통령의 초청으로`: the host who invited, met on the visit; `C 차관보의 환영사로 시작`: who spoke there)
_PRESIDING = re.compile(r"주재|공동\s?주재|임석|참석|참여|배석|입회|인솔|초청|초대|환영사|개회사|폐회사|축사|기조연설")
# `A 대통령과 B 총리의 정상회담이 열렸다`: the possessors of a meeting noun are who met.
_MEETING_NOUN = re.compile(r"(?:정상|장관|외교장관|국방장관|양자)?(?:회담|면담|통화|회동|전화\s?통화|예방)")


_PROPOSED = ("제안", "요청", "요구")
_CALL_WORDS = ("전화", "통화", "화상")


def _possessor_of_meeting(chunks: list[_Chunk], r: int) -> bool:
    """`B 총리의 정상회담`, `B 장관의 주재로`, and past the pair that names the meeting (`A 장관과 B 장관의 한미
    외교장관회담이 열렸다`): the possessor is who met or presided."""
    nxt = chunks[r + 1:r + 3]
    if nxt and (_PRESIDING.match(nxt[0].text) or _MEETING_NOUN.fullmatch(nxt[0].text)):
        return True
    if len(nxt) == 2 and nxt[0].text in _PROPOSED and nxt[0].particle.startswith(("으로", "에")) \
            and nxt[1].text.startswith(_CALL_WORDS):
        return True  # `B 총리의 제안으로 전화 통화를 가졌다`: who asked for a call is on it
    return len(nxt) == 2 and not nxt[0].particle and bool(_PARTY_ABBR.match(nxt[0].text)) and \
        bool(_MEETING_NOUN.fullmatch(nxt[1].text))


_NEWLY = frozenset(["신임", "초대", "신임인"])
# `왕이 … 위원 겸 외교부장`, `재무장관 겸 자유당 부대표`: one person's second title; the word is never a name.
_CONCURRENTLY = "겸"


@functools.cache
def _stop() -> frozenset[str]:
    return frozenset(cues().stop)


@functools.cache
def _never_syllables() -> frozenset[str]:
    return frozenset(cues().never_syllables)


_DASHES = frozenset(["-", "–", "—"])


def _other_party(view: View, c: _Chunk) -> str | None:
    """The one party other than the publisher's that a meeting's chunk or the pair before it names
    (`한-몽골 정상회담`)."""
    lo = max(0, view.text.rfind("\n", 0, c.start) + 1)
    named = {m.id for m in view.mentions_in(lo, c.end, "COUNTRY")} - {view.home}
    return named.pop() if len(named) == 1 else None


def _name_like(c: _Chunk) -> bool:
    stop = _stop()
    if c.particle or c.text in stop or not c.text or _PARTY_ABBR.match(c.text) or c.text == _CONCURRENTLY \
            or _MEETING_NOUN.fullmatch(c.text) or _posted_to(c.text):
        return False  # `한일중 외교장관`: the parties, not a person; `정상회담`: the meeting, not a person
    if c.text.endswith("측") and (c.text[:-1] in _korean_country_names() or c.text[:-1] in _SIDE_STEMS):
        return False  # `○ 한국측 : 김만기 실장`: the side a line names, not a name
    if (pair := _PARTY_PAIR.fullmatch(c.text)) and pair.group(1) in _korean_country_names():
        return False  # `「한-바레인 통상장관 회담」`: the two parties of a meeting's name, not a person
    return bool(_NAME_WORD.match(c.text) and 1 <= len(c.text) <= 10) or bool(_INITIALS.match(c.text))


_PARTY_PAIR = re.compile(r"[「『'‘\"“]?[한미일중]\s*[-–]\s*([가-힣]{2,12})")
_SIDE_STEMS = frozenset(["우리", "상대", "양", "한", "미", "일", "중", "북", "남"])


def _full_name(view: View, surname: str, role: str, upto: int) -> str | None:
    """`윤 대통령`: a surname with a title stands for the one full name given with that title in the text
    (`윤석열 대통령은 …`), the way Korean releases name a person after the first time; so does a Chinese surname
    in its Chinese reading (`시 주석` after `시진핑 중국 국가주석`)."""
    chinese = surname in _chinese_surnames()
    if surname not in _surnames() and not chinese:
        return None
    # The text's `<surname>XX … <role>` runs, found once per document and surname-role pair.
    cache = view.memo("full_names_ko")
    runs = cache.get((surname, role))
    if runs is None:
        # (the role may close a longer title word, `제1차관`, `경제부총리`, but not open one, `차관보`)
        runs = cache[(surname, role)] = [
            (m.group(1), m.end()) for m in built(rf"(?<![가-힣])({re.escape(surname)}[가-힣]{{1,2}})\s+"
                                                 rf"(?:\S+\s+){{0,3}}?[^\s()]*?{re.escape(role)}"
                                                 rf"(?=[은는이가과와을를의도]?(?:[\s,.(]|$))").finditer(view.text)]
        # `해양수산부(장관 강도형)는`: a ministry's release names its head in brackets, the title first.
        runs += [(m.group(1), m.end()) for m in built(rf"\([^()]{{0,12}}?{re.escape(role)}\s+"
                                                      rf"({re.escape(surname)}[가-힣]{{1,2}})\)").finditer(view.text)]
    # (`한국 총리의 방문은`: a country's name before the title is no person's; nor `양국 국방부 차관` for `양 차관`,
    # "both vice ministers")
    found = {name for name, end in runs if end <= upto and (korean_shape(name) or chinese and len(name) <= 4)
             and name not in _korean_country_names() and name not in _stop()}
    return found.pop() if len(found) == 1 else None


def _named_in_full(view: View, word: str, role: str, upto: int) -> bool:
    """`트레벨리안 국무상은` after `앤마리 트레벨리안(…) 영국 외교부 … 국무상이`: a foreign family name alone with a
    title is the person the text named in full before with that title (a name word, then this one); the short name
    is resolved to the full one later (`resolve_short_names`)."""
    cache = view.memo("named_in_full_ko")
    starts = cache.get((word, role))
    if starts is None:
        # (each place the word stands, after a Hangul word: one pattern per title for what follows it, not one per
        # name, which compiled ~3 ms for every new name)
        tail = built(rf"(?:\([^()]*\))?\s+(?:\S+\s+){{0,5}}?[^\s()]*?{re.escape(role)}"
                     rf"(?=[은는이가과와을를의도]?(?:[\s,.(]|$))")
        text, starts = view.text, []
        for at in places(text, word):
            k = at
            while k > 0 and text[k - 1].isspace():
                k -= 1  # (back over the spaces to the Hangul word before them: `[가-힣]\s+` ending at the word)
            if 0 < k < at and "가" <= text[k - 1] <= "힣" and tail.match(text, at + len(word)):
                starts.append(k - 1)
        cache[(word, role)] = starts
    return any(at < upto for at in starts)


@functools.cache
def _surnames() -> frozenset[str]:
    """`cues().surnames` as a set: `korean_shape` asks it for most words of an attendance sentence."""
    return frozenset(cues().surnames)


@functools.cache
def _chinese_surnames() -> frozenset[str]:
    return frozenset(cues().chinese_surnames)


def korean_shape(text: str) -> bool:
    sur = _surnames()
    return 2 <= len(text) <= 4 and (text[0] in sur or text[:2] in sur)


def _common_nouns(view: View, c: _Chunk) -> bool:
    """Every morpheme a dictionary common noun (`기술`, `국가안보`, `담당`): not a name."""
    toks = [t for t in view.tokens_in(c.start, c.start + len(c.text)) if t.text.strip()]
    return bool(toks) and all(t.base in ("NNG", "MAG", "MAJ") for t in toks) and not c.paren


# `J.`, `Jr.`, `III`: a gloss's middle initials and generation suffixes, which the Hangul form leaves out.
_UNWRITTEN = re.compile(r"^(?:[A-Z]\.?|Jr\.?|Sr\.?|[IV]{2,4})$")


def _gloss_words(gloss: str, hangul: list[_Chunk]) -> int:
    """How many Hangul words a Latin gloss stands for: `Antony J. Blinken` is `토니 블링컨`, two; a leading initial
    stands for a word the Hangul spells out (`바트바야르 간졸(B. Ganzol)`); an Arabic article joined by a hyphen may
    stand alone in the Hangul (`Athir Al-Ghurairi` is `아티르 알 그레이리`, three), as the Hangul words before the
    gloss show."""
    words = gloss.split()
    n = max(1, sum(1 for i, w in enumerate(words) if i == 0 or not _UNWRITTEN.match(w)))
    if joined := len(_JOINED_ARTICLE.findall(gloss)):
        n += min(joined, sum(1 for x in hangul if x.text in _ARTICLES))
    return n


_JOINED_ARTICLE = re.compile(r"(?:^|\s)(?:[AaEe]l|[Aa][dnrstz]|[Aa]sh)-[A-Z]")
_ARTICLES = frozenset({"알", "엘", "아드", "안", "아르", "앗", "아스", "아시", "아즈", "아트"})


def _adverb(view: View, c: _Chunk) -> bool:
    """`먼저 강 장관은`, `다시 한번`: a dictionary adverb of two syllables or more is no word of the name after it
    (one-syllable ones are words of Vietnamese names too: `또 럼`, `응우옌 쑤언 푹`)."""
    toks = [t for t in view.tokens_in(c.start, c.end) if t.text.strip()]
    return len(c.text) >= 2 and bool(toks) and all(t.base in ("MAG", "MAJ") for t in toks) and not c.paren


def _office_word(view: View, c: _Chunk) -> bool:
    """`정기용 인도-태평양 특별대표`, `엘리 로슨 전략기획조정 차관보`: a word naming a region (a surface that holds a
    place name but names none) or a compound of two or more dictionary nouns of two syllables or more is the title's,
    never a word of a transliterated name."""
    if c.paren:
        return False
    if c.text.startswith(tuple(view.grammar.blockers)):
        return True
    toks = [t for t in view.tokens_in(c.start, c.start + len(c.text)) if t.text.strip()]
    return len(toks) >= 2 and all(t.base == "NNG" and len(t.text) >= 2 for t in toks)


def _marked_noun(view: View, c: _Chunk) -> bool:
    """`청사에서`, `서명은`: a dictionary noun with a place, topic or object particle closes the phrase before a
    name and is never a word of it (a transliterated word Kiwi cuts as a noun and `만` or `가` may be)."""
    toks = [t for t in view.tokens_in(c.start, c.end) if t.text.strip()]
    return (len(toks) >= 2 and toks[-1].base.startswith("J") and toks[-1].text in _CLOSING_PARTICLES
            and all(t.base == "NNG" for t in toks[:-1]))


_CLOSING_PARTICLES = frozenset({"에서", "에게", "에는", "에서는", "은", "는", "을", "를", "으로", "로"})


def _glossed_words(view: View, chunks: list[_Chunk], words: list[_Chunk], n: int) -> list[_Chunk]:
    """`일리야나 이바노바(Iliana Ivanova)`, `사이토 켄(齋藤健)`: the gloss says how many words the name has; the
    Hangul words just before, which Kiwi may have read with an ending (`일리야나` as `일리` + `야나`), complete it."""
    k = chunks.index(words[0])
    while len(words) < n and k > 0 and chunks[k].sep_before == " ":
        prev = chunks[k - 1]
        raw = view.text[prev.start:prev.end].lstrip(_QUOTES)  # (`「살만`: the mark opening the name is no syllable)
        if (not _HANGUL.match(raw) or raw in _stop() or prev.text in _stop() or _role_suffix(raw)
                or _role_suffix(prev.text) or view.mentions_at(prev.start, prev.end) or _marked_noun(view, prev)):
            break
        words = [_Chunk(prev.start, prev.end, raw, None, "", prev.sep_before), *words]
        k -= 1
    return words


def _before_country(view: View, run: list[_Chunk], grp: list[_Chunk]) -> bool:
    """`응우옌 민 부 베트남 외교부 차관`: two or more words right before the country of a foreign official's phrase
    are the name, even when Kiwi reads each as a common noun."""
    k = run.index(grp[-1]) + 1
    return len(grp) >= 2 and k < len(run) and (_country_of_chunk(view, run[k]) is not None or any(
        m.label == "ORG" and m.end > run[k].end for m in view.mentions_at(run[k].start, len(view.text))))


def _after_owner_country(view: View, chunks: list[_Chunk], run: list[_Chunk], grp: list[_Chunk]) -> bool:
    """`베트남의 응우옌 쑤언 푹 총리`, `의장국인 베트남의 보 반 트엉 주석`: the whole run between a foreign country's
    possessive and the title, two to four short words with a one-syllable one among them, is a transliterated name
    even when Kiwi reads each word as a common noun (`국가 안보 보좌관`: no one-syllable word, no name)."""
    k = chunks.index(run[0])
    return (grp == run and k > 0 and chunks[k - 1].particle == "의"
            and _country_of_chunk(view, chunks[k - 1]) not in (None, "KOR") and 2 <= len(grp) <= 4
            and all(_name_syllables(view, x) for x in grp) and any(len(x.text) == 1 for x in grp))


def _name_syllables(view: View, c: _Chunk) -> bool:
    """A word of one to three syllables, no title, number or bound noun: a dictionary adverb may be one (`푹`)."""
    raw = view.text[c.start:c.end]
    return (bool(_HANGUL.match(raw)) and len(raw) <= 3 and not _role_suffix(raw)
            and not any(m.end - m.start > 1 for m in view.mentions_at(c.start, c.end))
            and not any(t.base.startswith(("NR", "SN", "NNB")) for t in view.tokens_in(c.start, c.end)))


def _proper_word(view: View, c: _Chunk) -> bool:
    """A word of two to five syllables that Kiwi reads as proper nouns only (`훈센`, `수카르노`, `훈 마넷`): a foreign
    name of one word when a foreign title stands next to it."""
    toks = [t for t in view.tokens_in(c.start, c.end) if t.text.strip() and not t.base.startswith("J")]
    return bool(_HANGUL.match(c.text)) and 2 <= len(c.text) <= 5 and bool(toks) and all(t.base == "NNP" for t in toks)


def _met_counterpart(chunks: list[_Chunk], r: int) -> bool:
    """`훈센 총리와 정상회담을 했다`, `수치 국가고문과의 회담`: the title is the counterpart of the meeting noun right
    after it, a foreign side the sentence's subject met (a one-word proper noun before it is that person's name)."""
    c = chunks[r]
    return c.particle.startswith(("과", "와")) and r + 1 < len(chunks) \
        and bool(_MEETING_NOUN.match(chunks[r + 1].text))


def _official_after(chunks: list[_Chunk], r: int, words: list[_Chunk] | None) -> list[_Chunk] | None:
    """`미 국무장관 토니 블링컨과`, `국무장관 블링컨은`: the words right after a title (`words`, as `_name_after`
    read them, else one to three up to a particle) name a known official: the title needs no country before it."""
    if words and get_gazetteer().official(" ".join(x.text for x in words)) is not None:
        return words
    out: list[_Chunk] = []
    for x in chunks[r + 1:r + 4]:
        if x.sep_before != " " or not x.text:
            break
        out.append(x)
        if x.particle or x.paren:
            break
    return out if out and out[-1].particle and get_gazetteer().official(" ".join(x.text for x in out)) else None


def _name_after(view: View, chunks: list[_Chunk], r: int) -> list[_Chunk] | None:
    """`캐나다 국제통상부 장관 메리 응(Mary Ng)과`, `인도네시아 경제조정부 장관 아이르랑가 하르타르토,`: a foreign
    official's title written before the name (as translations do): two to four name words right after the role,
    or one glossed in Latin letters, ending the run (a particle, comma or the sentence end)."""
    out: list[_Chunk] = []
    for x in chunks[r + 1:r + 5]:
        if x.sep_before not in (" ", "") or (out and x.sep_before != " "):
            break
        if out and not out[-1].particle and _MEETING_NOUN.fullmatch(x.text) and out[-1].text.endswith(("과", "와")):
            # `외무상 가미카와 요코와 외교장관회담을`: before the meeting noun, the last word's `와` is the particle
            last = out[-1]
            out[-1] = _Chunk(last.start, last.end - 1, last.text[:-1], None, last.text[-1], last.sep_before)
            break
        if (not x.text or x.text in _stop() or _role_suffix(x.text) or _is_country_or_org(view, x)
                or _place(view, x) or not _NAME_WORD.match(x.text) or (x.particle == "-" and not x.paren)):
            return None
        out.append(x)
        if x.particle or x.paren:
            break
    if not out or not (out[-1].paren and _LATIN_PAREN.match(out[-1].paren) or len(out) >= 2
                       or (out[-1].particle and _proper_word(view, out[-1]))):
        return None  # (`캄보디아 부총리 훈센과`: one proper-noun word closed by a particle is a name too)
    if all(_common_nouns(view, x) for x in out):
        return None  # `장관 양자 회담`: dictionary words, not a name
    if out[-1].particle == "" and not out[-1].paren:
        k = r + 1 + len(out)
        if k < len(chunks) and chunks[k].sep_before == " ":
            return None  # the words run on: not a name closing the phrase
    return out


_REPORTED = re.compile(r"(?:고|[\"”’']\s*(?:라고|이라고|고)?)\s*$")
_REPORTING = re.compile(r"\s*(?:전했|밝혔|말했|설명했|브리핑했)")


def _reporter(view: View, start: int, role: _Chunk) -> bool:
    """A person closing a reported clause as the subject of a verb of saying (`…했다고 X 수석이 전했다`)."""
    end = role.start + len(role.text) + len(role.particle)
    return (role.particle in ("이", "가", "은", "는") and bool(_REPORTING.match(view.text, end))
            and bool(_REPORTED.search(view.text[max(0, start - 6):start])))


# `… 정책실장은 현지 브리핑에서 "양 정상은 회담에서 …"라고 설명했다`: the subject of a briefing (`현지/서면/정례
# 브리핑에서`, `브리핑을 통해`) tells what was agreed; the attendance words are the quote's, not theirs.
_BRIEFING = re.compile(r"\s*(?:[가-힣]{1,4}\s+){0,2}브리핑(?:에서|을\s*통해)")


def _briefer(view: View, role: _Chunk) -> bool:
    end = role.start + len(role.text) + len(role.particle)
    return role.particle in ("이", "가", "은", "는") and bool(_BRIEFING.match(view.text, end))


_TITLED_PAIR = re.compile(r"([가-힣]+)[\-–](?=[가-힣])")


def _after_titled_pair(c: _Chunk) -> _Chunk | None:
    """`대통령-또`, `장관–웡`: a headline's pair of people (`A 대통령-B 서기장 회담`) joined by a hyphen after the
    first one's title; the word after the hyphen begins the second name (None when the chunk is no such pair)."""
    m = _TITLED_PAIR.match(c.text)
    if m is None or not _role_suffix(m.group(1)):
        return None
    k = m.end()
    return _Chunk(c.start + k, c.end, c.text[k:], c.paren, c.particle, " ")


_NOT_NAME_TAGS = ("MAG", "MAJ", "MM", "NR", "SN", "NNB", "XSN", "XSV", "XSA", "VCP", "EP")


_FAMILY_PREFIXES = ("알", "엘")


def _with_family_name(grp: list[_Chunk], k: int, part: list[_Chunk]) -> list[_Chunk]:
    """`무함마드 빈 자이드 알나하얀`: a known official's shorter alias (`무함마드 빈 자이드`) followed by the Arabic
    family name (`알…`, `엘…`) the text writes: the name as written."""
    end = k + len(part)
    while end < len(grp) and len(grp[end].text) > 2 and grp[end].text.startswith(_FAMILY_PREFIXES) \
            and not grp[end].paren:
        end += 1
    return grp[k:end]


def _misread_name(view: View, chunks: list[_Chunk], j: int, run: list[_Chunk]) -> list[_Chunk] | None:
    """`부이 타잉 썬 베트남 외교장관`, `팜 민 찐 베트남 총리`, `브엉 딘 후에 베트남 국회의장`: short words right before
    the country of a foreigner's phrase that Kiwi reads as a verb form or a noun with a particle (`썰`+`ㄴ`,
    `후`+`에`) are syllables of a transliterated name when two to four such words run from a clause boundary (a word
    with a particle, a comma, the line's start) to the country; the words keep what Kiwi cut off."""
    at = next((i for i, x in enumerate(run) if _country_of_chunk(view, x) is not None), None)
    # (the words already in the run may be longer proper nouns: `파르한 알사우드 사우디아라비아`)
    if at is None or any(not (_short_word(view, x) or _proper_word(view, x)) for x in run[:at]):
        return None
    words: list[_Chunk] = []
    k = j
    # `다니엘 오르테가 니카라과 대통령`: a last name word Kiwi ends with a subject particle (`오르테` + `가`) right
    # before the country, after a first name
    subject = at == 0 and _misread_subject(view, chunks[j])
    while k >= 0 and len(words) + at < 4 and not _marked_noun(view, chunks[k]) \
            and chunks[k].text not in _never_syllables() and (
            _short_word(view, chunks[k]) or _linked_word(view, chunks, k) or _misread_final(view, chunks, k)
            or (k == j and subject)):
        c = chunks[k]
        words.insert(0, _Chunk(c.start, c.end, view.text[c.start:c.end], None, "", c.sep_before))
        k -= 1
        if c.sep_before != " ":
            break
    # `아이만 후세인 알 사파디`: one word Kiwi reads as a noun and particle (`아이`+`만`) before words it reads as
    # proper nouns only (`오찬 후 하미드 알자비`: two dictionary nouns, no particle, stay out)
    last = [t for t in view.tokens_in(words[0].start, words[0].end) if t.text.strip()] if len(words) == 1 else []
    named = at > 0 and bool(last) and last[-1].base.startswith("J") and all(
        t.base == "NNP" for x in run[:at] for t in view.tokens_in(x.start, x.end) if t.text.strip())
    if not words or len(words) + at < 2 or not named and all(
            t.base in ("NNG", "JKB", "JX", "JKS", "JKO") for x in words for t in view.tokens_in(x.start, x.end)):
        return None  # `양자 회담 후`: dictionary nouns, not a name (unless proper nouns follow them)
    first = [t for t in view.tokens_in(words[0].start, words[0].end) if t.text.strip()]
    if first and first[-1].tag.endswith("ETM") and len(words) + at > 1:
        return None  # `지난 회의 때 베트남 외교장관`: an adnominal verb opening the words modifies them
    if subject and len(words) < 2:
        return None  # `X가 프랑스 대통령과`: a subject before an unnamed office
    boundary = (words[0].sep_before != " " or k < 0 or bool(chunks[k].particle)
                or _opens_clause(view, chunks[k]) or chunks[k].text in _never_syllables())
    return words if boundary else None


def _opens_clause(view: View, c: _Chunk) -> bool:
    """A word after which a new phrase begins though it has no particle: a dateline or a day in figures
    (`(카이로=연합뉴스)`, `[앙카라=뉴시스]`, `4.22.(월)`, `9일`)."""
    return (not re.search(r"[가-힣]", c.text) or bool(view.dates_in(c.start, c.end))
            or bool(_BRACKET_DATELINE.match(c.text)))


_BRACKET_DATELINE = re.compile(r"^\[[^\[\]=]+=[^\[\]]+\]$")


def _posted_to(word: str) -> bool:
    """`주한`, `주미`, `주인도` (resident in Korea, the US, India: `캐서린 레이퍼 주한 호주대사`): the posting
    opens the title after a name, never a syllable of it."""
    return len(word) >= 2 and word[0] == "주" and (word[1:] in get_gazetteer().abbr_ko
                                                  or word[1:] in _korean_country_names())


def _short_word(view: View, c: _Chunk) -> bool:
    """A word of one to three syllables that can be part of a transliterated name: no dictionary adverb, number,
    bound noun, title, organisation, place or country."""
    # (`후` of `브엉 딘 후에`, `중` of `응우옌 찌 중`: a stop word or a country's one-syllable short name may be a
    # syllable of the name)
    raw = view.text[c.start:c.end]
    # (a title with its particle, `장관과`, closes the phrase before the name: `A 장관과 디에고 파르도 칠레 …`)
    if not _HANGUL.match(raw) or len(raw) > 3 or _role_suffix(raw) or _role_suffix(c.text) or _posted_to(c.text):
        return False
    if any(m.end - m.start > 1 for m in view.mentions_at(c.start, c.end)):
        return False
    return not any(t.base.startswith(_NOT_NAME_TAGS) for t in view.tokens_in(c.start, c.end) if t.text.strip())


def _name_next(view: View, run: list[_Chunk]) -> bool:
    """The run goes on with a proper-noun name word before its country (`알말리키 팔레스타인`)."""
    return len(run) >= 2 and _proper_word(view, run[0]) and _is_country_or_org(view, run[0]) is None \
        and _country_of_chunk(view, run[1]) is not None


def _misread_subject(view: View, c: _Chunk) -> bool:
    """A word of four or five syllables Kiwi reads as a proper noun and a subject particle (`오르테` + `가`)."""
    raw = view.text[c.start:c.end]
    toks = [t for t in view.tokens_in(c.start, c.end) if t.text.strip()]
    return (bool(_HANGUL.match(raw)) and 4 <= len(raw) <= 5 and len(toks) == 2 and toks[0].base == "NNP"
            and toks[1].tag == "JKS" and not view.mentions_at(c.start, c.end))


def _linked_word(view: View, chunks: list[_Chunk], k: int) -> bool:
    """`파이살 빈 파르한`, `압둘라 빈 함단`: the word right after a name link (`빈`, `이븐`, `울드`) is a name's word
    whatever Kiwi reads it as (`파르` + `한`, read as `하다`)."""
    c = chunks[k]
    raw = view.text[c.start:c.end]
    return (k > 0 and c.sep_before == " " and bool(_HANGUL.match(raw)) and 2 <= len(raw) <= 5
            and view.text[chunks[k - 1].start:chunks[k - 1].end] in _LINKS_INSIDE and not _role_suffix(raw)
            and not any(m.end - m.start > 1 for m in view.mentions_at(c.start, c.end)))


# (Links that only join a name's words; `알`, `반`, `데` also open or are common words.)
_LINKS_INSIDE = frozenset({"빈", "벤", "이븐", "울드"})


def _misread_final(view: View, chunks: list[_Chunk], k: int) -> bool:
    """`일함 알리예프`: a short word Kiwi ends with a sentence-final ending (`일` + `함`) though a name word follows it
    on the same line with no stop between: a transliterated first name, not a note-style sentence end."""
    c = chunks[k]
    raw = view.text[c.start:c.end]
    toks = [t for t in view.tokens_in(c.start, c.end) if t.text.strip()]
    if not (_HANGUL.match(raw) and 2 <= len(raw) <= 3 and len(toks) == 2 and toks[0].base in ("NNG", "NNP")
            and toks[1].tag.endswith("EF") and k + 1 < len(chunks)):
        return False
    nxt = chunks[k + 1]
    after = [t for t in view.tokens_in(nxt.start, nxt.end) if t.text.strip()]
    return (view.text[c.end:nxt.start] == " " and bool(after) and after[0].base == "NNP"
            and _country_of_chunk(view, nxt) is None)


# `의장을 맡은`, `위원장을 맡아`: the role is taken by the subject before it.
_CHAIR_TAKEN = re.compile(r"[을를]\s*맡")


def _title_country(view: View, chunks: list[_Chunk], k: int) -> str | None:
    """`인도 상공부 장관 피유시 고얄이 의장을 맡은`: the country of the title written just before a name (chunk k
    its last word), within the title's particle-free words."""
    for x in reversed(chunks[max(0, k - 4):k]):
        if x.particle or x.sep_before == ",":
            return _country_of_chunk(view, x) if not x.particle else None
        if (cid := _country_of_chunk(view, x)) is not None:
            return cid
    return None


_SIDE_NOUNS = ("측", "대표단")
_REGNAL = re.compile(r"^\d{1,2}세$")  # `찰스 3세`, `펠리페 6세`
_SIDE_LINE = re.compile(r"\s*\S{1,12}\s*측\s*:?\s*$")
_DASH_ITEM = re.compile(r"\s*[-–•▲]")


def _side_line_above(view: View, s: Sent) -> str | None:
    """`미국 측` on a line of its own over dash items (`- 마코 루비오 국무장관`): the country of the items below it."""
    if not _DASH_ITEM.match(s.text):
        return None
    k = s.idx - 1
    while k >= 0 and k > s.idx - 8 and _DASH_ITEM.match(view.sents[k].text):
        k -= 1
    if k < 0 or not _SIDE_LINE.match(view.sents[k].text):
        return None
    sk = view.sents[k]
    named = view.mentions_in(sk.start, sk.end, "COUNTRY", "GROUP")
    return named[0].id if len(named) == 1 else None


_ITEM_LINE = re.compile(r"[ \t]*[ㅇ○◦\-–•▲]")
_BLOCK_LABEL = re.compile(r"[ \t]*[□■][ \t]*\(([^()\n]{1,12})\)")


def _block_label(view: View, s: Sent) -> str | None:
    """`□ (카타르) 원 장관은 도하에서 …` over items (`ㅇ 원 장관은 또 X 장관과 면담하고`): the foreign country the
    block's label names, that of a foreign name the item gives no country (not a Korean name's: the visitor's own
    people speak in the block too)."""
    line = view.text.rfind("\n", 0, s.start) + 1
    if not _ITEM_LINE.match(view.text, line) and not _BLOCK_LABEL.match(view.text, line):
        return None
    for k in range(s.idx, max(-1, s.idx - 12), -1):
        sk = view.sents[k]
        start = view.text.rfind("\n", 0, sk.start) + 1
        if _ITEM_LINE.match(view.text, start):
            continue
        if (lab := _BLOCK_LABEL.match(view.text, start)) is None:
            return None
        named = view.mentions_in(lab.start(1), lab.end(1), "COUNTRY")
        word = lab.group(1).strip()
        if len(named) == 1 and named[0].id != "KOR" and len(word) <= named[0].end - named[0].start + 1:
            return named[0].id
        return None
    return None


# `유엔환경계획(UNEP) 본부를 방문하여 잉거 안데르센 사무국장과 환담`: the head of a body, met at that body's seat,
# is its official (records.md: an organisation's official stands for it), not of the host city's country.
_BODY_HEADS = ("사무총장", "사무국장", "사무차장", "총재", "부총재")
_SEAT = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*(?:본부|사무국)")


def _seat_body(view: View, s: Sent, lo: int, role: str) -> str | None:
    """The body whose seat (`X 본부`, `X 사무국`) the sentence names before a body head's name at lo."""
    if not role.endswith(_BODY_HEADS):
        return None
    return next((m.id for m in reversed(view.mentions_in(s.start, lo, "GROUP"))
                 if _SEAT.match(view.text, m.end)), None)


_FORMER = frozenset(["전", "前"])


def find(view: View, s: Sent) -> list[Person]:
    chunks = _chunks(view, s)
    people: list[Person] = []
    context_country = _side_line_above(view, s)
    # (`□ (카타르) 원 장관은 …`: a paragraph's label names the country it is about, not every speaker's side)
    block = _BLOCK_LABEL.match(view.text, view.text.rfind("\n", 0, s.start) + 1) is not None
    side = context_country is not None  # an explicit side (`중국 측에서`, `(미)`) beats an organisation's country
    g = get_gazetteer()
    marks = cues().side_marks
    joined = False  # the last person's role ends in `과`/`와`: the next is listed with them
    # `요르단의 사파디 외교장관이 … B 총리를 만났다`: a possessive country owns the one person after it, not the
    # counterpart later in the sentence; the context before it comes back after the title closing that phrase.
    before_owner: tuple[str | None, bool] | None = None
    owner_read = False
    abroad = False  # a foreign possessive was read: a one-word name after it is a foreigner's too
    # `▲리야드 알말리키 팔레스타인 외무장관`: on a list item, a city's name opening the line is a first name
    item = bool(_DASH_ITEM.match(s.text))
    for r, c in enumerate(chunks):
        if owner_read and before_owner is not None:
            abroad = context_country not in (None, "KOR")
            (context_country, side), before_owner, owner_read = before_owner, None, False
        # `한국에서는`, `미측에서`, `일본은`, `한국 측에선`: the country the next names belong to.
        cc = _country_of_chunk(view, c)
        if cc is None and r + 1 < len(chunks) and chunks[r + 1].text in _SIDE_NOUNS:
            cc = _group_of_chunk(view, c)  # `EU 측에서는`, `아세안 대표단은`: a body's side, like a country's
        if cc and c.particle == "의" and before_owner is None:
            before_owner = (context_country, side)
        # `의장국 라오스, X 총리`: the chair country named before its leader.
        # (`러시아 대표단은 X가 이끌었고`: the delegation's country is the side of the one leading it)
        if cc and (c.particle or (r + 1 < len(chunks) and chunks[r + 1].text in _SIDE_NOUNS)
                   or (r > 0 and chunks[r - 1].text == "의장국" and c.sep_before == " ")):
            context_country = cc
            side = r + 1 < len(chunks) and chunks[r + 1].text in _SIDE_NOUNS
        if c.text == "측" and r > 0 and (named := _country_of_chunk(view, chunks[r - 1])
                                         or _group_of_chunk(view, chunks[r - 1])):
            context_country = named
            side = True
        if not c.text and c.paren in marks:  # `(한) 신원식 국방부 장관 / (미) 오스틴 국방장관`
            context_country, side = marks[c.paren], True
        elif not c.text and c.paren and re.fullmatch(r"\S+\s*측", c.paren):  # `(우리 측) …  / (중국 측) …`
            named = [m.id for m in view.mentions_in(c.start, c.end, "COUNTRY", "GROUP")]
            if not named and (cid := _korean_country_names().get(re.sub(r"\s*측$", "", c.paren))):
                named = [cid]  # (`(나이지리아측)`: a name the scan does not read inside the longer word)
            if named or c.paren.startswith("우리"):
                context_country, side = (named[0] if named else "KOR"), True
        elif _line_opening(chunks, r) and not block and (label := _side_label(view, c)):
            # an attendee line: `- (페루) …`, `- 노르웨이: …`
            context_country, side = label, True
        if not _role_suffix(c.text) or _representative_of(view, chunks, r):
            continue
        owner_read = before_owner is not None
        if c.particle == "의" and not _possessor_of_meeting(chunks, r):
            continue  # `윤석열 대통령의 체코 공식방문`: a possessor, no attendee (`장관의 주재로`, `B 총리의 회담` are)
        # The run of particle-free words before the role: [org/country words] NAME [org/country words].
        j = r - 1
        run: list[_Chunk] = []
        titled: int | None = None  # a title ending just before the run (`인도 상공부 장관 피유시 고얄이 의장을 맡은`)
        misread: list[_Chunk] | None = None
        dash_side: str | None = None
        office_place: str | None = None  # the country of a place the title is of (`아부다비 왕세제`)
        listed = 0  # words of a `·` list in the run (`경제성장·에너지·환경 담당`): one field, counted once
        while j >= 0 and r - j - listed <= 8:
            cj = chunks[j]
            if cj.text in _DASHES and run:
                # `① 6.10. 한-몽골 정상회담 - A 대통령`: an item's dash parts the meeting from the person met, who
                # is of the meeting's other party.
                dash_side = _other_party(view, chunks[j - 1]) if j > 0 else None
                break
            if run and (cj.particle or cj.text in _stop()) and (misread := _misread_name(view, chunks, j, run)):
                run[:0] = misread  # `부이 타잉 썬 베트남 외교장관`: Kiwi read name syllables as verbs or particles
                break
            if cj.text in _NEWLY and not cj.particle and j > 0 and not chunks[j - 1].particle:
                j -= 1  # `X(…) 신임 주한 코스타리카대사`: a new appointee's title; the name is before `신임`
                continue
            if not run and chunks[j + 1].sep_before == "·" and not cj.particle and _common_nouns(view, cj) \
                    and c.text not in _role_suffixes():
                # `돈 패럴 통상·관광장관`: a field joined by a middle dot to a title with a field of its own is the
                # title's (not `중앙은행·총리·재무부`, a list of offices)
                listed += 1
                j -= 1
                continue
            if cj.text == "및" and not run and j > 0 and not chunks[j - 1].particle \
                    and _common_nouns(view, chunks[j - 1]) and not _role_suffix(chunks[j - 1].text):
                listed += 2  # `양자 및 국제협력차관`: two fields of one title, joined by `및` as by `·`
                j -= 2  # (the field before `및` is the title's too, never a name word: `양자` has a surname's shape)
                continue
            if cj.text in _FORMER and not cj.particle and j > 0 and _name_like(chunks[j - 1]) \
                    and not chunks[j - 1].particle and not any(_name_like(x) and _is_country_or_org(view, x) is None
                                                               for x in run):
                j -= 1  # `김영춘 전 해양수산부 장관`: a former office; the name is before `전`
                continue
            if not run and j > 0 and _place(view, cj) and _titled_by_place(view, chunks, j):
                # `모하메드 빈 자이드(…) 아부다비 왕세제`: the emirate or city whose office the title is
                office_place = next((m.country for m in view.mentions_at(cj.start, cj.end) if m.label == "PLACE"), None)
                j -= 1
                continue
            if cj.particle or _role_suffix(cj.text) or cj.text in _stop() or not cj.text or (
                    _place(view, cj) and not (item and _line_opening(chunks, j) and _name_next(view, run))):
                titled = j if _role_suffix(cj.text) and not cj.particle else None
                break
            if (cut := _after_titled_pair(cj)) is not None:
                run.insert(0, cut)  # `이 대통령-또 럼 서기장 회담`: the name begins after the first one's title
                break
            run.insert(0, cj)
            if cj.sep_before == ",":
                break
            listed += cj.sep_before == "·"
            j -= 1
        groups: list[list[_Chunk]] = []
        words_after = None if c.particle else _name_after(view, chunks, r)
        official_next = None if c.particle else _official_after(chunks, r, words_after)
        for x in run:
            if official_next and x is run[0] and x.text in g.abbr_ko and not (misread and x in misread):
                continue  # `미 국무장관 블링컨`: a party abbreviation before a title and a known official's name
            if (misread and x in misread) or (_name_like(x) and _is_country_or_org(view, x) is None
                                               and not _adverb(view, x) and not _office_word(view, x)):
                if groups and groups[-1][-1] is run[run.index(x) - 1] if run.index(x) else False:
                    groups[-1].append(x)
                else:
                    groups.append([x])
        name_chunks: list[_Chunk] | None = None
        off = None
        for grp in groups:  # a known official, or a name glossed in Latin letters or kanji
            for k in range(len(grp)):
                for n in (3, 2, 1):
                    part = grp[k:k + n]
                    if n == 1 and len(grp) > 1 and any(x.paren for x in grp):
                        break  # `그레첸 캠벨(Gretchen Campbell)`: one word of a glossed longer name is not an official
                    if len(part) == n and (o := g.official(" ".join(x.text for x in part))):
                        name_chunks, off = _with_family_name(grp, k, part), o
                        if (gloss := part[-1].paren) and _LATIN_PAREN.match(gloss):  # `지나 러몬도(Gina Raimondo)`
                            name_chunks = _glossed_words(view, chunks, part, _gloss_words(gloss, part))
                        break
                if name_chunks:
                    break
            if name_chunks:
                break
            for k, x in enumerate(grp):
                if x.paren and (_LATIN_PAREN.match(x.paren) or _KANJI.match(x.paren)):
                    # (an initial the Hangul writes too, `로버트 F. 케네디`, is one of its words)
                    n = (_gloss_words(x.paren, grp[:k + 1]) + sum(1 for y in grp[:k] if _INITIALS.match(y.text))
                         if _LATIN_PAREN.match(x.paren) else 2)
                    name_chunks = _glossed_words(view, chunks, grp[max(0, k + 1 - n):k + 1], n)
                    break
            if name_chunks:
                break
        if name_chunks is None:
            for grp in groups:
                if all(_common_nouns(view, x) for x in grp) and not (len(grp) == 1 and korean_shape(grp[0].text)) \
                        and not _before_country(view, run, grp) and not _after_owner_country(view, chunks, run, grp):
                    continue
                name_chunks = grp
                break
        after = False
        if not name_chunks and not c.particle and (
                run and any(_is_country_or_org(view, x) for x in run) or official_next):
            name_chunks = words_after or official_next  # `캐나다 국제통상부 장관 메리 응(Mary Ng)과`
            after = bool(name_chunks)
            if name_chunks:
                off = g.official(" ".join(x.text for x in name_chunks))  # (known: `국무장관 블링컨과`)
        if not name_chunks:
            continue
        if name_chunks[-1] in run and (k := run.index(name_chunks[-1]) + 1) < len(run) and _REGNAL.match(run[k].text):
            name_chunks = [*name_chunks, run[k]]  # `찰스 3세 국왕`: a monarch's regnal number is the name's own word
        org_chunks = [x for x in run if x not in name_chunks]
        country = None
        for oc in [x for x in org_chunks if not (misread and x in misread)]:
            if (cid := _country_of_chunk(view, oc) or _group_of_chunk(view, oc)) is not None:
                country = cid  # `세계은행(WB) 총재`: an organisation's official stands for it (records.md)
                break
        if country is None and titled is not None and not after:
            country = _title_country(view, chunks, titled)
        if country is None and not side:
            country = _seat_body(view, s, run[0].start if run else c.start, c.text)
        if country is None and side:
            country = context_country
        country = country or dash_side or office_place or _possessor_country(view, chunks, j, run)
        if country is None:
            foreign = len(name_chunks) >= 2 or any(x.paren and _LATIN_PAREN.match(x.paren) for x in name_chunks)
            for m in view.mentions_in(run[0].start if run else c.start, c.end, "ORG"):
                if _chinese_minister(view, m):
                    continue  # `왕이 외교부장`: China's minister (部长), not an official of Korea's ministry
                if m.country and not m.extra.get("ambiguous") and not (foreign and bare_ministry(view, m)):
                    country = m.country
                    break
        fore = (country or context_country) not in (None, "KOR") or (abroad and country is None)
        full = None
        if off is None and not name_chunks[-1].paren:
            # Korean names are one word: two or more name words before a title are a foreign name, unless
            # the words before the last are dictionary nouns (`기술 협력관 …`).
            multi = len(name_chunks) >= 2 and (fore or not korean_shape(name_chunks[-1].text) or not any(
                _common_nouns(view, x) for x in name_chunks[:-1]))
            if _INITIALS.match(name_chunks[0].text) or multi:
                if _INITIALS.match(name_chunks[0].text):
                    name_chunks = name_chunks[:3]
                else:
                    # A transliterated name is the whole run up to four words (`사미아 술루후 하산`), linking
                    # particles not counted (`무함마드 빈 살만 빈 압둘아지즈 알사우드`).
                    links = set(cues().name_links)
                    words = [x for x in name_chunks if x.text not in links]
                    if len(words) > 4:
                        name_chunks = name_chunks[name_chunks.index(words[-4]):]
            else:
                name_chunks = name_chunks[-1:]
                if not korean_shape(name_chunks[0].text) and not ((fore or _met_counterpart(chunks, r))
                                                                  and _proper_word(view, name_chunks[0])):
                    # (`훈센 캄보디아 상원의장`: a foreigner's one-word name before the title stays)
                    full = _full_name(view, name_chunks[0].text, c.text, s.end)
                    if full is None and not _named_in_full(view, name_chunks[0].text, c.text, s.start):
                        off = g.official_by_family(name_chunks[0].text, c.text, view.published)
                        if off is None:
                            continue
        if _CHAIR_TAKEN.match(view.text, c.start + len(c.text)) and name_chunks[-1].text.endswith(("이", "가")) \
                and len(name_chunks[-1].text) >= 3 and not name_chunks[-1].paren:
            last = name_chunks[-1]  # `고얄이 의장을 맡은`: the subject's particle Kiwi left on a foreign name
            name_chunks = [*name_chunks[:-1], _Chunk(last.start, last.end - 1, last.text[:-1], None, last.text[-1],
                                                     last.sep_before)]
        if full is None and name_chunks[-1] in run and (k := run.index(name_chunks[-1]) + 1) < len(run) \
                and _REGNAL.match(run[k].text) and run[k] in org_chunks:
            name_chunks = [*name_chunks, run[k]]  # `압둘라 2세 요르단 국왕`: the regnal number is the name's
            org_chunks.remove(run[k])
        name = full or " ".join(x.text for x in name_chunks)
        if len(name.replace(" ", "")) < 2:
            continue
        off = off or g.official(name) or g.official(_plain_name(name))
        if off is None and len(name_chunks) == 1 and not name_chunks[0].paren:
            off = g.official_by_family(name, c.text, view.published)  # `설리번 보좌관`: a listed official's family name
        paren = next((x.paren for x in name_chunks if x.paren), None)
        latin = paren if paren and _LATIN_PAREN.match(paren) else None
        if off is not None and country is None:
            country = off.side_on(view.published)
        country = country or context_country
        if country is None and not korean_shape(name):
            country = _block_label(view, s)
        if country is None and people and joined and korean_shape(name) == korean_shape(people[-1].name):
            # `A 미 법무부 국장과 B 상무부 차관보`: listed with the one before, the same side; `윤 대통령은
            # 토카예프 대통령과` is the other side (a topic, then a counterpart), left to the event's parties.
            country = people[-1].country
        if country is None and view.home == "KOR" and korean_shape(name):
            country = "KOR"
        role_lo = org_chunks[0].start if org_chunks and (after or org_chunks[0].start > name_chunks[-1].start) \
            else c.start
        role_text = view.text[role_lo:c.start + len(c.text)].strip()
        org = " ".join(x.text for x in org_chunks if _is_country_or_org(view, x) == "org") or None
        name_en = off.name_en if off else (latin or (romanize_name(name) if korean_shape(name) and
                                                     (country in (None, "KOR")) else None))
        if _reporter(view, name_chunks[0].start, c) or _briefer(view, c):
            continue  # `… 환담을 했다고 김민정 홍보수석이 전했다`: who reports the meeting, not who attended it
        people.append(Person(name, name_chunks[0].start, name_chunks[-1].start + len(name_chunks[-1].text), name_en,
                             role_text, org, country, False, off.id if off else None, s.idx))
        # (`조현동 주미대사, 홍지표 북미국장과 함께`: a comma lists the next one with this one too)
        joined = c.particle in ("과", "와", "및") or c.particle.startswith(("과 ", "와 ")) \
            or view.text.startswith(",", c.start + len(c.text))
    return _bracketed_head(view, s, _dotted_pairs(view, s, chunks, people))


# `국방부(장관 안규백)는`: a ministry's release names the ministry's head in brackets, the title first.
_BRACKETED_HEAD = re.compile(r"\(([가-힣]{1,8})\s+([가-힣]{2,4})\)(?=[은는이가과와]\s)")


def _bracketed_head(view: View, s: Sent, people: list[Person]) -> list[Person]:
    """`국방부(장관 안규백)는 … 위원회를 개최하고` … `안 장관은 모두발언에서`: the head named in the brackets after
    the ministry that is the subject is its representative there when the release goes on to name them by family
    name and title (without that, the ministry's meeting may be led by someone else: `(장관 X)는 … 국장급 협의를`)."""
    if "(" not in s.text:
        return people
    for m in _BRACKETED_HEAD.finditer(s.text):
        title, name = m.groups()
        org = next(iter(view.mentions_in(s.start + m.start() - 12, s.start + m.start(), "ORG")), None)
        if org is None or org.end != s.start + m.start() or not korean_shape(name) or title not in _role_suffixes() \
                or any(p.name == name for p in people) \
                or not built(rf"(?<![가-힣]){name[0]}\s+{title}(?=[은는이가과와의도]?\s)").search(view.text):
            continue
        start, off = s.start + m.start(2), get_gazetteer().official(name)
        people.append(Person(name, start, start + len(name), off.name_en if off else romanize_name(name), title,
                             view.text[org.start:org.end], org.country or view.home, False, off.id if off else None,
                             s.idx))
    people.sort(key=lambda p: p.start)
    return people


def _representative_of(view: View, chunks: list[_Chunk], r: int) -> bool:
    """`양국 간 과학기술협력 대표 협의체`, `경제안보 대표 대화 채널`: a bare `대표` before a common noun is `leading,
    typical` (of a body or channel), no one's title."""
    c = chunks[r]
    return c.text == "대표" and not c.particle and r + 1 < len(chunks) and chunks[r + 1].sep_before == " " \
        and _common_nouns(view, chunks[r + 1])


def _written_out(view: View, word: str, upto: int) -> str | None:
    """`오스틴` as the last word of a name written out earlier (`로이드 오스틴 국방장관`): that name; a Korean full
    name is itself."""
    m = built(rf"[가-힣]+\s{re.escape(word)}(?![가-힣])").search(view.text[:upto])
    return m.group() if m else word if korean_shape(word) else None


def _dotted_pairs(view: View, s: Sent, chunks: list[_Chunk], people: list[Person]) -> list[Person]:
    """`블링컨·오스틴 장관과 자이샨카르·싱 장관이 참석한 가운데`: two short names joined by a middle dot share the
    title after them; each is its own person (the full names, given before, come with `resolve_short_names`)."""
    # (a chunk's `·` separator is a middle dot in the sentence: with none, no pair, and no loop over its words)
    for r in range(2, len(chunks) if "·" in s.text or "・" in s.text else 0):
        c, b, a = chunks[r], chunks[r - 1], chunks[r - 2]
        if b.sep_before != "·" or c.sep_before != " " or c.text not in _role_suffixes() or a.sep_before == "·":
            continue
        if r > 2 and not (chunks[r - 3].particle or chunks[r - 3].sep_before == ","):
            continue  # (`한미 외교·국방 장관`: the words before belong to the title)
        if not all(_name_like(x) and not x.paren and _is_country_or_org(view, x) is None
                   and not _common_nouns(view, x) for x in (a, b)):
            continue
        fulls = [_written_out(view, x.text, s.start) for x in (a, b)]
        if None in fulls:
            continue
        people = [p for p in people if not a.start <= p.start < c.start]
        g = get_gazetteer()
        for x, full in zip((a, b), fulls, strict=True):
            off = g.official(x.text) or g.official(full or "")
            people.append(Person(x.text, x.start, x.start + len(x.text), off.name_en if off else None, c.text, None,
                                 off.side_on(view.published) if off else None, False, off.id if off else None, s.idx))
    people.sort(key=lambda p: p.start)
    return people
