"""The whole pipeline on fixture documents (own text about real public events) against expected events."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.pipeline import extract_document
from streams.records import DocumentRecord

FIX = Path(__file__).parent / "fixtures"
DOCS = {d["id"]: d for d in map(json.loads, (FIX / "docs.jsonl").read_text(encoding="utf-8").splitlines())}
EXPECTED = json.loads((FIX / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_fixture_document(doc_id: str, ko_nlp, en_nlp) -> None:  # noqa: ANN001
    events = [e for e in extract_document(DocumentRecord(**DOCS[doc_id])) if not e.mentioned]
    expected = EXPECTED[doc_id]
    assert len(events) == len(expected)
    for got, want in zip(events, expected, strict=True):
        assert got.type == want["type"] and got.date == want["date"]
        assert got.ordinal == want["ordinal"]
        assert got.location.city == want["city"]
        assert set(got.participants) == set(want["participants"])
        assert {d.name for d in got.delegates} == set(want["delegates"])
        assert {d.name for d in got.delegates if d.head} == set(want["heads"])
        assert set(want["topics"]) <= set(got.topics)
        if want["next"] is None:
            assert got.next is None or got.next.when == "regular"
        else:
            assert got.next is not None and got.next.model_dump() == want["next"]


def test_ids_are_stable_and_keys_cross_language(ko_nlp, en_nlp) -> None:  # noqa: ANN001
    doc = DocumentRecord(**DOCS["fx-ko-ncg"])
    first = [e.id for e in extract_document(doc)]
    assert first == [e.id for e in extract_document(doc)]
    ko = DocumentRecord(id="k", text="한미 양국은 5일 워싱턴에서 외교장관회담을 가졌다.", published="2024-03-06",
                        lang="ko")
    en = DocumentRecord(id="e", text="The foreign ministers of the United States and the Republic of Korea met "
                        "in Washington on March 5.", published="2024-03-06", lang="en")
    (k,) = extract_document(ko)
    (e,) = extract_document(en)
    assert k.key == e.key == "dialogue:2024-03-05:KOR-USA"
