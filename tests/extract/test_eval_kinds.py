"""`readout eval --kinds`: event errors counted by kind (extract.evaluate.error_kinds), a diagnostic beside the
measures. Records are hand-made; no extraction runs."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from extract.evaluate import Event, GoldDocument, error_kinds, score
from readout.cli import app

runner = CliRunner()


def _ev(**kw: Any) -> dict[str, Any]:
    base = {"doc_id": "d1", "lang": "en", "type": "dialogue", "date": "2024-06-05", "participants": ["KOR", "USA"]}
    return {**base, **kw}


def _kinds(gold: list[dict], pred: list[dict]) -> dict[str, int]:
    report = score([GoldDocument(id="d1", events=[Event(**g) for g in gold])], [Event(**p) for p in pred])
    return dict(report.kinds())


def test_a_date_one_day_off_is_one_error_not_two() -> None:
    # The F1 counts it twice (a spurious event and a missed one); the kind counts the one fix it needs.
    assert _kinds([_ev()], [_ev(date="2024-06-06")]) == {"date one day off": 1}
    assert _kinds([_ev()], [_ev(date="2024-06-12")]) == {"date 2+ days off": 1}
    assert _kinds([_ev(date=None)], [_ev()]) == {"dated, gold undated": 1}
    assert _kinds([_ev()], [_ev(date=None)]) == {"undated, gold dated": 1}


def test_wrong_type_mentioned_missed_and_spurious() -> None:
    assert _kinds([_ev()], [_ev(type="agreement")]) == {"wrong type": 1}
    assert _kinds([_ev()], [_ev(mentioned=True)]) == {"found as mentioned": 1}
    assert _kinds([_ev(), _ev(type="launch", date="2024-06-01")], [_ev(), _ev(type="statement", date="2024-05-02")]) \
        == {"missed": 1, "spurious": 1}


def test_matched_and_excused_events_are_no_error() -> None:
    # A held prediction of a gold mentioned event costs nothing in the measures, so it is no kind either.
    gold = [_ev(), _ev(type="agreement", date="2023-11-16", mentioned=True)]
    assert _kinds(gold, [_ev(), _ev(type="agreement", date="2023-11-16")]) == {}
    assert error_kinds([], [], []) == {}


def test_cli_kinds_table_and_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d1", "events": [_ev(), _ev(type="launch", date="2024-06-04")]}) + "\n")
    events = tmp_path / "events.jsonl"
    events.write_text("".join(json.dumps(e) + "\n" for e in (_ev(date="2024-06-04"), _ev(type="statement"))))
    table = runner.invoke(app, ["eval", "--gold", str(gold), "--events", str(events), "--kinds"])
    assert table.exit_code == 0, table.output
    assert "event error" in table.stdout and "date one day off" in table.stdout
    out = json.loads(runner.invoke(app, ["eval", "--gold", str(gold), "--events", str(events), "--kinds",
                                         "--json"]).stdout)
    assert out["event_error_kinds"] == {"date one day off": 1, "missed": 1, "spurious": 1}
    plain = json.loads(runner.invoke(app, ["eval", "--gold", str(gold), "--events", str(events), "--json"]).stdout)
    assert "event_error_kinds" not in plain
