"""Round 20, the event's city: a building named after another city, the report's own spelling of a city, another
country's ministry building, a visit's host capital, and recurring places missing from the gazetteer (sentences
are our own)."""
from extract.pipeline import extract_document
from streams.records import DocumentRecord


def _cities(text: str, lang: str = "en", published: str = "2024-09-22") -> set[str | None]:
    events = extract_document(DocumentRecord(id="t", text=text, lang=lang, published=published))
    return {e.location.city for e in events if not e.mentioned}


# --- a building named after a city, in another city ------------------------------------------------------------


def test_a_building_named_after_a_city_is_in_the_city_named_after_it() -> None:
    text = ("Prime Minister Narendra Modi held talks with Prime Minister Anthony Albanese of Australia at Hyderabad "
            "House in New Delhi on 10 March 2023. The two leaders agreed to deepen cooperation on critical minerals.")
    assert _cities(text, published="2023-03-10") == {"New Delhi"}


def test_the_indian_guest_house_alone_gives_new_delhi() -> None:
    text = ("On 10 March 2023, Prime Minister Narendra Modi received Prime Minister Anthony Albanese of Australia "
            "for bilateral talks at Hyderabad House. The leaders agreed to conclude a trade agreement soon.")
    assert _cities(text, published="2023-03-10") == {"New Delhi"}


# --- the report's spelling --------------------------------------------------------------------------------------


def test_a_city_is_spelt_as_the_report_spells_it() -> None:
    text = ("The fourth ministerial meeting of the EU-U.S. Trade and Technology Council was held in Lulea, Sweden "
            "on 31 May 2023. Secretary Blinken and Executive Vice-President Vestager agreed to cooperate on AI.")
    assert _cities(text, published="2023-05-31") == {"Lulea"}


def test_a_capitalised_dateline_keeps_its_accent() -> None:
    text = ("BRASÍLIA, Jan 30 (Reuters) - Brazilian President Luiz Inácio Lula da Silva held talks with German "
            "Chancellor Olaf Scholz on Monday and agreed to speed up the trade agreement between the European Union "
            "and Mercosur.")
    assert _cities(text, published="2023-01-30") == {"Brasília"}


# --- another country's ministry building ------------------------------------------------------------------------


def test_another_countrys_ministry_building_is_in_its_capital() -> None:
    text = ("김용현 국방부 장관과 로이드 오스틴 미국 국방부 장관은 10.30.(수)(현지시간) 미 국방부 청사에서 "
            "제56차 한미안보협의회의(SCM)를 개최했다. 양 장관은 확장억제 협력을 강화하기로 했다.")
    assert _cities(text, lang="ko", published="2024-10-31") == {"Washington"}


def test_the_pentagon_is_in_washington() -> None:
    text = ("Secretary of Defense Lloyd J. Austin III hosted Minister of National Defense Kim Yong-hyun of the "
            "Republic of Korea at the Pentagon on October 30, 2024 for the 56th Security Consultative Meeting.")
    assert _cities(text, published="2024-10-31") == {"Washington"}


# --- a visit to a country, no city named ------------------------------------------------------------------------


def test_a_visitor_to_a_country_meets_in_its_capital() -> None:
    text = ("On May 7, President Yoon Suk Yeol held a summit meeting with Mr. KISHIDA Fumio, Prime Minister of "
            "Japan, who is visiting the Republic of Korea. The two leaders agreed to resume shuttle diplomacy.")
    assert _cities(text, published="2023-05-07") == {"Seoul"}


def test_an_official_visit_to_a_country_places_its_talks_in_the_capital() -> None:
    text = ("On February 9, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. "
            "Ferdinand R. Marcos Jr., President of the Republic of the Philippines, who is paying an official visit "
            "to Japan. The two leaders agreed to strengthen defence cooperation.")
    assert _cities(text, published="2023-02-09") == {"Tokyo"}


# --- recurring places -------------------------------------------------------------------------------------------


def test_wilmington_is_a_place() -> None:
    text = ("President Joe Biden hosted Prime Minister Anthony Albanese of Australia at his home in Wilmington, "
            "Delaware on September 20, 2024, and the two leaders discussed the AUKUS partnership.")
    assert _cities(text) == {"Wilmington"}
    ko = "바이든 대통령은 21일(현지시간) 델라웨어주 윌밍턴에서 모디 인도 총리와 정상회담을 가졌다."
    assert _cities(ko, lang="ko") == {"Wilmington"}


def test_novo_ogaryovo_is_a_place() -> None:
    ko = "모디 인도 총리는 8일(현지시간) 노보오가료보의 푸틴 대통령 관저에서 푸틴 대통령과 비공식 만찬 회담을 했다."
    assert _cities(ko, lang="ko", published="2024-07-09") == {"Novo-Ogaryovo"}
    text = ("President Vladimir Putin hosted Prime Minister Narendra Modi for an informal dinner at his residence in "
            "Novo-Ogaryovo on 8 July 2024.")
    assert _cities(text, published="2024-07-09") == {"Novo-Ogaryovo"}
