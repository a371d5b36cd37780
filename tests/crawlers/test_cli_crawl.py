"""The CLI: `readout sources list`, `readout sources check`, `readout crawl` (crawls in a subprocess)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import typer
from typer.testing import CliRunner

from crawlers.sampleserver import SampleSite
from readout.cli_crawl import register

REPO = Path(__file__).resolve().parents[2]


def app() -> typer.Typer:
    a = typer.Typer()
    register(a)
    return a


def readout(args: list[str], env: dict[str, str], timeout: float = 90) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("READOUT_")}
    return subprocess.run([sys.executable, "-m", "readout.cli_crawl", *args], cwd=REPO, env=base | env,
                          capture_output=True, text=True, timeout=timeout)


def test_sources_list() -> None:
    result = CliRunner().invoke(app(), ["sources", "list"])
    assert result.exit_code == 0, result.output
    assert "kr.korea-kr" in result.output and "us.whitehouse" in result.output and "jp.mofa" in result.output
    result = CliRunner().invoke(app(), ["sources", "list", "--json"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len([r for r in rows if not r["id"].startswith("sample.")]) >= 12


def test_crawl_and_check_against_the_sample_site(sample_site: SampleSite, tmp_path: Path) -> None:
    env = {"READOUT_DATA_DIR": str(tmp_path), "READOUT_ALLOW_PRIVATE_ADDRESSES": "true",
           "READOUT_SAMPLES_URL": sample_site.url}
    check = readout(["sources", "check", "sample.kr-sitemap", "sample.spa", "--json"], env)
    results = {r["source"]: r for r in json.loads(check.stdout)}
    assert check.returncode == 1  # sample.spa fails its check
    assert results["sample.kr-sitemap"]["ok"] and results["sample.kr-sitemap"]["articles_found"] == 7
    assert results["sample.kr-sitemap"]["sample_published"].startswith("2024-06-06")
    assert not results["sample.spa"]["ok"] and "no main text" in results["sample.spa"]["problems"][0]

    crawl = readout(["crawl", "sample.jp-news", "--json"], env)
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    [run] = [json.loads(line) for line in crawl.stdout.splitlines()]
    assert run["source"] == "sample.jp-news" and run["new_docs"] == 2
    table = readout(["crawl", "sample.jp-news"], env)
    assert table.returncode == 0 and "sample.jp-news" in table.stdout and "Crawl runs" in table.stdout


def test_refused_without_the_private_address_setting(sample_site: SampleSite, tmp_path: Path) -> None:
    env = {"READOUT_DATA_DIR": str(tmp_path), "READOUT_SAMPLES_URL": sample_site.url}
    check = readout(["sources", "check", "sample.en-feed", "--json"], env)
    [result] = json.loads(check.stdout)
    assert check.returncode == 1 and result["error"].startswith("ssrf_refused")
    unknown = readout(["crawl", "no.such-source"], env)
    assert unknown.returncode == 2 and "unknown source" in unknown.stderr
