"""Kiwi over a batch's Korean texts ahead of extracting them one by one (`prime_documents`, what the extraction
stage does per batch): the same records as a document at a time, whatever the batch and the limit."""
from __future__ import annotations

from extract import kiwi as kiwi_mod
from extract.lang.ko import tokenizer
from extract.pipeline import extract_document, prime_documents
from streams.records import DocumentRecord

KO = ("외교부는 12일 서울에서 제3차 한-폴란드 전략대화를 열고 방산과 원전, 핵심광물 공급망 협력 방안을 "
      "논의했다고 밝혔다.\n회의에는 우리 측에서 김홍균 외교부 제1차관이, 폴란드 측에서 블라디스와프 "
      "테오필 바르토셰프스키 외교부 차관이 수석대표로 참석했다.\n")
KO2 = ("산업통상자원부는 7일 세종에서 한-인도네시아 산업협력위원회를 개최하고 배터리와 전기차 공급망 협력을 "
       "확대하기로 했다.\n")
EN = "On March 3, Japan and Australia held their first economic security dialogue in Canberra."


def docs() -> list[DocumentRecord]:
    long_ko = KO * 40  # several of the tokenizer's chunks
    return [DocumentRecord(id="k1", lang="ko", published="2024-06-13", text=KO),
            DocumentRecord(id="e1", lang="en", published="2024-03-04", text=EN),
            DocumentRecord(id="k2", lang=None, published="2024-06-08", text=KO2),  # Korean by detection
            DocumentRecord(id="k3", lang="ko", published="2024-06-13", text=long_ko)]


def records(batch: list[DocumentRecord]) -> list[list[str]]:
    return [[e.model_dump_json() for e in extract_document(d)] for d in batch]


def test_a_primed_batch_gives_the_records_of_a_document_at_a_time() -> None:
    batch = docs()
    alone = records(batch)
    analysed = prime_documents(batch)
    assert analysed == len(KO) + len(KO2) + len(KO) * 40  # the Korean texts only, whole
    assert records(batch) == alone
    assert any(alone)


def test_a_limit_analyses_part_of_the_batch_ahead_and_changes_nothing() -> None:
    batch = docs()
    alone = records(batch)
    analysed = prime_documents(batch, limit=len(KO) + len(KO2) + 10)
    assert analysed == len(KO) + len(KO2)  # the long text's first chunk does not fit
    assert records(batch) == alone
    assert prime_documents(batch, limit=0) == 0
    assert prime_documents([batch[1]]) == 0  # English: nothing to analyse ahead


def test_morphemes_analysed_before_the_dictionary_changed_are_not_used() -> None:
    prime_documents(docs()[:1])
    chunk = KO
    assert tokenizer._PRIMED.tokens.get(chunk) is not None
    kiwi_mod._changed()  # what adding user words does: Kiwi may now cut the text otherwise
    assert tokenizer._PRIMED.take(chunk) is None
