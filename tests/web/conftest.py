"""A running app over a small tantivy index and a local bus, for the page, SSE and browser tests."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest

from extract.analysis import analyze
from index import open_index
from readout.app import build_app
from readout.settings import Settings
from streams.records import EventRecord

BASE = {"type": "dialogue", "participants": ["KOR", "USA", "JPN"], "extractor": "test"}
EVENTS = [
    {**BASE, "id": "w1", "key": "dialogue:2024-06-05:JPN-KOR-USA", "doc_id": "ko-doc", "lang": "ko",
     "source": "kr.president", "url": "https://www.president.go.kr/briefing/1", "date": "2024-06-05",
     "name": "제4차 한·미·일 경제안보대화", "series": "US-Japan-ROK Economic Security Dialogue", "ordinal": 4,
     "location": {"city": "San Diego", "country": "USA"},
     "delegates": [{"name": "왕윤종", "name_en": "Wang Yun-jong", "country": "KOR", "head": True,
                    "role": "국가안보실 제3차장", "person_id": "wang-yun-jong"}],
     "commitments": [{"topic": "critical_minerals", "action": "explore joint investment",
                      "text": "3국은 핵심광물 공동투자 방안을 함께 찾기로 했다", "parties": ["KOR", "USA", "JPN"]}],
     "topics": ["critical_minerals"], "evidence": "한미일은 샌디에고에서 경제안보대화를 열었다.",
     "published": "2024-06-06"},
    {**BASE, "id": "w2", "key": "dialogue:2024-06-05:JPN-KOR-USA", "doc_id": "en-doc", "lang": "en",
     "source": "us.whitehouse", "url": "https://www.whitehouse.gov/briefing/2", "date": "2024-06-05",
     "name": "Fourth U.S.-Japan-ROK Economic Security Dialogue",
     "delegates": [{"name": "Tarun Chhabra", "name_en": "Tarun Chhabra", "country": "USA", "head": True,
                    "role": "Senior Director for Technology and National Security"}],
     "commitments": [{"topic": "semiconductors", "action": "coordinate on chips",
                      "text": "They agreed to coordinate on semiconductor supply chains.", "parties": ["USA"]}],
     "topics": ["semiconductors"], "evidence": "Officials met in San Diego for the dialogue.",
     "published": "2024-06-06"},
    {**BASE, "id": "w3", "key": "agreement:2023-11-14:JPN-USA", "doc_id": "x-doc", "lang": "en", "type": "agreement",
     "source": "jp.mofa", "date": "2023-11-14", "participants": ["JPN", "USA"],
     "name": "<script>window.pwned=1</script> Economic arrangement", "topics": ["trade"],
     "evidence": "An arrangement <b>was</b> signed.", "url": "javascript:alert(1)", "published": "2023-11-15"},
    {**BASE, "id": "w4", "key": "dialogue:undated:KOR-USA:q", "doc_id": "m-doc", "lang": "en", "mentioned": True,
     "participants": ["KOR", "USA"], "name": "earlier quantum consultations", "evidence": "Quantum talks came up."},
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Any], AbstractContextManager[str]]
         ) -> Iterator[tuple[str, Settings]]:
    """`(base_url, settings)` of a live server with three events indexed."""
    data = tmp_path_factory.mktemp("web")
    settings = Settings(data_dir=data, bus=f"local://{data / 'bus'}", index=f"tantivy://{data / 'index'}")
    index = open_index(settings.index_url, analyze)
    assert index.write([EventRecord.model_validate(e) for e in EVENTS]) == {}
    index.refresh()
    with serve(build_app(settings, index=index)) as base:
        yield base, settings
    index.close()
