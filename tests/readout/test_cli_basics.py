"""`readout --help`, `version`, `topics` and `tail` on the embedded log."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readout.cli import app
from streams.bus import open_bus
from streams.records import DocumentRecord

runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("READOUT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("READOUT_BUS", raising=False)
    return tmp_path


def test_help_and_version() -> None:
    assert "tail" in runner.invoke(app, ["--help"]).output
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0 and result.output.strip()[0].isdigit()


def test_topics_and_tail(data_dir: Path) -> None:
    with open_bus(f"local://{(data_dir / 'bus').resolve()}") as bus:
        bus.publish_many(("raw.documents", str(i), DocumentRecord(id=str(i), text=f"본문 {i}")) for i in range(3))
        consumer = bus.consumer("extract", ["raw.documents"])
        consumer.poll(1, 1.0)
        consumer.commit()
        consumer.close()
    out = runner.invoke(app, ["topics"]).output
    assert "raw.documents" in out and "extract=2" in out
    result = runner.invoke(app, ["tail", "raw.documents", "--from-beginning"])
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert sorted(x["value"]["text"] for x in lines) == ["본문 0", "본문 1", "본문 2"]
    assert runner.invoke(app, ["tail", "raw.documents"]).output == ""  # default: only new records


def test_tail_unknown_topic_says_so(data_dir: Path) -> None:
    result = runner.invoke(app, ["tail", "no.such.topic"])
    assert result.exit_code == 2 and "unknown topic 'no.such.topic'" in result.output
