"""Attributions (issue #14 item 3): a commitment's parties come from its clause's subject, evidence quotes are
whole clauses, and a delegate's country and role come from that person's own phrase. The sentences are written
for these tests (no corpus document)."""
from __future__ import annotations

from datetime import date

from extract.commitments import Found, find_commitments, list_items
from extract.delegates import find_people
from extract.pipeline import extract_document, run
from streams.records import DocumentRecord, EventRecord


def _events(text: str, lang: str, published: str = "2024-05-02", source: str | None = None) -> list[EventRecord]:
    return extract_document(DocumentRecord(id="t", text=text, lang=lang, published=published, source=source))


def _found(view, text: str, lang: str, home: str | None = None) -> list[Found]:  # noqa: ANN001
    v = view(text, lang, date(2024, 5, 2), home)
    return [f for s in v.sents for f in find_commitments(v, s)]


def _people(text: str, lang: str = "en") -> dict:
    doc = run(text, lang, date(2024, 5, 2))
    v = doc._.readout.view
    ner = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    return {p.name: p for s in v.sents for p in find_people(v, s, ner)}


# ----------------------------------------------------------------- rule 1: parties from the clause's subject

def test_korean_government_subject_is_korea_not_the_countries_named_later(view) -> None:  # noqa: ANN001
    # `정부는 …`: the publisher's government, though Japan and the US are named in the clause.
    found = _found(view, "정부는 미국과 일본의 반도체 수출통제 동향을 살피고, 국내 기업 지원 방안을 마련해 "
                         "대응해 나가겠다고 밝혔다.", "ko")
    assert found and all(f.parties == ["KOR"] for f in found)


def test_korean_government_sentence_in_a_us_japan_report(view) -> None:  # noqa: ANN001
    text = ("일본과 미국은 3일(현지시간) 도쿄에서 희토류 공급망 협력 각서에 서명했다.\n"
            "정부는 일본과 미국의 희토류 협력이 국내 배터리 산업에 미칠 영향을 분석해 대응해 나가겠다고 밝혔다.")
    (ev,) = [e for e in _events(text, "ko", "2024-05-04") if not e.mentioned]
    assert set(ev.participants) == {"JPN", "USA"}
    ours = [c for c in ev.commitments if c.text.startswith("정부는")]
    assert ours and all(c.parties == ["KOR"] for c in ours)


def test_korean_joint_subjects_are_the_events_parties(view) -> None:  # noqa: ANN001
    for text in ("양국은 청정수소 공급망 협력을 강화해 나가기로 했다.",
                 "3국 장관들은 반도체 공급망 조기경보 체계를 공동 운영하기로 합의했다."):
        found = _found(view, text, "ko")
        assert found and all(f.parties is None for f in found), text


def test_korean_named_countries_in_the_subject_are_the_parties(view) -> None:  # noqa: ANN001
    found = _found(view, "캐나다와 호주는 핵심광물 비축 협력을 확대하기로 했다.", "ko")
    assert found and all(sorted(f.parties or []) == ["AUS", "CAN"] for f in found)


def test_korean_reported_speech_takes_the_reported_subject(view) -> None:  # noqa: ANN001
    # The official speaks; the two leaders agreed.
    found = _found(view, "김 대변인은 브리핑에서 두 정상이 배터리 공급망 협력을 강화하기로 했다고 전했다.", "ko")
    assert found and all(f.parties is None for f in found)


def test_korean_subject_that_is_a_thing_names_no_party(view) -> None:  # noqa: ANN001
    # `WTO 개혁 논의가`: what the clause is about, not who acts.
    found = _found(view, "WTO 개혁 논의가 진전될 수 있도록 무역 협력을 지속해 나가기로 했다.", "ko")
    assert found and all(f.parties is None for f in found)


def test_korean_one_side_of_a_discussion_is_not_the_only_party(view) -> None:  # noqa: ANN001
    # A meets B and they discuss: discussing takes two, so the event's parties.
    found = _found(view, "한국 측은 베트남 측과 면담을 갖고 희토류 협력 방안을 논의했다.", "ko")
    assert found and all(f.parties is None for f in found)


def test_english_named_subject_gives_its_countries(view) -> None:  # noqa: ANN001
    found = _found(view, "Japan and the United States agreed to expand joint research on quantum computing.", "en")
    assert found and all(sorted(f.parties or []) == ["JPN", "USA"] for f in found)
    found = _found(view, "On Tuesday, Canada will fund a new battery recycling plant in Ontario with Korea.", "en")
    assert found and all(f.parties == ["CAN"] for f in found)


def test_english_reporting_verb_and_dateline_are_not_the_subject(view) -> None:  # noqa: ANN001
    found = _found(view, "Officials said Australia will double its investment in critical minerals processing.", "en")
    assert found and all(f.parties == ["AUS"] for f in found)
    found = _found(view, "OTTAWA, May 2 -- India and Canada agreed to launch talks on semiconductor supply chains.",
                   "en")
    assert found and all(sorted(f.parties or []) == ["CAN", "IND"] for f in found)


def test_english_joint_or_unplaced_subjects_leave_the_events_parties(view) -> None:  # noqa: ANN001
    for text in ("The two leaders agreed to deepen cooperation on semiconductors.",
                 "Both sides will strengthen export control coordination.",
                 # `Mbeki` is no known person: one conjunct unplaced, so whose it is stays open.
                 "Mbeki and Japan will expand cooperation on critical minerals."):
        found = _found(view, text, "en")
        assert found and all(f.parties is None for f in found), text


# ----------------------------------------------------------------- rule 2: quotes are whole clauses

def test_signed_agreement_quote_starts_at_the_sentence_not_mid_name() -> None:
    text = ("Canadian Minister of Trade Jane Holloway and Korean Ambassador to Canada Park Minsu signed the "
            "Canada-Korea Critical Minerals Arrangement in Ottawa on May 2, 2024.")
    (ev,) = [e for e in _events(text, "en") if e.type == "agreement"]
    assert ev.commitments
    for c in ev.commitments:
        assert c.text == text
        assert c.text in text


def test_korean_signed_name_quote_is_its_clause() -> None:
    text = "호주와 한국은 2일 캔버라에서 수소 공급망 협력에 관한 양해각서에 서명했다."
    evs = [e for e in _events(text, "ko") if e.type == "agreement"]
    assert evs and evs[0].commitments
    assert all(c.text == text for c in evs[0].commitments)


def test_quotes_drop_bullet_marks_and_are_substrings(view) -> None:  # noqa: ANN001
    text = ("양 장관은 다음과 같이 협력하기로 하였다.\n▲ 반도체 공급망 협력 강화\n"
            "□ 양측은 배터리 소재 공동 연구를 추진하기로 했다.")
    v = view(text, "ko", date(2024, 5, 2))
    # A bullet line carries the cue of the sentence that leads its list (as the pipeline passes it).
    items = list_items(v)
    found = [f for s in v.sents for f in find_commitments(v, s, cue="strong" if s.idx in items else None)]
    assert found
    for f in found:
        assert f.text in text
        assert f.text[:1] not in "▲□ "
    assert any(f.text == "반도체 공급망 협력 강화" for f in found)


def test_long_clause_quote_ends_on_a_word(view) -> None:  # noqa: ANN001
    from extract.commitments import quote

    text = "The ministers agreed to " + "strengthen cooperation on semiconductors and batteries " * 12 + "today."
    v = view(text, "en", date(2024, 5, 2))
    q = quote(v, 0, len(text))
    assert len(q) <= 400 and text.startswith(q)
    assert text[len(q)] in " ,;"


# ----------------------------------------------------------------- rule 3: a delegate's own phrase

def test_envoy_country_is_the_sender_not_the_posting() -> None:
    people = _people("Korean Ambassador to Canada Lee Sung-ho and Canadian Trade Minister Jane Holloway met "
                           "in Ottawa.")
    assert people["Lee Sung-ho"].country == "KOR"
    assert people["Lee Sung-ho"].role == "Korean Ambassador to Canada"
    assert people["Jane Holloway"].country == "CAN"
    people = _people("The talks were attended by Ambassador of India to Japan Ravi Menon.")
    assert people["Ravi Menon"].country == "IND"


def test_role_is_not_taken_from_a_neighbours_phrase() -> None:
    people = _people("Prime Minister Anna Berg hosted Indonesian Trade Minister Budi Santoso in Stockholm.")
    assert people["Budi Santoso"].role == "Indonesian Trade Minister"
    assert people["Budi Santoso"].country == "IDN"
    people = _people("The meeting was co-chaired by Deputy Foreign Minister Maria Lund of Sweden.")
    assert people["Maria Lund"].role is None or "chaired" not in people["Maria Lund"].role


def test_side_named_before_by_is_the_persons() -> None:
    text = ("Canada was represented by Deputy Minister Paul Tremblay, and Mexico by Undersecretary for Trade "
            "Luisa Ortega.")
    people = _people(text)
    assert people["Luisa Ortega"].country == "MEX"
    assert people["Luisa Ortega"].role == "Undersecretary for Trade"
