"""A commit by the indexer is searchable at once in another reader (the API, a benchmark), not at tantivy's
500 ms file-watch tick: publish→searchable latency rests on it."""
from __future__ import annotations

from pathlib import Path

from extract.analysis import analyze
from index.model import SearchQuery
from index.tantivy_index import TantivyIndex
from tests.index.events import korean_report


def test_another_readers_commit_is_searchable_immediately(tmp_path: Path) -> None:
    with TantivyIndex(tmp_path / "ix", analyze) as writer, TantivyIndex(tmp_path / "ix", analyze) as reader:
        assert reader.count() == 0
        assert not writer.write([korean_report()])
        assert reader.count() == 1  # no wait, no refresh
        assert reader.search(SearchQuery(q="핵심광물")).total == 1
        assert not writer.write([korean_report(id="ko2", doc_id="doc-ko2", key="dialogue:2024-07-01:KOR-USA",
                                               date="2024-07-01")])
        assert reader.count() == 2
