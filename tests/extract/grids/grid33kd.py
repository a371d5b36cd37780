"""Round 33 (grid33kd): a Korean paraphrase grid for EVENT DATES (how the day of a meeting is told and resolved).

The fact: Foreign Minister Cho Tae-yul held his first talks with U.S. Secretary of State Antony Blinken at the State
Department in Washington on Wednesday 2024-02-28, from 16:10 local time (06:10 on Thursday 2024-02-29 in Seoul).
The same day he also met Senator Chris Van Hollen (상원 외교위 동아태소위원장) in Washington (외교부, 2024-02-29).
Past and planned events told in passing are real too: Cho's introductory call with Blinken the day after he took
office in January 2024, the U.S.-Japan-ROK foreign ministers' meeting at the G20 in Rio de Janeiro (21-22 February),
the Camp David summit of August 2023, and Blinken's visit to Seoul for the Summit for Democracy ministerial on
2024-03-18. Everything but the day stays easy (one plainly held meeting, Washington, two heads), so that a failing
column shows a gap in reading the day. Since the meeting itself is fixed, the grid cannot turn the year; the
month turns instead (a leap day lies between the meeting and the 1 March reports).

Dimensions, one at a time and then pairwise (random.Random(33)), skipping combinations that do not read:
- `published`: the report's date: the next day (Seoul, base), the same day (a Washington-dated report), two and three
  days later (the month has turned), the Monday after, a week later, three weeks later;
- `day`: how the day is written: 28일, 지난 28일, 28일(수), 2.28.(수), 2월 28일, 2024년 2월 28일, 지난달 28일,
  28일 오후, 28일 오후 4시10분, 이날, 오늘, 전날, 어제, 그제, 그저께, 지난주 수요일, ('24.2.28.), and four that give
  no day (이번 주, 지난주, 지난달 말, 최근: the date is null);
- `zone`: local-time notes: (현지시간), 현지시간 N일, `N일(현지시간) 오후, 한국시간 N+1일 오전`, the Korean day alone
  (`한국시간으로 29일 오전`), 미국 동부시간, `오후(한국시간 …)`, (이하 현지시간), hour and minute in both zones;
- `where`: where the day sits: the lead sentence; a later sentence only; the headline only; a headline in Korean time
  (29일) over a body in local time (the body wins); a release's `※ 일시·장소` note; a release's `*` footnote; a photo
  caption (with its `2024.02.29.` stamp) over an undated body; a bracket after the meeting's name; a sentence about
  the visit that anchors a later `이날`; a relative clause (`… 열린 회담에서`);
- `frame`: one meeting; a past call told in passing with its own `이튿날` (mentioned); the Rio trilateral (mentioned);
  the planned Seoul meeting (mentioned); a second meeting the same day (`같은 날`, `이날`: held, dated like the
  first); the Camp David summit by month (mentioned);
- `source`: the wire or release around it: (워싱턴=연합뉴스), [워싱턴=뉴시스], 【서울=뉴시스】, 【서울=뉴시스】 with
  `1일 외교부에 따르면` (an attribution day that is not the meeting's), a 외교부 release, a release with its dated
  header, no dateline, a broadcast script (합니다 style).

A form that cannot stand with a base value takes its natural one instead (listed in `Day`/`Where`: e.g. `이날` and
`오늘` are reports of the same day, `그제` of 1 March, `어제`/`오늘` are broadcast words, `2.28.(수)` and the notes are
release forms); such a cell is counted under the base value of that dimension, and its text shows what it is.

Expectations follow records.md rules 4, 6-9: the date is the day the meeting happened, relative expressions resolved
against `published`, null when the text gives no day. The contract is silent on time zones: the day is the day it
happened where it happened (local time, Washington), so `한국시간 29일 오전` still gives 2024-02-28, and a headline's
Korean-time day yields to the body's local day. A `같은 날`/`이날` second meeting takes the first one's day (null
when that has none). Mentioned events are neither required nor penalised, so they only fail a cell when reported as
held. Cho, Blinken and Van Hollen are each their side's only named person, so heads. All expected values were
written before the extractor ran on any cell; `grid33kd_before.txt` is the first run (172/220), and no expectation
was changed after it. Least settled under the contract: the Korean-time-only cells (`한국시간으로 29일 오전`: 2024-02-28
by the local-day reading above) and the second meeting's city (stated as 워싱턴DC in its own sentence).

    python -m tests.extract.grids.grid33kd        # pass count, failing fields, per-dimension table, failing cells
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from tests.extract.grids.common import Cell, Expected, Grid, Person

EVENT = date(2024, 2, 28)  # Wednesday, Washington; 2024-02-29 06:10 in Seoul
DAY = EVENT.isoformat()
PUBLISHED = "2024-02-29"
CITY = "Washington"
PARTIES = frozenset({"KOR", "USA"})
WEEKDAY = "월화수목금토일"
assert WEEKDAY[EVENT.weekday()] == "수"

# ---- people (in office on 2024-02-28; each their side's only named person, so heads) ------------------------------
CHO = Person(("조태열", "Cho Tae-yul"), "KOR")
BLINKEN = Person(("토니 블링컨", "안토니 블링컨", "블링컨", "Antony Blinken", "Tony Blinken"), "USA")
VAN_HOLLEN = Person(("크리스 밴 홀런", "밴 홀런", "Chris Van Hollen"), "USA")


def _wd(iso: str) -> str:
    return WEEKDAY[date.fromisoformat(iso).weekday()]


# ---- published: the report's date -------------------------------------------------------------------------------
PUBS: list[tuple[str, str]] = [
    ("base: next day 2/29 (Thu, Seoul)", PUBLISHED),
    ("same day 2/28 (Washington-dated)", "2024-02-28"),
    ("two days later 3/1 (Fri, month turned)", "2024-03-01"),
    ("three days later 3/2 (Sat)", "2024-03-02"),
    ("the Monday after 3/4", "2024-03-04"),
    ("a week later 3/6 (Wed)", "2024-03-06"),
    ("three weeks later 3/20", "2024-03-20"),
]
ALL_PUBS = tuple(p for _, p in PUBS)


def _pubs(lo: str, hi: str) -> tuple[str, ...]:
    return tuple(p for p in ALL_PUBS if lo <= p <= hi)


MARCH = _pubs("2024-03-01", "2024-03-31")
WIRE, RELEASE, SPOKEN = "wire", "release", "spoken"


# ---- day: how the day is written --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Day:
    text: str
    gives: bool = True  # the text gives the day (else the expected date is null)
    pubs: tuple[str, ...] = ALL_PUBS  # publication dates it reads right on (the first is its natural one)
    fits: tuple[str, ...] = (WIRE, SPOKEN)  # registers it is written in (the first is its natural one)
    kst: str | None = None  # the same form for the Korean day (the 29th), for the zone notes
    local: str | None = None  # its `(현지시간)` form when that is not `{text}(현지시간)`
    paren: bool = False  # takes a `(현지시간)` suffix
    prefix: bool = False  # takes `현지시간 ` / `미국 동부시간 ` before it
    timed: bool = False  # already holds a time of day
    headline: bool = False  # reads in a headline
    note: bool = False  # reads in a `※`/`*` note or a bracket
    lead: bool = True  # reads in running text (False: a bracket form)


NEAR = _pubs("2024-02-28", "2024-03-04")  # a bare `28일` is still plainly the last 28th
DAYS: list[tuple[str, Day]] = [
    ("base: 28일", Day("28일", pubs=NEAR, fits=(WIRE, SPOKEN, RELEASE), kst="29일", paren=True, prefix=True,
                      headline=True, note=True)),
    ("지난 28일", Day("지난 28일", pubs=_pubs("2024-02-29", "2024-03-06"), kst="29일", paren=True)),
    ("28일(수)", Day("28일(수)", pubs=_pubs("2024-02-28", "2024-03-06"), fits=(WIRE, RELEASE), kst="29일(목)",
                    local="28일(수, 현지시간)", note=True)),
    ("2.28.(수)", Day("2.28.(수)", fits=(RELEASE,), kst="2.29.(목)", local="2.28.(수, 현지시간)", note=True)),
    ("2월 28일", Day("2월 28일", fits=(WIRE, SPOKEN, RELEASE), kst="2월 29일", paren=True, prefix=True,
                   headline=True, note=True)),
    ("2024년 2월 28일", Day("2024년 2월 28일", fits=(WIRE, SPOKEN, RELEASE), kst="2024년 2월 29일", paren=True,
                        note=True)),
    ("지난달 28일", Day("지난달 28일", pubs=MARCH, kst="지난달 29일", paren=True)),
    ("28일 오후", Day("28일 오후", pubs=NEAR, fits=(WIRE, SPOKEN, RELEASE), paren=True, prefix=True, timed=True,
                    note=True)),
    ("28일 오후 4시10분", Day("28일 오후 4시10분", pubs=NEAR, fits=(WIRE, RELEASE), paren=True, prefix=True,
                          timed=True, note=True)),
    ("이날", Day("이날", pubs=("2024-02-28",), fits=(WIRE,), paren=True)),
    ("오늘", Day("오늘", pubs=("2024-02-28",), fits=(SPOKEN,), paren=True)),
    ("전날", Day("전날", pubs=(PUBLISHED,), fits=(WIRE,), paren=True)),
    ("어제", Day("어제", pubs=(PUBLISHED,), fits=(SPOKEN,), paren=True)),
    ("그제", Day("그제", pubs=("2024-03-01",), fits=(SPOKEN,))),
    ("그저께", Day("그저께", pubs=("2024-03-01",), fits=(SPOKEN,))),
    ("지난주 수요일", Day("지난주 수요일", pubs=_pubs("2024-03-04", "2024-03-10"), paren=True)),
    ("('24.2.28.) bracket", Day("'24.2.28.", fits=(RELEASE,), note=True, lead=False)),
    ("이번 주 (no day)", Day("이번 주", gives=False, pubs=_pubs("2024-02-28", "2024-03-03"), headline=True)),
    ("지난주 (no day)", Day("지난주", gives=False, pubs=_pubs("2024-03-04", "2024-03-10"))),
    ("지난달 말 (no day)", Day("지난달 말", gives=False, pubs=MARCH, fits=(WIRE,))),
    ("최근 (no day)", Day("최근", gives=False, fits=(WIRE,))),
]


# ---- zone: local-time notes (over {D} the day, {K} its Korean-time form, {L} its local-time form) ---------------
@dataclass(frozen=True)
class Zone:
    template: str
    needs: str = ""  # "local": a (현지시간) form; "prefix"; "numeric": a dated N일 form; "kst"; "paren+kst"
    untimed: bool = False  # adds its own time of day (not after `28일 오후`)


ZONES: list[tuple[str, Zone]] = [
    ("none", Zone("{D}")),
    ("D(현지시간)", Zone("{L}", "local")),
    ("현지시간 D", Zone("현지시간 {D}", "prefix")),
    ("D(현지시간) 오후, 한국시간 K 오전", Zone("{D}(현지시간) 오후, 한국시간 {K} 오전", "paren+kst", True)),
    ("한국시간으로 K 오전 (Korean day only)", Zone("한국시간으로 {K} 오전", "kst", True)),
    ("미국 동부시간 D 오후", Zone("미국 동부시간 {D} 오후", "prefix", True)),
    ("D 오후(한국시간 K 오전)", Zone("{D} 오후(한국시간 {K} 오전)", "kst", True)),
    ("D(이하 현지시간)", Zone("{D}(이하 현지시간)", "numeric")),
    ("D 오후 4시10분(한국시간 K 오전 6시10분)", Zone("{D} 오후 4시10분(한국시간 {K} 오전 6시10분)", "kst", True)),
]


def _zone_fits(zone: Zone, day: Day) -> bool:
    if zone.untimed and day.timed:
        return False
    numeric = day.paren and (day.prefix or day.kst is not None)  # `28일 …`, not `이날`/`전날`
    return {"": True, "local": day.paren or day.local is not None, "prefix": day.prefix, "numeric": numeric,
            "kst": day.kst is not None, "paren+kst": day.paren and day.kst is not None}[zone.needs]


def _zoned(zone: Zone, day: Day) -> str:
    return zone.template.format(D=day.text, K=day.kst, L=day.local or f"{day.text}(현지시간)")


# ---- where: where the day sits (over {D} the zoned day, {B} Blinken, {V} the meeting verb) ----------------------
LEAD = "조태열 외교부 장관은 {D} 미국 워싱턴DC 국무부에서 {B}과 한미 외교장관회담을 {V}."
UNDATED = "조태열 외교부 장관은 미국 워싱턴DC 국무부에서 {B}과 한미 외교장관회담을 {V}."
TALKS = "두 장관은 북한의 잇단 도발과 북러 군사협력에 대한 대응 방안을 논의했다."


@dataclass(frozen=True)
class Where:
    title: str = ""  # a headline line over the body
    caption: str = ""  # a photo caption over the body (before the dateline), over {STAMP}
    body: str = ""  # the lead paragraph (after the dateline)
    note: str = ""  # a note line after the paragraph
    needs: str = "lead"  # which day forms read here: "lead" | "gives" | "headline" | "note" | "any"
    registers: tuple[str, ...] = (WIRE, RELEASE, SPOKEN)
    title_zone: bool = False  # the day is in the headline (no zone note there)
    seoul_title: bool = False  # the headline gives the Korean day (29일): a next-day Seoul report only
    caption_stamp: bool = False  # the caption's date stamp is the publication date (not the same-day report)
    anchors: bool = True  # a later `이날` reads back to the meeting's day


WHERES: list[tuple[str, Where]] = [
    ("base: lead sentence", Where(body=f"{LEAD} {TALKS}")),
    ("a later sentence only", Where(body=f"{UNDATED} {TALKS} 회담은 {{D}} 약 1시간 동안 진행됐다.", needs="gives")),
    ("headline only", Where(title="한미 외교장관, {D} 워싱턴서 첫 회담…北 도발 공조 논의",
                            body=f"{UNDATED} {TALKS}", needs="headline", registers=(WIRE,), title_zone=True,
                            anchors=False)),
    ("headline 29일 (Korean time) over body", Where(title="조태열·블링컨, 29일 워싱턴서 첫 외교장관회담…北 도발 공조",
                                                  body=f"{LEAD} {TALKS}", needs="gives", registers=(WIRE, SPOKEN),
                                                  seoul_title=True)),
    ("※ 일시·장소 note", Where(body=f"{UNDATED} {TALKS}", note="※ 일시·장소: {D}, 미 국무부", needs="note",
                              registers=(RELEASE,), anchors=False)),
    ("* footnote", Where(body=UNDATED.replace("외교장관회담을", "외교장관회담*을") + f" {TALKS}",
                         note="* 조 장관 취임 후 첫 대면 한미 외교장관회담으로, {D} 개최", needs="note",
                         registers=(RELEASE,), anchors=False)),
    ("photo caption over undated body",
     Where(caption="조태열 외교부 장관과 토니 블링컨 미국 국무장관이 {D} 미국 워싱턴DC 국무부에서 회담하고 있다. "
                   "(사진=외교부 제공) {STAMP}", body=f"{UNDATED} {TALKS}", needs="gives", registers=(WIRE,),
           caption_stamp=True, anchors=False)),
    ("bracket after the meeting's name",
     Where(body=UNDATED.replace("외교장관회담을", "외교장관회담({D})을") + f" {TALKS}", needs="note",
           registers=(WIRE, RELEASE))),
    ("visit sentence, then 이날", Where(body="취임 후 처음으로 미국을 방문 중인 조태열 외교부 장관은 {D} 미국 워싱턴DC "
                                            "국무부를 찾았다. 조 장관은 이날 {B}과 한미 외교장관회담을 {V}. " + TALKS,
                                      needs="gives")),
    ("relative clause: D … 열린 회담에서", Where(body="{D} 미국 워싱턴DC 국무부에서 열린 한미 외교장관회담에서 조태열 "
                                                   "외교부 장관과 {B}은 북한의 잇단 도발과 북러 군사협력에 대한 대응 "
                                                   "방안을 논의했다.", needs="any")),
]
_NOTE_WHERE = 7  # a bracket form's natural place


def _where_fits(where: Where, day: Day) -> bool:
    return {"lead": day.lead, "gives": day.gives and day.lead, "headline": day.headline, "note": day.note,
            "any": day.lead}[where.needs]


# ---- frame: what else the report tells (over the publication date) ----------------------------------------------
@dataclass(frozen=True)
class Frame:
    text: Callable[[date], str]
    second: bool = False  # a second held meeting on the main meeting's day
    anchored: bool = False  # an `이날` that needs the main meeting's day stated just before
    until: str = "2024-12-31"  # latest publication date it reads on


def _g20(p: date) -> str:
    return "지난 21∼22일" if p.month == 2 else "지난달 21∼22일"


def _next(p: date) -> str:
    return "다음 달 18일" if p.month == 2 else "오는 18일"


FRAMES: list[tuple[str, Frame]] = [
    ("one meeting", Frame(lambda p: "")),
    ("past call, 취임 이튿날 (mentioned)",
     Frame(lambda p: "조 장관은 1월 취임 이튿날 블링컨 장관과 전화 통화로 첫인사를 나눈 바 있다.")),
    ("past Rio trilateral (mentioned)",
     Frame(lambda p: f"두 장관은 {_g20(p)} 브라질 리우데자네이루에서 열린 주요 20개국(G20) 외교장관회의 계기에 "
                     "가미카와 요코 일본 외무상과 함께 한미일 외교장관회의를 가진 바 있다.")),
    ("planned Seoul meeting (mentioned)",
     Frame(lambda p: f"블링컨 장관은 {_next(p)} 서울에서 열리는 제3차 민주주의 정상회의 장관급 회의 참석차 방한해 "
                     "조 장관과 다시 회담할 예정이다.", until="2024-03-17")),
    ("second meeting 같은 날 (held)",
     Frame(lambda p: "조 장관은 같은 날 워싱턴DC에서 크리스 밴 홀런 미 상원 외교위원회 동아태소위원장을 면담했다.",
           second=True)),
    ("second meeting 이날 (held)",
     Frame(lambda p: "조 장관은 이날 워싱턴DC에서 크리스 밴 홀런 미 상원 외교위원회 동아태소위원장도 만나 "
                     "한미동맹에 대한 초당적 지지를 당부했다.", second=True, anchored=True)),
    ("Camp David summit by month (mentioned)",
     Frame(lambda p: "두 장관은 지난해 8월 캠프 데이비드 한미일 정상회의에서 합의한 사항의 이행 상황도 점검했다.")),
]


# ---- source: the wire or release around it (over {d} the publication day, {p} its dotted date) -----------------
@dataclass(frozen=True)
class Source:
    head: str  # before the lead paragraph (a dateline, a release's title lines)
    register: str
    pubs: tuple[str, ...] = ALL_PUBS
    attribution: bool = False  # `N일 외교부에 따르면`: a day that is not the meeting's


_RELEASE_TITLE = "조태열 외교부 장관, 한미 외교장관회담 개최\n"
_RELEASE_PUBS = ("2024-02-29", "2024-03-01")  # the ministry writes the next morning (Seoul)
SOURCES: list[tuple[str, Source]] = [
    ("base: (워싱턴=연합뉴스)", Source("(워싱턴=연합뉴스) 강병철 특파원 = ", WIRE)),
    ("[워싱턴=뉴시스]", Source("[워싱턴=뉴시스] 이윤희 특파원 = ", WIRE)),
    ("【서울=뉴시스】", Source("【서울=뉴시스】 변해정 기자 = ", WIRE, pubs=_pubs("2024-02-29", "2024-12-31"))),
    ("【서울=뉴시스】 N일 외교부에 따르면", Source("【서울=뉴시스】 변해정 기자 = {d}일 외교부에 따르면 ", WIRE,
                                          pubs=_pubs("2024-02-29", "2024-12-31"), attribution=True)),
    ("외교부 release", Source(_RELEASE_TITLE, RELEASE, pubs=_RELEASE_PUBS)),
    ("release with dated header", Source("외교부 보도자료 | 배포 일시: {p}\n" + _RELEASE_TITLE, RELEASE,
                                         pubs=_RELEASE_PUBS)),
    ("no dateline", Source("", WIRE)),
    ("broadcast script (합니다)", Source("", SPOKEN)),
]
_RELEASE_SOURCE, _SPOKEN_SOURCE = 4, 7

DIMENSIONS = ("published", "day", "zone", "where", "frame", "source")
VALUES: dict[str, list] = {"published": PUBS, "day": DAYS, "zone": ZONES, "where": WHERES, "frame": FRAMES,
                           "source": SOURCES}


def _effective(choice: dict[str, int]) -> dict[str, int]:
    """The values a cell is written with: a base value a form cannot stand with gives way to the form's natural one
    (its first publication date, its first register, the bracket's place, a release for the notes)."""
    eff = dict(choice)
    day = DAYS[eff["day"]][1]
    if eff["where"] == 0 and not day.lead:
        eff["where"] = _NOTE_WHERE
    where = WHERES[eff["where"]][1]
    if eff["source"] == 0 and not (WIRE in day.fits and WIRE in where.registers):
        reg = next((r for r in day.fits if r in where.registers), day.fits[0])
        eff["source"] = _RELEASE_SOURCE if reg == RELEASE else _SPOKEN_SOURCE
    source = SOURCES[eff["source"]][1]
    if eff["published"] == 0 and not (PUBLISHED in day.pubs and PUBLISHED in source.pubs):
        eff["published"] = ALL_PUBS.index(next((p for p in day.pubs if p in source.pubs), day.pubs[0]))
    return eff


def _compatible(choice: dict[str, int]) -> bool:
    eff = _effective(choice)
    pub = PUBS[eff["published"]][1]
    day, zone, where = DAYS[eff["day"]][1], ZONES[eff["zone"]][1], WHERES[eff["where"]][1]
    frame, source = FRAMES[eff["frame"]][1], SOURCES[eff["source"]][1]
    if pub not in day.pubs or pub not in source.pubs or pub > frame.until:
        return False
    if source.register not in day.fits or source.register not in where.registers:
        return False
    if not _zone_fits(zone, day) or not _where_fits(where, day):
        return False
    if where.title_zone and eff["zone"] != 0:
        return False  # a headline carries no zone note
    if where.seoul_title and pub != PUBLISHED:
        return False  # a Korean-time headline day is the next-morning Seoul report's
    if where.caption_stamp and pub == "2024-02-28":
        return False  # the caption's stamp is the Seoul date
    if frame.anchored and (not day.gives or source.attribution or not where.anchors):
        return False  # `이날` reads back to a day stated in the body, not to an attribution day, a note or a headline
    return True


def _register(text: str, register: str) -> str:
    """Sentence endings in the source's register: 하였다/되었다 for a release, 습니다 for a broadcast."""
    if register == RELEASE:
        return text.replace("했다.", "하였다.").replace("됐다.", "되었다.")
    if register == SPOKEN:
        text = re.sub(r"([가-힣])다\.", lambda m: m.group(1) + "습니다." if (ord(m.group(1)) - 0xAC00) % 28 == 20
                      else m.group(0), text)
        return text.replace("이다.", "입니다.")
    return text


def build(choice: dict[str, int]) -> Cell:
    eff = _effective(choice)
    pub = PUBS[eff["published"]][1]
    p = date.fromisoformat(pub)
    day, zone, where = DAYS[eff["day"]][1], ZONES[eff["zone"]][1], WHERES[eff["where"]][1]
    frame, source = FRAMES[eff["frame"]][1], SOURCES[eff["source"]][1]
    zoned = _zoned(zone, day)
    release = source.register == RELEASE
    blinken = "안토니 블링컨(Antony Blinken) 미국 국무장관" if release else "토니 블링컨 미국 국무장관"
    verb = "개최했다" if release else "가졌다"
    slots = {"D": zoned, "B": blinken, "V": verb, "STAMP": p.strftime("%Y.%m.%d.")}
    head = source.head.format(d=p.day, p=f"{p.year}. {p.month}. {p.day}.({_wd(pub)})")
    body = where.body.format(**slots)
    parts = []
    if where.title:
        parts.append(where.title.format(**slots) + "\n")
    if where.caption:
        parts.append(where.caption.format(**slots) + "\n")
    paragraph = head + body
    if where.note:
        paragraph += "\n" + where.note.format(**slots)
    parts.append(paragraph)
    extra = frame.text(p)
    text = "".join(parts) + (("\n" if where.note else " ") + extra if extra else "")
    text = _register(text, source.register)
    when = DAY if day.gives else None
    expected = [Expected("dialogue", when, CITY, PARTIES, (CHO, BLINKEN))]
    if frame.second:
        expected.append(Expected("dialogue", when, CITY, PARTIES, (CHO, VAN_HOLLEN)))
    return Cell(dict(choice), text, expected, VALUES, published=pub)


GRID = Grid("grid33kd", "ko", PUBLISHED, VALUES, build, _compatible, seed=33, pairwise=165)
cells, run, dimension_passes, main = GRID.cells, GRID.run, GRID.dimension_passes, GRID.main


if __name__ == "__main__":
    main()
