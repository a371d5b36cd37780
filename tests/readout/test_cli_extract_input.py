"""`readout extract` input handling: dates and datetimes in `published`, nulls, bad lines."""
from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from readout.cli import app
from readout.cli_extract import _published

runner = CliRunner()


def test_published_forms() -> None:
    assert _published("2024-06-06") == date(2024, 6, 6)
    assert _published("2024-06-06T23:30:00") == date(2024, 6, 6)  # no zone: the day as written
    aware = _published("2024-06-06T09:00:00+09:00")
    assert isinstance(aware, datetime) and aware.utcoffset() == timedelta(hours=9)
    assert _published("2024-06-06T00:30:00Z") == datetime(2024, 6, 6, 0, 30, tzinfo=UTC)
    assert _published("June 6") is None and _published(20240606) is None


def test_naive_datetime_still_resolves_relative_dates(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    text = "한미 양국 외교장관은 5일 워싱턴에서 회담을 열고 반도체 공급망 협력을 강화하기로 했다."
    docs.write_text(json.dumps({"id": 7, "text": text, "published": "2024-03-06T10:00:00", "lang": None,
                                "title": None}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", "--in", str(docs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert events and events[0]["doc_id"] == "7" and events[0]["date"] == "2024-03-05"


def test_extract_text_rejects_a_bad_date() -> None:
    result = runner.invoke(app, ["extract-text", "회담", "--published", "yesterday"])
    assert result.exit_code == 2 and "ISO 8601" in result.output
