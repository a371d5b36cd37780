"""The view routes on both index backends (tantivy, Elasticsearch via noida-db): series with follow-through and
next-meeting tracking, side-by-side readouts, person and country pages, timeline, trends and network."""
from __future__ import annotations

from datetime import date

import pytest
from data import BILATERAL, LAUNCH, R1, R2, R3, SERIES, SERIES_ID
from fastapi.testclient import TestClient

from index.model import MergedEvent, Next, Place, Report
from index.pivot import MAX_INNER, MAX_OUTER, check_pivot
from index.series import deadline, track_next

pytestmark = pytest.mark.timeout(240)


def statuses(round_: dict) -> dict[str, str]:
    return {c["topic"]: c["status"] for c in round_["commitments"]}


def test_series_list_counts_rounds_and_mentions(client: TestClient) -> None:
    found = {s["id"]: s for s in client.get("/series").json()}
    assert found[SERIES_ID] == {"id": SERIES_ID, "name": SERIES, "rounds": 3, "mentions": 1,
                                "first": "2023-06", "last": "2024-06"}


def test_series_rounds_follow_through_and_next_meeting(client: TestClient) -> None:
    view = client.get(f"/series/{SERIES_ID}").json()
    assert view["name"] == SERIES and view["total"] == 4 and not view["truncated"]
    r1, r2, r3 = view["rounds"]
    assert [r["key"] for r in (r1, r2, r3)] == [R1, R2, R3] and [r["ordinal"] for r in (r1, r2, r3)] == [1, 2, 3]
    assert [h["person"] for h in r1["heads"]] == ["wang-yun-jong", "Kurt Campbell"]
    # round 1's commitments: reported again at round 2 and 3, realised by the launch
    assert statuses(r1) == {"critical_minerals": "reported_again", "supply_chain": "realised",
                            "quantum": "reported_again"}
    links = {c["topic"]: c["events"] for c in r1["commitments"]}
    assert [e["key"] for e in links["critical_minerals"]] == [R2]
    assert links["critical_minerals"][0]["evidence"] == "The partners reviewed joint investment in critical minerals."
    assert [e["key"] for e in links["supply_chain"]] == [LAUNCH] and [e["key"] for e in links["quantum"]] == [R3]
    assert statuses(r2) == {"critical_minerals": "no_later_report"}
    # announced at round 1 for 2023-H2 and held in November: on time; at round 2 for March 2024, held in June: late
    assert r1["next"] | {} == {**r1["next"], "ordinal": 2, "when": "2023-H2", "deadline": "2023-12-31",
                               "held_key": R2, "status": "on_time", "source": "next"}
    assert (r2["next"]["status"], r2["next"]["deadline"], r2["next"]["held_date"]) == ("late", "2024-03-31",
                                                                                      "2024-06-05")
    # round 3's Korean readout mentions the next round, in Korea, no date: not held yet
    assert r3["next"]["source"] == "mention" and r3["next"]["status"] == "not_yet"
    assert r3["next"]["place"]["country"] == "KOR" and not r3["next"]["overdue"]
    # A merged event shows its series, not a generic `다음 …` name (event identity, issue 14).
    assert r3["langs"] == ["en", "ko"] and view["mentions"][0]["name"] == SERIES


def test_series_by_name_or_part_and_unknown(client: TestClient) -> None:
    assert client.get("/series/economic security").json()["id"] == SERIES_ID
    assert client.get(f"/series/{SERIES}").json()["id"] == SERIES_ID
    assert client.get("/series/nothing-like-it").status_code == 404


def test_compare_readouts_by_government(client: TestClient) -> None:
    body = client.get(f"/events/{R3}/compare").json()
    sides = {s["side"]: s for s in body["sides"]}
    assert set(sides) == {"KOR", "USA"}  # kr.president and us.whitehouse in the source registry
    assert sides["KOR"]["langs"] == ["ko"] and sides["USA"]["langs"] == ["en"]
    assert [d["name"] for d in sides["KOR"]["delegates"]] == ["왕윤종"]
    assert body["shared_topics"] == ["semiconductors"]
    only = {(o["side"], o["kind"], o["value"]): o["evidence"] for o in body["only"]}
    assert only[("KOR", "topic", "technology_protection")] == ["핵심기술 보호 협력도 계속하기로 했다."]
    assert only[("USA", "topic", "quantum")] == ["They agreed to deepen cooperation on quantum information science."]
    assert ("USA", "delegate", "Kurt Campbell") in only  # the Korean readout names only its own delegate
    assert not any(side == "KOR" and kind == "delegate" for side, kind, _ in only)  # 왕윤종 = Yunjong Wang
    by_lang = client.get(f"/events/{R3}/compare", params={"by": "lang"}).json()
    assert [s["side"] for s in by_lang["sides"]] == ["en", "ko"]
    assert client.get("/events/nope:1/compare").status_code == 404
    assert client.get(f"/events/{R3}/compare", params={"by": "mood"}).status_code == 422
    assert client.get(f"/events/{R3}").json()["key"] == R3  # the event route is still the event


def test_person_page_any_spelling(client: TestClient) -> None:
    view = client.get("/persons/wang-yun-jong").json()
    assert client.get("/persons/왕윤종").json()["id"] == client.get("/persons/Yunjong Wang").json()["id"] == view["id"]
    assert view["name"] == "Wang Yun-jong" and view["country"] == "KOR" and view["total"] == 4
    assert {"왕윤종", "Wang Yun-jong", "Yunjong Wang"} <= set(view["names"])
    assert [e["key"] for e in view["events"]] == [R3, R2, BILATERAL, R1]
    roles = {r["role"]: (r["first"], r["last"], r["events"]) for r in view["roles"]}
    assert roles["Secretary for Economic Security"] == ("2023-06-27", "2023-11-20", 2)
    assert roles["경제안보비서관"] == ("2023-09-12", "2023-09-12", 1)
    assert [(s["series"], [r["ordinal"] for r in s["rounds"]]) for s in view["led"]] == [(SERIES, [1, 2, 3])]
    assert {c["name"]: c["events"] for c in view["counterparts"]} == {"Kurt Campbell": 3}
    assert sum(b["count"] for b in view["months"]) == 4
    assert client.get("/persons/Nobody Atall").status_code == 404


def test_country_page(client: TestClient) -> None:
    view = client.get("/countries/kor").json()
    assert view["code"] == "KOR" and view["total"] == 5  # held events only
    assert {b["value"]: b["count"] for b in view["partners"]} == {"USA": 5, "JPN": 4}
    assert [r["value"] for r in view["trends"]] == ["2023-06", "2023-09", "2023-11", "2024-01", "2024-06"]
    june = {b["value"]: b["count"] for b in view["trends"][-1]["buckets"]}
    assert june == {"semiconductors": 1, "technology_protection": 1, "quantum": 1}
    assert view["recent"][0]["key"] == R3 and "wang-yun-jong" in {p["person"] for p in view["persons"]}
    assert client.get("/countries/BRA").status_code == 404
    assert client.get("/countries/K1").status_code == 422


def test_timeline_trends_network(client: TestClient) -> None:
    months = client.get("/timeline", params={"mentioned": "false"}).json()
    assert months[0] == {"value": "2023-06", "count": 1} and months[-1] == {"value": "2024-06", "count": 1}
    assert len(months) == 13 and {"value": "2023-07", "count": 0} in months  # empty months filled in
    trends = client.get("/trends", params={"participants": ["JPN"], "top": 3}).json()
    assert trends["months"][0] == "2023-06" and len(trends["months"]) == 13
    top = {t["topic"]: t["total"] for t in trends["topics"]}
    assert top == {"critical_minerals": 2, "quantum": 2, "supply_chain": 2}  # semiconductors: 1
    net = client.get("/network", params={"mentioned": "false"}).json()
    weights = {(e["source"], e["target"]): e["weight"] for e in net["edges"]}
    assert weights == {("KOR", "USA"): 5, ("JPN", "KOR"): 4, ("JPN", "USA"): 4}
    people = client.get("/network", params={"by": "persons"}).json()
    assert {n["label"] for n in people["nodes"]} == {"Wang Yun-jong", "Kurt Campbell"}
    assert people["edges"] == [{"source": "Kurt Campbell", "target": "wang-yun-jong", "weight": 3}]
    assert client.get("/network", params={"by": "planets"}).status_code == 422
    assert client.get("/trends", params={"top": 0}).status_code == 422
    assert client.get("/timeline", params={"date_from": "June"}).status_code == 422


def test_aggregations_are_bounded() -> None:
    assert check_pivot("month", "topics", 10**9, 10**9) == (MAX_OUTER, MAX_INNER)
    with pytest.raises(ValueError):
        check_pivot("text_ko", "topics", 1, 1)


@pytest.mark.parametrize("when, end", [("2025", "2025-12-31"), ("2025-H1", "2025-06-30"), ("2024-Q1", "2024-03-31"),
                                       ("2024-02", "2024-02-29"), ("2025-03-14", "2025-03-14"), ("regular", None),
                                       ("2025-13", None), (None, None)])
def test_announced_periods(when: str | None, end: str | None) -> None:
    got = deadline(when)
    assert (got.isoformat() if got else None) == end


def test_a_rounds_own_next_keeps_the_place_a_mention_gives() -> None:
    """The record's `next` (the 5th, no date) gives number and timing; the same readout's mention of that round
    (`다음 대화를 한국에서`) still gives where."""
    held = MergedEvent(key="dialogue:2024-06-05:JPN-KOR-USA", type="dialogue", mentioned=False, ordinal=4,
                       date="2024-06-05", next=Next(ordinal=5),
                       reports=[Report(id="a", doc_id="kr-doc", lang="ko")])
    named = MergedEvent(key="dialogue:undated:JPN-KOR-USA:next", type="dialogue", mentioned=True,
                        location=Place(country="KOR"), reports=[Report(id="b", doc_id="kr-doc", lang="ko")])
    t = track_next(held, [], [named], date(2024, 7, 1))
    assert t is not None and (t.ordinal, t.source, t.place.country, t.status) == (5, "next", "KOR", "not_yet")
    # a mention from another document gives nothing
    other = named.model_copy(update={"reports": [Report(id="c", doc_id="other-doc", lang="en")]})
    t = track_next(held, [], [other], date(2024, 7, 1))
    assert t is not None and t.place.country is None
