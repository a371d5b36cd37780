"""Round 31 (grid31ko): the Korean paraphrase grid (tests/extract/grids/grid31ko.py) as a test. Each
`dimension=value` passes at least as many cells as recorded here at the grid's end (its before table, at 870411c:
tests/extract/grids/grid31ko_before.txt). Raise a floor when a rule makes more cells pass; never lower one."""
from __future__ import annotations

from tests.extract.grids.grid31ko import run, table

FLOORS: dict[str, int] = {
    "predicate=base:회담을 가졌다": 109,  # of 116
    "date=base:18일": 129,  # of 135
    "place=base:서울에서": 133,  # of 136
    "people=base": 146,  # of 154
    "connector=base:none": 157,  # of 167
    "predicate=회담을 했다": 1,  # of 1
    "predicate=회담을 개최했다": 3,  # of 3
    "predicate=회담을 열었다": 2,  # of 2
    "predicate=회담하고": 5,  # of 5
    "predicate=면담했다": 3,  # of 3
    "predicate=면담을 가졌다": 2,  # of 2
    "predicate=접견했다": 4,  # of 4
    "predicate=예방했다": 2,  # of 2
    "predicate=예방을 받았다": 2,  # of 2
    "predicate=만났다": 4,  # of 4
    "predicate=만나": 3,  # of 3
    "predicate=회동했다": 2,  # of 2
    "predicate=통화했다": 1,  # of 1
    "place=(none: call)": 7,  # of 7
    "predicate=전화 통화를 갖고": 3,  # of 3
    "predicate=화상회담을 가졌다": 3,  # of 3
    "predicate=오찬을 함께하며": 7,  # of 7
    "predicate=만찬을 겸한 회담": 2,  # of 2
    "predicate=공동 주재했다": 3,  # of 4
    "predicate=제N차 대화를 개최했다": 3,  # of 3
    "predicate=MOU를 체결했다": 3,  # of 3
    "predicate=MOU에 서명했다": 4,  # of 4
    "predicate=공식 출범했다": 1,  # of 2
    "predicate=회의에 참석했다": 3,  # of 3
    "predicate=회담이 열렸다": 3,  # of 4
    "predicate=회담에서는": 2,  # of 2
    "predicate=회담을 진행했다": 5,  # of 6
    "predicate=양자회담을 갖고": 2,  # of 2
    "predicate=약식회담을 했다": 2,  # of 2
    "predicate=환담했다": 1,  # of 1
    "predicate=조찬 회동을 가졌다": 2,  # of 2
    "predicate=마주 앉았다": 3,  # of 3
    "predicate=회담 후 공동성명 채택": 3,  # of 3
    "predicate=회담을 마친 뒤 기자회견": 5,  # of 5
    "predicate=MOU를 교환했다": 3,  # of 3
    "date=지난 18일": 4,  # of 4
    "date=18일(현지시간)": 5,  # of 5
    "date=3월 18일": 5,  # of 5
    "date=이날": 5,  # of 5
    "date=전날": 4,  # of 4
    "date=18일 오후": 9,  # of 10
    "date=현지시간 18일": 7,  # of 7
    "date=앞서 18일": 8,  # of 8
    "date=지난달 28일": 0,  # of 3
    "date=18일 오전(현지시간)": 3,  # of 3
    "date=지난 18일(현지시간)": 4,  # of 5
    "date=18일 저녁": 6,  # of 6
    "date=이날 오후": 2,  # of 2
    "date=18일(월)": 8,  # of 8
    "date=3.18.(월)": 7,  # of 7
    "place=외교부 청사에서": 5,  # of 5
    "place=용산 대통령실에서": 5,  # of 5
    "place=미국 워싱턴DC에서": 6,  # of 6
    "place=미 국무부에서": 8,  # of 8
    "place=도쿄 외무성에서": 0,  # of 7
    "place=G20 계기 리우": 4,  # of 4
    "place=화상으로": 5,  # of 5
    "place=방문 중 자카르타": 3,  # of 4
    "place=뉴욕 유엔본부에서": 5,  # of 5
    "place=일본 도쿄에서": 6,  # of 6
    "place=하와이 호놀룰루에서": 7,  # of 7
    "place=부산 벡스코에서": 5,  # of 5
    "place=브뤼셀 나토 본부에서": 7,  # of 7
    "people=full_name": 10,  # of 10
    "people=japan": 4,  # of 4
    "people=our_head": 5,  # of 6
    "people=both_heads": 3,  # of 3
    "people=as_head_delegation": 6,  # of 7
    "people=led_by_delegation": 5,  # of 5
    "people=leaders": 5,  # of 6
    "people=short_title": 5,  # of 5
    "people=gloss": 7,  # of 7
    "people=possessive_country": 6,  # of 6
    "people=china": 4,  # of 4
    "connector=이어": 3,  # of 3
    "connector=이어서": 5,  # of 5
    "connector=같은 날": 6,  # of 6
    "connector=다음 날": 2,  # of 2
    "connector=이후 이동해": 4,  # of 4
    "connector=앞서": 5,  # of 5
    "connector=한편": 4,  # of 4
    "connector=이에 앞서": 4,  # of 4
    "connector=오후에는": 3,  # of 3
    "connector=이튿날": 4,  # of 4
    "connector=회담에 앞서": 2,  # of 2
    "connector=회담 직후": 3,  # of 4
    "connector=같은 날 오후": 4,  # of 4
}


def test_grid_floors() -> None:
    grid, failures = run()
    counts = table(grid, failures)
    low = {k: (counts.get(k, (0, 0))[0], floor) for k, floor in FLOORS.items() if counts.get(k, (0, 0))[0] < floor}
    failing = "\n".join(f"{c.name}: {c.text}\n    " + "; ".join(failures[c.name]) for c in grid if failures[c.name])
    assert not low, f"below floor (passed, floor): {low}\nfailing cells:\n{failing}"
