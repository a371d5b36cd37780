"""Round 31 (grid31ko): the Korean paraphrase grid (tests/extract/grids/grid31ko.py) as a test. Each
`dimension=value` passes at least as many cells as recorded here at the grid's end (its before table, at 870411c:
tests/extract/grids/grid31ko_before.txt). Raise a floor when a rule makes more cells pass; never lower one."""
from __future__ import annotations

from tests.extract.grids.grid31ko import run, table

FLOORS: dict[str, int] = {
    "predicate=base:회담을 가졌다": 73,  # of 83
    "date=base:18일": 93,  # of 99
    "place=base:서울에서": 95,  # of 99
    "people=base": 105,  # of 112
    "connector=base:none": 101,  # of 110
    "predicate=회담을 했다": 4,  # of 4
    "predicate=회담을 개최했다": 1,  # of 1
    "predicate=회담을 열었다": 3,  # of 3
    "predicate=회담하고": 2,  # of 3
    "predicate=면담했다": 4,  # of 4
    "predicate=면담을 가졌다": 2,  # of 2
    "predicate=접견했다": 2,  # of 3
    "predicate=예방했다": 2,  # of 3
    "predicate=예방을 받았다": 5,  # of 5
    "predicate=만났다": 4,  # of 4
    "predicate=만나": 3,  # of 3
    "predicate=회동했다": 6,  # of 6
    "predicate=통화했다": 4,  # of 4
    "place=(none: call)": 7,  # of 7
    "predicate=전화 통화를 갖고": 2,  # of 2
    "predicate=화상회담을 가졌다": 1,  # of 1
    "predicate=오찬을 함께하며": 4,  # of 4
    "predicate=만찬을 겸한 회담": 5,  # of 5
    "predicate=공동 주재했다": 2,  # of 2
    "predicate=제N차 대화를 개최했다": 5,  # of 5
    "predicate=MOU를 체결했다": 2,  # of 2
    "predicate=MOU에 서명했다": 2,  # of 2
    "predicate=공식 출범했다": 1,  # of 1
    "predicate=회의에 참석했다": 3,  # of 3
    "predicate=회담이 열렸다": 3,  # of 3
    "predicate=회담에서는": 2,  # of 2
    "date=지난 18일": 6,  # of 6
    "date=18일(현지시간)": 4,  # of 4
    "date=3월 18일": 4,  # of 4
    "date=이날": 7,  # of 7
    "date=전날": 7,  # of 8
    "date=18일 오후": 4,  # of 5
    "date=현지시간 18일": 4,  # of 4
    "date=앞서 18일": 11,  # of 11
    "date=지난달 28일": 0,  # of 5
    "date=18일 오전(현지시간)": 7,  # of 7
    "place=외교부 청사에서": 8,  # of 8
    "place=용산 대통령실에서": 6,  # of 7
    "place=미국 워싱턴DC에서": 4,  # of 4
    "place=미 국무부에서": 10,  # of 10
    "place=도쿄 외무성에서": 0,  # of 7
    "place=G20 계기 리우": 8,  # of 8
    "place=화상으로": 5,  # of 6
    "place=방문 중 자카르타": 4,  # of 4
    "people=full_name": 5,  # of 7
    "people=japan": 8,  # of 9
    "people=our_head": 7,  # of 7
    "people=both_heads": 9,  # of 10
    "people=as_head_delegation": 5,  # of 7
    "people=led_by_delegation": 2,  # of 2
    "people=leaders": 6,  # of 6
    "connector=이어": 7,  # of 8
    "connector=이어서": 4,  # of 4
    "connector=같은 날": 10,  # of 10
    "connector=다음 날": 6,  # of 8
    "connector=이후 이동해": 1,  # of 1
    "connector=앞서": 3,  # of 4
    "connector=한편": 6,  # of 6
    "connector=이에 앞서": 6,  # of 6
    "connector=오후에는": 3,  # of 3
}


def test_grid_floors() -> None:
    grid, failures = run()
    counts = table(grid, failures)
    low = {k: (counts.get(k, (0, 0))[0], floor) for k, floor in FLOORS.items() if counts.get(k, (0, 0))[0] < floor}
    failing = "\n".join(f"{c.name}: {c.text}\n    " + "; ".join(failures[c.name]) for c in grid if failures[c.name])
    assert not low, f"below floor (passed, floor): {low}\nfailing cells:\n{failing}"
