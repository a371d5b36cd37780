"""The trained event sentence classifier (issue #16, round 11): training data anchored from gold events, the
READOUT_EVENTS switch, the packaged models, what `both` adds, and robustness. Sentences are our own."""
from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path

import pytest

from extract.event_model import LABELS, NEVER, Policy, best_type, events_mode, model_for, revise, sentence_inputs
from extract.train.events_data import anchors, examples
from extract.train.events_train import fit
from readout.settings import Settings, export_extract_settings
from streams.records import DocumentRecord
from tests.extract.sentences import extracted

_AT_IMPORT = os.environ.get("READOUT_EVENTS")


def _held(text: str, lang: str, published: str, mode: str | None, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    monkeypatch.setenv("READOUT_EVENTS", mode or "rules")
    if mode is None:
        monkeypatch.delenv("READOUT_EVENTS")
    return [e.model_dump(mode="json") for e in extracted(text, lang, published) if not e.mentioned]


# --- training data: sentences anchored from the gold ---------------------------------------------------------

KO_DOC = ("박하늘 통상교섭본부장은 3월 4일 오슬로에서 노르웨이 통상장관과 제2차 한-노르웨이 통상장관회의를 개최했다. "
          "양측은 해운 탈탄소 협력을 논의했다. "
          "양국은 지난 2019년 오슬로에서 해양협력 양해각서를 체결한 바 있다. "
          "이날 오슬로에는 눈이 많이 내렸다.")
KO_GOLD = {"events": [
    {"type": "dialogue", "mentioned": False, "name": "제2차 한-노르웨이 통상장관회의", "date": "2025-03-04",
     "delegates": [{"names": ["박하늘"], "country": "KOR"}]},
    {"type": "agreement", "mentioned": True, "name": "해양협력 양해각서", "date": None, "delegates": []}]}


def test_the_anchor_of_a_held_event_takes_its_type_and_a_past_one_mention() -> None:
    doc = DocumentRecord(id="k1", text=KO_DOC, lang="ko", published="2025-03-05")
    found, counts = examples(doc, KO_GOLD, "mine")
    assert counts == {"held": 1, "held_anchored": 1, "mentioned": 1, "mentioned_anchored": 1}
    by_start = {e.text.split()[0]: e for e in found}
    assert by_start["박하늘"].cats == ["dialogue"]  # name, date, delegate and noun: the anchor
    assert by_start["양측은"].cats == []  # about the meeting, but it is not where the meeting is reported
    assert by_start["양국은"].cats == ["mention"]
    assert by_start["이날"].cats == []
    assert {e.set for e in found} == {"mine"}
    words = by_start["박하늘"].words
    assert "@noun:dialogue" in words and "@day:recent" in words and "@rule:held" in by_start["박하늘"].rules


def test_an_event_the_text_does_not_say_is_not_anchored() -> None:
    doc = DocumentRecord(id="k2", text="이날 오슬로에는 눈이 많이 내렸다. 시민들은 집에 머물렀다.", lang="ko",
                         published="2025-03-05")
    found, counts = examples(doc, KO_GOLD, "mine")
    assert counts["held_anchored"] == 0 and all(not e.cats for e in found)


def test_an_english_anchor_by_its_date_and_delegates() -> None:
    text = ("Lisbon, 9 April 2025. Secretary Dana Whitfield met Portugal's Minister of Economy Rui Castanheira on "
            "9 April in Lisbon. The weather was fine. They discussed offshore wind.")
    gold = {"events": [{"type": "dialogue", "mentioned": False, "name": "Whitfield-Castanheira meeting",
                        "date": "2025-04-09", "delegates": [{"names": ["Dana Whitfield"]},
                                                           {"names": ["Rui Castanheira"]}]}]}
    found, _ = examples(DocumentRecord(id="e1", text=text, lang="en", published="2025-04-10"), gold, "mine")
    assert [e.text.split()[0] for e in found if e.cats] == ["Secretary"]


# --- the switch -----------------------------------------------------------------------------------------------


def test_the_mode_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUT_EVENTS", "rules")
    monkeypatch.delenv("READOUT_EVENTS")
    assert events_mode() == "rules"
    monkeypatch.setenv("READOUT_EVENTS", " Both ")
    assert events_mode() == "both"
    monkeypatch.setenv("READOUT_EVENTS", "model")
    with pytest.raises(ValueError, match="READOUT_EVENTS"):
        events_mode()


def test_the_setting_reaches_the_extraction_code(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("READOUT_EVENTS", "rules")  # recorded, so that what export_extract_settings sets is undone
    monkeypatch.delenv("READOUT_EVENTS")
    monkeypatch.chdir(tmp_path)
    assert Settings().events == "rules"
    (tmp_path / "readout.toml").write_text('events = "both"\n', encoding="utf-8")
    export_extract_settings(Settings())
    assert events_mode() == "both"
    monkeypatch.setenv("READOUT_EVENTS", "rules")  # the environment beats the file
    assert Settings().events == "rules"


# --- the models -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_models_load_from_package_data_and_score(lang: str) -> None:
    meta = files("extract") / "models" / f"events-{lang}" / "meta.json"
    assert meta.is_file()
    model = model_for(lang)
    assert model is not None and model.labels == LABELS
    assert set(json.loads(meta.read_text(encoding="utf-8"))["readout"]["policy"]) == {"add", "veto"}
    assert isinstance(model.policy(), Policy)
    assert sum(p.stat().st_size for p in Path(str(meta)).parent.rglob("*") if p.is_file()) < 4_000_000
    words = [["met", "@verb:dialogue", "@noun:dialogue", "@date:day", "@day:recent"], ["it", "rained"]]
    scores = model.scores(words)
    assert scores == model.scores(words) and set(scores[0]) == set(LABELS)
    assert best_type(scores[0])[1] > best_type(scores[1])[1]  # a held meeting's sentence beats the weather


def test_training_is_deterministic() -> None:
    from extract.train.events_data import SentenceExample

    data = [SentenceExample("d1", "s", "en", 0, 0, 9, "", ["met", "@rule:held"], ["dialogue"]),
            SentenceExample("d1", "s", "en", 1, 9, 19, "", ["it", "rained"], []),
            SentenceExample("d2", "s", "en", 0, 0, 9, "", ["signed", "@noun:agreement"], ["agreement"])]
    one, two = fit(data, {"training.max_epochs": 3}), fit(data, {"training.max_epochs": 3})
    assert one.get_pipe("textcat_multilabel").to_bytes() == two.get_pipe("textcat_multilabel").to_bytes()


# --- `both` ---------------------------------------------------------------------------------------------------


def test_the_default_is_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _held(KO_DOC, "ko", "2025-03-05", None, monkeypatch) == _held(KO_DOC, "ko", "2025-03-05", "rules",
                                                                         monkeypatch)


def test_a_policy_adds_only_sentences_no_rule_draws_on() -> None:
    from datetime import date

    from extract import pipeline

    sdoc = pipeline.run(KO_DOC, "ko", date(2025, 3, 5))
    st = sdoc._.readout
    events = [a.event for a in st.events]
    inputs = sentence_inputs(st.view)
    everything = {s.idx: {t: (1.0 if t == "launch" else 0.0) for t in LABELS} for s, _ in inputs}
    assert revise(st.view, st.mentions_of_events, events, everything, Policy(add=NEVER)) is events
    revised = revise(st.view, st.mentions_of_events, events, everything, Policy(add=0.5))
    added = [e for e in revised if all(m.by_model for m in e.mentions)]
    drawn = {m.sent.idx for m in st.mentions_of_events}
    assert added and all(m.sent.idx not in drawn for e in added for m in e.mentions)
    assert all(e.type == "launch" for e in added)
    assert [e for e in revised if e not in added] == events or len(revised) - len(added) == len(events)


# Our own: a ministers' meeting the rules find, then a forum of the next day that only a heading or a bullet of the
# programme reports (no trigger verb, no event the rules read there).
PERU = ("1. 한-페루 외교장관회담 (3.12.(수), 리마) □ 조현우 외교부 장관은 3.12.(수) "
        "리마에서 페루 외교장관과 회담을 개최하였다. ")
KO_ADDED = [PERU + "2. 한-페루 광업 투자 포럼 (3.13.(목))",
            PERU + "- 3.13(목) 한-페루 그린수소 투자자 포럼 참석, 양국 수소 프로젝트 현황 점검"]


@pytest.mark.parametrize("text", KO_ADDED)
def test_both_adds_an_event_the_rules_miss_when_its_threshold_is_on(text: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # Round 11's Korean model shipped at `add` 0.4; the model retrained on 27 sets (round 18) ships with the Korean
    # threshold off (cross-validation by set found no gain) and scores these two lines 0.39 and 0.63.
    model = model_for("ko")
    assert model is not None
    monkeypatch.setattr(type(model), "policy", lambda self: Policy(add=0.3))
    rules = _held(text, "ko", "2025-03-14", "rules", monkeypatch)
    both = _held(text, "ko", "2025-03-14", "both", monkeypatch)
    assert [(e["type"], e["date"]) for e in rules] == [("dialogue", "2025-03-12")]
    assert [(e["type"], e["date"]) for e in both] == [("dialogue", "2025-03-12"), ("dialogue", "2025-03-13")]
    assert {e["extractor"] for e in both} == {"readout-extract/0.1.0+events-both"}
    assert {e["extractor"] for e in rules} == {"readout-extract/0.1.0"}
    # the meeting the rules found is the same event, with its people, whatever the classifier added after it
    assert both[0]["delegates"] == rules[0]["delegates"] and both[0]["name"] == rules[0]["name"]


def _same_but_extractor(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    skip = {"extractor"}
    assert [{k: v for k, v in e.items() if k not in skip} for e in _held(text, lang, "2025-03-05", "both",
                                                                         monkeypatch)] == \
        [{k: v for k, v in e.items() if k not in skip} for e in _held(text, lang, "2025-03-05", "rules", monkeypatch)]


@pytest.mark.parametrize("text", KO_ADDED)
def test_korean_both_is_the_rules_while_its_threshold_is_off(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    model = model_for("ko")
    assert model is not None and model.policy().add == NEVER  # cross-validation by set found no gain (27, 29 sets)
    _same_but_extractor(text, "ko", monkeypatch)


def test_english_both_adds_only_a_sentence_scoring_high(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Oslo, 4 March 2025. Minister Ingrid Solberg hosted Chilean Foreign Minister Tomas Vidal for talks on "
            "green shipping. 2. Norway-Chile Ocean Business Forum (5 March)")
    model = model_for("en")
    # on at 0.9 in round 18; off again since round 20 (retrained on 29 sets, cross-validation by set: no fold gains)
    assert model is not None and (model.policy().add == NEVER or 0.5 < model.policy().add <= 1.0)
    _same_but_extractor(text, "en", monkeypatch)  # the forum's line scores 0.12


@pytest.mark.parametrize("text", ["", "   ", "□ - ※ ▲ (3.13.(목)) " * 400, "회의 " * 3000, "2. 포럼 (3.1.)\n" * 500,
                                  "\x00\ufeff (((( ]]]] 13일 " * 200])
def test_pathological_input_does_not_crash(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for lang in ("ko", "en"):
        out = _held(text, lang, "2025-03-14", "both", monkeypatch)
        assert all(e["extractor"].endswith("+events-both") for e in out)


def test_no_mode_is_left_behind() -> None:
    """Runs after the tests above (file order): none leaves READOUT_EVENTS changed for the rest of the suite."""
    assert os.environ.get("READOUT_EVENTS") == _AT_IMPORT


def test_anchors_need_more_than_a_noun() -> None:
    from datetime import date

    from extract import pipeline

    sdoc = pipeline.run("양측은 회의를 마쳤다.", "ko", date(2025, 3, 5))
    st = sdoc._.readout
    inputs = sentence_inputs(st.view)
    assert anchors(st.view, inputs, {"type": "dialogue", "name": "한-몰타 회의", "date": "2025-01-01"}) == []
