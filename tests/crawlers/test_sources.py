"""The registry: real sources validate, mistakes are reported with file, source and field."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.sources import DEFAULT_REGISTRY, RegistryError, load_file, load_registry

GOOD = """sources:
  - id: test.one
    name: One
    country: KOR
    language: ko
    timezone: Asia/Seoul
    discovery: feed
    start_urls: ["https://example.org/rss"]
    allowed_domains: [example.org]
"""


def test_shipped_registry_has_real_korean_and_english_sources() -> None:
    real = load_file(DEFAULT_REGISTRY)
    ids = {s.id for s in real}
    assert len(real) >= 12
    assert {"kr.president", "kr.mofa", "kr.motie", "kr.korea-kr", "us.whitehouse", "us.state", "jp.mofa",
            "kr.yonhap-en"} <= ids
    assert {s.language for s in real} >= {"ko", "en"}
    assert {s.discovery for s in real} == {"feed", "sitemap", "listing"}
    assert all(s.start_urls[0].startswith("https://") for s in real)
    assert {s.country for s in real} >= {"KOR", "USA", "JPN"}


def test_sample_sources_point_at_the_sample_site() -> None:
    registry = load_registry(samples_url="http://127.0.0.1:9999")
    src = registry.get("sample.kr-listing")
    assert src.start_urls == ["http://127.0.0.1:9999/kr/press/list-1.html"]
    assert src.allowed_domains == ["127.0.0.1"] and not src.enabled


@pytest.mark.parametrize(("change", "message"), [
    ("    schedule: every hour\n", "schedule: Value error, not a cron expression"),
    ("    timezone: Mars/Olympus\n", "unknown time zone"),
    ("    colour: blue\n", "colour: Extra inputs are not permitted"),
    ("    article_patterns: ['([']\n", "bad regex"),
])
def test_invalid_entries_name_file_source_and_field(tmp_path: Path, change: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    text = GOOD.replace("    timezone: Asia/Seoul\n", "") if "timezone" in change else GOOD
    path.write_text(text + change)
    with pytest.raises(RegistryError) as info:
        load_file(path)
    assert str(path) in str(info.value) and "source #1 (test.one)" in str(info.value)
    assert message in str(info.value)


def test_other_registry_mistakes(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(GOOD.replace('["https://example.org/rss"]', '["file:///etc/passwd"]'))
    with pytest.raises(RegistryError, match="start URL must be http"):
        load_file(path)
    path.write_text(GOOD + GOOD.split("sources:\n")[1])
    with pytest.raises(RegistryError, match="duplicate source id 'test.one'"):
        load_registry([str(path)])
    path.write_text("sources: {}")
    with pytest.raises(RegistryError, match="top-level `sources:` list"):
        load_file(path)
    with pytest.raises(RegistryError, match="unknown source 'nope'"):
        load_registry().get("nope")
