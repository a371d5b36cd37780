"""Operators' commands: a manual crawl through the job path, run history, enable/disable, /sources and /runs."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from crawlers.sampleserver import SampleSite
from readout.app import build_app
from readout.settings import Settings

ROOT = Path(__file__).parents[2]


def readout(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "readout", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=180)


def test_manual_crawl_runs_history_and_enable(tmp_path: Path) -> None:
    site = SampleSite(crawl_delay=0).start()
    try:
        env = {**os.environ, "READOUT_DATA_DIR": str(tmp_path), "READOUT_BUS": f"local://{tmp_path / 'bus'}",
               "READOUT_ALLOWED_ADDRESSES": site.url.split("//")[1],
               "READOUT_SAMPLES_URL": site.url}
        done = readout(env, "crawl", "sample.en-feed", "--now", "--json")
        assert done.returncode == 0, done.stderr
        assert "queued crawl job" in done.stderr
        [run] = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
        assert run["source"] == "sample.en-feed" and run["new_docs"] >= 3
    finally:
        site.stop()
    history = [json.loads(x) for x in readout(env, "runs", "--json").stdout.splitlines()]
    assert [r["run_id"] for r in history] == [run["run_id"]]
    failed = readout(env, "runs", "--failed", "--source", "sample.en-feed", "--json").stdout.splitlines()
    assert len(failed) == (1 if run["failures"] else 0)
    assert readout(env, "sources", "disable", "sample.en-feed").returncode == 0
    assert readout(env, "sources", "disable", "no.such").returncode == 2
    rows = {r["source"]: r for r in map(json.loads, readout(env, "schedule", "list", "--json").stdout.splitlines())}
    assert rows["sample.en-feed"]["enabled"] is False and rows["sample.en-feed"]["next_run"] is None
    assert rows["sample.en-feed"]["last_run"] == run["started_at"]
    assert rows["kr.mofa"]["enabled"] is True and rows["kr.mofa"]["next_run"]
    settings = Settings(data_dir=tmp_path, bus=env["READOUT_BUS"], index=f"tantivy://{tmp_path / 'index'}")
    with TestClient(build_app(settings)) as client:
        api_sources = {r["source"]: r for r in client.get("/sources").json()}
        assert api_sources["sample.en-feed"]["enabled"] is False
        assert [r["run_id"] for r in client.get("/runs", params={"source": "sample.en-feed"}).json()] == \
            [run["run_id"]]
        assert client.get("/runs", params={"limit": 0}).status_code == 422
