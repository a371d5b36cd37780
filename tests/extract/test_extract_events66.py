"""Round 66: Africa and the Middle East. Sentences written for these tests (real public facts or plausible ones, our
own wording; none from the corpus), each failing before its rule (at 0190e406) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "name", "ordinal"), [
    ("AMMAN, Sept 3 (Kyodo) -- Japanese Foreign Minister Yoshimasa Hayashi and Jordanian Foreign Minister Ayman "
     "Safadi held the fourth Japan-Jordan foreign ministers' strategic dialogue on Sunday.", "2023-09-03",
     "Japan-Jordan foreign ministers' strategic dialogue", 4),
    ("HANOI, Sept 3 (Reuters) - Vietnam and the United States held their second U.S.-Vietnam maritime dialogue in "
     "Hanoi on Sunday.", "2023-09-03", "U.S.-Vietnam maritime dialogue", 2),
])
def test_a_party_compound_names_a_meeting_in_lower_case(text: str, published: str, name: str, ordinal: int) -> None:
    """`the fourth Japan-Jordan strategic dialogue`: wire copy names a series in lower case after its parties; the
    name runs from the compound, and the ordinal before it is the round's."""
    events = held(text, "en", published)
    assert [(e.name, e.ordinal) for e in events] == [(name, ordinal)]


@pytest.mark.parametrize(("text", "published", "lang", "parties"), [
    ("CAIRO, Sept. 6 (Kyodo) -- Hayashi and Egyptian Foreign Minister Sameh Shoukry co-chaired the third Japan-Arab "
     "Political Dialogue at the Arab League headquarters on Tuesday.", "2023-09-06", "en", {"JPN", "LAS"}),
    ("조태열 외교부 장관은 18일 서울에서 열린 한-아랍 협력포럼에 참석해 아흐메드 아불 게이트 아랍연맹 사무총장과 "
     "회담했다.", "2024-06-18", "ko", {"KOR", "LAS"}),
])
def test_the_arab_league_and_its_dialogues(text: str, published: str, lang: str, parties: set[str]) -> None:
    """Data: the League of Arab States (LAS) and its recurring dialogues with Japan and Korea."""
    assert any(parties <= set(e.participants) for e in held(text, lang, published))


@pytest.mark.parametrize(("text", "published"), [
    ("In the Jordanian capital, Hayashi and Planning Minister Zeina Toukan also signed exchanges of notes for a policy "
     "loan on Sunday.", "2023-09-03"),
    ("The ambassador and the finance minister signed exchanges of notes on two grants in Nairobi on Monday.",
     "2024-03-04"),
])
def test_exchanges_of_notes_are_an_agreement(text: str, published: str) -> None:
    """Data: `exchanges of notes` (plural) is a document signed, as `exchange of notes` is."""
    assert [e.type for e in held(text, "en", published)] == ["agreement"]


@pytest.mark.parametrize(("text", "published", "name"), [
    ("CAIRO, Sept. 6 (Kyodo) -- The foreign ministers of Japan, Egypt and Jordan agreed Tuesday to widen their "
     "cooperation, as Japanese Foreign Minister Yoshimasa Hayashi took part in the first ministerial round of the "
     "trilateral consultations in Cairo.\n\nEarlier Tuesday, Hayashi held talks with Egyptian Foreign Minister Sameh "
     "Shoukry.", "2023-09-06", "first ministerial round of the trilateral consultations"),
    ("NEW DELHI, March 5 (PTI) -- The foreign secretaries of India, Japan and Australia agreed on Monday to meet "
     "yearly, as Japanese Deputy Minister Masataka Okano took part in the second round of the trilateral dialogue in "
     "New Delhi.\n\nEarlier on Monday, Okano held talks with Foreign Secretary Vinay Kwatra.", "2024-03-05",
     "second round of the trilateral dialogue"),
])
def test_a_numbered_round_attended_is_a_meeting_of_its_own(text: str, published: str, name: str) -> None:
    """`took part in the first ministerial round of the X consultations`: a numbered round is named though in lower
    case, a meeting beside the same day's talks."""
    events = held(text, "en", published)
    assert len(events) == 2 and name in {e.name for e in events}


@pytest.mark.parametrize(("text", "published", "names"), [
    ("President William Ruto today held bilateral talks with Prime Minister Fumio Kishida in Tokyo.\n\nFollowing the "
     "talks, the two leaders witnessed the exchange of cooperation instruments.\n\nThey included a Memorandum of "
     "Cooperation on infrastructure and a Memorandum of Cooperation on information and communications technology.",
     "2024-02-08", {"Memorandum of Cooperation on infrastructure",
                    "Memorandum of Cooperation on information and communications technology"}),
    ("President Yoon Suk Yeol held a summit with President Tokayev in Astana on Wednesday.\n\nAfter the summit, the "
     "two governments signed several agreements.\n\nThese included an agreement on critical minerals, a memorandum "
     "on climate change and an agreement on a visa waiver.", "2024-06-12",
     {"agreement on critical minerals", "memorandum on climate change", "agreement on a visa waiver"}),
])
def test_the_documents_a_plural_included_are_each_a_signing(text: str, published: str, names: set[str]) -> None:
    """`the exchange of cooperation instruments.` then `They included A and B`: each document is a signing of its
    own (records.md rule 1); the plural is no document of its own."""
    assert {e.name for e in held(text, "en", published) if e.type == "agreement"} == names


@pytest.mark.parametrize(("text", "published"), [
    ("The defence ministers of Japan and the Philippines signed a document on strengthening defence cooperation in "
     "Manila on Monday.", "2024-03-04"),
    ("Indonesia and Korea exchanged a document on maritime capacity building in Jakarta on Friday.", "2024-05-10"),
])
def test_a_document_named_by_its_subject_is_an_agreement(text: str, published: str) -> None:
    """`signed a document on strengthening defence cooperation`: a document with a subject is a signing."""
    assert [e.type for e in held(text, "en", published)] == ["agreement"]


@pytest.mark.parametrize(("text", "published"), [
    ("안덕근 통상교섭본부장은 3.4.(월)~6.(수) 캐나다 오타와를 방문하였다.\n\n[한-캐나다 통상장관회담]\n\n안 본부장은 "
     "3.4.(월) 오후 메리 응(Mary Ng) 캐나다 수출진흥·국제통상장관과 통상장관회담을 가졌다. 이번 회담은 지난해 9월 "
     "한-캐나다 정상회담으로 양국 관계가 격상된 이후 처음 열렸다.\n\n[의회 인사 면담]\n\n안 본부장은 방문 기간 중 "
     "캐나다 하원 국제통상위원장을 만나 공급망 협력 방안을 논의하였다.", "2024-03-07"),
    ("조태열 외교부 장관은 9.12.(목)~14.(토) 케냐 나이로비를 방문하였다.\n\n[한-케냐 외교장관회담]\n\n조 장관은 "
     "9.12.(목) 무살리아 무다바디 케냐 외교장관과 외교장관회담을 가졌다. 이번 회담은 지난 6월 한-아프리카 정상회의 "
     "이후 처음 열린 고위급 회담이다.\n\n[케냐 재무부 인사 면담]\n\n조 장관은 방문 기간 중 케냐 재무부 차관을 만나 "
     "개발금융 협력 방안을 논의하였다.", "2024-09-15"),
])
def test_a_bracketed_heading_opens_its_section(text: str, published: str) -> None:
    """`[의회 인사 면담]` on a line of its own heads the section of that meeting: the meeting told under it is its
    own, not the ministers' meeting of the section before."""
    assert len([e for e in held(text, "ko", published) if e.type == "dialogue"]) == 2


@pytest.mark.parametrize(("text", "span"), [
    ("함 조정관은 아크라를 7.8.(목)-10.(토)간 방문하여 가나 외교차관과 면담하였다.", "7.8.(목)-10.(토)"),
    ("이 차관은 3.4.(월)~6.(수) 리야드를 방문하여 사우디 에너지부 차관과 회담하였다.", "3.4.(월)~6.(수)"),
])
def test_a_span_with_both_weekdays_is_one_date(text: str, span: str) -> None:
    """`7.8.(목)-10.(토)`: a span of days written with each end's weekday is read whole (dated by its first day, the
    span kept for the trip), not as its first day alone."""
    from extract.lang.ko.dates import PATTERNS

    assert any(m.group() == span for _, p in PATTERNS if (m := p.search(text)))
