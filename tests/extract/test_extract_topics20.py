"""Round 18 of issue #16, commitment topics (records.md rule 10). Field terms the keyword lists lacked (fighter
aircraft, submarines, armed forces, `defence-industrial`, data centres, `핵심원자재`, solar power and biofuels,
`미세먼지` and `환경 분야`, the SDGs, commercial ties, fentanyl and narcotics, strategic assets, exercises and armed
attacks); security cooperation aimed at North Korea as North Korea's alone; Korean fields joined by a middle dot
before `분야의` (`반도체·배터리·수소 분야의`) each naming a topic, a listed field keeping `분야` (`방산과 AI, 조선
분야의`), and the words before a field word keeping their topics (`리튬 공급망 분야의`); culture, finance, education,
ageing and exchanges as Korean list items name `other`; what an act builds on (`…, building on X`) is its scene.
Sentences written for these tests (none from the corpus), each failing on main at this round's start (26ecdc1) but
for the guards."""
from __future__ import annotations

import pytest

from tests.extract.test_extract_topics17 import _topics

# Field terms, each a recurring name of its topic's field.
VOCABULARY = [
    ("en", "2024-05-15", "The foreign ministers of Sweden and Poland met in Warsaw on 14 May 2024 and agreed to "
     "deepen defence-industrial ties.", {"defense"}),
    ("en", "2024-05-15", "President Macron and President Prabowo met in Paris on 14 May 2024 and agreed to cooperate "
     "on fighter aircraft maintenance.", {"defense"}),
    ("en", "2024-05-15", "The leaders of Norway and Canada met in Oslo on 14 May 2024 and agreed to expand training "
     "for their armed forces.", {"defense"}),
    ("en", "2024-05-15", "President Lula and President Macron met in Brasília on 14 May 2024 and agreed to jointly "
     "build two submarines.", {"defense"}),
    ("en", "2024-05-15", "The prime ministers of Japan and Italy met in Rome on 14 May 2024 and agreed to hold a joint "
     "exercise of their air forces.", {"defense"}),
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 바르샤바에서 폴란드 총리와 회담하고 잠수함 공동 건조 방안을 논의했다.",
     {"defense"}),
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 자카르타에서 인도네시아 대통령과 회담하고 전투기 공동 생산을 "
     "확대하기로 했다.", {"defense"}),
    ("en", "2024-05-15", "The foreign ministers of Chile and Kenya met in Nairobi on 14 May 2024 and agreed to link "
     "their networks by an undersea cable.", {"digital"}),
    ("en", "2024-05-15", "The leaders of Malaysia and Singapore met in Singapore on 14 May 2024 and agreed to "
     "cooperate on data centres.", {"digital"}),
    ("ko", "2024-05-15", "이종호 과학기술정보통신부 장관은 14일 서울에서 말레이시아 장관과 회담하고 데이터센터 구축 "
     "협력을 추진하기로 했다.", {"digital"}),
    ("ko", "2024-05-15", "안덕근 산업통상자원부 장관은 14일 브뤼셀에서 EU 집행위원과 회담하고 핵심원자재 협력을 "
     "확대하기로 했다.", {"critical_minerals"}),
    ("en", "2024-05-15", "The foreign ministers of Brazil and Indonesia met in Jakarta on 14 May 2024 and agreed to "
     "promote biofuels.", {"energy"}),
    ("en", "2024-05-15", "President Ruto and Chancellor Scholz met in Berlin on 14 May 2024 and agreed to build solar "
     "plants in Kenya.", {"energy"}),
    ("ko", "2024-05-15", "조태열 외교부 장관은 14일 베이징에서 중국 외교부장과 회담하고 미세먼지 저감을 위해 "
     "협력하기로 했다.", {"climate"}),
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 울란바토르에서 몽골 총리와 회담하고 환경 분야 협력을 강화하기로 했다.",
     {"climate"}),
    ("en", "2024-05-15", "The foreign ministers of Ghana and Denmark met in Accra on 14 May 2024 and agreed to work "
     "together towards the SDGs.", {"development"}),
    ("ko", "2024-05-15", "조태열 외교부 장관은 14일 뉴욕에서 유엔 사무총장과 면담하고 지속가능개발목표 이행을 위해 "
     "협력하기로 했다.", {"development"}),
    ("en", "2024-05-15", "The commerce ministers of Vietnam and Australia met in Hanoi on 14 May 2024 and agreed to "
     "deepen commercial ties.", {"trade"}),
    ("en", "2024-05-15", "President Sheinbaum and Prime Minister Carney met in Mexico City on 14 May 2024 and agreed "
     "to fight fentanyl trafficking and to expand trade.", {"other", "trade"}),
    ("ko", "2024-05-15", "조태열 외교부 장관은 14일 서울에서 태국 외교장관과 회담하고 마약 밀매 대응과 교역 확대를 "
     "위해 협력하기로 했다.", {"other", "trade"}),
]

# Defence's stock phrases: strategic assets deployed (`전략자산의 한반도 전개`), exercises around the peninsula, armed
# attacks (the peninsula there is where forces go, not North Korea's question).
DEFENCE = [
    ("en", "2024-05-15", "President Biden and Prime Minister Kishida met in Tokyo on 14 May 2024 and agreed to "
     "enhance the visibility of strategic assets.", {"defense"}),
    ("en", "2024-05-15", "The foreign ministers of Australia and the Philippines met in Manila on 14 May 2024 and "
     "agreed to respond together to armed attacks on their vessels.", {"defense"}),
    ("ko", "2024-05-15", "한미 국방장관은 14일 서울에서 회담하고 미 전략자산의 한반도 전개를 늘리기로 했다.",
     {"defense"}),
    ("ko", "2024-05-15", "한미 외교장관은 14일 워싱턴에서 회담하고 한반도 및 그 주변에서 연합연습을 확대하기로 했다.",
     {"defense"}),
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 도쿄에서 일본 총리와 회담하고 무력 공격에 공동 대응하기로 했다.",
     {"defense"}),
]

# Security cooperation aimed at North Korea is North Korea's alone.
AGAINST_NORTH_KOREA = [
    ("en", "2024-05-15", "The foreign ministers of Japan and the Philippines met in Manila on 14 May 2024 and agreed "
     "to deepen security cooperation to counter North Korea's missile threats.", {"north_korea"}),
    ("en", "2024-05-15", "President Yoon and Prime Minister Albanese met in Canberra on 14 May 2024 and agreed to "
     "strengthen security cooperation in response to North Korea's nuclear programme.", {"north_korea"}),
    ("ko", "2024-05-15", "조태열 외교부 장관은 14일 캔버라에서 호주 외교장관과 회담하고 북한의 핵 위협에 대응한 "
     "안보협력을 강화하기로 했다.", {"north_korea"}),
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 오타와에서 캐나다 총리와 회담하고 북한 미사일 도발에 대한 양국 안보 "
     "협력을 확대하기로 했다.", {"north_korea"}),
]

# Guards (they pass on the start too): a submarine cable is digital, the solar wind no energy; security cooperation
# beside another field stays defence's.
NOT_VOCABULARY = [
    ("en", "2024-05-15", "The foreign ministers of Chile and Japan met in Tokyo on 14 May 2024 and agreed to lay new "
     "submarine cables.", {"digital"}),
    ("en", "2024-05-15", "The space agencies of Korea and France met in Paris on 14 May 2024 and agreed to study the "
     "solar wind together.", {"space"}),
    ("en", "2024-05-15", "The foreign ministers of Japan and the Philippines met in Manila on 14 May 2024 and agreed "
     "to deepen security cooperation and trade.", {"defense", "trade"}),
    ("ko", "2024-05-15", "조태열 외교부 장관은 14일 캔버라에서 호주 외교장관과 회담하고 안보협력과 교역을 확대하기로 "
     "했다.", {"defense", "trade"}),
]

# `A·B·C 분야의`: each item of a dotted list is a field; `A와 B, C 분야의` keeps `C 분야`.
FIELDS = [
    ("ko", "2024-05-15", "윤석열 대통령은 14일 서울에서 스웨덴 총리와 정상회담을 갖고 반도체·배터리·수소 분야의 "
     "협력을 강화하기로 했다.", {"semiconductors", "batteries", "energy"}),
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 하노이에서 베트남 총리와 회담하고 원전·인공지능 분야의 공동연구를 "
     "확대하기로 했다.", {"energy", "ai"}),
    ("ko", "2024-05-15", "조태열 외교부 장관은 14일 서울에서 칠레 외교장관과 회담하고 핵심광물·우주 분야의 협력 "
     "방안을 논의했다.", {"critical_minerals", "space"}),
    ("ko", "2024-05-15", "조태열 외교부 장관은 14일 서울에서 노르웨이 외교장관과 회담하고 방산과 수소, 조선 분야의 "
     "협력 방안을 논의했다.", {"defense", "energy", "other"}),
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 리마에서 페루 총리와 회담하고 인프라와 보건, 조선 분야의 협력을 "
     "확대하기로 했다.", {"infrastructure_security", "health", "other"}),
]

# What comes before the field word keeps its topics: `리튬 공급망 분야의` (the thing and its supply chain), a clause
# joined before it (`교역을 늘리고 재생에너지 분야의`).
BEFORE_FIELD = [
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 산티아고에서 칠레 대통령과 회담하고 리튬 공급망 분야의 협력을 "
     "강화하기로 했다.", {"critical_minerals", "supply_chain"}),
    ("ko", "2024-05-15", "조태열 외교부 장관은 14일 나이로비에서 케냐 외교장관과 회담하고 교역을 늘리고 재생에너지 "
     "분야의 투자를 확대하기로 했다.", {"trade", "energy"}),
    ("ko", "2024-05-15", "안덕근 산업통상자원부 장관은 14일 리야드에서 사우디 장관과 회담하고 수소 공급망 분야의 협력 "
     "방안을 논의했다.", {"energy", "supply_chain"}),
]

# Korean fields with no topic of their own as bare list items: each an `other` entry beside the topics named.
OTHER_ITEMS = [
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 아스타나에서 카자흐스탄 총리와 회담하고 에너지, 물류, 문화 분야의 "
     "협력을 확대하기로 했다.", {"energy", "other"}),
    ("ko", "2024-05-15", "조태열 외교부 장관은 14일 서울에서 룩셈부르크 외교장관과 회담하고 디지털, 금융 등 "
     "다양한 분야에서 협력하기로 했다.", {"digital", "other"}),
    ("ko", "2024-05-15", "윤석열 대통령은 14일 서울에서 이탈리아 총리와 정상회담을 갖고 보건, 고령화 등 공동 과제에 "
     "함께 대응하기로 했다.", {"health", "other"}),
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 빈에서 오스트리아 총리와 회담하고 기후변화 대응, 교육, 인적 교류 등 "
     "여러 분야에서 협력을 넓히기로 했다.", {"climate", "other"}),
    # A guard: `문화재` is no list item `문화`.
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 빈에서 오스트리아 총리와 회담하고 원전 협력과 문화재 반환 문제를 "
     "논의했다.", {"energy"}),
]

# What an act builds on (`…, building on X`, `Building on X, …`) is its scene: X's topics are not the act's.
BUILDING_ON = [
    ("en", "2024-05-15", "President Boric and President Lula met in Santiago on 14 May 2024 and agreed to expand "
     "trade, building on the energy partnership signed in 2019.", {"trade"}),
    ("en", "2024-05-15", "The foreign ministers of Ghana and Norway met in Oslo on 14 May 2024 and agreed to deepen "
     "maritime cooperation, building on their joint investment fund.", {"maritime_security"}),
    ("en", "2024-05-15", "Building on last year's digital trade pact, the foreign ministers of Chile and New Zealand "
     "met in Wellington on 14 May 2024 and agreed to cooperate on vaccines.", {"health"}),
    # A guard: `build on` as the agreed act itself.
    ("en", "2024-05-15", "The foreign ministers of Ghana and Norway met in Oslo on 14 May 2024 and agreed to build on "
     "their joint investment fund.", {"investment"}),
]

# Guards: one field before `분야의` still decides the topic of what follows (`반도체 분야의 공급망`); a field word
# naming no topic (`양자 기술 분야의`) leaves every topic named.
ONE_FIELD = [
    ("ko", "2024-05-15", "한덕수 국무총리는 14일 헤이그에서 네덜란드 총리와 회담하고 반도체 분야의 공급망 협력을 "
     "강화하기로 했다.", {"semiconductors"}),
    ("ko", "2024-05-15", "윤석열 대통령은 14일 서울에서 핀란드 대통령과 정상회담을 갖고 원전과 양자 기술 분야의 "
     "공동연구를 추진하기로 했다.", {"energy", "quantum"}),
]


@pytest.mark.parametrize(("lang", "published", "text", "topics"), VOCABULARY + DEFENCE + AGAINST_NORTH_KOREA
                         + NOT_VOCABULARY + FIELDS + BEFORE_FIELD + OTHER_ITEMS
                         + BUILDING_ON + ONE_FIELD)
def test_topics(lang: str, published: str, text: str, topics: set[str]) -> None:
    assert _topics(text, lang, published) == topics

