"""Round 32 (grid32dko): a Korean paraphrase grid for delegates (how the people of one meeting are told).

The fact: Foreign Minister Cho Tae-yul held talks with U.S. Secretary of State Antony Blinken at the State Department
in Washington on 2024-02-28 (local time), reported on 2024-02-29; Ambassador Cho Hyun-dong, Lee Jun-il
(북핵외교기획단장) and Hong Ji-pyo (북미국장) sat in for Korea, Deputy Secretary Kurt Campbell for the U.S.
The event stays easy (one plainly held meeting, `28일(현지시간)`, Washington) so that a failing column shows a gap
in how people are read.

Dimensions, one at a time and then pairwise (random.Random(32)), skipping combinations that do not read:
- `partner`: how the counterpart is written (name/title orders, a gloss, a second Hangul spelling, an appositive
  `미측 수석대표인 …` or `카운터파트인 …`, and two other real counterparts: Kurt Campbell, Yoko Kamikawa);
- `company`: people who sat in (배석, 참석, 함께했다, 비롯한 양측 대표단, 각각 배석) - delegates, never heads;
- `lead`: how the heads are told (plain talks, co-subject, 열린 …에서, 대표단을 이끌고, 이끄는 대표단, 수석대표로 하는,
  양측 수석대표로, 단장, 공동의장, 주재, U.S.-Japan-ROK trilateral (three heads), 2+2 (four principals));
- `distractor`: named people who are not delegates (spokespeople, a ministry header, an expert, a detainee, the
  president whose regards were passed on, a predecessor, a past summit's leaders, a North Korean official, a byline);
- `later`: later references (조 장관, 블링컨 장관, 양 장관, 그는, 두 장관, full names, 양측 수석대표).

Expectations follow records.md rules 6-9 and were all written before the extractor ran on any cell. Heads: a
principal is head when the wording designates them (수석대표, 단장, 이끄는, 공동의장, 주재, 2+2) or is their side's only
principal; those who sat in (배석, 함께했다, 도 참석했다, 비롯한 대표단) never, and they do not count against the
principal they accompany. History: the first run (92/164) was under "principals are always heads"; the heads were
then re-annotated to a strict reading of rule 9 (112/164), and finally to the reading the tuning gold shows (`Luxon
was accompanied by Minister X`: Luxon leads), before the rules of round 32 were scored on it.
`grid32dko_before.txt` is the table of the code before round 32 under that last convention.

    python -m tests.extract.grids.grid32dko        # pass count, failing fields, per-dimension table, failing cells
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from tests.extract.grids.common import Cell, Expected, Grid, Person

PUBLISHED = "2024-02-29"
DATE = "2024-02-28"
DAY = "28일(현지시간)"
PLACE = "워싱턴DC 국무부에서"
CITY = "Washington"

# ---- people (real office holders on 2024-02-28) -----------------------------------------------------------------
CHO = Person(("조태열", "Cho Tae-yul"), "KOR", "장관")
BLINKEN = Person(("블링컨", "토니 블링컨", "앤터니 블링컨", "Antony Blinken"), "USA", "장관")
CAMPBELL = Person(("커트 캠벨", "캠벨", "Kurt Campbell"), "USA", "부장관")
KAMIKAWA = Person(("가미카와 요코", "가미카와", "Yoko Kamikawa", "Kamikawa Yoko"), "JPN", "외무상")
SHIN = Person(("신원식", "Shin Won-sik"), "KOR", "장관")
AUSTIN = Person(("로이드 오스틴", "오스틴", "Lloyd Austin"), "USA", "장관")
# those who sat in: delegates, not heads
CHO_HD = Person(("조현동", "Cho Hyun-dong"), "KOR", "대사", head=False)
HONG = Person(("홍지표", "Hong Ji-pyo"), "KOR", "국장", head=False)
LEE_JI = Person(("이준일", "Lee Jun-il"), "KOR", "단장", head=False)
CAMPBELL_IN = Person(CAMPBELL.names, "USA", "부장관", head=False)
KRITENBRINK = Person(("대니얼 크리튼브링크", "크리튼브링크", "Daniel Kritenbrink"), "USA", "차관보", head=False)
GOLDBERG = Person(("필립 골드버그", "골드버그", "Philip Goldberg"), "USA", "대사", head=False)


# ---- partner: how the counterpart is written --------------------------------------------------------------------
@dataclass(frozen=True)
class Partner:
    text: str  # as written (no particle)
    person: Person
    short: str = "블링컨 장관"  # a later short reference
    full: str = "토니 블링컨 장관"  # a later full-name reference
    pair: str = "한미"
    meeting: str = "한미 외교장관회담"
    noun: str = "회담"
    place: str = PLACE
    side: str = "미측"
    minister: bool = True  # a minister (`양 장관` reads)
    blinken: bool = True  # the U.S. Secretary of State (fits the trilateral, 2+2, chair and co-chair frames)
    appositive: bool = False  # `미측 수석대표인 …`, `카운터파트인 …`: only as the object of Cho's talks
    designates: str = ""  # principals the wording makes heads (A: Cho, B: the partner, D: the defense ministers)


PARTNERS: list[tuple[str, Partner]] = [
    ("토니 블링컨 미국 국무장관", Partner("토니 블링컨 미국 국무장관", BLINKEN)),
    ("블링컨 미국 국무장관", Partner("블링컨 미국 국무장관", BLINKEN)),
    ("토니 블링컨 미 국무장관", Partner("토니 블링컨 미 국무장관", BLINKEN)),
    ("미국의 블링컨 국무장관", Partner("미국의 블링컨 국무장관", BLINKEN)),
    ("미 국무장관 토니 블링컨", Partner("미 국무장관 토니 블링컨", BLINKEN)),
    ("gloss: 토니 블링컨(Antony Blinken)", Partner("토니 블링컨(Antony Blinken) 미국 국무장관", BLINKEN)),
    ("블링컨 국무장관 (no country)", Partner("블링컨 국무장관", BLINKEN)),
    ("앤터니 블링컨 (other spelling)", Partner("앤터니 블링컨 미국 국무장관", BLINKEN, full="앤터니 블링컨 장관")),
    ("미측 수석대표인 …", Partner("미측 수석대표인 토니 블링컨 국무장관", BLINKEN, appositive=True, designates="B")),
    ("카운터파트인 …", Partner("카운터파트인 토니 블링컨 미국 국무장관", BLINKEN, appositive=True)),
    ("커트 캠벨 국무부 부장관",
     Partner("커트 캠벨 미국 국무부 부장관", CAMPBELL, "캠벨 부장관", "커트 캠벨 부장관", meeting="면담", noun="면담",
             minister=False, blinken=False)),
    ("가미카와 요코 일본 외무상",
     Partner("가미카와 요코 일본 외무상", KAMIKAWA, "가미카와 외무상", "가미카와 요코 외무상", pair="한일",
             meeting="한일 외교장관회담", place="워싱턴DC에서", side="일측", blinken=False)),
]


# ---- lead: how the heads are told -------------------------------------------------------------------------------
# Tokens: {B} partner, {D} day, {P} place, {M} meeting, {N} its noun, {SIDE}; `<과>` etc. take the right particle.
@dataclass(frozen=True)
class Lead:
    template: str
    extra: tuple[Person, ...] = ()
    partners: str = "any"  # "any" | "minister" (Blinken or Kamikawa) | "blinken"
    object_frame: bool = False  # B is the object of Cho's talks (an appositive partner reads)
    meeting: str | None = None  # overrides the partner's meeting
    noun: str | None = None
    pair: str | None = None
    multi: bool = False  # three parties or four principals: `양 장관`, `양측 수석대표` do not read
    designates: str = ""


LEADS: list[tuple[str, Lead]] = [
    ("회담을 가졌다", Lead("조태열 외교부 장관은 {D} {P} {B}<과> {M}<을> 가졌다.", object_frame=True)),
    ("A과 B은 만나", Lead("조태열 외교부 장관과 {B}<은> {D} {P} 만나 양국 현안을 논의했다.")),
    ("열린 M에서 A과 B은", Lead("{D} {P} 열린 {M}에서 조태열 외교부 장관과 {B}<은> 양국 관계 발전 방안을 논의했다.")),
    ("대표단을 이끌고",
     Lead("조태열 외교부 장관은 {D} 대표단을 이끌고 {P} {B}<과> {M}<을> 가졌다.", object_frame=True,
          designates="A")),
    ("A이 이끄는 대표단 … B이 이끄는 대표단",
     Lead("조태열 외교부 장관이 이끄는 우리 대표단은 {D} {P} {B}<이> 이끄는 {SIDE} 대표단과 {M}<을> 가졌다.",
          partners="minister", designates="AB")),
    ("A을 수석대표로 하는 우리 대표단",
     Lead("조태열 외교부 장관을 수석대표로 하는 우리 대표단은 {D} {P} {B}<과> {M}<을> 가졌다.", object_frame=True,
          designates="A")),
    ("양측 수석대표로 A과 B이 참석",
     Lead("{D} {P} 열린 {M}에는 양측 수석대표로 조태열 외교부 장관과 {B}<이> 참석했다.", partners="minister",
          designates="AB")),
    ("A을 단장으로 한 정부 대표단",
     Lead("조태열 외교부 장관을 단장으로 한 정부 대표단은 {D} {P} {B}<과> {M}<을> 가졌다.", object_frame=True,
          designates="A")),
    ("공동의장을 맡았다",
     Lead("{D} {P} 열린 {M}에서는 조태열 외교부 장관과 {B}<이> 공동의장을 맡았다.", partners="blinken",
          designates="AB")),
    ("B이 … 주재했다",
     Lead("{B}<은> {D} {P} 조태열 외교부 장관을 맞아 {M}<을> 주재했다.", partners="blinken", designates="B")),
    ("한미일 3자 (three heads)",
     Lead("조태열 외교부 장관은 {D} {P} {B}, 가미카와 요코 일본 외무상<과> {M}<을> 가졌다.", extra=(KAMIKAWA,),
          partners="blinken", meeting="한미일 외교장관회의", noun="회의", pair="한미일", multi=True)),
    ("2+2 (four principals)",
     Lead("{M}<이> {D} {P} 열렸다. 우리측에서는 조태열 외교부 장관과 신원식 국방부 장관<이>, 미측에서는 {B}<과> "
          "로이드 오스틴 국방장관<이> 참석했다.", extra=(SHIN, AUSTIN), partners="blinken",
          meeting="한미 외교·국방장관(2+2) 회의", noun="회의", multi=True, designates="ABD")),
    ("A과 B의 M이 열렸다", Lead("조태열 외교부 장관과 {B}의 {M}<이> {D} {P} 열렸다.")),
]
_TRILATERAL, _TWO_PLUS_TWO = 10, 11


# ---- company: who sat in (delegates, head false) ----------------------------------------------------------------
@dataclass(frozen=True)
class Company:
    text: str
    people: tuple[Person, ...]
    us: bool = False  # names U.S. people or the U.S. side (not with the Japanese partner)
    campbell: bool = False  # names Campbell (not when he is the partner)
    two_sides: bool = False  # `양측` (not with the trilateral)
    sides_sentence: bool = False  # `우리측에서는 …, 미측에서는 …` (not after the 2+2's own such sentence)


COMPANIES: list[tuple[str, Company | None]] = [
    ("(none)", None),
    ("이 자리에는 X와 Y이 배석했다",
     Company("이 자리에는 조현동 주미대사와 홍지표 북미국장이 배석했다.", (CHO_HD, HONG))),
    ("우리측에서는 X, Y이, 미측에서는 Z이 참석했다",
     Company("우리측에서는 조현동 주미대사와 이준일 북핵외교기획단장이, 미측에서는 커트 캠벨 국무부 부장관이 참석했다.",
             (CHO_HD, LEE_JI, CAMPBELL_IN), us=True, campbell=True, sides_sentence=True)),
    ("X 등이 함께했다", Company("{N}에는 조현동 주미대사 등이 함께했다.", (CHO_HD,))),
    ("X 차관보도 참석했다",
     Company("{N}에는 대니얼 크리튼브링크 국무부 동아태 차관보도 참석했다.", (KRITENBRINK,), us=True)),
    ("X를 비롯한 양측 대표단이 배석한 가운데",
     Company("조현동 주미대사를 비롯한 양측 대표단이 배석한 가운데 {N}<이> 진행됐다.", (CHO_HD,), two_sides=True)),
    ("미측에서는 X과 Y가 배석했다",
     Company("미측에서는 커트 캠벨 국무부 부장관과 필립 골드버그 주한 미국대사가 배석했다.", (CAMPBELL_IN, GOLDBERG),
             us=True, campbell=True)),
    ("우리측에서는 X, Y, Z 등이 배석했다",
     Company("우리측에서는 조현동 주미대사, 이준일 북핵외교기획단장, 홍지표 북미국장 등이 배석했다.",
             (CHO_HD, LEE_JI, HONG))),
    ("양측에서는 X와 Y가 각각 배석했다",
     Company("양측에서는 조현동 주미대사와 필립 골드버그 주한 미국대사가 각각 배석했다.", (CHO_HD, GOLDBERG), us=True,
             two_sides=True)),
    ("조 장관은 X, Y과 함께 회담에 임했다",
     Company("조 장관은 조현동 주미대사, 홍지표 북미국장과 함께 {N}에 임했다.", (CHO_HD, HONG))),
]


# ---- distractor: named people who are not delegates -------------------------------------------------------------
@dataclass(frozen=True)
class Distractor:
    text: str
    pre: bool = False  # before the lead (a byline)
    us: bool = False  # needs the U.S. side (not with the Japanese partner)
    bilateral_us: bool = False  # a Korea-U.S. matter (not with the trilateral either)
    no_shin: bool = False  # names Shin Won-sik (not with the 2+2, where he is a principal)


DISTRACTORS: list[tuple[str, Distractor | None]] = [
    ("(none)", None),
    ("외교부 대변인 X는 정례브리핑에서",
     Distractor("임수석 외교부 대변인은 29일 정례브리핑에서 이번 {N}<이> {PAIR} 간 긴밀한 공조를 재확인하는 계기가 "
                "됐다고 평가했다.")),
    ("국무부 대변인 X는",
     Distractor("매슈 밀러 국무부 대변인은 {N} 직후 낸 자료에서 {SIDES}<이> 북한의 탄도미사일 발사와 북러 군사협력에 "
                "대한 우려를 공유했다고 밝혔다.", us=True)),
    ("외교부(장관 조태열) 머리글", Distractor("외교부(장관 조태열)는 29일 보도자료를 내고 이같이 밝혔다.")),
    ("국방부(장관 신원식) 머리글",
     Distractor("한편 국방부(장관 신원식)는 북한의 동향을 면밀히 주시하며 대비태세를 유지하고 있다고 밝혔다.",
                no_shin=True)),
    ("전문가 X 교수는",
     Distractor("박원곤 이화여대 북한학과 교수는 이번 {N}<이> 북러 밀착에 맞선 {PAIR}의 공동 대응 의지를 보여줬다고 "
                "분석했다.")),
    ("억류자 X 선교사",
     Distractor("{SIDES}<은> 북한에 억류된 김정욱 선교사 등 우리 국민의 조속한 석방을 위해 계속 협력하기로 했다.")),
    ("X 대통령의 안부를 전했다", Distractor("조 장관은 {N} 모두에 윤석열 대통령의 각별한 안부를 전했다.")),
    ("전임자 X 전 장관", Distractor("이번 방미는 지난달 박진 전 장관의 후임으로 취임한 조 장관의 첫 미국 방문이다.")),
    ("정상들이 채택한 선언",
     Distractor("{SIDES}<은> 윤석열 대통령과 조 바이든 대통령이 지난해 4월 채택한 워싱턴 선언의 이행 상황도 점검했다.",
                us=True, bilateral_us=True)),
    ("논의 대상 북한 인사",
     Distractor("{SIDES}<은> 지난달 러시아를 방문한 최선희 북한 외무상의 행보에 대해서도 의견을 교환했다.")),
    ("기자 바이라인", Distractor("[워싱턴=뉴시스] 이윤희 특파원 = ", pre=True)),
]


# ---- later: later references to the people ----------------------------------------------------------------------
@dataclass(frozen=True)
class Later:
    text: str
    pair_of_ministers: bool = False  # `양 장관`, `두 장관`, `양측 수석대표`: two ministers only
    designates: str = ""


LATERS: list[tuple[str, Later | None]] = [
    ("(none)", None),
    ("조 장관은 …", Later("조 장관은 {N}에서 북한의 도발에 맞선 빈틈없는 공조를 강조했다.")),
    ("블링컨 장관은 …", Later("{BS}<은> 한국 정부의 대북 정책에 대한 변함없는 지지를 밝혔다.")),
    ("양 장관은 …", Later("양 장관은 고위급 교류와 전략 소통을 한층 강화해 나가기로 했다.", pair_of_ministers=True)),
    ("그는 …", Later("그는 {N} 뒤 취재진에게 논의 결과를 설명했다.")),
    ("두 장관은 …",
     Later("두 장관은 우크라이나 지원과 인도태평양 지역 협력에서도 보조를 맞춰 나가기로 했다.",
           pair_of_ministers=True)),
    ("조태열 장관은 …", Later("조태열 장관은 모두발언에서 {PAIR} 관계가 어느 때보다 긴밀하다고 말했다.")),
    ("토니 블링컨 장관은 … (full name)",
     Later("{BF}<은> 모두발언에서 한국을 인도태평양 지역의 핵심 파트너라고 평가했다.")),
    ("우리측 수석대표인 조 장관은 …",
     Later("우리측 수석대표인 조 장관은 북한의 불법 자금줄 차단을 위한 협력도 당부했다.", designates="A")),
    ("양측 수석대표는 …",
     Later("양측 수석대표는 {N} 결과를 각자 정상에게 보고하기로 했다.", pair_of_ministers=True,
           designates="AB")),
    ("조 장관은 블링컨 장관에게 …", Later("조 장관은 {BS}에게 북한 인권 문제에 대한 지속적인 관심을 요청했다.")),
]

CONTEXT = "{N}에서는 북한의 잇단 탄도미사일 발사와 북러 군사협력에 대한 대응 방안이 논의됐다."

DIMENSIONS = ("partner", "company", "lead", "distractor", "later")
VALUES: dict[str, list] = {"partner": PARTNERS, "company": COMPANIES, "lead": LEADS, "distractor": DISTRACTORS,
                           "later": LATERS}


def _compatible(choice: dict[str, int]) -> bool:
    partner = PARTNERS[choice["partner"]][1]
    lead = LEADS[choice["lead"]][1]
    company = COMPANIES[choice["company"]][1]
    distractor = DISTRACTORS[choice["distractor"]][1]
    later = LATERS[choice["later"]][1]
    if partner.appositive and not lead.object_frame:
        return False
    if lead.partners == "blinken" and not partner.blinken:
        return False
    if lead.partners == "minister" and not partner.minister:
        return False
    japanese = partner.person.country == "JPN"
    if company and ((company.us and japanese) or (company.campbell and partner.person == CAMPBELL)
                    or (company.two_sides and choice["lead"] == _TRILATERAL)
                    or (company.sides_sentence and choice["lead"] == _TWO_PLUS_TWO)):
        return False
    if distractor and ((distractor.us and japanese) or (distractor.bilateral_us and choice["lead"] == _TRILATERAL)
                       or (distractor.no_shin and choice["lead"] == _TWO_PLUS_TWO)):
        return False
    if later and later.pair_of_ministers and (lead.multi or not partner.minister):
        return False
    return True


def _josa(text: str) -> str:
    """Resolves `<과>`-style markers to the particle the preceding syllable takes (받침 or not)."""
    pairs = {"과": ("과", "와"), "와": ("과", "와"), "은": ("은", "는"), "는": ("은", "는"), "이": ("이", "가"),
             "가": ("이", "가"), "을": ("을", "를"), "를": ("을", "를")}

    def pick(m: re.Match) -> str:
        code = ord(m.group(1)) - 0xAC00
        consonant, vowel = pairs[m.group(2)]
        return m.group(1) + (consonant if 0 <= code < 11172 and code % 28 else vowel)

    return re.sub(r"(\S)<(과|와|은|는|이|가|을|를)>", pick, text)


def _heads(people: tuple[Person, ...], designates: str, partner: Person) -> tuple[Person, ...]:
    """records.md rule 9 as the gold applies it: a principal is head when the wording designates them (수석대표, 단장,
    이끄는, 공동의장, 주재, 2+2 …) or is their side's only principal; those who sat in never, and they do not count
    against the principal they accompany (tuning gold: `Luxon was accompanied by Minister X`, Luxon leads)."""
    pick = {"A": (CHO,), "B": (partner,), "D": (SHIN, AUSTIN)}
    designated = {p for k in designates for p in pick[k]}
    principals = {CHO, partner, SHIN, AUSTIN, KAMIKAWA}
    named = Counter(p.country for p in people if p in principals)
    return tuple(replace(p, head=p in designated or named[p.country] == 1) if p in principals else p for p in people)


def build(choice: dict[str, int]) -> Cell:
    partner = PARTNERS[choice["partner"]][1]
    lead = LEADS[choice["lead"]][1]
    company = COMPANIES[choice["company"]][1]
    distractor = DISTRACTORS[choice["distractor"]][1]
    later = LATERS[choice["later"]][1]
    tokens = {"B": partner.text, "BS": partner.short, "BF": partner.full, "D": DAY, "P": partner.place,
              "M": lead.meeting or partner.meeting, "N": lead.noun or partner.noun, "PAIR": lead.pair or partner.pair,
              "SIDE": partner.side, "SIDES": "3국" if choice["lead"] == _TRILATERAL else "양측"}
    parts = [lead.template]
    if company:
        parts.append(company.text)
    parts.append(CONTEXT)
    if later:
        parts.append(later.text)
    if distractor and not distractor.pre:
        parts.append(distractor.text)
    text = " ".join(parts)
    if distractor and distractor.pre:
        text = distractor.text + text
    text = _josa(text.format(**tokens))
    people = (CHO, partner.person, *lead.extra, *(company.people if company else ()))
    people = _heads(people, lead.designates + partner.designates + (later.designates if later else ""),
                    partner.person)
    parties = frozenset(p.country for p in people)
    return Cell(dict(choice), text, [Expected("dialogue", DATE, CITY, parties, people)], VALUES)


GRID = Grid("grid32dko", "ko", PUBLISHED, VALUES, build, _compatible, seed=32, pairwise=110)
cells, run, dimension_passes, main = GRID.cells, GRID.run, GRID.dimension_passes, GRID.main


if __name__ == "__main__":
    main()
