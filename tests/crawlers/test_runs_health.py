"""Run records and parser health: a source whose pages stop yielding text is marked unhealthy."""
from __future__ import annotations

from pathlib import Path

from crawl_helpers import run_crawl

from crawlers.runs import RunRecord, get_run, judge_health, list_runs, now_iso, record_run
from crawlers.sampleserver import SampleSite


def test_judge_health() -> None:
    assert judge_health(10, 0, 1, {}, 12).verdict == "healthy"
    bad_text = judge_health(10, 6, 0, {}, 12)
    assert bad_text.verdict == "unhealthy" and "6/10 article pages gave no text" in bad_text.reasons
    bad_dates = judge_health(10, 0, 6, {}, 12)
    assert bad_dates.verdict == "unhealthy" and "6/10 documents had no date" in bad_dates.reasons
    assert judge_health(10, 0, 5, {}, 12).verdict == "healthy"  # exactly half is still tolerated
    assert judge_health(2, 2, 0, {}, 3).verdict == "unknown"  # too few pages to judge
    assert judge_health(0, 0, 0, {"ssrf_refused": 1}, 0).verdict == "unhealthy"
    assert judge_health(10, 3, 0, {}, 12, max_share=0.2).verdict == "unhealthy"


def test_record_and_list_runs(tmp_path: Path) -> None:
    for i, source in enumerate(["a.one", "a.two", "a.one"]):
        record_run(tmp_path, RunRecord(source=source, started_at=f"2024-06-0{i + 1}T00:00:00+00:00",
                                       finished_at=now_iso(), duration_s=1.0, new_docs=i,
                                       failures={"http_404": i}))
    runs = list_runs(tmp_path)
    assert [r.new_docs for r in runs] == [2, 1, 0]  # most recent first
    assert [r.new_docs for r in list_runs(tmp_path, source="a.one")] == [2, 0]
    assert get_run(tmp_path, runs[0].run_id) == runs[0]
    assert list_runs(tmp_path / "empty") == []


def test_layout_change_marks_the_source_unhealthy(sample_site: SampleSite, tmp_path: Path) -> None:
    [run] = run_crawl(["sample.spa"], data_dir=tmp_path, site_url=sample_site.url,
                      bus_url=f"local://{tmp_path / 'bus'}")
    assert run.articles_parsed == 4 and run.empty_text == 4 and run.new_docs == 0
    assert run.health == "unhealthy" and "4/4 article pages gave no text" in run.health_reasons
    assert list_runs(tmp_path, source="sample.spa")[0].health == "unhealthy"
