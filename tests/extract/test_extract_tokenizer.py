from spacy.language import Language


def test_text_round_trips_with_odd_whitespace(ko_nlp: Language) -> None:
    text = "  외교부는  오늘\n\n회의를 열었다 .\t끝 "
    assert ko_nlp.make_doc(text).text == text


def test_contraction_is_one_token_with_joined_tags(ko_nlp: Language) -> None:
    doc = ko_nlp.make_doc("양국은 협력하기로 했다.")
    hae = [t for t in doc if t.text == "했"]
    assert hae and "+" in hae[0].tag_ and hae[0].lemma_ == "하"


def test_proper_noun_spanning_a_space_becomes_two_tokens(ko_nlp: Language) -> None:
    doc = ko_nlp.make_doc("토니 블링컨 장관이 서울을 찾았다.")
    assert [t.text for t in doc][:2] == ["토니", "블링컨"]
    assert doc.text == "토니 블링컨 장관이 서울을 찾았다."


def test_particles_are_separate_tokens(ko_nlp: Language) -> None:
    assert "에서" in [t.text for t in ko_nlp.make_doc("샌프란시스코에서 만났다")]


def test_sentences_from_kiwi_and_line_breaks(ko_nlp: Language) -> None:
    doc = ko_nlp("한미 정상회담 개최\n양국 정상은 회담했다. 이어 만찬을 가졌다.")
    assert len([s for s in doc.sents if s.text.strip()]) == 3


def test_gazetteer_names_are_user_words(ko_nlp: Language) -> None:
    # Kiwi alone splits some names; the gazetteer's Hangul aliases keep them whole.
    doc = ko_nlp.make_doc("김현욱 비서관이 참석했다.")
    assert doc[0].text == "김현욱"


def test_long_text_is_tokenized_in_chunks_with_true_offsets(ko_nlp) -> None:  # noqa: ANN001
    from extract.lang.ko.tokenizer import CHUNK

    line = "양국 장관은 12일 서울에서 회담을 갖고 공급망 협력을 강화하기로 했다.\n"
    text = line * (3 * CHUNK // len(line))
    doc = ko_nlp.make_doc(text)
    assert doc.text == text
    starts, words, _, _ = doc.user_data["kiwi_columns"]
    assert starts == sorted(starts)
    for o, w in zip(starts, words, strict=True):
        assert text[o:o + len(w)] == w
