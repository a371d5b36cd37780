"""Round 32 (grid32kev): a Korean paraphrase grid for multi-event reports (how a sequence of meetings is told).

The story: at the G20 foreign ministers' meeting in Rio de Janeiro, Foreign Minister Cho Tae-yul held talks with
Japanese Foreign Minister Yoko Kamikawa on 2024-02-21 (local time) and met Canadian Foreign Minister Melanie Joly
the same day; the U.S.-Japan-ROK foreign ministers' meeting followed on 2024-02-22, and his first talks with Antony
Blinken in Washington on 2024-02-28. The report is dated 2024-02-23 (KST). The first meeting (Cho-Kamikawa,
`21일(현지시간)`, Rio) is fixed and plain; the grid varies how the LATER meeting (Cho-Joly in the base) is told, so
a failing column shows a gap in reading the second or third meeting of a report. Variants move that meeting to
another day, place or form (a call, a lunch, a signing, the trilateral); the people, cities and dates stay real
and consistent with each other.

Dimensions, one at a time and then pairwise (random.Random(32)), skipping combinations that do not read:
- `connector`: how the later meeting follows (이어, sentence-initial 이어, 이후, 이에 앞서, -한 데 이어, -한 뒤,
  한편, 방문 마지막 일정으로, 잇달아 (one clause, two meetings), a ▲ list, `□` paragraphs);
- `day`: how its day is told (unsaid: the first meeting's day; 같은 날; 이날 오후; 다음 날; 이튿날;
  22일(현지시간); 현지시간 22일 오전; 22일(목); 하루 뒤인 22일), resolved against the first meeting's day
  (2024-02-21) and the report's date (2024-02-23);
- `place`: where it is (unsaid: Rio, as the first; restated; 같은 장소에서; 시내 한 호텔에서; 캐나다 오타와로
  이동해; 미국 뉴욕 유엔본부에서), the last two only on a later day;
- `kind`: its predicate (회담했다, 외교장관회담을 가졌다, 면담했다, 만나 논의했다, 회동했다, 오찬, 만찬을 겸한 회담,
  약식회담, 전화 통화 and 화상회담 (no place), an MOU signing (agreement), the U.S.-Japan-ROK trilateral);
- `frame`: the report around it (plain; a trip opener naming the G20 meeting (a host gathering: mentioned); a
  third meeting after it (Cho-Retno Marsudi, on the later meeting's day and in its city); a planned meeting
  (Washington, 28일: mentioned); a past call (2024-01-23: mentioned); a headline line; a pool dateline).

Expectations follow records.md rules 1, 4, 6-9: one event per meeting; the later meeting's day is the first
meeting's day unless the text moves it; an unsaid place is the city the report is in (Rio), calls and video
meetings are unplaced; mentioned events are neither required nor penalised; every principal is their side's only
named person, so a head. All expected values were written before the extractor ran on any cell;
`grid32kev_before.txt` is the first run (127/199), and no expectation was changed after it.

    python -m tests.extract.grids.grid32kev        # pass count, failing fields, per-dimension table, failing cells
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tests.extract.grids.common import Cell, Expected, Grid, Person

PUBLISHED = "2024-02-23"  # a Friday (KST); the meetings are told in local (Rio) time
DAY1 = "2024-02-21"  # the first meeting (Wednesday)
DAY2 = "2024-02-22"  # the next day (Thursday)
RIO = "Rio de Janeiro"

# ---- people (real office holders in February 2024); roles unchecked: the grid is about events -----------------
CHO = Person(("조태열", "Cho Tae-yul"), "KOR")
KAMIKAWA = Person(("가미카와 요코", "가미카와", "Yoko Kamikawa", "Kamikawa Yoko"), "JPN")
JOLY = Person(("멜라니 졸리", "졸리", "Mélanie Joly", "Melanie Joly"), "CAN")
BLINKEN = Person(("토니 블링컨", "블링컨", "Antony Blinken", "Tony Blinken"), "USA")
RETNO = Person(("레트노 마르수디", "Retno Marsudi", "레트노", "마르수디"), "IDN")

JOLY_TEXT = "멜라니 졸리 캐나다 외교장관"
TRI_TEXT = "토니 블링컨 미국 국무장관, 가미카와 외무상"

# ---- the first meeting (fixed) ----------------------------------------------------------------------------------
SUBJ = "조태열 외교부 장관은"
PLACE1 = "브라질 리우데자네이루에서"
MEET1 = "가미카와 요코 일본 외무상과 한일 외교장관회담을"
DETAIL1 = "양 장관은 북한의 잇단 도발에 맞선 공조를 재확인하고 북일 관계 동향을 두고도 긴밀히 소통해 나가기로 했다."
FIRST = Expected("dialogue", DAY1, RIO, frozenset({"KOR", "JPN"}), (CHO, KAMIKAWA))


# ---- connector: how the later meeting follows ({S} the first meeting's subject and place, {P2} the later one) -----
@dataclass(frozen=True)
class Connector:
    template: str
    same_day: bool = False  # only on the first meeting's day (earlier, or one clause for both)
    plain: bool = False  # only the base kind, day and place (one clause naming both partners)
    listed: bool = False  # a ▲ list: the kind's noun form, unsaid day and place
    in_visit: bool = False  # `방문 마지막 일정`: the later meeting is still in Brazil


CONNECTORS: list[tuple[str, Connector]] = [
    ("조 장관은 이어", Connector("{S} 21일(현지시간) {PL} {M1} 가졌다. {D1} 조 장관은 이어 {P2}.")),
    ("이어 조 장관은 (sentence-initial)", Connector("{S} 21일(현지시간) {PL} {M1} 가졌다. {D1} 이어 조 장관은 {P2}.")),
    ("이후", Connector("{S} 21일(현지시간) {PL} {M1} 가졌다. {D1} 조 장관은 이후 {P2}.")),
    ("이에 앞서 (earlier)", Connector("{S} 21일(현지시간) {PL} {M1} 가졌다. {D1} 이에 앞서 조 장관은 {P2}.",
                                    same_day=True)),
    ("-한 데 이어 (one sentence)", Connector("{S} 21일(현지시간) {PL} {M1} 가진 데 이어 {P2}.")),
    ("-한 뒤 (one sentence)", Connector("{S} 21일(현지시간) {PL} {M1} 가진 뒤 {P2}.")),
    ("한편", Connector("{S} 21일(현지시간) {PL} {M1} 가졌다. {D1} 한편 조 장관은 {P2}.")),
    ("방문 마지막 일정으로", Connector("{S} 21일(현지시간) {PL} {M1} 가졌다. {D1} 조 장관은 방문 마지막 일정으로 {P2}.",
                                    in_visit=True)),
    ("잇달아 (one clause)", Connector("{S} 21일(현지시간) {PL} 가미카와 요코 일본 외무상, {B}<과> 잇달아 회담했다.",
                                     same_day=True, plain=True)),
    ("▲ list", Connector("{S} 21일(현지시간) {PL} ▲가미카와 요코 일본 외무상과 한일 외교장관회담을, ▲{B}<과> {N}<을> "
                         "가졌다.", same_day=True, listed=True)),
    ("□ paragraphs", Connector("□ {S} 21일(현지시간) {PL} {M1} 가졌다. {D1}\n\n□ 조 장관은 {P2}.")),
]


# ---- day: how the later meeting's day is told ---------------------------------------------------------------------
@dataclass(frozen=True)
class Day:
    text: str
    date: str
    same: bool  # the first meeting's day


DAYS: list[tuple[str, Day]] = [
    ("(unsaid: same day)", Day("", DAY1, True)),
    ("같은 날", Day("같은 날", DAY1, True)),
    ("이날 오후", Day("이날 오후", DAY1, True)),  # `이날` after `21일(현지시간)` is that day, not the report's
    ("다음 날", Day("다음 날", DAY2, False)),
    ("이튿날", Day("이튿날", DAY2, False)),
    ("22일(현지시간)", Day("22일(현지시간)", DAY2, False)),
    ("현지시간 22일 오전", Day("현지시간 22일 오전", DAY2, False)),
    ("22일(목)", Day("22일(목)", DAY2, False)),
    ("하루 뒤인 22일", Day("하루 뒤인 22일", DAY2, False)),
]


# ---- place: where the later meeting is -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    text: str
    city: str
    away: bool = False  # another country: only on a later day, not in a Brazil-only frame


PLACES: list[tuple[str, Place]] = [
    ("(unsaid: same city)", Place("", RIO)),
    ("리우데자네이루에서 (restated)", Place("리우데자네이루에서", RIO)),
    ("같은 장소에서", Place("같은 장소에서", RIO)),
    ("시내 한 호텔에서", Place("시내 한 호텔에서", RIO)),
    ("캐나다 오타와로 이동해", Place("캐나다 오타와로 이동해", "Ottawa", away=True)),
    ("미국 뉴욕 유엔본부에서", Place("미국 뉴욕 유엔본부에서", "New York", away=True)),
]


# ---- kind: the later event's predicate (over {B} the partner) -----------------------------------------------------
@dataclass(frozen=True)
class Kind:
    pred: str
    type: str = "dialogue"
    noun: str | None = None  # the form in a ▲ list (None: does not list)
    placed: bool = True  # False: a call or video meeting (no place, city null)
    partner: str = JOLY_TEXT
    people: tuple[Person, ...] = (CHO, JOLY)
    parties: frozenset[str] = frozenset({"KOR", "CAN"})
    trilateral: bool = False


KINDS: list[tuple[str, Kind]] = [
    ("회담했다", Kind("{B}<과> 회담했다", noun="한-캐나다 외교장관회담")),
    ("외교장관회담을 가졌다", Kind("{B}<과> 한-캐나다 외교장관회담을 가졌다", noun="한-캐나다 외교장관회담")),
    ("면담했다", Kind("{B}<과> 면담했다", noun="면담")),
    ("만나 …을 논의했다", Kind("{B}<과> 만나 핵심광물 공급망과 인도태평양 지역 협력 방안을 논의했다")),
    ("회동했다", Kind("{B}<과> 회동했다", noun="회동")),
    ("오찬을 함께하며", Kind("{B}<과> 오찬을 함께하며 양국 관계 발전 방안을 논의했다", noun="오찬 회담")),
    ("만찬을 겸한 회담", Kind("{B}<과> 만찬을 겸한 회담을 가졌다", noun="만찬 회담")),
    ("약식회담을 했다", Kind("{B}<과> 약식회담을 했다", noun="약식회담")),
    ("전화 통화 (no place)", Kind("{B}<과> 전화 통화를 갖고 양국 간 고위급 교류 방안을 논의했다", placed=False)),
    ("화상회담 (no place)", Kind("{B}<과> 화상회담을 가졌다", placed=False)),
    ("MOU 서명 (agreement)", Kind("{B}<과> 양국 외교부 간 정책협의 강화를 위한 양해각서(MOU)에 서명했다",
                                 type="agreement")),
    ("한미일 외교장관회의 (trilateral)",
     Kind("{B}<과> 한미일 외교장관회의를 가졌다", noun="한미일 외교장관회의", partner=TRI_TEXT,
          people=(CHO, BLINKEN, KAMIKAWA), parties=frozenset({"KOR", "USA", "JPN"}), trilateral=True)),
]


# ---- frame: the report around the meetings ------------------------------------------------------------------------
@dataclass(frozen=True)
class Frame:
    prefix: str = ""
    subject: str = SUBJ  # the first meeting's subject
    place1: str = PLACE1  # the first meeting's place
    suffix: str = ""  # sentences after the meetings
    third: bool = False  # the suffix is a third held meeting, on the later meeting's day and in its city
    brazil_only: bool = False  # says the trip goes on from Brazil to Washington, or keeps the third in its city


FRAMES: list[tuple[str, Frame]] = [
    ("plain (two meetings)", Frame()),
    ("trip opener: G20 참석차 방문 중인",
     Frame(subject="주요 20개국(G20) 외교장관회의 참석차 브라질을 방문 중인 조태열 외교부 장관은",
           place1="리우데자네이루에서")),
    ("three meetings (또 …과 회담)",
     Frame(suffix=" 조 장관은 또 레트노 마르수디 인도네시아 외교장관과 회담했다.", third=True, brazil_only=True)),
    ("planned meeting (할 예정이다)",
     Frame(suffix=" 조 장관은 브라질 일정을 마친 뒤 미국 워싱턴DC로 이동해 28일(현지시간) 토니 블링컨 국무장관과 "
                  "한미 외교장관회담을 할 예정이다.", brazil_only=True)),
    ("past call (지난달 23일 통화한 바 있다)",
     Frame(suffix=" 조 장관과 가미카와 외무상은 지난달 23일 상견례를 겸한 첫 전화 통화를 한 바 있다.")),
    ("headline line", Frame(prefix="조태열 외교장관, 주요국 외교장관과 연쇄 회동\n\n")),
    ("pool dateline", Frame(prefix="[리우데자네이루=뉴시스] 공동취재단 = ")),
]

DIMENSIONS = ("connector", "day", "place", "kind", "frame")
VALUES: dict[str, list] = {"connector": CONNECTORS, "day": DAYS, "place": PLACES, "kind": KINDS, "frame": FRAMES}


def _compatible(choice: dict[str, int]) -> bool:
    conn = CONNECTORS[choice["connector"]][1]
    day = DAYS[choice["day"]][1]
    place = PLACES[choice["place"]][1]
    kind = KINDS[choice["kind"]][1]
    frame = FRAMES[choice["frame"]][1]
    if conn.same_day and not day.same:
        return False  # earlier than, or in one clause with, the first meeting
    if conn.plain and (choice["day"] or choice["place"] or choice["kind"]):
        return False
    if conn.listed and (kind.noun is None or choice["day"] or choice["place"]):
        return False
    if not kind.placed and choice["place"]:
        return False  # a call or video meeting has no place
    if place.away and (day.same or kind.trilateral or conn.in_visit or frame.brazil_only):
        return False  # another country: a later day, Joly only, not inside the Brazil visit
    if frame.third and not kind.placed:
        return False  # the third meeting's city would follow an unplaced one
    if conn.template.endswith("가진 뒤 {P2}.") and "뒤" in day.text:
        return False  # `가진 뒤 하루 뒤인` does not read
    return True


def _josa(text: str) -> str:
    """Resolves `<과>`-style markers to the particle the preceding syllable takes (받침 or not)."""
    pairs = {"과": ("과", "와"), "은": ("은", "는"), "이": ("이", "가"), "을": ("을", "를")}

    def pick(m: re.Match) -> str:
        code = ord(m.group(1)) - 0xAC00
        consonant, vowel = pairs[m.group(2)]
        return m.group(1) + (consonant if 0 <= code < 11172 and code % 28 else vowel)

    return re.sub(r"(\S)<(과|은|이|을)>", pick, text)


def build(choice: dict[str, int]) -> Cell:
    conn = CONNECTORS[choice["connector"]][1]
    day = DAYS[choice["day"]][1]
    place = PLACES[choice["place"]][1]
    kind = KINDS[choice["kind"]][1]
    frame = FRAMES[choice["frame"]][1]
    later = " ".join(x for x in (day.text, place.text, kind.pred) if x)
    text = conn.template.format(S=frame.subject, PL=frame.place1, M1=MEET1, D1=DETAIL1, P2=later, B=kind.partner,
                                N=kind.noun or "")
    text = _josa(frame.prefix + text.format(B=kind.partner) + frame.suffix)
    city = place.city if kind.placed else None
    second = Expected(kind.type, day.date, city, kind.parties, kind.people)
    expected = [FIRST, second]
    if frame.third:
        expected.append(Expected("dialogue", day.date, city, frozenset({"KOR", "IDN"}), (CHO, RETNO)))
    return Cell(dict(choice), text, expected, VALUES)


GRID = Grid("grid32kev", "ko", PUBLISHED, VALUES, build, _compatible, seed=32, pairwise=160)
cells, run, dimension_passes, main = GRID.cells, GRID.run, GRID.dimension_passes, GRID.main


if __name__ == "__main__":
    main()
