"""Round 31 (grid31ko): a Korean paraphrase grid for events and delegates.

One fact (a foreign ministers' meeting of 2024-03-18, reported on 2024-03-19) told with every common wording of one
part at a time: the predicate, the date, the place, the people and, for two-meeting reports, the connector between
them. The expected outputs were written before the extractor ran on any cell (annotation, by the record contract's
rules). Cells: a base, one factor at a time, then pairwise cells drawn with random.Random(31).

Run: `python -m tests.extract.grids.grid31ko` prints the pass rate per dimension value and the failing cells.
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta

PUBLISHED = "2024-03-19"


@dataclass(frozen=True)
class Person:
    text: str                  # as written in the sentence (no particle)
    names: tuple[str, ...]     # accepted spellings (scorer: name or name_en)
    country: str
    head: bool
    role: str                  # a word the role must contain


@dataclass(frozen=True)
class People:
    a: Person                  # the Korean side
    b: Person                  # the partner
    a_text: str                # how A is written when it differs from a.text (a delegation)
    pair: str                  # 한미 / 한일
    meeting: str               # 외교장관회담 / 정상회담 / …
    partner: str               # the partner's ISO3


@dataclass(frozen=True)
class Expected:
    type: str
    date: str | None
    city: str | None
    country: str | None
    participants: tuple[str, ...]
    delegates: tuple[Person, ...]
    check_city: bool = True


@dataclass
class Cell:
    name: str
    values: dict[str, str]     # dimension -> value label
    text: str
    expected: list[Expected] = field(default_factory=list)


def _p(text: str, names: tuple[str, ...], country: str, role: str, head: bool = True) -> Person:
    return Person(text, names, country, head, role)


CHO = _p("조태열 외교부 장관", ("조태열", "Cho Tae-yul"), "KOR", "장관")
BLINKEN = _p("블링컨 미국 국무장관", ("블링컨", "토니 블링컨", "Antony Blinken", "Blinken"), "USA", "장관")
BLINKEN_FULL = _p("토니 블링컨 미국 국무장관", BLINKEN.names, "USA", "장관")
KAMIKAWA = _p("가미카와 요코 일본 외무상", ("가미카와 요코", "가미카와", "Yoko Kamikawa", "Kamikawa Yoko"), "JPN",
              "외무상")
KIM = _p("김홍균 외교부 1차관", ("김홍균", "Kim Hong-kyun"), "KOR", "차관")
CAMPBELL = _p("커트 캠벨 미국 국무부 부장관", ("커트 캠벨", "캠벨", "Kurt Campbell"), "USA", "부장관")
YOON = _p("윤석열 대통령", ("윤석열", "Yoon Suk Yeol", "Yoon Suk-yeol"), "KOR", "대통령")
WANG = _p("왕이 중국 공산당 중앙정치국 위원 겸 외교부장", ("왕이", "Wang Yi"), "CHN", "외교부장")
BIDEN = _p("조 바이든 미국 대통령", ("조 바이든", "바이든", "Joe Biden"), "USA", "대통령")

# People (~8 forms). Every title ends in a consonant, so the particles are 은/과/을/이 throughout.
PEOPLE: list[tuple[str, People]] = [
    ("base", People(CHO, BLINKEN, CHO.text, "한미", "외교장관회담", "USA")),
    ("full_name", People(CHO, BLINKEN_FULL, CHO.text, "한미", "외교장관회담", "USA")),
    ("japan", People(CHO, KAMIKAWA, CHO.text, "한일", "외교장관회담", "JPN")),
    ("our_head", People(KIM, CAMPBELL, "우리측 수석대표인 김홍균 외교부 1차관", "한미", "외교차관 전략대화", "USA")),
    ("both_heads", People(KIM, CAMPBELL, "우리측 수석대표인 김홍균 외교부 1차관", "한미", "외교차관 전략대화",
                          "USA")),
    ("as_head_delegation", People(KIM, CAMPBELL, "김홍균 외교부 1차관을 수석대표로 하는 우리 대표단", "한미",
                                  "외교차관 전략대화", "USA")),
    ("led_by_delegation", People(CHO, BLINKEN, "조태열 외교부 장관이 이끄는 대표단", "한미", "외교장관회담", "USA")),
    ("leaders", People(YOON, BIDEN, YOON.text, "한미", "정상회담", "USA")),
    ("short_title", People(CHO, BLINKEN, "조태열 외교장관", "한미", "외교장관회담", "USA")),
    ("gloss", People(CHO, BLINKEN_FULL, CHO.text, "한미", "외교장관회담", "USA")),
    ("possessive_country", People(CHO, BLINKEN_FULL, CHO.text, "한미", "외교장관회담", "USA")),
    ("china", People(CHO, WANG, CHO.text, "한중", "외교장관회담", "CHN")),
]
# `both_heads` names the partner's head too.
_B_TEXT = {"both_heads": "미측 수석대표인 커트 캠벨 국무부 부장관",
           "gloss": "토니 블링컨(Antony Blinken) 미국 국무장관", "possessive_country": "미국의 토니 블링컨 국무장관"}

# Predicates (~25): (label, template, type). {A} subject, {B} partner, {D} date, {P} place (with its particle),
# {M} the meeting ("한미 외교장관회담"). A template without {P} is a call or video meeting (no place).
PREDICATES: list[tuple[str, str, str]] = [
    ("base:회담을 가졌다", "{A}은 {D} {P} {B}과 {M_eul} 가졌다.", "dialogue"),
    ("회담을 했다", "{A}은 {D} {P} {B}과 회담을 했다.", "dialogue"),
    ("회담을 개최했다", "{A}은 {D} {P} {B}과 {M_eul} 개최했다.", "dialogue"),
    ("회담을 열었다", "{A}은 {D} {P} {B}과 {M_eul} 열었다.", "dialogue"),
    ("회담하고", "{A}은 {D} {P} {B}과 회담하고 양국 관계 발전 방안을 논의했다.", "dialogue"),
    ("면담했다", "{A}은 {D} {P} {B}과 면담했다.", "dialogue"),
    ("면담을 가졌다", "{A}은 {D} {P} {B}과 면담을 가졌다.", "dialogue"),
    ("접견했다", "{A}은 {D} {P} {B}을 접견했다.", "dialogue"),
    ("예방했다", "{B}은 {D} {P} {A}을 예방했다.", "dialogue"),
    ("예방을 받았다", "{A}은 {D} {P} {B}의 예방을 받았다.", "dialogue"),
    ("만났다", "{A}은 {D} {P} {B}과 만났다.", "dialogue"),
    ("만나", "{A}은 {D} {P} {B}과 만나 북핵 문제 공조 방안을 협의했다.", "dialogue"),
    ("회동했다", "{A}은 {D} {P} {B}과 회동했다.", "dialogue"),
    ("통화했다", "{A}은 {D} {B}과 통화했다.", "dialogue"),
    ("전화 통화를 갖고", "{A}은 {D} {B}과 전화 통화를 갖고 양국 공조 방안을 논의했다.", "dialogue"),
    ("화상회담을 가졌다", "{A}은 {D} {B}과 화상회담을 가졌다.", "dialogue"),
    ("오찬을 함께하며", "{A}은 {D} {P} {B}과 오찬을 함께하며 양국 현안을 논의했다.", "dialogue"),
    ("만찬을 겸한 회담", "{A}은 {D} {P} {B}과 만찬을 겸한 회담을 가졌다.", "dialogue"),
    ("공동 주재했다", "{A}과 {B}은 {D} {P} {M_eul} 공동 주재했다.", "dialogue"),
    ("제N차 대화를 개최했다", "{A}과 {B}은 {D} {P} 제2차 {PAIR} 경제안보대화를 개최했다.", "dialogue"),
    ("MOU를 체결했다", "{A}과 {B}은 {D} {P} 핵심광물 공급망 협력에 관한 양해각서(MOU)를 체결했다.", "agreement"),
    ("MOU에 서명했다", "{A}과 {B}은 {D} {P} 핵심광물 공급망 협력에 관한 양해각서(MOU)에 서명했다.", "agreement"),
    ("공식 출범했다", "{PAIR} 핵심광물 협력 파트너십이 {D} {P} 공식 출범했다. 출범식에는 {A}과 {B}이 참석했다.",
     "launch"),
    ("회의에 참석했다", "{A}과 {B}은 {D} {P} 열린 {M}에 참석했다.", "dialogue"),
    ("회담이 열렸다", "{A}과 {B}의 {M_i} {D} {P} 열렸다.", "dialogue"),
    ("회담에서는", "{D} {P} 열린 {M}에서는 양국 간 경제안보 협력 방안이 집중 논의됐다. 회담에는 {A}과 {B}이 "
     "참석했다.", "dialogue"),
    # (added with the grid's second batch, written before it ran)
    ("회담을 진행했다", "{A}은 {D} {P} {B}과 {M_eul} 진행했다.", "dialogue"),
    ("양자회담을 갖고", "{A}은 {D} {P} {B}과 양자회담을 갖고 양국 관계 발전 방안에 대해 의견을 교환했다.", "dialogue"),
    ("약식회담을 했다", "{A}은 {D} {P} {B}과 약식회담을 했다.", "dialogue"),
    ("환담했다", "{A}은 {D} {P} {B}과 환담했다.", "dialogue"),
    ("조찬 회동을 가졌다", "{A}은 {D} {P} {B}과 조찬 회동을 가졌다.", "dialogue"),
    ("마주 앉았다", "{A}과 {B}은 {D} {P} 마주 앉았다.", "dialogue"),
    ("회담 후 공동성명 채택", "{A}과 {B}은 {D} {P} {M_eul} 갖고 공동성명을 채택했다.", "dialogue"),
    ("회담을 마친 뒤 기자회견", "{A}과 {B}은 {D} {P} {M_eul} 마친 뒤 공동 기자회견을 열었다.", "dialogue"),
    ("MOU를 교환했다", "{A}과 {B}은 {D} {P} 핵심광물 공급망 협력에 관한 양해각서(MOU)를 교환했다.", "agreement"),
]

# Dates (~10): (label, text, expected), published 2024-03-19.
DATES: list[tuple[str, str, str]] = [
    ("base:18일", "18일", "2024-03-18"),
    ("지난 18일", "지난 18일", "2024-03-18"),
    ("18일(현지시간)", "18일(현지시간)", "2024-03-18"),
    ("3월 18일", "3월 18일", "2024-03-18"),
    ("이날", "이날", "2024-03-19"),
    ("전날", "전날", "2024-03-18"),
    ("18일 오후", "18일 오후", "2024-03-18"),
    ("현지시간 18일", "현지시간 18일", "2024-03-18"),
    ("앞서 18일", "앞서 18일", "2024-03-18"),
    ("지난달 28일", "지난달 28일", "2024-02-28"),
    ("18일 오전(현지시간)", "18일 오전(현지시간)", "2024-03-18"),
    ("지난 18일(현지시간)", "지난 18일(현지시간)", "2024-03-18"),
    ("18일 저녁", "18일 저녁", "2024-03-18"),
    ("이날 오후", "이날 오후", "2024-03-19"),
    ("18일(월)", "18일(월)", "2024-03-18"),
    ("3.18.(월)", "3.18.(월)", "2024-03-18"),
]

# Places (~8): (label, text, city, country). A video meeting is unplaced.
PLACES: list[tuple[str, str, str | None, str | None]] = [
    ("base:서울에서", "서울에서", "Seoul", "KOR"),
    ("외교부 청사에서", "서울 외교부 청사에서", "Seoul", "KOR"),
    ("용산 대통령실에서", "용산 대통령실에서", "Seoul", "KOR"),
    ("미국 워싱턴DC에서", "미국 워싱턴DC에서", "Washington", "USA"),
    ("미 국무부에서", "워싱턴 미 국무부에서", "Washington", "USA"),
    ("도쿄 외무성에서", "도쿄 외무성에서", "Tokyo", "JPN"),
    ("G20 계기 리우", "G20 외교장관회의 계기에 리우데자네이루에서", "Rio de Janeiro", "BRA"),
    ("화상으로", "화상으로", None, None),
    ("방문 중 자카르타", "인도네시아 방문 중 자카르타에서", "Jakarta", "IDN"),
    ("뉴욕 유엔본부에서", "뉴욕 유엔본부에서", "New York", "USA"),
    ("일본 도쿄에서", "일본 도쿄에서", "Tokyo", "JPN"),
    ("하와이 호놀룰루에서", "하와이 호놀룰루에서", "Honolulu", "USA"),
    ("부산 벡스코에서", "부산 벡스코에서", "Busan", "KOR"),
    ("브뤼셀 나토 본부에서", "브뤼셀 나토 본부에서", "Brussels", "BEL"),
]

# Two-meeting documents (~9 connectors): (label, second sentence, date rule, its people, city or None).
# The date rule: "same" (the first meeting's day), "next" (the day after), or an absolute day.
SECOND_PEOPLE = (BLINKEN, YOON)
CONNECTORS: list[tuple[str, str, str, tuple[Person, ...], tuple[str, ...], str | None]] = [
    ("이어", "블링컨 장관은 이어 용산 대통령실에서 윤석열 대통령을 예방했다.", "same", SECOND_PEOPLE,
     ("KOR", "USA"), "Seoul"),
    ("이어서", "이어서 블링컨 장관은 용산 대통령실에서 윤석열 대통령을 예방했다.", "same", SECOND_PEOPLE,
     ("KOR", "USA"), "Seoul"),
    ("같은 날", "같은 날 블링컨 장관은 용산 대통령실에서 윤석열 대통령을 예방했다.", "same", SECOND_PEOPLE,
     ("KOR", "USA"), "Seoul"),
    ("다음 날", "블링컨 장관은 다음 날 용산 대통령실에서 윤석열 대통령을 예방했다.", "next", SECOND_PEOPLE,
     ("KOR", "USA"), "Seoul"),
    ("이후 이동해", "블링컨 장관은 이후 도쿄로 이동해 19일 가미카와 요코 일본 외무상과 미일 외교장관회담을 했다.",
     "2024-03-19", (BLINKEN, KAMIKAWA), ("JPN", "USA"), "Tokyo"),
    ("앞서", "앞서 블링컨 장관은 17일 김홍균 외교부 1차관과 면담했다.", "2024-03-17",
     (BLINKEN, KIM), ("KOR", "USA"), None),
    ("한편", "한편 김홍균 외교부 1차관은 19일 커트 캠벨 미국 국무부 부장관과 통화했다.", "2024-03-19",
     (KIM, CAMPBELL), ("KOR", "USA"), None),
    ("이에 앞서", "이에 앞서 블링컨 장관은 17일 김홍균 외교부 1차관과 면담했다.", "2024-03-17",
     (BLINKEN, KIM), ("KOR", "USA"), None),
    ("오후에는", "블링컨 장관은 오후에는 용산 대통령실에서 윤석열 대통령을 예방했다.", "same", SECOND_PEOPLE,
     ("KOR", "USA"), "Seoul"),
    ("이튿날", "블링컨 장관은 이튿날 용산 대통령실에서 윤석열 대통령을 예방했다.", "next", SECOND_PEOPLE,
     ("KOR", "USA"), "Seoul"),
    ("회담에 앞서", "블링컨 장관은 회담에 앞서 용산 대통령실에서 윤석열 대통령을 예방했다.", "same", SECOND_PEOPLE,
     ("KOR", "USA"), "Seoul"),
    ("회담 직후", "회담 직후 블링컨 장관은 용산 대통령실에서 윤석열 대통령을 예방했다.", "same", SECOND_PEOPLE,
     ("KOR", "USA"), "Seoul"),
    ("같은 날 오후", "블링컨 장관은 같은 날 오후 용산 대통령실에서 윤석열 대통령을 예방했다.", "same", SECOND_PEOPLE,
     ("KOR", "USA"), "Seoul"),
]
NO_CONNECTOR = "base:none"


def _josa(word: str, after_consonant: str, after_vowel: str) -> str:
    code = ord(word[-1]) - 0xAC00
    return after_consonant if 0 <= code < 11172 and code % 28 else after_vowel


def _cell(name: str, pred: int = 0, day: int = 0, place: int = 0, people: int = 0, conn: int | None = None) -> Cell:
    plabel, template, etype = PREDICATES[pred]
    dlabel, dtext, dexp = DATES[day]
    llabel, ltext, city, country = PLACES[place]
    wlabel, who = PEOPLE[people]
    b_text = _B_TEXT.get(wlabel, who.b.text)
    a_text = who.a_text
    placed = "{P}" in template
    meeting = f"{who.pair} {who.meeting}"
    first = template.format(A=a_text, B=b_text, D=dtext, P=ltext, M=meeting, PAIR=who.pair,
                            M_eul=meeting + _josa(meeting, "을", "를"), M_i=meeting + _josa(meeting, "이", "가"))
    first = " ".join(first.split())
    exp = [Expected(etype, dexp, city if placed else None, country if placed else None,
                    tuple(sorted({"KOR", who.partner})), (who.a, who.b))]
    values = {"predicate": plabel, "date": dlabel, "place": llabel if placed else "(none: call)",
              "people": wlabel, "connector": NO_CONNECTOR}
    text = first
    if conn is not None:
        clabel, second, rule, persons, parts, ccity = CONNECTORS[conn]
        values["connector"] = clabel
        first_day = date.fromisoformat(dexp)
        cday = dexp if rule == "same" else (first_day + timedelta(days=1)).isoformat() if rule == "next" else rule
        ccountry = {"Seoul": "KOR", "Tokyo": "JPN"}.get(ccity or "")
        exp.append(Expected("dialogue", cday, ccity, ccountry, parts, persons, check_city=ccity is not None))
        text = f"{first} {second}"
    return Cell(name, values, text, exp)


def cells() -> list[Cell]:
    out = [_cell("base")]
    out += [_cell(f"pred{i}", pred=i) for i in range(1, len(PREDICATES))]
    out += [_cell(f"date{i}", day=i) for i in range(1, len(DATES))]
    out += [_cell(f"place{i}", place=i) for i in range(1, len(PLACES))]
    out += [_cell(f"people{i}", people=i) for i in range(1, len(PEOPLE))]
    out += [_cell(f"conn{i}", conn=i) for i in range(len(CONNECTORS))]
    rng = random.Random(31)
    dims = ["pred", "day", "place", "people", "conn"]
    sizes = {"pred": len(PREDICATES), "day": len(DATES), "place": len(PLACES), "people": len(PEOPLE),
             "conn": len(CONNECTORS)}
    seen: set[tuple[tuple[str, int], ...]] = set()
    label = {"pred": [x[0] for x in PREDICATES], "day": [x[0] for x in DATES], "place": [x[0] for x in PLACES],
             "people": [x[0] for x in PEOPLE], "conn": [x[0] for x in CONNECTORS]}
    while len(seen) < 130:
        chosen = rng.sample(dims, rng.choice([2, 2, 3]))
        combo = {d: rng.randrange(0 if d == "conn" else 1, sizes[d]) for d in chosen}
        template = PREDICATES[combo.get("pred", 0)][1]
        if "place" in combo and "{P}" not in template:
            continue          # a call has no place
        names = {d: label[d][v] for d, v in combo.items()}
        if names.get("place") == "화상으로" and "pred" in combo:
            continue          # a lunch or a signing is not held by video
        if "conn" in combo and names.get("day") in ("이날", "이날 오후", "지난달 28일"):
            continue          # `다음 날` after `이날` is tomorrow; `17일` after `지난달 28일` is ambiguous
        if "conn" in combo and (combo.get("people", 0) != 0 or names.get("pred") in ("공식 출범했다", "회담에서는")):
            continue          # the second meeting's sentence names the base people and a meeting
        if names.get("conn") in ("회담에 앞서", "회담 직후") and "pred" in combo:
            continue          # these refer back to talks (`회담`)
        key = tuple(sorted(combo.items()))
        if key in seen:
            continue
        seen.add(key)
        out.append(_cell("pair" + "_".join(f"{d}{v}" for d, v in key), **combo))
    return out


# ---------------------------------------------------------------------------------------------------- checking


def _norm(s: str | None) -> str:
    return "".join(ch for ch in (s or "").lower() if ch not in " -.")


def _delegate_problems(exp: Expected, event) -> list[str]:
    problems = []
    matched = set()
    for person in exp.delegates:
        names = {_norm(n) for n in person.names}
        hit = [i for i, d in enumerate(event.delegates)
               if (_norm(d.name) in names or _norm(d.name_en) in names) and d.country == person.country]
        if not hit:
            problems.append(f"missing delegate {person.names[0]}")
            continue
        d = event.delegates[hit[0]]
        matched.add(hit[0])
        if d.head != person.head:
            problems.append(f"{person.names[0]} head={d.head}")
        if person.role not in (d.role or ""):
            problems.append(f"{person.names[0]} role={d.role!r}")
    extra = [d.name for i, d in enumerate(event.delegates) if i not in matched]
    if extra:
        problems.append(f"extra delegates {extra}")
    return problems


def _event_problems(exp: Expected, event) -> list[str]:
    problems = []
    if event.date != exp.date:
        problems.append(f"date {event.date} != {exp.date}")
    if exp.check_city and (event.location.city, event.location.country) != (exp.city, exp.country):
        problems.append(f"place {event.location.city}/{event.location.country} != {exp.city}/{exp.country}")
    if tuple(sorted(event.participants)) != exp.participants:
        problems.append(f"participants {sorted(event.participants)} != {list(exp.participants)}")
    return problems + _delegate_problems(exp, event)


def check(cell: Cell, events) -> list[str]:
    """What is wrong with a cell's held events (empty when it passes)."""
    events = list(events)
    problems: list[str] = []
    used: set[int] = set()
    for exp in cell.expected:
        cands = [i for i, e in enumerate(events) if i not in used and e.type == exp.type]
        if not cands:
            problems.append(f"missing {exp.type} {exp.date}")
            continue
        scored = sorted(cands, key=lambda i: len(_event_problems(exp, events[i])))
        used.add(scored[0])
        problems += _event_problems(exp, events[scored[0]])
    extra = [f"{e.type} {e.date}" for i, e in enumerate(events) if i not in used]
    if extra:
        problems.append(f"extra events {extra}")
    return problems


def run() -> tuple[list[Cell], dict[str, list[str]]]:
    from tests.extract.sentences import held
    grid = cells()
    failures = {c.name: check(c, held(c.text, "ko", PUBLISHED)) for c in grid}
    return grid, failures


def table(grid: list[Cell], failures: dict[str, list[str]]) -> dict[str, tuple[int, int]]:
    """Passed and total cells per `dimension=value`."""
    counts: dict[str, list[int]] = {}
    for c in grid:
        for dim, val in c.values.items():
            cnt = counts.setdefault(f"{dim}={val}", [0, 0])
            cnt[1] += 1
            cnt[0] += not failures[c.name]
    return {k: (v[0], v[1]) for k, v in counts.items()}


def main() -> int:
    grid, failures = run()
    passed = sum(not f for f in failures.values())
    print(f"grid31ko: {passed}/{len(grid)} cells pass")
    for key, (ok, n) in table(grid, failures).items():
        print(f"  {key:40s} {ok:3d}/{n:<3d}")
    print("\nfailing cells:")
    for c in grid:
        if failures[c.name]:
            print(f"- {c.name} {c.values}\n    {c.text}\n    " + "; ".join(failures[c.name]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
