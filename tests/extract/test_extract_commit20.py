"""Round 17 of issue #16, commitment detection (records.md rule 10): which clauses are commitments. Agreement on a
need (`협력할 필요가 있다는 데 공감했다`) is a commitment, not a past state; a cue word inside a negated predicate
(`합의에 이르지 못했다`, `did not agree on`) is none; a modal inside a hope or a concern (`expressed the hope that
China would …`) is no pledge. Each rule on sentences written for these tests (none from the corpus), each failing
on main at this round's start (386b34a) but for three guards (`-지 않기로 합의했다`, `논의했으나 … 않았다`, and a
cue after a hope)."""
from __future__ import annotations

import pytest

from tests.extract.test_extract_topics17 import _topics

# Both sides agreeing on a need to act (`…할 필요가 있다는 데 공감대를 형성했다`): a commitment on that field.
NEED = [
    ("ko", "2024-09-11", "스웨덴 총리와 폴란드 대통령은 10일 바르샤바에서 정상회담을 갖고 해상풍력 등 에너지 분야에서 "
     "협력을 강화할 필요가 있다는 데 공감대를 형성했다.", {"energy"}),
    ("ko", "2023-04-06", "칠레와 베트남 외교장관은 5일 하노이에서 회담하고 리튬 등 핵심광물 협력을 넓혀 나갈 필요가 "
     "있다는 데 의견을 같이했다.", {"critical_minerals"}),
    ("ko", "2025-02-19", "멕시코와 캐나다 통상장관은 18일 오타와에서 회담을 열고 양국 간 교역을 늘릴 "
     "필요성이 있다는 데 공감했다.", {"trade"}),
]



# A cue word inside a negated predicate (`합의에 이르지 못했다`, `합의문도 발표하지 않았다`, `did not agree`,
# `failed to reach agreement`): nothing was agreed. (`-지 않기로 했다`, agreeing not to act, still counts.)
NEGATED = [
    ("ko", "2024-06-13", "브라질과 아르헨티나 정상은 12일 브라질리아에서 정상회담을 가졌으나 관세 문제에 대한 합의에는 "
     "이르지 못했다.", set()),
    ("ko", "2023-10-25", "인도와 캐나다 외교장관은 24일 뉴욕에서 회담했다. 양측은 회담 후 무역 협상 재개에 관한 "
     "합의문을 발표하지 않았다.", set()),
    ("ko", "2022-08-04", "케냐와 에티오피아 정상은 3일 나이로비에서 회담하고 국경 지역의 에너지 송전망 연결에 "
     "합의하지 못했다.", set()),
    ("en", "2024-06-13", "The prime ministers of Greece and North Macedonia met in Athens on 12 June 2024 but did not "
     "agree on a timetable for the new energy interconnector.", set()),
    ("en", "2023-11-09", "The trade ministers of Chile and Peru met in Lima on 8 November 2023. They failed to "
     "agree on tariffs for agricultural exports.", set()),
    ("ko", "2025-01-16", "세르비아와 헝가리 외교장관은 15일 베오그라드에서 회담하고 가스관 연결 사업을 논의했으나 "
     "구체적인 합의는 발표하지 않았다.", {"energy"}),
    ("ko", "2024-02-22", "노르웨이와 아이슬란드 어업장관은 21일 오슬로에서 회담하고 북극 해역에서 새 어장 개발을 "
     "추진하지 않기로 합의했다.", {"other"}),
]



# A modal inside what one side hopes or fears (`expressed the hope that X would …`, `voiced concern that X will …`)
# pledges nothing; a cue after it (`…, and agreed to …`) still counts.
HOPE = [
    ("en", "2024-05-04", "Prime Minister Fiala met President Stubb in Helsinki on 3 May 2024. The Prime Minister "
     "expressed the hope that the ceasefire in the region would hold through the summer.", set()),
    ("en", "2023-09-21", "The foreign ministers of Ghana and Togo met in Accra on 20 September 2023. The Ghanaian "
     "minister voiced concern that the unrest in the Sahel will spread further south.", set()),
    ("en", "2025-03-12", "Chancellor Nehammer met Prime Minister Montenegro in Lisbon on 11 March 2025. He said he "
     "hoped that the two peoples would grow closer in the years ahead.", set()),
    ("en", "2024-05-04", "President Boric met President Petro in Bogotá on 3 May 2024. They expressed the hope that "
     "the border would stay calm, and agreed to expand cooperation on renewable energy.", {"energy"}),
]



@pytest.mark.parametrize(("lang", "published", "text", "topics"), NEED + NEGATED + HOPE)
def test_which_clauses_are_commitments(lang: str, published: str, text: str, topics: set[str]) -> None:
    assert _topics(text, lang, published) == topics
