"""The quality gate: `readout eval` (extract/evaluate.py) and the floors on every in-repo gold set.

- Agreement: on the dev set (`../shared/eval/dev`, beside the clone) and on every set in floors.yaml, the scorer
  gives exactly the figures of `../shared/eval/score.py` on the same extracted events; random small records
  agree too.
- Measures on hand-made records: ties, mentioned events, delegates by another spelling, wrong country, ordinal,
  next, city, per-language breakdown, the error listing, bad lines and the CLI.
- Floors: every set with an entry in floors.yaml is extracted once per session (shared with the agreement test)
  and each measure, overall and per language where floors.yaml lists it, must stay at or above its floor
  (the figures when recorded minus a margin), so a change that helps one set and breaks another fails. `dev` is
  the shared dev set; any other name is a folder under tests/extract (new corpora: `corpus/<name>/tune`).
  Record a new set's floors, or re-record after an intended change, with
  `READOUT_UPDATE_FLOORS=1 .venv/bin/pytest tests/extract/test_extract_eval.py -k floors`.

The sealed split (tests/extract/corpus/*/sealed) is NEVER extracted or scored by the test suite: it is scored by
hand (`make eval-sealed`) at the end of a round only. floors.yaml may not name it, and `set_dir` refuses it.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from extract.evaluate import (
    LABELS,
    SHARED_MEASURES,
    Event,
    GoldDocument,
    Person,
    Report,
    delegate_matches,
    read_jsonl,
    score,
)
from readout.cli import app
from readout.cli_eval import CLOSED, extract_docs

HERE = Path(__file__).parent
SHARED = HERE.parents[2] / "shared" / "eval"
FLOORS_FILE = HERE / "floors.yaml"
FLOORS = yaml.safe_load(FLOORS_FILE.read_text(encoding="utf-8"))
SETS = sorted(FLOORS["sets"])
runner = CliRunner()


def set_dir(name: str) -> Path:
    """`dev` is the shared dev set; any other name a folder under tests/extract. Never a sealed split."""
    if CLOSED & set(Path(name).parts):
        raise ValueError(f"{name}: a sealed or unseen split is scored by hand only (make eval-sealed)")
    return SHARED / "dev" if name == "dev" else HERE / name


def _shared_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "score.py")
    assert spec and spec.loader, f"no shared scorer at {SHARED / 'score.py'}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


shared = _shared_scorer()


@dataclass(frozen=True)
class Extracted:
    gold: list[dict]
    events: list[dict]
    langs: dict[str, str | None]

    def report(self) -> Report:
        return score([GoldDocument.model_validate(g) for g in self.gold],
                     [Event.model_validate(e) for e in self.events], self.langs)


@pytest.fixture(scope="session")
def extracted() -> Callable[[str], Extracted]:
    """`extracted(name)`: a set's gold and its events as `readout eval --docs` extracts them, once per session."""
    cache: dict[str, Extracted] = {}

    def get(name: str) -> Extracted:
        if name not in cache:
            folder = set_dir(name)
            gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
                    if x.strip()]
            langs, events = extract_docs(folder / "docs.jsonl")
            cache[name] = Extracted(gold, events, langs)
        return cache[name]
    return get


# --- agreement with ../shared/eval/score.py --------------------------------------------------------------------

_SHARED_LINE = re.compile(r"^(?P<doc>.*?): (?P<how>missed|spurious) (?P<what>delegate )?")


def _shared_error_kinds(errors: list[str]) -> Counter:
    """The shared scorer's error lines as (doc, kind): it lists missed/spurious events and delegates."""
    kinds: Counter = Counter()
    for line in errors:
        m = _SHARED_LINE.match(line)
        assert m, line
        kinds[m["doc"], f"{m['how']}_{'delegate' if m['what'] else 'event'}"] += 1
    return kinds


def _assert_agrees(gold: list[dict], events: list[dict], report: Report) -> None:
    want = shared.score(gold, events, show_errors=True)
    got = report.total.as_dict()
    assert got["documents"] == want["documents"]
    for name in SHARED_MEASURES:
        assert got[name] == want[name], f"{name}: {got[name]} != shared {want[name]}"
    mine = Counter((d.doc_id, f.kind) for d in report.documents for f in d.errors
                   if f.kind in ("missed_event", "spurious_event", "missed_delegate", "spurious_delegate"))
    assert mine == _shared_error_kinds(want["errors"])


@pytest.mark.parametrize("name", SETS)
def test_agrees_with_the_shared_scorer(name: str, extracted: Callable[[str], Extracted]) -> None:
    x = extracted(name)
    _assert_agrees(x.gold, x.events, x.report())


def test_the_dev_set_is_among_the_sets() -> None:
    assert {"dev", "heldout", "tuning2", "blind"} <= set(SETS)


_dates = st.sampled_from([None, "", "2024-06-05", "2024-06-06"])
_codes = st.lists(st.sampled_from(["KOR", "USA", "JPN"]), max_size=3)
_city = st.one_of(st.none(), st.fixed_dictionaries({"city": st.sampled_from([None, "San Diego", "san-diego",
                                                                                "Seoul"])}))
_next = st.one_of(st.none(), st.just({}), st.fixed_dictionaries(
    {"ordinal": st.sampled_from([None, 5]), "when": st.sampled_from([None, "2024-H2"])}))
_pred_names = ["왕윤종", "Wang Yunjong", "Wang·Yun-jong", "Singh, Daleep", None]
_pred_delegate = st.fixed_dictionaries({"name": st.sampled_from(_pred_names),
                                        "name_en": st.sampled_from([None, "WANG Yun-jong", "Singh"]),
                                        "country": st.sampled_from([None, "KOR", "USA"])})
_gold_delegate = st.fixed_dictionaries({"names": st.sampled_from([[], ["왕윤종", "Wang Yun-jong"],
                                                                  ["Daleep Singh", "Singh,Daleep"]]),
                                        "country": st.sampled_from([None, "KOR", "USA"])})


def _event(delegate: st.SearchStrategy) -> st.SearchStrategy:
    return st.fixed_dictionaries({
        "doc_id": st.just("d1"), "type": st.sampled_from(["dialogue", "launch"]), "mentioned": st.booleans(),
        "date": _dates, "location": _city, "participants": _codes, "delegates": st.lists(delegate, max_size=3),
        "commitments": st.lists(st.fixed_dictionaries({"topic": st.sampled_from(["trade", "ai", "other"])}),
                                max_size=3),
        "ordinal": st.sampled_from([None, 3, 4]), "next": _next})


@settings(max_examples=150, derandomize=True, deadline=None)
@given(st.lists(_event(_gold_delegate), max_size=4), st.lists(_event(_pred_delegate), max_size=4))
def test_agrees_on_random_records(gold: list[dict], events: list[dict]) -> None:
    docs = [{"id": "d1", "events": gold}, {"id": "d2", "events": gold[:1]}]
    _assert_agrees(docs, events, score([GoldDocument.model_validate(d) for d in docs],
                                       [Event.model_validate(e) for e in events]))


# --- the measures on hand-made records -------------------------------------------------------------------------


def _ev(**kw: object) -> dict:
    return {"doc_id": "d1", "type": "dialogue", "date": "2024-06-05", **kw}


def _score(gold: list[dict], events: list[dict], langs: dict | None = None) -> Report:
    return score([GoldDocument(id="d1", events=gold)], [Event.model_validate(e) for e in events], langs)


def _kinds(report: Report) -> list[str]:
    return [f"{f.kind} {f.detail}".strip() for d in report.documents for f in d.errors]


def test_same_type_and_date_match_and_participant_overlap_breaks_ties() -> None:
    gold = [_ev(participants=["KOR", "USA"], name="한미 회담"), _ev(participants=["KOR", "JPN"], name="한일 회담")]
    events = [_ev(participants=["KOR", "JPN"]), _ev(participants=["KOR", "USA"])]
    report = _score(gold, events)
    assert report.total.events.as_dict()["f1"] == 1.0
    assert report.total.participants.f1 == 1.0, "each gold event took the prediction sharing most parties"
    wrong_date = _score(gold[:1], [_ev(date="2024-06-06", participants=["KOR", "USA"])])
    assert (wrong_date.total.events.tp, wrong_date.total.events.fp, wrong_date.total.events.fn) == (0, 1, 1)
    assert _kinds(wrong_date) == ["missed_event", "spurious_event"]
    undated = _score([_ev(date=None)], [_ev(date="")])  # both undated: a match
    assert undated.total.events.tp == 1


def test_mentioned_gold_is_neither_required_nor_penalised() -> None:
    gold = [_ev(), _ev(type="agreement", date="2024-04-01", mentioned=True), _ev(type="launch", mentioned=True)]
    events = [_ev(), _ev(type="agreement", date="2024-04-01"), _ev(type="statement", mentioned=True)]
    report = _score(gold, events)
    assert (report.total.events.tp, report.total.events.fp, report.total.events.fn) == (1, 0, 0)
    unrelated = _score(gold, events + [_ev(type="launch", date="2023-01-01")])
    assert unrelated.total.events.fp == 1, "a held event no gold event names is spurious"


def test_delegates_by_any_spelling_with_the_country_agreeing() -> None:
    wang = {"names": ["왕윤종", "Wang Yun-jong"], "country": "KOR"}
    assert delegate_matches(Person(name="왕 윤종", country="KOR"), Person(**wang))
    assert delegate_matches(Person(name="王", name_en="WANG Yun.jong", country="KOR"), Person(**wang))
    assert not delegate_matches(Person(name="Wang Yun-jong", country="CHN"), Person(**wang))
    assert delegate_matches(Person(name="Wang Yun-jong"), Person(names=wang["names"]))  # gold country unknown
    gold = [_ev(delegates=[wang, {"names": [], "country": "USA", "role": "NSC senior director"}])]
    report = _score(gold, [_ev(delegates=[{"name": "Wang Yunjong", "country": "JPN"},
                                          {"name": "Yasuo Takamura", "country": "JPN"}])])
    d = report.total.delegates
    assert (d.tp, d.fp, d.fn) == (0, 2, 1), "wrong country: no match; the office-only gold person is not scored"
    assert _kinds(report) == ["missed_delegate 왕윤종 (KOR)", "spurious_delegate Wang Yunjong (JPN)",
                              "spurious_delegate Yasuo Takamura (JPN)"]


def test_head_accuracy_over_matched_delegates_only() -> None:
    gold = [_ev(delegates=[{"names": ["조태열", "Cho Tae-yul"], "country": "KOR", "head": True},
                           {"names": ["Kim Hong-kyun"], "country": "KOR", "head": False},
                           {"names": ["Antony Blinken"], "country": "USA", "head": True}])]
    pred = [_ev(delegates=[{"name": "Cho Tae-yul", "country": "KOR", "head": True},
                           {"name": "Kim Hong-kyun", "country": "KOR", "head": True},
                           {"name": "Philip Goldberg", "country": "USA", "head": True}])]
    report = _score(gold, pred)
    assert report.total.head.ok == 1 and report.total.head.n == 2  # Blinken missed and Goldberg spurious: no head
    assert "wrong_head Kim Hong-kyun (KOR): True" in _kinds(report)


def test_city_ordinal_next_and_topics() -> None:
    gold = [_ev(location={"city": "San Diego", "country": "USA"}, ordinal=4, next={"ordinal": 5, "when": "2024-H2"},
                commitments=[{"topic": "critical_minerals"}, {"topic": "ai"}])]
    right = _score(gold, [_ev(location={"city": "san-diego"}, ordinal=4, next={"ordinal": 5, "when": "2024-H2"},
                              commitments=[{"topic": "ai"}, {"topic": "ai"}, {"topic": "critical_minerals"}])])
    assert right.total.figures() == {"events": 1.0, "participants": None, "delegates": None,
                                     "commitment_topics": 1.0, "city": 1.0, "ordinal": 1.0, "next": 1.0,
                                     "head": None}
    wrong = _score(gold, [_ev(location={"city": "Washington"}, ordinal=3, next={"ordinal": 5, "when": "2025"},
                              commitments=[{"topic": "trade"}, {"topic": "ai"}])])
    assert wrong.total.figures()["city"] == wrong.total.figures()["ordinal"] == wrong.total.figures()["next"] == 0
    assert _kinds(wrong) == ["wrong_city Washington for San Diego", "missed_topic critical_minerals",
                             "spurious_topic trade", "wrong_ordinal 3 for 4", "wrong_next 5/2025 for 5/2024-H2"]
    none_needed = _score([_ev(location={"city": None, "country": "KOR"})], [_ev(next={"ordinal": 2})])
    assert none_needed.total.city.n == none_needed.total.ordinal.n == none_needed.total.next.n == 0


def test_language_from_the_documents_else_the_events() -> None:
    gold = [GoldDocument(id="k", events=[_ev()]), GoldDocument(id="e", events=[_ev()]), GoldDocument(id="x")]
    events = [Event.model_validate(_ev(doc_id="k", lang="ko")), Event.model_validate(_ev(doc_id="e", lang="en",
                                                                                        type="launch"))]
    report = score(gold, events, {"e": "en"})
    assert {lang: s.documents for lang, s in report.by_lang.items()} == {"en": 1, "ko": 1, "unknown": 1}
    assert report.scope("ko").events.f1 == 1.0 and report.scope("en").events.f1 == 0.0
    assert report.as_dict()["by_lang"]["en"]["events"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 1}
    assert report.as_dict()["errors"][0] == {"doc_id": "e", "lang": "en", "kind": "missed_event",
                                             "event": "dialogue 2024-06-05", "detail": ""}


def test_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": 1, "events": []}\nnot json\n\n{"events": []}\n{"id": "b", "events": null}\n',
                    encoding="utf-8")
    rows, bad = read_jsonl(path, GoldDocument)
    assert [r.id for r in rows] == ["1", "b"]
    assert [(b.line, b.reason.split(" ")[0]) for b in bad] == [(2, "not"), (4, "id:")]


# --- the CLI ---------------------------------------------------------------------------------------------------


def _write(path: Path, rows: list) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_cli_scores_events_with_json_and_errors(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [{"id": "d1", "events": [_ev(participants=["KOR"])]}, "{oops"])
    events = _write(tmp_path / "events.jsonl", [_ev(lang="ko", participants=["KOR", "USA"]), "[1]",
                                                _ev(doc_id="other")])
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--events", str(events), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["set"] == str(tmp_path) and out["participants"]["fp"] == 1 and list(out["by_lang"]) == ["ko"]
    assert out["errors"][0]["kind"] == "spurious_participant" and out["errors"][0]["detail"] == "USA"
    assert f"{gold}:2: skipped: not JSON" in result.stderr and f"{events}:2: skipped" in result.stderr
    assert "events of 1 document(s) not in the gold ignored" in result.stderr
    table = runner.invoke(app, ["eval", "--gold", str(gold), "--events", str(events), "--errors"])
    assert "participants F1" in table.stdout and "spurious participant USA: dialogue 2024-06-05" in table.stdout


def test_cli_missing_files_and_bad_arguments(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "--gold", str(tmp_path / "g.jsonl"), "--events", str(tmp_path / "e")])
    assert result.exit_code == 1 and "no such file" in result.stderr
    assert runner.invoke(app, ["eval", "--gold", "g.jsonl"]).exit_code == 2
    assert runner.invoke(app, ["eval"]).exit_code == 2
    empty = runner.invoke(app, ["eval", str(tmp_path)])
    assert empty.exit_code == 1 and "no folder with docs.jsonl and gold.jsonl" in empty.stderr


def test_cli_folders_extract_nested_splits_and_skip_sealed(tmp_path: Path) -> None:
    text = "Foreign Minister Cho Tae-yul met Secretary of State Antony Blinken in Seoul on June 5."
    for split in ("corpus/a/tune", "corpus/a/sealed", "corpus/a/unseen"):
        _write(tmp_path / split / "docs.jsonl", [{"id": "d1", "text": text, "published": "2024-06-06",
                                                  "lang": "en"}])
        _write(tmp_path / split / "gold.jsonl", [{"id": "d1", "events": []}])
    result = runner.invoke(app, ["eval", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    names = [json.loads(x)["set"] for x in result.stdout.splitlines()]
    assert names == [str(tmp_path / "corpus/a/tune")], "a sealed split is scored only when named"
    both = runner.invoke(app, ["eval", str(tmp_path / "corpus/a/tune"), str(tmp_path / "corpus/a/sealed"), "--json"])
    rows = [json.loads(x) for x in both.stdout.splitlines()]
    assert [r["set"] for r in rows][-1] == "total: 2 sets" and rows[-1]["documents"] == 2
    assert rows[0]["by_lang"]["en"]["events"]["fp"] == 1


# --- floors ----------------------------------------------------------------------------------------------------

_HEADER = """\
# Quality floors (tests/extract/test_extract_eval.py): the test extracts every set named here and fails when a
# figure drops below its floor. Floors are the figures when recorded minus `margin`; per language only where a
# measure counts at least `min_support` items. `dev` is ../shared/eval/dev; any other name is a folder under
# tests/extract holding docs.jsonl and gold.jsonl, never a sealed split. Record or re-record a set:
# READOUT_UPDATE_FLOORS=1 .venv/bin/pytest tests/extract/test_extract_eval.py -k floors
"""


def _record_floors(name: str, report: Report) -> None:
    margin, min_support = FLOORS["margin"], FLOORS["min_support"]
    entry = {}
    for scope in ["all", *report.by_lang]:
        s = report.scope(scope)
        floors = {m: max(0.0, round(f - margin, 3)) for m, f in s.figures().items()
                  if f is not None and (scope == "all" or s.measure(m).support >= min_support)}
        if floors:
            entry[scope] = floors
    data = yaml.safe_load(FLOORS_FILE.read_text(encoding="utf-8"))
    data["sets"][name] = entry
    body = yaml.safe_dump(data, sort_keys=True, allow_unicode=True, default_flow_style=None, width=120)
    FLOORS_FILE.write_text(_HEADER + body, encoding="utf-8")


def test_floors_never_name_a_sealed_split() -> None:
    for name in SETS:
        assert not CLOSED & set(Path(name).parts), name
        set_dir(name)
    with pytest.raises(ValueError):
        set_dir("corpus/x/sealed")
    with pytest.raises(ValueError):
        set_dir("corpus/x/unseen")


@pytest.mark.parametrize("name", SETS)
def test_floors(name: str, extracted: Callable[[str], Extracted]) -> None:
    report = extracted(name).report()
    if os.environ.get("READOUT_UPDATE_FLOORS"):
        _record_floors(name, report)
        return
    print(f"\n{name}: " + ", ".join(f"{m} {f:.3f}" for m, f in report.total.figures().items() if f is not None))
    failures = []
    for scope, floors in (FLOORS["sets"][name] or {}).items():
        figures = report.scope(scope).figures()
        for measure, floor in floors.items():
            got = figures[measure]
            if got is None or got < floor:
                failures.append(f"{name} {scope} {LABELS[measure]}: {got} < floor {floor}")
    assert FLOORS["sets"][name], f"{name}: no floors recorded"
    assert not failures, "\n".join(failures)
