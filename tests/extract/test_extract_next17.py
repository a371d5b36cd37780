"""Round 17 of issue 16 (next17): the announced next meeting (`next`), probed with sentences written for these tests
(people, places, dates and wording of our own). Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held

Next = tuple[int | None, str | None] | None


def _next(text: str, lang: str, published: str) -> Next:
    """The next meeting of the first event the text reports as held."""
    events = held(text, lang, published)
    assert events
    n = events[0].next
    return (n.ordinal, n.when) if n else None


# Korean press-release years: `'25년 중`, `'25년 하반기` give the next round's year or half.
CASES_KOREAN_APOSTROPHE_YEAR_AND_HALF = [
    ('ko', '2023-09-14',
     '산업통상자원부 차관은 9.13.(수) 리마에서 페루 생산부 차관과 「제4차 한-페루 산업협력위원회」를 '
     "개최하였다.\n양측은 제5차 위원회를 '24년 중 서울에서 개최하기로 하였다.",
     (5, '2024')),
    ('ko', '2022-05-20',
     '외교부 차관보는 5.19.(목) 서울에서 튀르키예 외교부 차관과 「제6차 한-튀르키예 정책협의회」를 '
     "개최하였다.\n양측은 제7차 정책협의회를 '23년 하반기 앙카라에서 개최하기로 하였다.",
     (7, '2023-H2')),
    ('ko', '2021-11-05',
     '해양수산부는 11.4.(목) 부산에서 노르웨이 수산부와 「제9차 한-노르웨이 수산공동위원회」를 '
     "개최하였다고 밝혔다.\n※ 차기(제10차) 공동위원회는 '22년 상반기 오슬로에서 개최 예정",
     (10, '2022-H1')),
]



# Korean next rounds of a committee (`제4차 위원회`) or of negotiations (`2차 협상을 하기로`).
CASES_KOREAN_COMMITTEE_AND_NEGOTIATION_NOUNS = [
    ('ko', '2023-06-09',
     '환경부는 6.8.(목) 세종에서 핀란드 환경부와 「제3차 한-핀란드 환경협력위원회」를 개최하였다.\n양측은 '
     '제4차 위원회를 내년 헬싱키에서 개최하기로 하였다.',
     (4, '2024')),
    ('ko', '2024-02-22',
     '국토교통부 제2차관은 2.21.(수) 카이로에서 이집트 교통부 차관과 「제2차 한-이집트 교통협력위원회」를 '
     '공동 주재하였다.\n양측은 제3차 위원회를 2025년 서울에서 열기로 하였다.',
     (3, '2025')),
    ('ko', '2025-02-16',
     '에티오피아와 이집트는 15일 하르툼에서 댐 문제를 놓고 협상을 벌였다.\n양측은 오는 22일 2차 협상을 '
     '하기로 했다.',
     (2, '2025-02-22')),
    ('ko', '2024-11-09',
     '세르비아와 코소보 대표단은 8일 브뤼셀에서 협상을 가졌다.\n양측은 다음 달 3차 협상을 하기로 했다.',
     (3, '2024-12')),
]



# A Korean plain present announces the next round (`차기 회담은 … 개최된다`, `… 열린다`).
CASES_KOREAN_PLAIN_PRESENT_ANNOUNCES = [
    ('ko', '2023-07-15',
     '브라질과 아르헨티나 정상은 14일 부에노스아이레스에서 제2차 남미 에너지 정상회의를 열었다.\n제3차 '
     '정상회의는 2024년 브라질리아에서 열린다.',
     (3, '2024')),
    ('ko', '2024-08-30',
     '인도네시아와 호주는 29일 자카르타에서 제8차 국방장관회담을 개최했다.\n차기 회담은 2025년 상반기 '
     '캔버라에서 개최된다.',
     (9, '2025-H1')),
]



# Countries named as the next round's co-chairs, hosts or venue are not other parties: only the round's name tells
# whose it is.
CASES_KOREAN_VENUE_AND_COCHAIRS_DO_NOT_VETO = [
    ('ko', '2022-05-14',
     '기획재정부 장관은 5.13.(금) 마닐라에서 열린 「제25차 아세안+3 재무장관회의」에 참석하였다.\n제26차 '
     '회의는 한국과 인도네시아가 공동의장국을 맡아 내년 5월 인천에서 개최될 예정이다.',
     (26, '2023-05')),
    ('ko', '2021-04-10',
     '외교부 장관은 4.9.(금) 화상으로 열린 「제3차 한-중앙아시아 협력포럼 고위관리회의」에 참석하였다.\n'
     "제4차 고위관리회의는 카자흐스탄과 우즈베키스탄이 공동 주최하여 '21년 하반기 알마티에서 개최될 "
     '예정이다.',
     (4, '2021-H2')),
]



# The round held now (`제5차 정상회의를 열고 … 개최하기로`) is no next round.
CASES_KOREAN_THIS_ROUND_IS_NO_NEXT = [
    ('ko', '2023-03-21',
     '한국, 몽골, 일본 정상은 20일 도쿄에서 제5차 3국 정상회의를 열고 정상회의를 정례적으로 개최하기로 '
     '했다.',
     (None, 'regular')),
    ('ko', '2022-10-05',
     '베트남과 라오스 총리는 4일 비엔티안에서 제12차 정부간위원회 회의를 열고 협력을 확대하기로 합의했다.',
     None),
]



# A possessive in the round's name (`the next Leaders' Summit`, `the second Presidents' Meeting`).
CASES_ENGLISH_POSSESSIVE_NAME_WORDS = [
    ('en', '2022-07-15',
     "The leaders of Kenya and Ethiopia held the third Horn of Africa Leaders' Summit in Nairobi on July "
     "14, 2022.\nEthiopia will host the next Horn of Africa Leaders' Summit in 2023.",
     (4, '2023')),
    ('en', '2023-02-10',
     "Chile and Argentina held the first Presidents' Meeting of the Andean Council in Santiago on "
     "February 9, 2023.\nThe second Presidents' Meeting of the Council will be held in Mendoza in 2024.",
     (2, '2024')),
    ('en', '2021-06-04',
     "Norway and Iceland held the fourth Ministers' Dialogue on Arctic Fisheries in Tromso on June 3, "
     "2021.\nThe two sides agreed that the next Ministers' Dialogue will take place in Reykjavik in 2022.",
     (5, '2022')),
]



# What announces a round: `is planned/scheduled for 2025`, `is due to host`, `the proposal to hold`, an invitation to
# host, `agreed to meet again`.
CASES_ENGLISH_PLANNED_DUE_INVITED_PROPOSED_OR_MEETING_AGAIN = [
    ('en', '2024-03-08',
     'The fifth meeting of the Brazil-Mexico Joint Commission took place in Mexico City on March 7, 2024.\n'
     'The sixth meeting of the Commission is planned for 2025 in Brasilia.',
     (6, '2025')),
    ('en', '2022-11-18',
     'The leaders of Poland and Lithuania held their seventh intergovernmental consultations in Vilnius '
     'on November 17, 2022.\nPoland is due to host the eighth intergovernmental consultations next year.',
     (8, '2023')),
    ('en', '2023-04-21',
     'Ministers of Ghana and Nigeria met in Accra on April 20, 2023 for the second Trade Council.\nThey '
     'welcomed the proposal to hold the next meeting in Abuja in 2024.',
     (3, '2024')),
    ('en', '2021-10-13',
     'The Indonesian and Malaysian foreign ministers held the 12th Joint Commission meeting in Jakarta on '
     'October 12, 2021.\nThe Malaysian minister accepted an invitation to host the next Joint Commission '
     'in the second half of 2022.',
     (13, '2022-H2')),
    ('en', '2023-05-26',
     'Canada and Mexico held their inaugural Energy Dialogue in Ottawa on May 25, 2023.\nThe co-chairs '
     'agreed to meet again in the first half of 2024 in Mexico City.',
     (2, '2024-H1')),
    ('en', '2024-09-13',
     'The ministers of Uruguay and Paraguay convened the first Water Council in Asuncion on September 12, '
     '2024.\nThey agreed to reconvene again in 2025 to review progress.',
     (2, '2025')),
]



# `the first meeting of the new Council, to be held …`: a new body's start, not this meeting's next round.
CASES_ENGLISH_FIRST_MEETING_OF_A_NEW_BODY_IS_NO_NEXT = [
    ('en', '2022-06-02',
     'The presidents of Peru and Colombia met in Lima on June 1, 2022.\nThey welcomed the first meeting of '
     'the new Amazon Security Council, to be held in Bogota next month.',
     None),
    ('en', '2023-10-06',
     'The prime ministers of Spain and Portugal held their summit in Porto on October 5, 2023.\nThe first '
     'session of the new Iberian Water Commission will be held in Madrid in 2024.',
     None),
]



# `Next` inside a name (`Next Generation Energy Dialogue`) and a question announce nothing.
CASES_ENGLISH_NAME_WORD_NEXT_AND_QUESTIONS = [
    ('en', '2024-02-16',
     'Japan and India launched the Japan-India Next Generation Energy Dialogue in Tokyo on February 15, '
     '2024, to be co-chaired by their energy ministers.',
     None),
    ('en', '2023-08-12',
     'The leaders of Vietnam and Thailand held talks in Hanoi on August 11, 2023.\nReporter: Will the next '
     'summit be held this year?',
     None),
]



# `차기 회담`, `the next meeting` after the Nth round is round N+1.
CASES_NEXT_ROUND_AFTER_THIS_ONE_WITHOUT_ITS_NUMBER = [
    ('ko', '2022-03-11',
     '칠레와 페루 외교장관은 10일 산티아고에서 첫 외교장관회담을 가졌다.\n다음 회담은 내년 리마에서 열린다.',
     (2, '2023')),
    ('en', '2024-04-12',
     'The foreign ministers of Namibia and Botswana held the fifth meeting of their Joint Commission in '
     'Gaborone on April 11, 2024.\nThey agreed to hold the next meeting of the Joint Commission in '
     'Windhoek in 2025.',
     (6, '2025')),
]



# A round at another level is another series' (`the next Summit` after a ministers' meeting); a statement has no rounds.
CASES_ROUND_AT_ANOTHER_LEVEL_OR_AFTER_A_STATEMENT = [
    ('en', '2023-03-04',
     'The foreign ministers of Kenya and Uganda held their ninth Joint Ministerial Commission in Kampala '
     'on March 3, 2023.\nThe ministers agreed to prepare the next East African Community Summit, to be '
     'held in Arusha in 2024.',
     None),
    ('en', '2022-09-09',
     "The trade ministers of Brazil and Chile held the fourth Trade Ministers' Meeting in Santiago on "
     "September 8, 2022.\nThey will report to the next Andean Summit, which Brazil will host in 2023.",
     None),
    ('en', '2024-05-17',
     'Presidents of Ghana and Togo held a summit in Lome on May 16, 2024.\nTheir foreign ministers will '
     'hold the next Ministerial Commission in Accra later this year.',
     None),
    ('ko', '2023-04-14',
     '양국 외교장관은 13일 하노이에서 제5차 한-베트남 외교장관회담을 개최하였다.\n양측은 차기 정상회의를 '
     '내년 서울에서 개최하기로 하였다.',
     None),
    ('ko', '2022-08-20',
     '폴란드와 체코 국방장관은 19일 프라하에서 제3차 국방장관회의를 열었다.\n양측은 다음 정상회담을 내년 '
     '바르샤바에서 갖기로 했다.',
     None),
    ('en', '2023-11-10',
     'Joint statement of Sweden and Finland on Arctic research, issued on November 9, 2023.\nThe two '
     'countries will cooperate in preparing the 15th Arctic Science Summit Week, which Finland will host '
     'in 2025.',
     None),
]

RULES = {
    'korean_apostrophe_year_and_half': CASES_KOREAN_APOSTROPHE_YEAR_AND_HALF,
    'korean_committee_and_negotiation_nouns': CASES_KOREAN_COMMITTEE_AND_NEGOTIATION_NOUNS,
    'korean_plain_present_announces': CASES_KOREAN_PLAIN_PRESENT_ANNOUNCES,
    'korean_venue_and_cochairs_do_not_veto': CASES_KOREAN_VENUE_AND_COCHAIRS_DO_NOT_VETO,
    'korean_this_round_is_no_next': CASES_KOREAN_THIS_ROUND_IS_NO_NEXT,
    'english_possessive_name_words': CASES_ENGLISH_POSSESSIVE_NAME_WORDS,
    'english_planned_due_invited_proposed_or_meeting_again':
        CASES_ENGLISH_PLANNED_DUE_INVITED_PROPOSED_OR_MEETING_AGAIN,
    'english_first_meeting_of_a_new_body_is_no_next': CASES_ENGLISH_FIRST_MEETING_OF_A_NEW_BODY_IS_NO_NEXT,
    'english_name_word_next_and_questions': CASES_ENGLISH_NAME_WORD_NEXT_AND_QUESTIONS,
    'next_round_after_this_one_without_its_number': CASES_NEXT_ROUND_AFTER_THIS_ONE_WITHOUT_ITS_NUMBER,
    'round_at_another_level_or_after_a_statement': CASES_ROUND_AT_ANOTHER_LEVEL_OR_AFTER_A_STATEMENT,
}


@pytest.mark.parametrize(("lang", "published", "text", "expected"), [
    pytest.param(*case, id=f"{rule}-{i}") for rule, cases in RULES.items() for i, case in enumerate(cases)])
def test_next_meeting_rule(lang: str, published: str, text: str, expected: Next) -> None:
    assert _next(text, lang, published) == expected
