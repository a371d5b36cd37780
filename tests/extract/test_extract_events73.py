"""Round 73: summit diplomacy with Europe, the Middle East and Africa. Sentences written for these tests (real public
facts or plausible ones, our own wording; none from the corpus), each failing before its rule (at e0d4377a) unless
marked a guard."""
from __future__ import annotations

from datetime import date

import pytest

from extract.pipeline import extract_document
from streams.records import DocumentRecord
from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "source"), [
    ("윤석열 대통령은 9.7.(목)(현지시간) 자카르타에서 앤서니 앨버니지 호주 총리, 크리스토퍼 럭슨 뉴질랜드 "
     "총리와 차례로 정상회담을 가졌습니다.\n\n1. 한-호주 정상회담\n\n□ 양 정상은 핵심광물 공급망 협력을 "
     "강화해 나가기로 하였습니다.\n\n2. 한-뉴질랜드 정상회담\n\n□ 양 정상은 기후변화 대응 협력을 확대해 "
     "나가기로 하였습니다.", "2023-09-08", "kr.president"),
    ("한덕수 국무총리는 6.2.(일) 서울에서 페터 피알라 체코 총리, 빅토르 오르반 헝가리 총리와 차례로 "
     "회담을 가졌다.\n\n1. 한-체코 총리회담\n\n□ 양 총리는 원전 협력을 논의하였다.\n\n2. 한-헝가리 "
     "총리회담\n\n□ 양 총리는 배터리 산업 협력을 논의하였다.", "2024-06-03", "kr.pmo"),
])
def test_a_section_heading_names_a_meeting_told_in_turn(text: str, published: str, source: str) -> None:
    """`A, B 정상과 차례로 정상회담` then a section `1. 한-호주 정상회담`: the section's heading names the meeting with
    A (the report's own side goes without saying), not another one of the day."""
    doc = DocumentRecord(id="t", text=text, lang="ko", published=date.fromisoformat(published), source=source)
    events = [e for e in extract_document(doc) if not e.mentioned]
    assert len(events) == 2


@pytest.mark.parametrize(("text", "published"), [
    ("윤석열 대통령은 9일 숄츠 총리와 정상회담을 가졌다. 양 정상은 러시아와 북한이 군사협력 협정을 "
     "체결하고 협력을 강화하기로 한 데 대해 우려를 표명하였다.", "2024-07-10"),
    ("한덕수 총리는 3일 피알라 총리와 회담하였다. 양 총리는 중국과 러시아가 에너지 협정을 맺고 교역을 "
     "늘리기로 한 것에 대해 의견을 교환하였다.", "2024-06-04"),
])
def test_a_signing_spoken_of_is_no_signing_held(text: str, published: str) -> None:
    """`러시아와 북한이 X 협정을 체결하고 … 한 데 대해 우려를 표명`: a signing in a clause the meeting spoke
    of (`데/것에 대해`) is what was discussed, not a signing the report tells."""
    assert [e.type for e in held(text, "ko", published)] == ["dialogue"]
