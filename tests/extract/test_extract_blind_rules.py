"""Behaviours added after the blind set (sentences are our own): signed joint statements, concluded
negotiations, series of the right type, outcomes of a meeting after a signing, staff met on a visit."""
from datetime import date

from extract.events import find_event_mentions, group_events
from extract.pipeline import extract_document
from streams.records import DocumentRecord


def _main(view, text: str, lang: str = "ko", published: date | None = date(2025, 3, 14)):  # noqa: ANN001
    v = view(text, lang, published)
    return [e for e in group_events(v, find_event_mentions(v)) if not e.mentioned]


def _doc(text: str, lang: str = "ko", published: str = "2025-03-14") -> list:
    return [r for r in extract_document(DocumentRecord(id="t", text=text, lang=lang, published=published))
            if not r.mentioned]


def test_a_signed_joint_statement_is_an_agreement(view) -> None:  # noqa: ANN001
    (e,) = _main(view, "산업부 장관은 12일 캐나다 천연자원부 장관과 '한-캐나다 수소 협력 공동성명'에 서명했다.")
    assert e.type == "agreement" and "공동성명" in e.first.name


def test_concluded_negotiations_are_not_an_agreement(view) -> None:  # noqa: ANN001
    events = _main(view, "양국 통상장관은 12일 서울에서 회담을 갖고 디지털 협정 협상을 실질 타결했다.")
    assert "agreement" not in [e.type for e in events]


def test_staff_met_on_a_visit_are_not_a_meeting(view) -> None:  # noqa: ANN001
    assert not _main(view, "대통령은 12일 연구센터를 찾아 센터 관계자들과 만나 격려했다.")


def test_a_meeting_does_not_take_the_series_of_the_agreement_signed_there(view) -> None:  # noqa: ANN001
    text = ("통상교섭본부장은 12일 미국 시애틀에서 열린 인도·태평양 경제 프레임워크(IPEF) 장관회의에 참석하여 "
            "IPEF 공급망 협정에 서명하였다.\n- 시애틀 IPEF 장관회의 참석 -")
    events = {e.type: e for e in _main(view, text)}
    assert set(events) == {"dialogue", "agreement"}
    assert all(m.series != "IPEF Supply Chain Agreement" for m in events["dialogue"].mentions)


def test_outcomes_after_a_signing_belong_to_the_meeting(view) -> None:  # noqa: ANN001
    text = ("본부장은 12일 미국 시애틀에서 열린 IPEF 장관회의에 참석하여 IPEF 공급망 협정에 서명하였다.\n"
            "참여국들은 역내 청정에너지 투자를 확대해 나가기로 하였다.")
    recs = {r.type: r for r in _doc(text)}
    assert "investment" in recs["dialogue"].topics
    assert "investment" not in recs["agreement"].topics


def test_level_defaults_from_the_series(view) -> None:  # noqa: ANN001
    recs = _doc("참여국들은 12일 서울에서 IPEF 공급망 위원회를 개최했다.")
    assert recs and recs[0].level == "senior_officials"


def _people(view, text: str, lang: str) -> list[str]:  # noqa: ANN001
    from extract.delegates import find_people

    v = view(text, lang, date(2025, 3, 14))
    return [p.name for s in v.sents for p in find_people(v, s, [])]


def test_plural_titles_and_common_words_are_not_people(view) -> None:  # noqa: ANN001
    names = _people(view, "The Foreign Ministers met in Ottawa, where they held the second Canada-Korea "
                          "Economic Security Dialogue with HARPER Lina, Minister of Trade.", "en")
    assert not any(n in ("Foreign Ministers", "Economic Security") for n in names)


def test_the_host_of_a_courtesy_call_is_not_a_delegate(view) -> None:  # noqa: ANN001
    names = _people(view, "김민수 장관은 이날 회담 후 박영호 총리를 예방했다.", "ko")
    assert "박영호" not in names


def test_a_signing_ceremony_witnessed_is_an_agreement(view) -> None:  # noqa: ANN001
    text = ("대통령은 12일 오타와에서 캐나다 총리와 정상회담을 가졌다. 두 정상은 회담 직후 청정수소 협력 "
            "양해각서(MOU) 등 5건의 MOU 서명식을 지켜봤다.")
    events = {e.type: e for e in _main(view, text)}
    assert set(events) == {"dialogue", "agreement"}
    assert "MOU" in events["agreement"].first.name
    assert events["agreement"].date == date(2025, 3, 12)


def test_a_dated_bilateral_beside_a_named_meeting_is_its_own_event() -> None:
    text = ("OTTAWA, March 14 (Yonhap) -- Trade Minister Kim Min-su attended the G7 trade ministers' meeting held "
            "in Ottawa on Thursday, hosted by Canadian Trade Minister Mary Ng. On Wednesday, Kim held bilateral "
            "talks with Ng on the sidelines of a business forum in Ottawa.")
    recs = sorted(_doc(text, "en"), key=lambda r: r.date or "")
    assert [r.date for r in recs] == ["2025-03-12", "2025-03-13"]
    talks = recs[0]
    assert {d.name for d in talks.delegates} == {"Kim Min-su", "Mary Ng"}


def test_a_separate_side_meeting_is_its_own_event_with_its_own_people() -> None:
    text = ("외교부 김민수 장관과 국방부 이정훈 장관은 12일 캔버라에서 호주 외교장관 제인 스미스, 국방장관 "
            "마크 존스와 제3차 한-호주 외교·국방(2+2) 장관회의를 개최하였다.\n"
            "양측은 방산 협력을 강화해 나가기로 하였다.\n"
            "한편, 김 장관은 회의에 앞서 스미스 장관과 별도로 한-호주 외교장관회담을 갖고 인적 교류 방안을 협의하였다.")
    recs = [r for r in _doc(text) if r.type == "dialogue"]
    assert len(recs) == 2
    side = next(r for r in recs if r.name == "한-호주 외교장관회담")
    main = next(r for r in recs if r is not side)
    assert {d.name for d in side.delegates} == {"김민수", "제인 스미스"}
    assert "defense" in main.topics and not side.topics


def test_a_side_meeting_the_day_before_is_mentioned_in_passing(view) -> None:  # noqa: ANN001
    text = ("양국 장관은 12일 서울에서 외교·국방(2+2) 장관회의를 개최했다. 두 장관은 전날 별도로 "
            "외교장관회담을 했다.")
    assert len(_main(view, text)) == 1


def test_later_this_year_is_the_second_half() -> None:
    from extract.dates import find_dates

    (d,) = find_dates("They will meet again later this year.", "en", date(2025, 3, 14))
    assert d.kind == "half" and d.half == 2 and d.value == date(2025, 7, 1)


def test_a_meeting_at_the_white_house_is_in_washington() -> None:
    recs = _doc("대통령은 12일 백악관에서 미국 대통령과 정상회담을 가졌다.")
    assert recs and recs[0].location.city == "Washington"


def test_views_exchanged_are_not_a_commitment(view) -> None:  # noqa: ANN001
    from extract.commitments import find_commitments

    v = view("양측은 이날 북한 문제와 지역 정세에 대해 폭넓게 의견을 교환했다.", "ko", date(2025, 3, 14))
    assert not [c for s in v.sents for c in find_commitments(v, s)]


def test_a_place_where_a_centre_is_located_is_the_city() -> None:
    recs = _doc("장관은 12일 미국 메릴랜드주 그린벨트에 위치한 우주센터에서 미국 측과 협력 양해각서에 서명했다.")
    assert recs and recs[0].location.city == "Greenbelt"
