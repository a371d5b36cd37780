"""Filters that understand people (CLI, API, web, subscriptions) and the rough edges a new user hits."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from index.tantivy_index import TantivyIndex
from readout.app import build_app
from readout.cli import app
from readout.settings import Settings
from readout.vocabulary import vocabulary
from streams.records import EventRecord
from streams.subscriptions import SubscriptionStore

runner = CliRunner()
KEY = "dialogue:2024-06-05:JPN-KOR-USA"
CLAUSE = "반도체와 핵심광물 협력을 강화하기로 했다"
ESD = {"id": "ko1", "key": KEY, "doc_id": "doc-ko", "type": "dialogue", "date": "2024-06-05", "lang": "ko",
       "participants": ["KOR", "USA", "JPN"], "name": "제4차 한미일 경제안보대화", "ordinal": 4,
       "series": "US-Japan-ROK Economic Security Dialogue", "location": {"city": "San Diego", "country": "USA"},
       "source": "kr.mofa", "url": "https://www.mofa.go.kr/1",
       "delegates": [{"name": "왕윤종", "name_en": "Wang Yun-jong", "country": "KOR", "head": True,
                      "role": "국가안보실 제3차장"}],
       "commitments": [{"topic": t, "action": "strengthen cooperation", "parties": ["KOR", "USA", "JPN"],
                        "text": CLAUSE} for t in ("semiconductors", "critical_minerals")],
       "topics": ["semiconductors", "critical_minerals"], "evidence": "한미일은 경제안보대화를 개최했다."}
AU = {"id": "au", "key": "agreement:2024-03-10:AUS-KOR", "doc_id": "doc-au", "type": "agreement", "lang": "en",
      "date": "2024-03-10", "participants": ["KOR", "AUS"], "name": "Critical Minerals Partnership",
      "evidence": "Korea and Australia signed a minerals agreement.", "topics": ["critical_minerals"]}


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from extract.analysis import analyze

    with TantivyIndex(tmp_path / "index", analyze, vocabulary()) as index:
        assert index.write([EventRecord.model_validate(e) for e in (ESD, AU)]) == {}
    monkeypatch.setenv("READOUT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("READOUT_INDEX", raising=False)
    monkeypatch.delenv("READOUT_BUS", raising=False)
    return tmp_path


@pytest.fixture
def client(data: Path) -> TestClient:
    with TestClient(build_app(Settings(data_dir=data))) as c:
        yield c  # type: ignore[misc]


COUNTRY_NAMES = ["KOR", "kor", "ROK", "Korea", "South Korea", "한국", "대한민국"]


@pytest.mark.parametrize("name", COUNTRY_NAMES)
def test_country_names_resolve_everywhere(client: TestClient, data: Path, name: str) -> None:
    cli = runner.invoke(app, ["search", "--country", name, "--json"])
    assert cli.exit_code == 0, cli.output
    assert len(cli.stdout.splitlines()) == 2
    assert client.get("/search", params={"participants": name}).json()["total"] == 2
    assert "2 events<" in client.get("/", params={"participants": name}).text
    store = SubscriptionStore(data)
    store.add("mine", json_filter(name))
    assert store.all()["mine"].countries == ["KOR"]  # a saved subscription fires whatever was typed


def json_filter(country: str):  # noqa: ANN201
    from streams.records import EventFilter

    return EventFilter(countries=[country])


def test_us_and_its_korean_name(client: TestClient) -> None:
    for name in ("US", "U.S.", "미국", "United States"):
        assert client.get("/search", params={"participants": name}).json()["total"] == 1, name


@pytest.mark.parametrize("bad", [{"participants": "Koreaa"}, {"langs": "jp"}, {"langs": "korean"}])
def test_unknown_values_are_a_clear_error_never_an_empty_result(client: TestClient, bad: dict[str, str]) -> None:
    for route in ("/search", "/facets", "/export"):
        r = client.get(route, params=bad)
        assert r.status_code == 422, route
        assert ("unknown country" in r.text) or ("unsupported language" in r.text)
    if "participants" in bad:  # the web page: a message on the page
        page = client.get("/", params=bad)
        assert page.status_code == 200 and "unknown country &#39;Koreaa&#39;" in page.text
        assert client.get("/streams/events", params={"country": "Koreaa"}).status_code == 422


def test_cli_names_the_bad_option(data: Path) -> None:
    r = runner.invoke(app, ["search", "x", "--lang", "jp"])
    assert r.exit_code == 2 and "--lang" in r.output and "unsupported language 'jp'" in r.output
    r = runner.invoke(app, ["search", "--country", "Narnia"])
    assert r.exit_code == 2 and "--country" in r.output and "unknown country" in r.output
    r = runner.invoke(app, ["subscribe", "--country", "Narnia"])
    assert r.exit_code == 2 and "unknown country" in r.output


def test_export_filters_delegates_commitments_and_the_http_route(client: TestClient, data: Path) -> None:
    out = data / "e.csv"
    r = runner.invoke(app, ["export", "--format", "csv", "--out", str(out), "--country", "Japan", "--lang", "ko"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [row["key"] for row in rows] == [KEY]
    assert rows[0]["delegates"] == "*Wang Yun-jong (국가안보실 제3차장, KOR)"
    assert rows[0]["commitments"] == "semiconductors+critical_minerals: strengthen cooperation"  # one clause
    web = client.get("/export", params={"format": "csv", "participants": "호주"})
    assert web.status_code == 200 and web.headers["content-type"].startswith("text/csv")
    assert [row["key"] for row in csv.DictReader(io.StringIO(web.text))] == ["agreement:2024-03-10:AUS-KOR"]
    lines = client.get("/export", params={"q": "핵심광물"}).text.splitlines()
    assert sorted(json.loads(x)["key"] for x in lines) == ["agreement:2024-03-10:AUS-KOR", KEY]


def test_event_page_and_cli_show_a_clause_once_with_its_topics(client: TestClient) -> None:
    page = client.get(f"/event/{KEY}").text
    assert page.count("반도체와 핵심광물 협력을 강화하기로 했다") == 1
    assert ">semiconductors</span>" in page and ">critical_minerals</span>" in page
    assert "4th US-Japan-ROK Economic Security Dialogue" in page
    shown = runner.invoke(app, ["event", KEY])
    assert shown.exit_code == 0 and shown.output.count("반도체와 핵심광물 협력을 강화하기로 했다") == 1
    assert client.get("/events/dialogue:2024-06-05:JPN-KOR-USA").json()["key"] == KEY


def test_searching_where_there_is_no_index_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for var in ("READOUT_DATA_DIR", "READOUT_INDEX", "READOUT_BUS"):
        monkeypatch.delenv(var, raising=False)
    r = runner.invoke(app, ["search", "핵심광물"])
    assert r.exit_code == 1 and "no index at" in r.output and "READOUT_DATA_DIR" in r.output
    assert not (tmp_path / ".readout" / "index").exists()  # looking created nothing


def test_rough_edges(data: Path) -> None:
    assert runner.invoke(app, ["-h"]).exit_code == 0 and "Usage" in runner.invoke(app, ["search", "-h"]).output
    r = runner.invoke(app, ["serve", "--port", "99999"])
    assert r.exit_code == 2 and "Traceback" not in r.output and "--port" in r.output
    r = runner.invoke(app, ["tail", "dlq.extract"])  # a clean install: empty, not an unknown topic
    assert r.exit_code == 0 and r.output == ""
    listing = runner.invoke(app, ["sources", "list"]).output
    assert "16 sources" in listing and "8 samples" in listing
    r = runner.invoke(app, ["sources", "disable", "--all"])
    assert r.exit_code == 0 and "16 source(s) disabled" in r.output
    r = runner.invoke(app, ["sources", "enable", "kr.mofa", "us.state"])
    assert r.exit_code == 0 and "2 source(s) enabled" in r.output
    plan = runner.invoke(app, ["run", "--dry-run"])
    assert plan.exit_code == 0 and "would crawl 2 source(s)" in plan.output and "UTC" in plan.output
    plan = runner.invoke(app, ["run", "--dry-run", "--samples"])
    assert "would crawl 4 source(s) from the bundled sample site" in plan.output


def test_alerts_show_each_commitment_clause_once_with_its_topics(data: Path) -> None:
    from streams.bus import open_bus
    from streams.records import AlertRecord
    from streams.topics import alerts

    event = EventRecord.model_validate({**ESD, "id": KEY})
    with open_bus(f"local://{(data / 'bus').resolve()}") as bus:
        bus.publish_many([(alerts("chips"), KEY, AlertRecord(subscription="chips", event=event, notice="n1"))] * 2)
    out = runner.invoke(app, ["alerts", "chips"]).output
    assert out.count("제4차 한미일 경제안보대화") == 1  # redelivered: shown once
    assert out.count("strengthen cooperation") == 1 and "[semiconductors, critical_minerals]" in out
