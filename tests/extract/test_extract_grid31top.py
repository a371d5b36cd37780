"""Round 31, grid31top: the gaps the commitment-topic grid (`tests/extract/grids/grid31top.py`) showed, each on
sentences written for these tests (none from the corpus or the grid's own wording):
- a plan or a promise of the parties (`plan to expand …`, `promised to deepen …`) is a commitment as `intend` is; a
  trip or a meeting planned, or a plan as a noun, is not;
- advanced packaging (`advanced packaging`, `첨단 패키징`) is the semiconductor industry's;
- narcotic drugs are no medicines;
- an act on a named good's supply chain (`반도체 공급망`, `의약품 공급망`) names supply chains too, as `핵심광물 공급망`
  does;
- terms two probes beside the grid found: bio-health, maritime law enforcement, `양자 암호`/`양자 센서`, `스마트
  그리드`; nuclear reactors, customs, telecom, antimicrobial resistance, arms exports, `광업`, `메탄`, `전력 인프라`.
Every parametrised sentence fails on 870411c; the planned trip and meeting guard passes on both."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the events the text reports as held."""
    return {c.topic for e in held(text, lang, published) for c in e.commitments}


# A plan or a promise the parties state: pledged as `intend to` or `vowed to` is.
PLAN_PROMISE = [
    ("en", "2023-02-09", "TOKYO, Feb 9 (AP) -- Japanese Prime Minister Fumio Kishida held talks with Philippine "
     "President Ferdinand Marcos Jr. in Tokyo on Thursday. The two governments plan to step up cooperation on "
     "maritime security in the South China Sea.", {"maritime_security"}),
    ("en", "2023-12-20", "SYDNEY, Dec 20 (Reuters) - New Zealand Prime Minister Christopher Luxon met Australian Prime "
     "Minister Anthony Albanese in Sydney on Wednesday. Both leaders promised to deepen defence cooperation.",
     {"defense"}),
    ("en", "2024-04-10", "WASHINGTON, April 10 (AP) -- President Joe Biden hosted Japanese Prime Minister "
     "Fumio Kishida at the White House on Wednesday. The two countries plan to build a joint lunar rover program, "
     "and the two leaders promised to expand clean energy investment.", {"space", "energy", "investment"}),
]



# A trip or a meeting the text says someone plans (`plans to travel to`, `plan to meet again`): an itinerary or an
# announced meeting; a plan as a noun (`Japan's plan to host`): what one side has in mind. No pledge in either.
def test_a_planned_trip_or_meeting_is_no_commitment() -> None:
    text = ("MANILA, March 19 (AP) -- U.S. Secretary of State Antony Blinken met Philippine Foreign Secretary "
            "Enrique Manalo in Manila on Tuesday. Blinken plans to travel to Seoul later this week.")
    assert _topics(text, "en", "2024-03-19") == set()
    text = ("BERLIN, June 4 (Reuters) - German Foreign Minister Annalena Baerbock met her Polish counterpart Radoslaw "
            "Sikorski in Berlin on Tuesday. The two ministers plan to meet again in Warsaw in the autumn, and Baerbock "
            "welcomed Poland's plan to host a reconstruction conference.")
    assert _topics(text, "en", "2024-06-04") == set()


# Narcotic drugs are no medicines (as synthetic and illicit drugs are not): a pledge against their trade names no
# topic of the list (`other`), not biopharma.
NARCOTICS = [
    ("en", "2024-11-14", "LIMA, Nov 14 (Reuters) - Peruvian President Dina Boluarte met Colombian President Gustavo "
     "Petro in Lima on Thursday. The two presidents agreed to curb cross-border trafficking of narcotic drugs.",
     {"other"}),
    ("en", "2023-05-10", "BANGKOK, May 10 (AP) -- Thai and Lao police chiefs met in Bangkok on Wednesday and pledged "
     "to step up joint operations against narcotic drugs smuggled along the Mekong River.", {"other"}),
]



# Advanced packaging, the back end of chipmaking: the semiconductor industry's.
PACKAGING = [
    ("en", "2024-09-26", "SEOUL, Sept 26 (Yonhap) -- Industry Minister Ahn Duk-geun met Dutch Economy Minister Dirk "
     "Beljaarts in Seoul on Thursday. The two ministers agreed to launch joint projects in advanced packaging.",
     {"semiconductors"}),
    ("ko", "2024-09-26", "안덕근 산업통상자원부 장관은 26일 서울에서 디르크 벨야르츠 네덜란드 경제부 "
     "장관과 회담을 가졌다. 양측은 첨단 패키징 분야에서 공동 프로젝트를 발굴하기로 했다.", {"semiconductors"}),
]


# An act on a named good's supply chain (`반도체 공급망 협력을 강화하기로`) names the good and supply chains both, as
# `핵심광물 공급망` does (no keyword holding `반도체 공급망` or `의약품 공급망` whole, which named the good alone).
SUPPLY_OF_GOOD = [
    ("ko", "2023-04-27", "윤석열 대통령은 26일 워싱턴에서 조 바이든 미국 대통령과 정상회담을 가졌다. 양 정상은 반도체 "
     "공급망 협력을 강화하기 위해 차관급 협의체를 신설하기로 했다.", {"semiconductors", "supply_chain"}),
    ("ko", "2024-06-05", "조태열 외교부 장관은 4일 서울에서 인도 외교장관과 회담하고 의약품 공급망 안정을 위한 협력을 "
     "확대해 나가기로 했다.", {"biopharma", "supply_chain"}),
]


# Topic terms a probe beside the grid found missing: the bio-health industry (biotech, as Korean `바이오헬스`),
# maritime law enforcement (the seas', not technology protection's `law enforcement`), quantum cryptography and
# sensing (`양자 암호`, `양자 센서`: `양자` alone is bilateral) and the smart grid (`스마트 그리드`, energy's, as
# English `grid`).
TERMS = [
    ("en", "2024-06-10", "SEOUL, June 10 (Yonhap) -- Industry Minister Ahn Duk-geun met Swiss Economy Minister Guy "
     "Parmelin in Seoul on Monday. The two ministers agreed to expand cooperation in the bio-health industry.",
     {"biotech"}),
    ("en", "2024-10-22", "SEOUL, Oct 22 (Yonhap) -- Foreign Minister Cho Tae-yul met Hungarian Foreign Minister Peter "
     "Szijjarto in Seoul on Tuesday. The two sides pledged to deepen biohealth cooperation.", {"biotech"}),
    ("en", "2023-06-16", "MANILA, June 16 (AP) -- The coast guard commanders of Japan and the Philippines met in "
     "Manila on Friday and agreed to expand maritime law enforcement cooperation.", {"maritime_security"}),
    ("en", "2024-03-11", "JAKARTA, March 11 (Reuters) - The foreign ministers of Vietnam and Indonesia met in Jakarta "
     "on Monday and agreed to strengthen cooperation in maritime law enforcement.", {"maritime_security"}),
    ("ko", "2024-07-09", "유상임 과학기술정보통신부 장관은 9일 헬싱키에서 핀란드 경제부 장관과 회담하고 양자 암호통신 "
     "분야 공동 연구를 추진하기로 했다.", {"quantum"}),
    ("ko", "2024-11-20", "한국과 네덜란드 장관은 20일 헤이그에서 회담하고 양자 센서 기술 협력을 확대해 "
     "나가기로 합의했다.", {"quantum"}),
    ("ko", "2023-09-08", "한덕수 국무총리는 8일 자카르타에서 인도네시아 대통령과 회담하고 스마트 그리드 분야 협력을 "
     "확대하기로 했다.", {"energy"}),
    ("ko", "2024-02-15", "한국과 폴란드 장관은 15일 바르샤바에서 회담하고 스마트그리드 실증 사업을 공동 추진하기로 "
     "합의했다.", {"energy"}),
]


# A second probe's terms: nuclear reactors and safety (energy), customs (trade), telecom (digital), antimicrobial
# resistance (health), arms exports and sales (defence, not trade's `exports`), `광업` (mining), `메탄` (methane,
# climate), `전력 인프라` (the grid's, energy, not infrastructure security).
TERMS2 = [
    ("en", "2024-04-25", "PRAGUE, April 25 (Reuters) - Czech Prime Minister Petr Fiala met Korean Prime Minister Han "
     "Duck-soo in Prague on Thursday. The two agreed to cooperate on building nuclear reactors.", {"energy"}),
    ("ko", "2024-09-20", "윤석열 대통령은 20일 프라하에서 체코 총리와 정상회담을 하고 신규 원자로 건설 협력을 "
     "확대하기로 했다.", {"energy"}),
    ("en", "2023-07-12", "HANOI, July 12 (AP) -- The finance ministers of Vietnam and Laos met in Hanoi on Wednesday "
     "and agreed to simplify customs procedures at border gates.", {"trade"}),
    ("ko", "2023-07-12", "베트남과 라오스 재무장관은 12일 하노이에서 회담하고 국경 검문소의 통관 절차를 간소화하기로 "
     "했다.", {"trade"}),
    ("en", "2024-02-14", "NAIROBI, Feb 14 (Reuters) - Kenyan President William Ruto met Rwandan President Paul "
     "Kagame in Nairobi on Wednesday. They agreed to open their telecom markets to each other's operators.",
     {"digital"}),
    ("en", "2023-11-02", "SUVA, Nov 2 (AP) -- Fiji and Samoa's prime ministers met in Suva on Thursday and pledged "
     "to expand telecom links across the Pacific.", {"digital"}),
    ("en", "2024-09-25", "NEW YORK, Sept 25 (Reuters) - The foreign ministers of Britain and Nigeria met in New York "
     "on Wednesday and agreed to work together against antimicrobial resistance.", {"health"}),
    ("en", "2023-05-18", "GENEVA, May 18 (AP) -- The science ministers of India and Kenya met in Geneva on Thursday "
     "and committed to joint surveillance of antimicrobial resistance.", {"health"}),
    ("en", "2024-08-21", "WARSAW, Aug 21 (Reuters) - Polish Defence Minister Wladyslaw Kosiniak-Kamysz met his South "
     "Korean counterpart in Warsaw on Wednesday. They agreed to expand arms exports to third countries.", {"defense"}),
    ("en", "2023-12-05", "ABU DHABI, Dec 5 (AP) -- The leaders of France and the United Arab Emirates met in Abu "
     "Dhabi on Tuesday and agreed to deepen cooperation on arms sales.", {"defense"}),
    ("ko", "2024-06-04", "윤석열 대통령은 4일 서울에서 탄자니아 대통령과 정상회담을 하고 광업 분야 협력을 강화하기로 "
     "했다.", {"critical_minerals"}),
    ("ko", "2023-10-17", "한국과 몽골 장관은 17일 울란바토르에서 회담하고 광업 분야 기술 인력 양성에 협력하기로 했다.",
     {"critical_minerals"}),
    ("ko", "2023-11-16", "한국과 미국 환경장관은 16일 워싱턴에서 회담하고 메탄 배출 감축에 협력하기로 했다.",
     {"climate"}),
    ("ko", "2024-05-22", "한국과 캐나다 장관은 22일 오타와에서 회담하고 석유·가스 부문의 메탄 감축 기술을 공유하기로 "
     "했다.", {"climate", "energy"}),
    ("ko", "2024-03-06", "한국과 사우디아라비아 장관은 6일 리야드에서 회담하고 전력 인프라 분야 협력을 확대하기로 "
     "했다.", {"energy"}),
    ("ko", "2023-08-30", "한국과 인도네시아 장관은 30일 자카르타에서 회담하고 전력인프라 구축 사업에 공동 참여하기로 "
     "했다.", {"energy"}),
]


@pytest.mark.parametrize(("lang", "published", "text", "expected"),
                         PLAN_PROMISE + NARCOTICS + PACKAGING + SUPPLY_OF_GOOD + TERMS + TERMS2)
def test_commitment_topics(lang: str, published: str, text: str, expected: set[str]) -> None:
    assert _topics(text, lang, published) == expected
