"""Delegates from the text, round 10 (issue #16): name boundaries and sides written by many writers in both
languages; each rule on sentences written for these tests (none is a corpus document), every one failing on the
code before it (main at c76057e)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str, source: str | None = None) -> set[tuple[str, str | None]]:
    """(name, country) of every delegate of every held event."""
    return {(d.name, d.country) for e in _held(text, lang, published, source) for d in e.delegates}


def _names(text: str, lang: str, published: str, source: str | None = None) -> set[str]:
    return {name for name, _ in _people(text, lang, published, source)}


# ------------------------------------------------------------------ English: name letters beyond ASCII

# `Secretary of Energy Inés Peñalver`, `President Tomás Guimarães`: Iberian, Vietnamese, Czech or Turkish names
# keep their accented words; a title's name run does not stop at the first letter outside A-Z.
def test_accented_name_words_after_a_title() -> None:
    text = ("Secretary Jennifer Granholm met Chilean Minister of Energy Inés Peñalver Durán in Santiago on "
            "Monday to discuss lithium supply chains.")
    assert ("Inés Peñalver Durán", "CHL") in _people(text, "en", "2025-02-11")
    text = ("On Thursday, Prime Minister Anthony Albanese held talks in Canberra with President Tomás "
            "Guimarães Sequeira of Timor-Leste on maritime cooperation.")
    assert "Tomás Guimarães Sequeira" in _names(text, "en", "2024-08-23")


def test_accented_name_after_a_portfolio_title() -> None:
    text = ("Foreign Minister Penny Wong met Vietnam's Minister of Industry and Trade Nguyễn Hồng Diên in Hanoi "
            "on Tuesday to discuss critical minerals.")
    assert ("Nguyễn Hồng Diên", "VNM") in _people(text, "en", "2024-04-09")


# ------------------------------------------------------------------ English: particles inside a name

# `Abdulla bin Touq Al Marri`, `Rodrigo De la Barra Ossandón`: a name's lower-case particles (`bin`, `de la`,
# `van`, `da`) join the words on both sides of them; the model's span starting or ending on one is cut short.
def test_a_particle_joins_the_words_around_it() -> None:
    text = ("The memorandum was signed by Minister of Economy Abdulla bin Touq Al Marri and Minister of Trade "
            "Ahn Duk-geun in Abu Dhabi on Wednesday.")
    assert "Abdulla bin Touq Al Marri" in _names(text, "en", "2024-05-29")
    text = ("Secretary Lloyd Austin met Chilean Navy Commander Adm. Juan Andrés De la Maza Larraín in Valparaíso "
            "on Friday to discuss maritime security cooperation.")
    assert "Juan Andrés De la Maza Larraín" in _names(text, "en", "2024-11-08")


# ------------------------------------------------------------------ English: who travelled for the meeting

# `A, B and C traveled to Jakarta for the second … Dialogue`: travelling to a place for (or to hold) a meeting
# reports attending it, as `attended` does.
def test_people_who_travelled_for_a_meeting_attend_it() -> None:
    text = ("Secretary of Energy Chris Wright and Secretary of Commerce Howard Lutnick traveled to Jakarta today for "
            "the second U.S.-Indonesia Energy Policy Dialogue. The Dialogue was hosted by Indonesia's Minister of "
            "Energy Bahlil Lahadalia.")
    assert {("Chris Wright", "USA"), ("Howard Lutnick", "USA")} <= _people(text, "en", "2025-06-17")
    text = ("Deputy Prime Minister Winston Peters travelled to Seoul on Tuesday for the fourth Korea-New Zealand "
            "Foreign Ministers' Strategic Dialogue. The Dialogue was held at the Ministry of Foreign Affairs and "
            "covered trade and regional security.")
    assert "Winston Peters" in _names(text, "en", "2025-04-16")


# `Under Secretary Jane B. Doe traveled …` then `Under Secretary Jane Doe and … co-chaired …`: a middle initial
# does not make another delegate.
def test_a_middle_initial_is_the_same_delegate() -> None:
    text = ("Deputy Secretary Richard R. Verma led the U.S. delegation to the Bilateral Strategic Dialogue in "
            "Manila on Thursday. Deputy Secretary Richard Verma and Undersecretary Maria Theresa "
            "Lazaro co-chaired the Dialogue.")
    names = _names(text, "en", "2024-11-22")
    assert len([n for n in names if "Verma" in n]) == 1
    text = ("Senior Advisor John D. Podesta led the U.S. delegation to the Climate and Clean Energy Dialogue in "
            "Canberra on Tuesday. Senior Advisor John Podesta and Minister for Climate Change Chris Bowen "
            "co-chaired the Dialogue.")
    names = _names(text, "en", "2024-02-20")
    assert len([n for n in names if "Podesta" in n]) == 1


# ------------------------------------------------------------------ English: military ranks, lists of one side

# `Chief of Defence Gen. Agus Subiyanto`: a rank abbreviation is an honorific between the title and the name,
# not the first word of the name.
def test_a_military_rank_is_not_part_of_the_name() -> None:
    text = ("Secretary Lloyd Austin met Foreign Secretary Marcelo Ortega in Mexico City on Tuesday. Mexico was "
            "represented by Foreign Secretary Marcelo Ortega, Security Secretary Gen. Rosa Elena Ojeda Ruiz, and "
            "Navy Secretary Adm. José Rafael Ojeda Durán.")
    names = _names(text, "en", "2024-09-20")
    assert {"Rosa Elena Ojeda Ruiz", "José Rafael Ojeda Durán"} <= names
    text = ("Secretary Lloyd Austin met Foreign Secretary Marcelo Ortega in Mexico City on Tuesday. Mexico was "
            "represented by Foreign Secretary Marcelo Ortega, National Defense Secretary Gen. Luis Crescencio "
            "Sandoval Ruiz, and Navy Secretary Adm. Rafael Ojeda Durán.")
    names = _names(text, "en", "2024-09-20")
    assert "Rafael Ojeda Durán" in names and not any(n.startswith("Adm") for n in names)


# `The Chilean delegation was led by A and included B, C and D`: everyone of the list after `included` (or
# `represented by`) is of the side named before it, not only the first.
def test_a_delegation_list_shares_its_side() -> None:
    text = ("Secretary Antony Blinken met Foreign Minister Alberto van Klaveren in Santiago on Monday. The Chilean "
            "delegation was led by Foreign Minister Alberto van Klaveren and included Undersecretary of Trade "
            "Claudia Sanhueza Riveros, Energy Minister Diego Pardow Lorenzo, and Navy Commander Adm. Juan Andrés "
            "De la Maza Larraín.")
    people = _people(text, "en", "2024-04-08")
    assert {("Diego Pardow Lorenzo", "CHL"), ("Juan Andrés De la Maza Larraín", "CHL")} <= people
    text = ("Foreign Secretary David Lammy held talks with Foreign Minister Mauro Vieira in Brasília on Thursday. "
            "Brazil was represented by Foreign Minister Mauro Vieira, Finance Minister Fernando Haddad Silva and "
            "Environment Minister Marina Silva Lima.")
    people = _people(text, "en", "2024-08-15")
    assert {("Fernando Haddad Silva", "BRA"), ("Marina Silva Lima", "BRA")} <= people


# ------------------------------------------------------------------ English: who accompanied or joined whom

# `The President was accompanied by the Minister of X, A.`, `B and C joined the Prime Minister.`: people with no
# side of their own are of the side of the person they accompanied or joined (named before by title or name).
def test_people_who_accompanied_or_joined_a_leader_share_the_side() -> None:
    text = ("Today, the President of Chile, Gabriel Boric, and the Prime Minister of New Zealand, Christopher "
            "Luxon, met in Wellington. The Prime Minister was accompanied by the Minister of Trade, Todd "
            "McClay. Minister of Foreign Affairs Alberto van Klaveren and Minister of Finance Mario Marcel "
            "joined the President.")
    people = _people(text, "en", "2025-03-04", source="beehive.govt.nz")
    assert {("Todd McClay", "NZL"), ("Alberto van Klaveren", "CHL"), ("Mario Marcel", "CHL")} <= people
    text = ("President Ferdinand Marcos Jr. of the Philippines held talks with Prime Minister Anwar Ibrahim of "
            "Malaysia in Putrajaya on Tuesday. Secretary of Foreign Affairs Enrique Manalo and Secretary of Trade "
            "Alfredo Pascual accompanied President Marcos.")
    people = _people(text, "en", "2023-07-25")
    assert {("Enrique Manalo", "PHL"), ("Alfredo Pascual", "PHL")} <= people


# ------------------------------------------------------------------ Korean: a foreign title written before the name

# `칠레 외교부 장관 알베르토 반 클라베렌(Alberto van Klaveren)과`: translations write a foreign official's title (with
# its country or ministry) before the name; two to four name words, or one glossed in Latin letters, closing the
# phrase are the person, of the country of the title (rule from branch issue-deleg9-ko-title-first).
def test_a_korean_title_before_a_foreign_name() -> None:
    text = ("□ 안덕근 산업통상자원부 장관은 4.9.(화) 산티아고에서 칠레 경제부 장관 니콜라스 그라우(Nicolás Grau)와 "
            "회담을 갖고 리튬 공급망 협력 방안을 논의하였다.")
    assert ("니콜라스 그라우", "CHL") in _people(text, "ko", "2024-04-10")
    text = ("이날 회의에는 필리핀 통상산업부 장관 알프레도 파스쿠알, 태국 상무부 장관 품탐 웨차야차이가 "
            "참석하였다.")
    assert {("알프레도 파스쿠알", "PHL"), ("품탐 웨차야차이", "THA")} <= _people(text, "ko", "2024-03-12")


# ------------------------------------------------------------------ Korean: sides and levels are not names

# `양측 수석대표`, `고위급 대표`: a word for the sides or a level before a title is not a person's name.
def test_sides_and_levels_before_a_title_are_not_names() -> None:
    text = ("□ 한-칠레 자유무역협정 개선 협상이 3.12.(화) 서울에서 개최되었으며, 양측 수석대표를 맡은 통상 "
            "담당 국장들이 참석하였다.")
    assert "양측" not in _names(text, "ko", "2024-03-13")
    text = ("ㅇ 이번 회의에는 아세안 10개국의 에너지 담당 장관과 고위급 대표가 참석하였으며, 이창양 산업통상자원부 "
            "장관이 의장을 맡았다.")
    assert "고위급" not in _names(text, "ko", "2023-08-25")


# ------------------------------------------------------------------ English: who was met is not the publisher's

# `Secretary X met with President Y in Abuja. Secretary X and President Y discussed …`: the person met, with no
# side said, is never given the publisher's side by default from a later sentence that names them beside the
# publisher's own official; the place of the meeting gives theirs.
def test_who_was_met_does_not_take_the_publishers_side() -> None:
    text = ("On Tuesday, Secretary of Commerce Gina Raimondo met with President Samia Suluhu Hassan at State House "
            "in Dar es Salaam. Secretary Raimondo and President Samia Suluhu Hassan discussed investment in the "
            "Lobito Corridor.")
    assert ("Samia Suluhu Hassan", "TZA") in _people(text, "en", "2024-02-14", source="us.commerce")
    text = ("On Monday, Secretary of Agriculture Tom Vilsack met with President Bola Ahmed Tinubu in Abuja. "
            "Secretary Vilsack and President Bola Ahmed Tinubu discussed food security.")
    assert ("Bola Ahmed Tinubu", "NGA") in _people(text, "en", "2024-02-16", source="us.usda")


# ------------------------------------------------------------------ English: spouses, royal titles

# `President and Mrs Prabowo` (British style, no full stop), `His Royal Highness Crown Prince X`: honorifics and
# royal titles are not name words; a spouse named only by honorific and surname is no delegate.
def test_spouses_and_royal_titles() -> None:
    text = ("Prime Minister Anthony Albanese held talks with President Prabowo Subianto in Canberra today. "
            "Governor-General Sam Mostyn hosted a State Lunch in honour of President and Mrs Prabowo.")
    assert not any("Mrs" in n for n in _names(text, "en", "2024-08-20", source="au.pmc"))
    text = ("President Yoon Suk Yeol held talks with His Royal Highness Crown Prince Salman bin Hamad Al Khalifa "
            "in Seoul on Tuesday.")
    assert "Salman bin Hamad Al Khalifa" in _names(text, "en", "2024-05-21", source="kr.president")


# ------------------------------------------------------------------ English: a title ending in its own `of` phrase

# `the Secretary of State for Science, Innovation and Technology, X, and Canada's Minister …, Y`: the portfolio
# list of `Secretary of State for …` stays in the fronted title, so X is the publisher's official, not of the
# country named in the next person's phrase.
def test_a_fronted_secretary_of_state_keeps_its_portfolio() -> None:
    text = ("The arrangement was signed by the Secretary of State for Science, Innovation and Technology, Peter "
            "Kyle, and Canada's Minister of Artificial Intelligence, Evan Solomon.")
    assert ("Peter Kyle", "GBR") in _people(text, "en", "2025-06-16", source="uk.gov")
    text = ("The memorandum was signed by the Secretary of State for Energy Security and Net Zero, Ed Miliband, "
            "and Norway's Minister of Energy, Terje Aasland.")
    assert ("Ed Miliband", "GBR") in _people(text, "en", "2025-02-03", source="uk.gov")


# ------------------------------------------------------------------ Korean: who reports is not who attended

# `…회담을 가졌다고 X 홍보수석이 전했다`: the official closing a reported clause as the subject of a verb of saying
# (`전했다`, `밝혔다`, `설명했다`) reports the meeting; they are not its delegate.
def test_the_official_who_reports_a_meeting_is_not_its_delegate() -> None:
    text = "윤석열 대통령은 24일 리야드에서 무함마드 빈 살만 왕세자와 정상회담을 가졌다고 김민정 홍보수석이 전했다."
    assert "김민정" not in _names(text, "ko", "2023-10-25")
    text = ("윤석열 대통령은 11일 빌뉴스에서 기시다 후미오 총리와 정상회담을 갖고 원전 오염수 문제를 논의했다고 "
            "최상훈 경제수석이 설명했다.")
    assert "최상훈" not in _names(text, "ko", "2023-07-12")
