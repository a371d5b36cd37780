"""split20: `readout eval --ties best` (a diagnostic tie rule) and same-day meetings split apart (Korean)."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from extract.evaluate import Event, GoldDocument, Report, score
from readout.cli import app
from streams.records import EventRecord
from tests.extract.sentences import held

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
    assert "--ties best" in " ".join(table.split())  # the title wraps at the table's width, by the path's length
    assert runner.invoke(app, ["eval", "--gold", str(gold), "--events", str(events), "--ties", "x"]).exit_code == 2


# --- same-day meetings split apart (rules of 377e305, restored) -------------------------------------------------


def _dialogues(events: list[EventRecord]) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.name) for e in events if e.type == "dialogue"]


# `정상회담을 했다 … 「X 비즈니스 포럼」에 참석했다`: a named gathering attended is not the day's talks, even when the
# talks have no name of their own.
def test_a_business_forum_attended_is_not_the_summit() -> None:
    text = ("문재인 대통령은 9일 보고르 대통령궁에서 조코 위도도 인도네시아 대통령과 정상회담을 했다.\n"
            "두 정상은 인프라와 방산 분야 협력을 확대하기로 했다.\n"
            "문 대통령은 이날 오후 자카르타에서 열린 '한-인도네시아 비즈니스 포럼'에 참석해 연설했다.")
    assert len(_dialogues(held(text, "ko", "2017-11-10"))) == 2
    text = ("윤석열 대통령은 20일 프라하성에서 페트르 파벨 체코 대통령과 정상회담을 가졌다.\n"
            "양 정상은 원전 협력을 넓혀 가기로 했다.\n"
            "윤 대통령은 이어 프라하 시내에서 열린 「한-체코 비즈니스 포럼」에 참석해 기조연설을 했다.")
    assert len(_dialogues(held(text, "ko", "2024-09-21"))) == 2


# `4자 정상회의를 했다`, `3자 차관협의가 열렸다`: a meeting named by its format (three, four parties; leaders,
# ministers, vice-ministers) is its own beside the day's other meeting.
def test_a_meeting_named_by_its_parties_count_is_its_own() -> None:
    text = ("윤석열 대통령은 29일 마드리드에서 조 바이든 미국 대통령, 기시다 후미오 일본 총리와 "
            "한미일 정상회담을 가졌다.\n"
            "윤 대통령은 같은 날 오후 일본, 호주, 뉴질랜드 정상과 4자 정상회의를 했다.")
    assert len(_dialogues(held(text, "ko", "2022-06-30"))) == 2
    text = ("조현동 외교부 1차관은 13일 워싱턴에서 웬디 셔먼 국무부 부장관과 외교차관회담을 가졌다.\n"
            "같은 날 오후에는 모리 다케오 일본 외무성 사무차관이 함께한 3자 차관협의가 열렸다.")
    assert len(_dialogues(held(text, "ko", "2023-02-14"))) == 2


# `X 총리와 단독 환담을 했다`: `환담` (a talk over tea) taken by the light verb `하다` is a meeting, as `회담을 했다`.
def test_a_talk_taken_by_the_light_verb_is_a_meeting() -> None:
    text = "윤석열 대통령은 13일 오후 프놈펜에서 훈 센 캄보디아 총리와 단독 환담을 했다."
    assert _dialogues(held(text, "ko", "2022-11-14")) == [("2022-11-13", "단독 환담")]
    text = ("윤석열 대통령은 16일 발리에서 리시 수낵 영국 총리와 환담을 했다.\n"
            "양 정상은 방산 협력을 논의했다.")
    assert _dialogues(held(text, "ko", "2022-11-17")) == [("2022-11-16", "환담")]


# `X 국왕을 함께 예방했다`, `X 총리를 먼저 예방했다`: an adverb between the person called on and `예방` (a
# courtesy call) leaves the call a meeting with that person.
def test_an_adverb_before_a_courtesy_call() -> None:
    text = "윤석열 대통령은 10일 오전 프놈펜 왕궁으로 노로돔 시하모니 국왕을 함께 예방했다."
    assert _dialogues(held(text, "ko", "2022-11-11")) == [("2022-11-10", None)]
    text = ("박진 외교부 장관은 3일 방콕 정부청사에서 쁘라윳 짠오차 태국 총리를 먼저 예방했다.\n"
            "박 장관은 이어 돈 쁘라맛위나이 외교장관과 외교장관회담을 가졌다.")
    assert len(_dialogues(held(text, "ko", "2022-08-04"))) == 2
