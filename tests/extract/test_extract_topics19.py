"""Round 17 of issue #16, commitment topics (records.md rule 10). A bare field word as an item of a list of fields
names its topic there (`cooperation in security, trade and investment`: defence; `clean energy and technology`:
emerging technology; `정치, 경제, 안보 분야`), but not qualified, in a fixed pair (`peace and security`) or under a
word that qualifies the whole list (`defence equipment and technology`, `their economies and security`); and an
English participle of a commitment verb after the main clause (`adopted a declaration, committing to …`) is a
commitment cue. Sentences written for these tests (none from the corpus), each failing on main at this round's start
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


@pytest.mark.parametrize(("lang", "published", "text", "topics"), LIST_ITEMS + NOT_ITEMS)
def test_field_word_as_a_list_item(lang: str, published: str, text: str, topics: set[str]) -> None:
    assert _topics(text, lang, published) == topics


# `…, committing to X`, `…, agreeing to X`: the participle adds an agreed act to the main clause.
PARTICIPLES = [
    ("en", "2024-02-02", "The leaders of Ghana and Côte d'Ivoire met in Accra on 1 February 2024 and signed a joint "
     "communiqué, committing to expand cocoa trade.", {"trade"}),
    ("en", "2024-04-11", "President Milei and President Boric held talks in Santiago on 10 April 2024, "
     "agreeing to open a "
     "joint lithium processing venture.", {"critical_minerals"}),
    ("en", "2023-06-21", "The health ministers of Rwanda and Kenya met in Kigali on 20 June 2023, vowing to step up "
     "vaccine production.", {"health"}),
    ("en", "2023-06-21", "The foreign ministers of Peru and Ecuador met in Lima on 20 June 2023, recalling "
     "the trade pact "
     "signed in 1998.", set()),
]


@pytest.mark.parametrize(("lang", "published", "text", "topics"), PARTICIPLES)
def test_participle_of_a_commitment_verb(lang: str, published: str, text: str, topics: set[str]) -> None:
    assert _topics(text, lang, published) == topics
