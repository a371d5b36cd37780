"""Agreements, round 51: several documents signed on one day. Sentences written for these tests (real public facts,
our own wording; none from the corpus), each failing before its rule (at 090c2f8) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


def _agreements(text: str, published: str) -> list[str | None]:
    return [e.name for e in held(text, "en", published) if e.type == "agreement"]


@pytest.mark.parametrize(("text", "names"), [
    ("SANTIAGO, May 9 -- The fisheries ministers of Chile and Korea signed a memorandum of understanding on "
     "cooperation in aquaculture research on Tuesday. The agriculture ministers of the two countries signed a "
     "memorandum of understanding on cooperation in plant quarantine the same day.",
     ["memorandum of understanding on cooperation in aquaculture research",
      "memorandum of understanding on cooperation in plant quarantine"]),
    ("On March 3, Prime Minister Fumio Kishida and President Ferdinand Marcos Jr. witnessed the signing of a "
     "memorandum of cooperation on disaster risk reduction in Tokyo. Later, the two transport ministers signed a "
     "memorandum of cooperation on railway maintenance training.",
     ["memorandum of cooperation on disaster risk reduction", "memorandum of cooperation on railway maintenance "
      "training"]),
])
def test_documents_with_different_subjects_are_two(text: str, names: list[str]) -> None:
    """`a memorandum of understanding on X` … `a memorandum of understanding on Y` signed the same day: the subject in
    lower case is part of each document's name, and documents whose subjects share no word are two."""
    assert _agreements(text, "2023-03-04" if "March" in text else "2023-05-10") == names


@pytest.mark.parametrize("text", [
    "On May 9, Prime Minister Anthony Albanese and President Joko Widodo signed a memorandum of understanding on "
    "electric vehicle batteries in Jakarta. The memorandum of understanding on batteries will run for five years.",
    "On May 9, the two ministers signed an agreement on social security in Santiago. The agreement on social "
    "security lets posted workers pay contributions in one country only.",
])
def test_one_document_named_twice_is_one(text: str) -> None:
    """Guard: the same document named again with its subject (a word shared) stays one."""
    assert len(_agreements(text, "2023-05-10")) == 1


@pytest.mark.parametrize(("text", "names"), [
    ("On May 9, Minister Park Jin and Foreign Minister Alberto van Klaveren signed a memorandum of understanding on "
     "renewable hydrogen, and the two trade promotion agencies signed a letter of intent on a joint investment "
     "office in Santiago.",
     ["memorandum of understanding on renewable hydrogen", "letter of intent on a joint investment office"]),
    ("On June 12, the foreign ministers signed an agreement on visa exemption for diplomats; the central banks "
     "signed a memorandum of understanding on payment systems in Ulaanbaatar.",
     ["agreement on visa exemption for diplomats", "memorandum of understanding on payment systems"]),
])
def test_a_clause_with_its_own_subject_signs_another_document(text: str, names: list[str]) -> None:
    """`A and B signed X, and the two agencies signed Y`: a coordinated clause with a subject of its own is another
    signing."""
    assert _agreements(text, "2023-05-10" if "May" in text else "2023-06-13") == names


@pytest.mark.parametrize("text", [
    "On May 9, the ministers signed the agreement on social security, and the deputy ministers signed it on behalf "
    "of their agencies.",
    "On May 9, the two leaders signed the Kuala Lumpur Accord on the sidelines of the summit, and the "
    "foreign ministers also signed it.",
])
def test_the_same_document_signed_again_is_one(text: str) -> None:
    """Guard: a second clause signing `it` (no document of its own) adds none; `on the sidelines`, `on behalf`
    are no subject."""
    names = _agreements(text, "2023-05-10")
    assert len(names) == 1 and "sidelines" not in (names[0] or "") and "behalf" not in (names[0] or "")


@pytest.mark.parametrize(("text", "names"), [
    ("After the talks on May 9, the two ministers signed two memorandums of understanding, one on cooperation in "
     "fisheries and the other on plant quarantine.",
     ["memorandum of understanding on cooperation in fisheries", "memorandum of understanding on plant quarantine"]),
    ("On May 9 the two governments signed three agreements: one on visa waivers, another on double taxation and a "
     "third on the mutual recognition of driving licences.",
     ["agreement on visa waivers", "agreement on double taxation",
      "agreement on the mutual recognition of driving licences"]),
])
def test_a_counted_set_told_item_by_item(text: str, names: list[str]) -> None:
    """`signed two memorandums, one on X and the other on Y`: one document per item, each named by its subject."""
    assert _agreements(text, "2023-05-10") == names


def test_a_counted_set_with_a_list_of_subjects_is_one() -> None:
    """Guard: `three agreements on trade, investment and customs` tells no item apart."""
    text = "On May 9 the two governments signed three agreements on trade, investment and customs cooperation."
    assert len(_agreements(text, "2023-05-10")) == 1



@pytest.mark.parametrize("text", [
    "윤석열 대통령과 토카예프 대통령은 11일 아스타나에서 정상회담을 가졌다. 회담 후 양국은 핵심광물 협력 양해각서를 "
    "비롯해 모두 12건의 협정과 양해각서에 서명했다.",
    "한덕수 국무총리는 11일 하노이에서 팜 민 찐 총리와 회담했다. 이날 양국 정부와 기업은 에너지, 인프라 분야 등 모두 "
    "9건의 협정과 양해각서(MOU)를 체결했다.",
    "산업통상자원부는 11일 리야드에서 열린 한-사우디 투자포럼에서 수소·스마트시티 등 15건의 계약과 양해각서가 "
    "체결됐다고 밝혔다.",
])
def test_a_counted_set_of_documents_is_one(text: str) -> None:
    """`A를 비롯해 모두 12건의 협정과 양해각서에 서명`: a counted set is one signing, whatever kinds it names, and the
    document named as its example is in it."""
    assert len([e for e in held(text, "ko", "2024-06-12") if e.type == "agreement"]) == 1


def test_documents_named_one_by_one_stay_apart() -> None:
    """Guard: two documents named each with its subject, no count, are two."""
    text = "양국은 11일 리튬 광산 개발 양해각서와 전력산업 협력 양해각서에 각각 서명했다."
    assert len([e for e in held(text, "ko", "2024-06-12") if e.type == "agreement"]) == 2


@pytest.mark.parametrize(("text", "published"), [
    ("HONIARA, April 22 -- U.S. officials met Prime Minister Manasseh Sogavare on Friday. The two sides discussed the "
     "security agreement that Solomon Islands recently concluded with China.", "2022-04-23"),
    ("CANBERRA, June 18 (Reuters) - Prime Minister Malcolm Turnbull met U.S. trade officials on Monday. Turnbull said "
     "Australia remained committed to the Pacific trade pact it has signed with ten other countries.", "2018-06-19"),
])
def test_a_documents_past_in_a_relative_clause_is_no_signing(text: str, published: str) -> None:
    """`the agreement that X recently concluded with Y`, `the pact it has signed`: a relative clause after a document
    noun tells the document's past, not a signing the report is about."""
    assert [e.type for e in held(text, "en", published)] == ["dialogue"]


@pytest.mark.parametrize("text", [
    "JAKARTA, March 21 -- The two ministers met on Tuesday and signed a five-year rice trade arrangement that was "
    "also signed by the two trade agencies.",
    "JAKARTA, March 21 -- Foreign Minister Retno Marsudi and Papua New Guinea's Justin Tkatchenko signed an agreement "
    "that sets out border crossing rules on Tuesday.",
])
def test_a_signing_told_with_its_document_stays(text: str) -> None:
    """Guard: a passive relative clause or one describing the document (not signing it) leaves the signing held."""
    assert "agreement" in [e.type for e in held(text, "en", "2023-03-22")]


@pytest.mark.parametrize(("text", "people"), [
    ("최종건 제1차관은 방문 기간 중 「호세 페르난데스」 국무부 경제차관, 「마크 내퍼」 부차관보와도 "
     "각각 면담하였습니다.", [["호세 페르난데스"], ["마크 내퍼"]]),
    ("최종건 제1차관은 9일 워싱턴에서 「웬디 셔먼」 국무부 부장관과 면담하였습니다. 최 차관은 「지나 러몬도」 "
     "상무장관과 화상으로 면담하고 공급망 협력을 논의하였습니다.", [["웬디 셔먼"], ["지나 러몬도", "러몬도"]]),
])
def test_a_name_in_corner_brackets_is_the_person_met(text: str, people: list[list[str]]) -> None:
    """`「호세 페르난데스」 국무부 경제차관과`: a ministry's corner brackets around a foreign name do not hide who
    was met, so meetings with two people (`각각`, or one after another) stay two."""
    events = held(text, "ko", "2021-06-10")
    assert len(events) == 2
    for e, names in zip(events, people, strict=True):
        assert {d.name for d in e.delegates} & set(names)
