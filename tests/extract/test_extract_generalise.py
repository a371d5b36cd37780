"""Behaviours added for unseen releases: English event cues, names, same-day meetings, datelines,
person-name filtering, partyless events, commitment topics and action phrases (sentences are our own)."""
from datetime import date

from extract.commitments import topics_in
from extract.delegates import find_people
from extract.events import find_event_mentions, group_events
from extract.lang.en.commitments import action as _en_action
from extract.pipeline import extract_document
from streams.records import DocumentRecord


def _main(view, text: str, lang: str = "en", published: date | None = date(2025, 3, 14)):  # noqa: ANN001
    v = view(text, lang, published)
    return [e for e in group_events(v, find_event_mentions(v)) if not e.mentioned]


def _doc(text: str, lang: str = "en", published: str = "2025-03-14", **kw: str) -> list:
    return extract_document(DocumentRecord(id="t", text=text, lang=lang, published=published, **kw))


def test_attending_a_named_meeting_is_an_event(view) -> None:  # noqa: ANN001
    (e,) = _main(view, "On March 12, the Minister attended the Canada-Korea Clean Hydrogen Ministerial Meeting "
                       "in Ottawa.")
    assert e.type == "dialogue" and e.date == date(2025, 3, 12)
    assert not _main(view, "The Minister attended the meeting on March 12.")


def test_dated_section_heading_is_a_meeting_and_anchors_its_section(view) -> None:  # noqa: ANN001
    text = ("1. Japan-Canada Economic Dialogue (March 11)\nThe two sides reviewed trade ties.\n"
            "2. Japan-Mexico bilateral meeting (March 12)\nThe minister held a meeting with his counterpart.")
    assert sorted(e.date for e in _main(view, text)) == [date(2025, 3, 11), date(2025, 3, 12)]


def test_two_named_meetings_of_one_day_stay_apart(view) -> None:  # noqa: ANN001
    text = ("On March 10, the ministers held the Canada-Japan Security Dialogue in Tokyo.\n"
            "Later that day, the ministers held the first Canada-Japan Energy Policy Roundtable.")
    assert len(_main(view, text)) == 2


def test_generic_talks_beside_named_meetings_are_not_another_event(view) -> None:  # noqa: ANN001
    text = ("From March 9 to March 12, the minister visited Ottawa and held talks with his counterparts.\n"
            "On March 10, he attended the Canada-Korea Critical Minerals Ministerial Meeting.")
    names = [e.first.name for e in _main(view, text)]
    assert names == ["Canada-Korea Critical Minerals Ministerial Meeting"]


def test_agency_dateline_is_not_the_event_date(view) -> None:  # noqa: ANN001
    text = ("OTTAWA, March 14 (Yonhap) -- South Korea and Canada held the third meeting of the "
            "Korea-Canada Economic Security Dialogue on Wednesday.")
    (e,) = _main(view, text)
    assert e.date == date(2025, 3, 12)
    assert "Korea-Canada Economic Security Dialogue" in e.first.name


def test_organisation_or_event_words_are_not_person_names(view) -> None:  # noqa: ANN001
    v = view("Officials met at the Global Battery Convention, where Minister Jane Holloway "
             "of Canada met Korean delegates.", "en", date(2025, 3, 14))
    names = [p.name for s in v.sents for p in find_people(v, s, [])]
    assert not any("Convention" in n for n in names)


def test_family_name_after_a_title_is_the_person_named_earlier(view) -> None:  # noqa: ANN001
    text = ("Mr. TANAKA Hiroshi, Minister of Economy, visited Ottawa.\n"
            "Minister Tanaka met Canadian Minister Jane Holloway on March 12.")
    v = view(text, "en", date(2025, 3, 14))
    s = v.sents[-1]
    names = {p.name for p in find_people(v, s, [])}
    assert "TANAKA Hiroshi" in names


def test_meeting_without_any_party_or_diplomat_is_dropped() -> None:
    text = "구청은 12일 소방서, 경찰서와 함께 봄꽃축제 안전대책회의를 개최했다고 밝혔다."
    assert _doc(text, "ko") == []
    kept = _doc("양국은 12일 서울에서 통상장관회담을 가졌다.", "ko")
    assert [e.type for e in kept] == ["dialogue"]


def test_agreement_counted_in_units_is_an_agreement() -> None:
    text = "한국과 캐나다는 12일 오타와에서 정상회담을 갖고, 회담 직후 에너지·광물 분야 양해각서(MOU) 4건이 서명됐다."
    types = sorted(e.type for e in _doc(text, "ko") if not e.mentioned)
    assert types == ["agreement", "dialogue"]


def test_supply_chains_of_a_named_thing() -> None:
    # English gold names the supply chain as well as the thing (round 7); Korean `핵심광물 공급망` acted on too (round
    # 13: 16 of 24 such clauses), but in a name (`… 공급망 협력에 관한 양해각서`) only the minerals.
    assert topics_in("agreed to build supply chains for critical minerals", "en") == [
        "supply_chain", "critical_minerals"]
    assert topics_in("핵심광물의 안정적 공급망 구축", "ko") == ["critical_minerals", "supply_chain"]
    assert topics_in("핵심광물 공급망 협력에 관한 양해각서", "ko") == ["critical_minerals"]
    assert "development" not in topics_in("the continued development of ballistic missiles", "en")


def test_english_actions_are_short_verb_phrases() -> None:
    assert _en_action("The ministers agreed to strengthen supply chains for critical minerals.",
                      "critical_minerals") == "strengthen supply chains for critical minerals"
    assert _en_action("They condemned North Korea's missile launches, and urged restraint.",
                      "north_korea") == "condemn North Korea's missile launches"
    assert _en_action("We will continue to work together on health security and climate resilience.",
                      "climate") == "work together on health security and climate resilience"
    assert _en_action("We will work together on health security.", "climate") == "cooperate on climate"


def test_korean_actions_do_not_repeat_the_topic() -> None:
    text = "한국과 캐나다는 12일 오타와에서 통상장관회담을 갖고, 캐나다는 한국에 50억 달러를 투자하기로 결정했다."
    out = _doc(text, "ko")
    actions = [c.action for e in out for c in e.commitments]
    assert actions and not any("invest in investment" in a or "cooperation cooperation" in a for a in actions)
