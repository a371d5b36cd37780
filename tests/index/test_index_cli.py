"""`readout search` and `readout export` against a tantivy index named by READOUT_INDEX."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from events import KEY, english_report, korean_report
from typer.testing import CliRunner

from index.model import Analyzer
from index.tantivy_index import TantivyIndex
from readout.cli import app


@pytest.fixture
def env(tmp_path: Path, analyze: Analyzer, monkeypatch: pytest.MonkeyPatch) -> Path:
    with TantivyIndex(tmp_path / "index", analyze) as index:
        index.write([korean_report(), english_report()])
    monkeypatch.setenv("READOUT_INDEX", f"tantivy://{tmp_path / 'index'}")
    monkeypatch.setenv("READOUT_DATA_DIR", str(tmp_path))
    return tmp_path


def test_search_json_and_table(env: Path) -> None:
    r = CliRunner().invoke(app, ["search", "핵심광물", "--country", "KOR", "--topic", "critical_minerals",
                                 "--from", "2024-01-01", "--json"])
    assert r.exit_code == 0, r.output
    hits = [json.loads(line) for line in r.stdout.splitlines()]
    assert [h["event"]["key"] for h in hits] == [KEY]
    r = CliRunner().invoke(app, ["search", "sanctions", "--person", "Yunjong Wang"])
    assert r.exit_code == 0 and "1 event(s)" in r.stdout
    r = CliRunner().invoke(app, ["search", "x", "--from", "June"])
    assert r.exit_code == 2 and "--from" in r.output


def test_export_jsonl_and_csv(env: Path) -> None:
    r = CliRunner().invoke(app, ["export", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    assert [json.loads(line)["key"] for line in r.stdout.splitlines() if line.startswith("{")] == [KEY]
    out = env / "events.csv"
    r = CliRunner().invoke(app, ["export", "--format", "csv", "--out", str(out)])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1 and rows[0]["reports"] == "2" and rows[0]["participants"] == "JPN;KOR;USA"
