"""The HTTP API over a tantivy index: results, 404/422, and fuzzed query text that never yields a 5xx."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from events import KEY, english_report, korean_report
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.model import Analyzer
from index.tantivy_index import TantivyIndex
from readout.api import create_app
from readout.settings import Settings

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, analyze: Analyzer) -> Iterator[TestClient]:
    path: Path = tmp_path_factory.mktemp("api") / "index"
    index = TantivyIndex(path, analyze)
    index.write([korean_report(), english_report()])
    app = create_app(Settings(index=f"tantivy://{path}"), index=index)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    index.close()


def test_search_returns_merged_events_with_highlights_and_facets(client: TestClient) -> None:
    r = client.get("/search", params={"q": "경제안보", "topics": ["critical_minerals"], "facets": "true"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == 1 and body["hits"][0]["event"]["key"] == KEY
    assert "<em>" in body["hits"][0]["highlights"]["evidence"][0]
    assert {b["value"] for b in body["facets"]["lang"]} == {"ko", "en"}
    assert client.get("/search", params={"q": "sanctions", "types": ["launch"]}).json()["total"] == 0


def test_event_facets_and_health(client: TestClient) -> None:
    ev = client.get(f"/events/{KEY}")
    assert ev.status_code == 200 and len(ev.json()["reports"]) == 2
    assert client.get("/events/nope:1").status_code == 404
    assert client.get("/facets", params={"participants": ["KOR"]}).json()["type"] == [{"value": "dialogue", "count": 1}]
    assert client.get("/healthz").json()["events"] == 1
    assert "/search" in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize("params, field", [
    ({"size": 1000}, "size"), ({"size": 0}, "size"), ({"date_from": "June"}, "date_from"),
    ({"types": ["party"]}, "types"), ({"topics": ["gossip"]}, "topics"), ({"sort": "random"}, "sort"),
    ({"search_after": "garbage"}, "search_after"), ({"date_from": "2024-02-01", "date_to": "2024-01-01"}, None),
    ({"participants_mode": "most"}, "participants_mode"), ({"mentioned": "perhaps"}, "mentioned"),
    ({"q": "x" * 10_001}, "q"),
])
def test_invalid_parameters_are_422_with_a_message(client: TestClient, params: dict, field: str | None) -> None:
    for path in ("/search", "/facets") if field != "search_after" else ("/search",):
        r = client.get(path, params=params)
        assert r.status_code == 422, (path, params, r.text)
        detail = r.json()["detail"]
        assert detail and all(d["msg"] for d in detail)
        if field:
            assert any(field in d["loc"] for d in detail), detail


LUCENE = st.sampled_from(['title:(a AND b)', '"unclosed', "a~2", "b^10", "[1 TO 2]", "{x TO *}", "*:*", "\\", "/re/",
                          "&&", "||", "!", "(", ")", "-", "+", "?", "*", "경제안보", "sanctions", "OR", "NOT"])
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)  # control characters included
QUERIES = st.one_of(TEXT, st.lists(st.one_of(LUCENE, TEXT), max_size=20).map(" ".join),
                    st.integers(9_990, 10_000).map(lambda n: ("경제 안보 AND (x:" * 1000)[:n]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=QUERIES, sort=st.sampled_from(["relevance", "date"]))
def test_fuzzed_query_text_never_5xx(client: TestClient, q: str, sort: str) -> None:
    r = client.get("/search", params={"q": q, "sort": sort, "facets": "true"})
    assert r.status_code in (200, 422), r.text[:500]


def test_long_and_hostile_queries_are_answered(client: TestClient) -> None:
    for q in [("경제 안보 AND (x:" * 1000)[:10_000], "\x00\x01\x7f\u2028", '*:* OR key:"' + KEY + '"']:
        r = client.get("/search", params={"q": q, "facets": "true"})
        assert r.status_code == 200 and r.json()["total"] in (0, 1), r.text[:300]


def test_totals_past_the_cap_say_so(tmp_path: Path, analyze: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    import index.port

    ix = TantivyIndex(tmp_path / "index", analyze)
    ix.write([korean_report(), english_report(),
              english_report(id="b", key="statement:2024-01-02:KOR", doc_id="b", date="2024-01-02", type="statement"),
              english_report(id="c", key="launch:2023-05-06:KOR", doc_id="c", date="2023-05-06", type="launch")])
    monkeypatch.setattr(index.port, "TOTAL_CAP", 2)
    app = create_app(Settings(index=f"tantivy://{tmp_path / 'index'}"), index=ix)
    with TestClient(app) as c:
        body = c.get("/search", params={"size": 1}).json()
        assert (body["total"], body["total_relation"]) == (2, "gte")
        nxt = c.get("/search", params={"size": 1, "search_after": body["next"]}).json()
        assert (nxt["total"], nxt["total_relation"]) == (2, "gte")
        body = c.get("/search", params={"size": 1, "exact_total": "true", "facets": "true"}).json()
        assert (body["total"], body["total_relation"]) == (3, "eq") and body["facets"]["sample"] == 1
        assert c.get("/facets", params={"exact": "true"}).json()["sample"] == 1
    ix.close()
