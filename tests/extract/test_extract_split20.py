"""split20: `readout eval --ties best` (a diagnostic tie rule) and same-day meetings split apart (Korean)."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from extract.evaluate import Event, GoldDocument, Report, score
from readout.cli import app

runner = CliRunner()


def _ev(**kw: object) -> dict:
    return {"doc_id": "d1", "type": "dialogue", "date": "2023-09-04", "participants": ["KOR", "IDN"], **kw}


def _both(gold: list[dict], events: list[dict]) -> tuple[Report, Report]:
    g, e = [GoldDocument(id="d1", events=gold)], [Event.model_validate(x) for x in events]
    return score(g, e), score(g, e, ties="best")


# Two same-day meetings with the same parties, output in document order: the shared rule gives the first gold
# meeting the later prediction, so delegates and topics cross; `best` pairs each with the one that agrees.
def test_best_ties_pair_same_day_meetings_by_delegates_and_topics() -> None:
    jokowi = {"names": ["조코 위도도", "Joko Widodo"], "country": "IDN"}
    retno = {"names": ["레트노 마르수디", "Retno Marsudi"], "country": "IDN"}
    gold = [_ev(name="정상회담", delegates=[jokowi], commitments=[{"topic": "ev_batteries"}]),
            _ev(name="외교장관회담", delegates=[retno], commitments=[{"topic": "maritime"}])]
    events = [_ev(delegates=[{"name": "조코 위도도", "country": "IDN"}], commitments=[{"topic": "ev_batteries"}]),
              _ev(delegates=[{"name": "레트노 마르수디", "country": "IDN"}], commitments=[{"topic": "maritime"}])]
    shared, best = _both(gold, events)
    assert shared.total.events.tp == best.total.events.tp == 2
    assert (shared.total.delegates.tp, shared.total.commitment_topics.tp) == (0, 0)
    assert (best.total.delegates.tp, best.total.commitment_topics.tp) == (2, 2)


# Participant overlap still comes first, and equals on everything still go to the later prediction.
def test_best_ties_keep_overlap_first_and_the_later_of_equals() -> None:
    gold = [_ev(participants=["KOR", "USA"], commitments=[{"topic": "trade"}])]
    events = [_ev(participants=["KOR"], commitments=[{"topic": "trade"}]),
              _ev(participants=["KOR", "USA"], name="b")]
    shared, best = _both(gold, events)
    assert best.total.participants.tp == shared.total.participants.tp == 2
    assert best.total.commitment_topics.tp == 0, "more shared parties wins over agreeing topics"
    gold = [_ev(commitments=[{"topic": "trade"}])]
    events = [_ev(name="a", commitments=[{"topic": "energy"}]), _ev(name="b", commitments=[{"topic": "ai"}])]
    assert [f.detail for d in _both(gold, events)[1].documents for f in d.errors if "spurious_topic" in f.kind] \
        == ["ai"], "no agreement either way: the later prediction, as the shared scorer"


def test_cli_prints_both_figures_with_ties_best(tmp_path: Path) -> None:
    gold_line = {"id": "d1", "events": [_ev(commitments=[{"topic": "trade"}]), _ev(commitments=[{"topic": "ai"}])]}
    gold, events = tmp_path / "gold.jsonl", tmp_path / "events.jsonl"
    gold.write_text(json.dumps(gold_line) + "\n", encoding="utf-8")
    events.write_text("".join(json.dumps(_ev(commitments=[{"topic": t}])) + "\n" for t in ("trade", "ai")),
                      encoding="utf-8")
    out = json.loads(runner.invoke(app, ["eval", "--gold", str(gold), "--events", str(events), "--json",
                                         "--ties", "best"]).stdout)
    assert out["commitment_topics"]["tp"] == 0 and out["ties_best"]["commitment_topics"]["tp"] == 2
    plain = json.loads(runner.invoke(app, ["eval", "--gold", str(gold), "--events", str(events), "--json"]).stdout)
    assert "ties_best" not in plain
    table = runner.invoke(app, ["eval", "--gold", str(gold), "--events", str(events), "--ties", "best"]).stdout
    assert "--ties best" in table
    assert runner.invoke(app, ["eval", "--gold", str(gold), "--events", str(events), "--ties", "x"]).exit_code == 2
