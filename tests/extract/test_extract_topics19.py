"""Round 17 of issue #16, commitment topics (records.md rule 10). A bare field word as an item of a list of fields
names its topic there (`cooperation in security, trade and investment`: defence; `clean energy and technology`:
emerging technology; `정치, 경제, 안보 분야`), but not qualified, in a fixed pair (`peace and security`) or under a
word that qualifies the whole list (`defence equipment and technology`, `their economies and security`); and an
English participle of a commitment verb after the main clause (`adopted a declaration, committing to …`) is a
commitment cue; `<thing> 개발 협력` is the thing's; a Korean cue dated by a past month recalls; a host's welcome of a
guest is no cue. Sentences written for these tests (none from the corpus), each failing on main at this round's start
(5ffc806) but for the guards."""
from __future__ import annotations

import pytest

from tests.extract.test_extract_topics17 import _topics

# `security` / `안보` / `technology` as one item of a list of fields.
LIST_ITEMS = [
    ("en", "2024-02-02", "President Lula and President Ramaphosa met in Pretoria on 1 February 2024. The "
     "two presidents "
     "discussed cooperation in security, agriculture and trade.", {"defense", "other", "trade"}),
    ("en", "2024-06-05", "The foreign ministers of Chile and Indonesia met in Santiago on 4 June 2024 and discussed "
     "energy, tourism and security.", {"defense", "energy", "other"}),
    ("en", "2023-03-09", "Chancellor Scholz and President Tinubu held talks in Abuja on 8 March 2023 and "
     "agreed to expand "
     "cooperation on security, health and investment.", {"defense", "health", "investment"}),
    ("en", "2024-08-21", "Prime Minister Luxon and President Prabowo met in Jakarta on 20 August 2024 and "
     "agreed to work "
     "together on renewable energy and technology.", {"energy", "emerging_tech"}),
    ("en", "2023-10-04", "The foreign ministers of Morocco and Portugal met in Lisbon on 3 October 2023 and discussed "
     "cooperation in health, technology and tourism.", {"health", "emerging_tech", "other"}),
    ("ko", "2024-02-02", "윤석열 대통령은 1일 서울에서 아르헨티나 대통령과 정상회담을 갖고 무역, 안보 분야 협력을 "
     "강화하기로 했다.", {"defense", "trade"}),
    ("ko", "2024-02-02", "한덕수 국무총리는 1일 하노이에서 베트남 총리와 회담하고 교역, 안보 등 다양한 분야에서 협력을 "
     "넓혀 나가기로 했다.", {"defense", "trade"}),
    ("ko", "2024-02-02", "조태열 외교부 장관은 1일 서울에서 폴란드 외교장관과 회담하고 안보 분야 협력을 "
     "강화하기로 했다.", {"defense"}),
]

# Guards (they pass on the start too): the word qualified, in `peace and security`, or under a word qualifying the list.
NOT_ITEMS = [
    ("en", "2024-02-02", "President Lula and President Ramaphosa met in Pretoria on 1 February 2024 and pledged to "
     "uphold peace and security in southern Africa.", {"other"}),
    ("en", "2024-02-02", "President Lula and President Ramaphosa met in Pretoria on 1 February 2024 and agreed to "
     "strengthen energy security and trade.", {"energy", "trade"}),
    ("en", "2024-09-10", "The defence ministers of Spain and Chile met in Madrid on 9 September 2024 and "
     "agreed to deepen "
     "cooperation on defence equipment and technology.", {"defense"}),
    ("en", "2024-09-10", "The foreign ministers of Spain and Chile met in Madrid on 9 September 2024 and "
     "agreed to protect "
     "critical minerals vital to their economies and security.", {"critical_minerals"}),
    ("ko", "2024-02-02", "조태열 외교부 장관은 1일 서울에서 폴란드 외교장관과 회담하고 역내 평화와 안보를 위해 "
     "협력하기로 했다.", {"other"}),
]



# `…, committing to X`, `…, agreeing to X`: the participle adds an agreed act to the main clause.
PARTICIPLES = [
    # (round 39: a joint communiqué signed is an agreement of its own, so the meeting here signs nothing)
    ("en", "2024-02-02", "The leaders of Ghana and Côte d'Ivoire held talks in Accra on 1 February 2024, "
     "committing to expand cocoa trade.", {"trade"}),
    ("en", "2024-04-11", "President Milei and President Boric held talks in Santiago on 10 April 2024, "
     "agreeing to open a "
     "joint lithium processing venture.", {"critical_minerals"}),
    ("en", "2023-06-21", "The health ministers of Rwanda and Kenya met in Kigali on 20 June 2023, vowing to step up "
     "vaccine production.", {"health"}),
    ("en", "2023-06-21", "The foreign ministers of Peru and Ecuador met in Lima on 20 June 2023, recalling "
     "the trade pact "
     "signed in 1998.", set()),
]



# Vocabulary: the Digital Economy Partnership Agreement (`DEPA`) digital's;
# `transport links` and `transport` as a list item infrastructure's.
VOCABULARY = [
    ("en", "2024-05-09", "The foreign ministers of Chile and Singapore met in Santiago on 8 May 2024 and agreed to "
     "deepen cooperation under the DEPA.", {"digital"}),
    ("ko", "2024-05-09", "안덕근 산업통상자원부 장관은 8일 서울에서 칠레 재무장관과 회담하고 DEPA를 통한 "
     "협력을 강화하기로 했다.", {"digital"}),
    ("en", "2024-02-15", "The transport ministers of Kenya and Ethiopia met in Nairobi on 14 February 2024 and agreed "
     "to improve road and transport links between the two capitals.", {"infrastructure_security"}),
    ("en", "2024-02-15", "The foreign ministers of Kenya and Ethiopia met in Nairobi on 14 February 2024 and discussed "
     "trade, energy and transport.", {"trade", "energy", "infrastructure_security"}),
]



# `<thing> 개발 협력`: developing the thing together (its topic, or none), not development cooperation; the guard:
# `개발 협력` after a verb's ending is development cooperation (it passes on the start too).
THING_DEVELOPED = [
    ("ko", "2024-05-09", "한덕수 국무총리는 8일 서울에서 이라크 총리와 회담하고 신도시 개발 협력을 확대하기로 했다.",
     {"other"}),
    ("ko", "2024-05-09", "한덕수 국무총리는 8일 서울에서 라오스 총리와 회담하고 수력발전소 개발 협력을 확대하기로 "
     "했다.", {"energy"}),
    ("ko", "2024-05-09", "한덕수 국무총리는 8일 서울에서 라오스 총리와 회담하고 개발 협력을 확대하기로 했다.",
     {"development"}),
]



# A Korean cue dated by a past month (`2021년 3월 … 합의했으며`) or told as done before (`논의한 바 있다`) recalls an
# earlier act: not this meeting's commitment, and its clause shares no later cue.
RECALLED = [
    ("ko", "2024-05-09", "조태열 외교부 장관은 8일 서울에서 페루 외교장관과 회담했다. 양국은 2021년 3월 정상회담에서 "
     "보건 협력 강화에 합의했으며, 양 장관은 이날 농업 협력을 확대하기로 했다.", {"other"}),
    ("ko", "2024-05-09", "조태열 외교부 장관은 8일 서울에서 페루 외교장관과 회담했다. 양측은 리마에서 핵심광물 협력 "
     "방안을 논의한 바 있다. 양 장관은 농업 협력을 확대하기로 했다.", {"other"}),
    ("ko", "2023-09-14", "박진 외교부 장관은 13일 서울에서 몰도바 외교장관과 회담했다. 양측은 '22.5월 화상 협의에서 "
     "에너지 협력 방안을 논의했으며, 이날 양 장관은 보건 협력을 강화하기로 했다.", {"health"}),
]


# A host's welcome of a guest (`welcomed President X to the Élysée Palace`) is the ceremony, no commitment; the guard:
# `welcomed the progress of …` stays a cue (it passes on the start too).
WELCOMES = [
    ("en", "2024-06-12", "President Macron welcomed President Tinubu of Nigeria to the Élysée Palace on 11 June 2024 "
     "for a state visit focused on energy and trade.", set()),
    ("en", "2023-10-19", "Prime Minister Sánchez welcomed the President of Colombia, Gustavo Petro, to La Moncloa on "
     "18 October 2023 with full military honours.", set()),
    ("en", "2024-02-28", "Foreign Minister Wong welcomed Minister Vivian Balakrishnan to Canberra on 27 February 2024 "
     "for talks on maritime security.", set()),
    ("en", "2024-02-28", "Foreign Minister Wong met Minister Vivian Balakrishnan in Canberra on 27 February 2024. They "
     "welcomed the progress of the offshore wind project.", {"energy"}),
]

@pytest.mark.parametrize(("lang", "published", "text", "topics"),
                         LIST_ITEMS + NOT_ITEMS + PARTICIPLES + VOCABULARY + THING_DEVELOPED + RECALLED + WELCOMES)
def test_topics(lang: str, published: str, text: str, topics: set[str]) -> None:
    assert _topics(text, lang, published) == topics
