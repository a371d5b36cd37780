"""The trained topic classifier (issue #16): training data from gold evidence, the READOUT_TOPICS switch, the
packaged models, and deterministic output."""
from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path

import pytest

from extract import topic_model
from extract.pipeline import extract_document
from extract.topic_model import LABELS, ClauseTopics, Policy, model_for, topics_mode
from extract.train.data import MIN_OVERLAP, evidence_spans, examples, labels, tuning_sets
from extract.train.train import train
from readout.settings import Settings, export_extract_settings
from streams.records import DocumentRecord

_AT_IMPORT = os.environ.get("READOUT_TOPICS")
# Written for these tests: one talks, one cued clause with a keyword topic, one with none the keyword lists know.
EN_TEXT = ("SEOUL, June 5, 2024 -- Foreign Minister Cho Tae-yul held talks with U.S. Secretary of State Antony Blinken "
           "in Seoul on June 5. The two ministers agreed to expand cooperation on critical minerals and to further "
           "strengthen the bilateral partnership. They will also work together on regional issues, and will launch "
           "a new dialogue on development finance.")


def _extract(text: str, lang: str, mode: str | None, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    monkeypatch.setenv("READOUT_TOPICS", mode or "rules")
    if mode is None:
        monkeypatch.delenv("READOUT_TOPICS")
    doc = DocumentRecord(id="t1", text=text, lang=lang, published="2024-06-05")
    return [r.model_dump(mode="json") for r in extract_document(doc)]


# --- training data: labels from evidence overlap ------------------------------------------------------------


def test_a_clause_takes_the_topics_of_the_evidence_overlapping_it() -> None:
    text = ("The sides agreed to expand semiconductor supply chains. It rained in Seoul. "
            "Both committed to hold annual talks.")
    first, second, third = (0, 55), (56, 75), (76, len(text))
    evidence = "agreed to expand semiconductor supply chains"
    spans = [(s, t) for t in ("semiconductors", "supply_chain") for s in evidence_spans(text, evidence)]
    spans += [(s, "other") for s in evidence_spans(text, "committed to hold annual talks")]
    assert labels(text, first, spans) == ["semiconductors", "supply_chain"]
    assert labels(text, second, spans) == []
    assert labels(text, third, spans) == ["other"]


def test_an_overlap_of_a_space_or_a_comma_is_no_label() -> None:
    text = "We agreed, and then we left together."
    spans = [(s, "other") for s in evidence_spans(text, "We agreed, ")]
    assert labels(text, (9, len(text)), spans) == []  # `, ` only: no word character shared
    assert labels(text, (0, 10), spans) == ["other"]
    assert labels(text, (0, MIN_OVERLAP), spans) == []  # fewer word characters than MIN_OVERLAP


def test_every_occurrence_of_an_evidence_is_found() -> None:
    assert evidence_spans("ab ab", "ab") == [(0, 2), (3, 5)]
    assert evidence_spans("ab", "") == []


def test_korean_clauses_are_cut_by_the_grammar_and_labelled_from_the_gold() -> None:
    text = ("조태열 외교부 장관은 6월 5일 서울에서 토니 블링컨 미국 국무장관과 한미 외교장관회담을 개최하였다. "
            "양 장관은 반도체 협력 현황을 평가하고, 기후변화에 공동 대응해 나가기로 하였다.")
    gold = {"events": [{"type": "dialogue", "commitments": [{"topic": "climate", "action": "respond to climate change",
                                                             "evidence": "기후변화에 공동 대응해 나가기로 하였다"}]}]}
    found, missing = examples(DocumentRecord(id="k1", text=text, lang="ko", published="2024-06-05"), gold)
    assert missing == 0
    by_text = {e.text.strip(): e for e in found}
    assert by_text["양 장관은 반도체 협력 현황을 평가하고,"].cats == []  # the clause before the connective ending
    climate = by_text["기후변화에 공동 대응해 나가기로 하였다."]
    assert climate.cats == ["climate"]
    assert "기후" in climate.words and "@kw:climate" in climate.words and "@cue:strong" in climate.words


def test_training_data_comes_from_tuning_sets_only() -> None:
    sets = tuning_sets()
    assert sets and all(not {"sealed", "unseen"} & set(p.parts) for p in sets)
    assert all("shared" not in p.parts for p in sets)


# --- the switch -----------------------------------------------------------------------------------------------


def test_the_mode_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUT_TOPICS", "rules")
    monkeypatch.delenv("READOUT_TOPICS")
    assert topics_mode() == "both"  # the default since round 14's end
    for mode in ("rules", "model", "both", " Model "):
        monkeypatch.setenv("READOUT_TOPICS", mode)
        assert topics_mode() == mode.strip().lower()
    monkeypatch.setenv("READOUT_TOPICS", "keywords")
    with pytest.raises(ValueError, match="READOUT_TOPICS"):
        topics_mode()


def test_the_setting_reaches_the_extraction_code(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("READOUT_TOPICS", "rules")  # recorded, so that what export_extract_settings sets is undone
    monkeypatch.delenv("READOUT_TOPICS")
    monkeypatch.chdir(tmp_path)
    assert Settings().topics == "both"
    (tmp_path / "readout.toml").write_text('topics = "rules"\n', encoding="utf-8")
    export_extract_settings(Settings())  # readout.toml: what `readout extract` and the extract stage do first
    assert topics_mode() == "rules"
    monkeypatch.setenv("READOUT_TOPICS", "model")  # the environment beats the file
    assert Settings().topics == "model"
    monkeypatch.setenv("READOUT_TOPICS", "keywords")
    with pytest.raises(ValueError):
        Settings()


def test_modes_change_commitments_only(monkeypatch: pytest.MonkeyPatch) -> None:
    default = _extract(EN_TEXT, "en", None, monkeypatch)
    rules = _extract(EN_TEXT, "en", "rules", monkeypatch)
    model = _extract(EN_TEXT, "en", "model", monkeypatch)
    both = _extract(EN_TEXT, "en", "both", monkeypatch)
    assert default == both
    assert [r["extractor"] for r in (rules[0], model[0], both[0])] == [
        "readout-extract/0.1.0", "readout-extract/0.1.0+topics-model", "readout-extract/0.1.0+topics-both"]
    assert [r["topics"] for r in model] != [r["topics"] for r in rules]  # the switch takes effect
    skip = {"commitments", "topics", "extractor"}
    for other in (model, both):
        assert [{k: v for k, v in r.items() if k not in skip} for r in other] == \
               [{k: v for k, v in r.items() if k not in skip} for r in rules]
    # Whatever the topics, the action phrase and the quote come from the same clauses as in the rules.
    rule_texts = {c["text"] for r in rules for c in r["commitments"]}
    assert {c["text"] for r in both for c in r["commitments"]} >= rule_texts - {""}


def test_a_policy_reads_the_scores() -> None:
    scores = {t: 0.0 for t in LABELS}
    scores |= {"energy": 0.6, "other": 0.35, "commitment": 0.45}
    clause = ClauseTopics({(0, 10): scores}, Policy(confirm=0.3, detect=0.5, add=0.5, other=0.3))
    assert clause.topics(0, 10, ["trade"], cued=True) == (["energy", "other"], True)
    assert clause.topics(0, 10, ["trade"], cued=False) == (["energy", "other"], False)  # 0.45 < detect
    both = ClauseTopics({(0, 10): scores}, Policy(confirm=0.5, detect=0.4, add=2.0, other=2.0, rules=True))
    assert both.topics(0, 10, ["trade"], cued=True) == (["trade"], False)  # 0.45 < confirm: not a commitment
    assert both.topics(0, 10, ["trade"], cued=False) == (["trade"], True)
    assert both.topics(20, 30, ["trade"], cued=True) == (["trade"], None)  # a clause it did not read: the rules


def test_gates_read_the_keyword_topics() -> None:
    scores = {t: 0.0 for t in LABELS}
    scores |= {"other": 0.6, "commitment": 0.6}
    gated = ClauseTopics({(0, 10): scores}, Policy(detect=0.5, other=0.3, rules=True, other_alone=True, detect_kw=True))
    assert gated.topics(0, 10, ["north_korea"], cued=True) == (["north_korea"], True)  # a keyword topic: no `other`
    assert gated.topics(0, 10, [], cued=True) == (["other"], True)
    # uncued and no keyword: never a commitment, so the rules' topics (what find_commitments then keeps)
    assert gated.topics(0, 10, [], cued=False) == ([], False)
    assert gated.topics(0, 10, ["trade"], cued=False) == (["trade"], True)
    open_ = ClauseTopics({(0, 10): scores}, Policy(detect=0.5, other=0.3, rules=True))
    assert open_.topics(0, 10, ["north_korea"], cued=False) == (["north_korea", "other"], True)
    assert open_.topics(0, 10, [], cued=False) == (["other"], True)



def test_a_policy_needs_scores_only_where_they_can_change_its_decision() -> None:
    from extract.train.cv import grid

    levels = [0.0, 0.2, 0.3, 0.45, 0.5, 0.6, 1.0]
    samples = [dict.fromkeys(LABELS, v) for v in levels]
    samples += [{t: levels[(i * 3 + k) % len(levels)] for i, t in enumerate(LABELS)} for k in range(len(levels))]
    shipped = [m.policy(mode) for m in map(model_for, ("en", "ko")) if m for mode in ("model", "both")]
    for policy in [p for ps in grid().values() for p in ps] + shipped:
        for rules in ([], ["trade"], ["trade", "energy"]):
            for cued in (True, False):
                seen = {(tuple(f), v) for f, v in (policy.decide(s, rules, cued) for s in samples)}
                if not policy.needs_scores(bool(rules), cued):
                    assert seen == {(tuple(f), v) for f, v in [policy.decide({}, rules, cued)]}, (policy, rules, cued)
    for m in map(model_for, ("en", "ko")):
        assert m is not None
        both = m.policy("both")  # the shipped default: uncued clauses with a keyword topic, cued ones without
        assert [both.needs_scores(r, c) for r, c in ((True, True), (True, False), (False, True), (False, False))] == \
               [False, True, True, False]


# Written for this test: uncued clauses with a keyword topic (the meeting, `반도체`), cued ones with and without one.
KO_LAZY = ("해양수산부는 6월 4일 오슬로에서 제3차 한-노르웨이 해양협력대화를 열었다. "
           "양측은 조선과 해운 분야의 협력 현황을 점검했다. "
           "양측은 해상풍력 공동연구를 추진하고, 인적 교류를 늘려 나가기로 했다. "
           "회의에서는 친환경 선박 기술의 동향도 소개됐다. "
           "양측은 반도체 공급망 안정에 관한 정보를 교환했다. "
           "양측은 앞으로도 긴밀히 소통해 나가기로 했다.")
EN_LAZY = ("OSLO, June 4, 2024 -- Foreign Minister Cho Tae-yul held talks with Norwegian Foreign Minister "
           "Espen Barth Eide in Oslo on June 4. The two ministers reviewed shipbuilding and offshore wind projects. "
           "They agreed to expand people-to-people exchanges and to work closely together. The ministers also "
           "exchanged views on semiconductor supply chains. They will launch a joint study on green shipping.")


@pytest.mark.parametrize("text", [KO_LAZY, EN_LAZY])
def test_clauses_are_scored_only_when_the_policy_can_use_the_score(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lang = "ko" if text is KO_LAZY else "en"
    model = model_for(lang)
    assert model is not None
    scored: list[list[str]] = []
    asked: list[tuple] = []
    scores, topics = model.scores, ClauseTopics.topics

    def count_scores(clauses: list[list[str]]) -> list[dict[str, float]]:
        scored.extend(clauses)
        return scores(clauses)

    def record(self: ClauseTopics, a: int, b: int, rules: list[str], cued: bool) -> tuple:
        out = topics(self, a, b, rules, cued)
        asked.append((a, b, list(rules), cued, out))
        return out

    monkeypatch.setattr(model, "scores", count_scores)
    monkeypatch.setattr(ClauseTopics, "topics", record)
    lazy = _extract(text, lang, "both", monkeypatch)
    read = [x for x in asked if x[4][1] is not None]
    needed = [x for x in read if bool(x[2]) != x[3]]  # the shipped `both`: keyword topics xor a cue
    assert len(scored) == len(needed) >= 1 and len(read) > len(needed)
    lazy_asked, asked[:], scored[:] = list(asked), [], []
    monkeypatch.setattr(topic_model, "clause_topics", lambda view, sents, mode=None, owner=None: ClauseTopics.of(
        view, sents, model, model.policy("both"), owner))
    assert _extract(text, lang, "both", monkeypatch) == lazy  # every clause scored up front: the same records
    assert asked == lazy_asked and len(scored) > len(needed)


# --- package data and determinism ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_models_load_from_package_data(lang: str) -> None:
    meta = files("extract") / "models" / f"topics-{lang}" / "meta.json"
    assert meta.is_file()
    model = model_for(lang)
    assert model is not None and model.labels == LABELS
    for mode in ("model", "both"):
        assert set(model.meta["modes"][mode]) == {"confirm", "detect", "add", "other", "other_alone", "detect_kw"}
        assert isinstance(model.policy(mode), Policy)
    assert sum(p.stat().st_size for p in Path(str(meta)).parent.rglob("*") if p.is_file()) < 4_000_000
    assert json.loads(meta.read_text(encoding="utf-8"))["readout"]["training"]["documents"] > 0


def test_the_same_document_gives_the_same_output(monkeypatch: pytest.MonkeyPatch) -> None:
    first = _extract(EN_TEXT, "en", "both", monkeypatch)
    model_for.cache_clear()  # loaded again from disk
    assert _extract(EN_TEXT, "en", "both", monkeypatch) == first
    model = model_for("en")
    assert model is not None
    words = [["agreed", "to", "expand", "trade", "@kw:trade", "@cue:strong"]]
    assert model.scores(words) == model.scores(words)


def test_training_is_deterministic() -> None:
    from extract.train.data import Example

    data = [Example("d1", "en", 0, 10, "", ["agreed", "to", "expand", "trade", "@cue:strong"], ["trade"]),
            Example("d1", "en", 10, 20, "", ["it", "rained", "@cue:none"], []),
            Example("d2", "en", 0, 10, "", ["committed", "to", "clean", "energy", "@cue:strong"], ["energy"])]
    overrides = {"training.max_epochs": 3}
    one, two = train(data, overrides=overrides), train(data, overrides=overrides)
    assert one.get_pipe("textcat_multilabel").to_bytes() == two.get_pipe("textcat_multilabel").to_bytes()


def test_no_mode_is_left_behind() -> None:
    """Runs after the tests above (file order): none of them leaves READOUT_TOPICS changed for the rest of the suite."""
    assert os.environ.get("READOUT_TOPICS") == _AT_IMPORT


def test_every_grid_holds_the_rules_own_policy() -> None:
    # `both` is chosen among policies at least as precise as the rules: the rules' own policy keeps that set non-empty.
    from extract.train.cv import grid

    for quick in (False, True):
        policies = grid(quick)["both"]
        assert Policy(rules=True) in policies
        assert len(policies) == len(set(policies))


# Written for this test: a remark names the fields, the clause after it continues it with `이를`.
KO_CONTINUED = ("외교부는 6월 4일 서울에서 제2차 한-폴란드 경제안보대화를 개최했다고 밝혔다. "
                "양측은 원전과 방산, 배터리 분야의 협력이 빠르게 확대되고 있다고 평가하고, "
                "이를 더욱 발전시켜 나가기 위해 긴밀히 소통해 나가기로 했다.")
KO_CONTINUED_2 = ("산업통상자원부는 6월 4일 세종에서 제5차 한-칠레 공급망 협의회를 열었다. "
                  "양국은 리튬과 구리 등 핵심광물 교역이 늘고 있다고 설명하면서, "
                  "이를 바탕으로 협력을 확대해 나가기로 합의했다.")


@pytest.mark.parametrize("text", [KO_CONTINUED, KO_CONTINUED_2])
def test_a_continuation_keeps_the_topics_it_continues_with_the_classifier_on(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = {c["topic"] for r in _extract(text, "ko", "rules", monkeypatch) for c in r["commitments"]}
    both = {c["topic"] for r in _extract(text, "ko", "both", monkeypatch) for c in r["commitments"]}
    assert rules - {"other"}, rules  # the rules carry the remark's fields to `이를 …`
    assert rules - {"other"} <= both
