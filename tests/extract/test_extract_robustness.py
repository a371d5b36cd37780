"""Bad input never crashes extraction and always yields valid records."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.lang import detect_language
from extract.pipeline import extract_document
from extract.text import MAX_CHARS, clean_text
from streams.records import DocumentRecord, EventRecord


def _run(text: str, lang: str | None = None, published: str | None = "2024-05-02") -> list[EventRecord]:
    events = extract_document(DocumentRecord(id="r", text=text, lang=lang, published=published))
    for e in events:
        EventRecord.model_validate(e.model_dump())
    return events


def test_empty_and_blank(ko_nlp, en_nlp) -> None:  # noqa: ANN001
    assert _run("") == [] and _run("   \n\t ") == [] and _run("", "ko") == []


def test_one_megabyte(ko_nlp, en_nlp) -> None:  # noqa: ANN001
    text = ("양국은 1일 서울에서 회담을 가졌다. " * 40000)[:1_000_000]
    events = _run(text, "ko")
    assert len(clean_text(text)) == MAX_CHARS and events  # the first 100k characters are read


def test_mixed_korean_and_english(ko_nlp, en_nlp) -> None:  # noqa: ANN001
    text = "Foreign Minister met today. 한미 외교장관은 1일 워싱턴에서 회담을 가졌다. AI safety was discussed."
    assert {e.type for e in _run(text)} <= {"dialogue"}


def test_html_remnants(ko_nlp, en_nlp) -> None:  # noqa: ANN001
    text = "<div class='x'><p>The ministers <b>met</b> today in Seoul&nbsp;and agreed to cooperate on AI.</p>" \
           "<script>var a = '<p>';</script></div>"
    (e,) = _run(text, "en")
    assert "<" not in e.evidence and e.location.city == "Seoul"


def test_invalid_unicode_and_controls(ko_nlp, en_nlp) -> None:  # noqa: ANN001
    assert isinstance(_run("회담 \ud800\udfff 개최\x00\x1b 했다 \ufffd"), list)


def test_off_topic_has_no_events(ko_nlp, en_nlp) -> None:  # noqa: ANN001
    assert _run("The recipe calls for two cups of flour and an hour in a hot oven.") == []
    assert _run("오늘 서울은 맑고 낮 최고기온은 25도로 예상된다.") == []


def test_no_publication_date_leaves_relative_dates_open(ko_nlp, en_nlp) -> None:  # noqa: ANN001
    (e,) = _run("양국은 5일(현지시간) 파리에서 회담을 가졌다.", "ko", None)
    assert e.date is None and not e.mentioned


def test_language_detection() -> None:
    assert detect_language("한미 정상은 회담을 가졌다") == "ko"
    assert detect_language("The leaders met in Seoul to discuss trade") == "en"
    assert detect_language("首脳会談が東京で行われた。") == "ja"
    assert detect_language("12345 !!!") is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400), lang=st.sampled_from([None, "ko", "en"]),
       published=st.sampled_from([None, "2024-01-31", "2023-12-31"]))
def test_random_text_always_yields_valid_records(text: str, lang: str | None, published: str | None,
                                                 ko_nlp, en_nlp) -> None:  # noqa: ANN001
    _run(text, lang, published)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(["한미", "회담", "을", "가졌다", "5일", "이날", "체결", "협정", "met", "signed",
                                      "today", "Seoul", "지난달", "출범", "'", "(", ")", "·", ",", ".", "\n",
                                      "수석대표"]),
                      max_size=40))
def test_random_genre_words_yield_valid_records(words: list[str], ko_nlp, en_nlp) -> None:  # noqa: ANN001
    _run(" ".join(words), None)
