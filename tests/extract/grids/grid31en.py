"""Round 31 (grid31en): an English paraphrase grid for events and delegates.

One fact (a South Korean and a U.S. official meet; a wire report the next day) told with every common wording of
one part at a time: the predicate, the date, the place, the people's titles, and the connector to a second meeting.
A BASE cell, one-factor-at-a-time cells, then pairwise cells drawn with random.Random(31). The expected values were
written before the extractor ran on any cell (annotation, records.md rules 6-9).

    python -m tests.extract.grids.grid31en        # pass rate per dimension value, then the failing cells
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tests.extract.grids.common import Cell, Expected, Grid, Person

PUBLISHED = "2024-06-05"  # a Wednesday; "Tuesday" is 2024-06-04
HEADER = "SEOUL, June 5 (Yonhap) -- "
CONTEXT = " The two discussed North Korea and cooperation on supply chains, the ministry said."


CHO = Person(("Cho Tae-yul", "Cho"), "KOR", "minister")
BLINKEN = Person(("Antony Blinken", "Blinken"), "USA", "secretary")
KAMIKAWA = Person(("Yoko Kamikawa", "Kamikawa"), "JPN", "minister")


# ---- people: (A text, B text, A, B, possessive-friendly, short names of A and B) -------------------------------
@dataclass(frozen=True)
class People:
    a: str
    b: str
    pa: Person
    pb: Person
    simple: bool = True  # a plain noun phrase (takes `'s`, fits every predicate)


PEOPLE: list[tuple[str, People]] = [
    ("Title Name", People("Foreign Minister Cho Tae-yul", "U.S. Secretary of State Antony Blinken", CHO, BLINKEN)),
    ("Name only", People("Cho Tae-yul", "Antony Blinken", Person(CHO.names, "KOR"), Person(BLINKEN.names, "USA"))),
    ("Country-adj Title Name / counterpart",
     People("South Korean Foreign Minister Cho Tae-yul", "his U.S. counterpart Antony Blinken", CHO,
            Person(BLINKEN.names, "USA"))),
    ("Country's Title Name",
     People("South Korea's Foreign Minister Cho Tae-yul", "America's Secretary of State Antony Blinken", CHO, BLINKEN)),
    ("Name, a title,",
     People("Cho Tae-yul, South Korea's foreign minister,", "Antony Blinken, the U.S. secretary of state,", CHO,
            BLINKEN, simple=False)),
    ("the title of Country, Name,",
     People("the Minister of Foreign Affairs of the Republic of Korea, Cho Tae-yul,",
            "the Secretary of State of the United States, Antony Blinken,", CHO, BLINKEN, simple=False)),
    ("Title Surname",
     People("Minister Cho Tae-yul", "Secretary Blinken", CHO, BLINKEN)),
    ("side's chief negotiator, Name,",
     People("the Korean side's chief negotiator, Lee Tae-woo,", "his U.S. counterpart, Linda Specht,",
            Person(("Lee Tae-woo",), "KOR", "negotiator"), Person(("Linda Specht",), "USA"), simple=False)),
    ("delegation led by",
     People("a South Korean delegation led by First Vice Foreign Minister Kim Hong-kyun",
            "a U.S. delegation led by Deputy Secretary of State Kurt Campbell",
            Person(("Kim Hong-kyun",), "KOR", "minister"), Person(("Kurt Campbell",), "USA", "secretary"),
            simple=False)),
    ("delegation headed by",
     People("a Korean delegation headed by Trade Minister Cheong In-kyo",
            "a U.S. team headed by Trade Representative Katherine Tai",
            Person(("Cheong In-kyo",), "KOR", "minister"), Person(("Katherine Tai",), "USA", "representative"),
            simple=False)),
]


# ---- predicates: a sentence template over {A} {B} {WP} (when and place); flags ----------------------------------
@dataclass(frozen=True)
class Predicate:
    template: str
    type: str = "dialogue"
    place: str | None = "*"  # "*": the place dimension; else a fixed city (or None: no place, e.g. a call)
    country: str | None = None  # the fixed city's country
    simple_only: bool = False  # needs plain noun phrases (possessive, coordination)
    extra: tuple[Person, ...] = ()
    own_people: tuple[str, str, Person, Person] | None = None


YOON = Person(("Yoon Suk Yeol",), "KOR", "president")
BIDEN = Person(("Joe Biden",), "USA", "president")

PREDICATES: list[tuple[str, Predicate]] = [
    ("met with", Predicate("{A} met with {B}{WP}.")),
    ("met", Predicate("{A} met {B}{WP}.")),
    ("held talks with", Predicate("{A} held talks with {B}{WP}.")),
    ("held a bilateral meeting with", Predicate("{A} held a bilateral meeting with {B}{WP}.")),
    ("sat down with", Predicate("{A} sat down with {B}{WP}.")),
    ("hosted … for talks", Predicate("{A} hosted {B} for talks{WP}.")),
    ("received a courtesy call from", Predicate("{A} received a courtesy call from {B}{WP}.")),
    ("welcomed … to Seoul", Predicate("{A} welcomed {B} to Seoul{W}.", place="Seoul", country="KOR")),
    ("paid a courtesy call on", Predicate("{B} paid a courtesy call on {A}{WP}.")),
    ("called on", Predicate("{B} called on {A}{WP}.")),
    ("spoke by phone with", Predicate("{A} spoke by phone with {B}{W}.", place=None)),
    ("held a phone call with", Predicate("{A} held a phone call with {B}{W}.", place=None)),
    ("held a video call with", Predicate("{A} held a video call with {B}{W}.", place=None)),
    ("co-chaired the N-th Dialogue with",
     Predicate("{A} co-chaired the ninth South Korea-U.S. Senior Economic Dialogue with {B}{WP}.")),
    ("convened talks with", Predicate("{A} convened talks with {B}{WP}.")),
    ("hosted a working lunch for", Predicate("{A} hosted a working lunch for {B}{WP}.")),
    ("had dinner with", Predicate("{A} had dinner with {B}{WP}.")),
    ("conferred with", Predicate("{A} conferred with {B}{WP}.")),
    ("signed an MOU with",
     Predicate("{A} signed a memorandum of understanding on critical minerals with {B}{WP}.", type="agreement")),
    ("launched … with",
     Predicate("{A} launched a bilateral critical minerals partnership with {B}{WP}.", type="launch")),
    ("joined … for trilateral talks",
     Predicate("{A} joined {B} and Japanese Foreign Minister Yoko Kamikawa for trilateral talks{WP}.",
               extra=(KAMIKAWA,))),
    ("had a summit with",
     Predicate("{A} had a summit with {B}{WP}.",
               own_people=("President Yoon Suk Yeol", "U.S. President Joe Biden", YOON, BIDEN))),
    ("held consultations with", Predicate("{A} held consultations with {B}{WP}.")),
    ("A and B held talks", Predicate("{A} and {B} held talks{WP}.")),
    ("talks between A and B were held (passive)", Predicate("Talks between {A} and {B} were held{WP}.",
                                                           simple_only=True)),
    ("A's meeting with B (nominal)",
     Predicate("{A}'s meeting with {B}{WP} focused on North Korea.", simple_only=True)),
    ("the meeting, held …",
     Predicate("{A} and {B} discussed North Korea at their meeting, held{WP}.", simple_only=True)),
]


# ---- dates: (surface, expected date, before the place?, dateline override) --------------------------------------
@dataclass(frozen=True)
class When:
    text: str
    date: str | None
    first: bool = False  # said before the place (`met Tuesday in Seoul`)
    header: str | None = None


DATES: list[tuple[str, When]] = [
    ("on Tuesday", When(" on Tuesday", "2024-06-04")),
    ("on Tuesday (June 4)", When(" on Tuesday (June 4)", "2024-06-04")),
    ("on June 4", When(" on June 4", "2024-06-04")),
    ("on 4 June", When(" on 4 June", "2024-06-04")),
    ("dateline June 4, no day in text", When("", "2024-06-04", header="SEOUL, June 4 (Yonhap) -- ")),
    ("Tuesday (AP style, before place)", When(" Tuesday", "2024-06-04", first=True)),
    ("on Tuesday local time", When(" on Tuesday local time", "2024-06-04")),
    ("on Tuesday morning", When(" on Tuesday morning", "2024-06-04")),
    ("earlier this week", When(" earlier this week", None)),
    ("yesterday", When(" yesterday", "2024-06-04")),
    ("on Tuesday, a day after arriving", When(" on Tuesday, a day after arriving in the region", "2024-06-04")),
    ("on Monday, the day before …", When(" on Monday, the day before the allies' joint exercises began",
                                         "2024-06-03")),
    ("last Friday", When(" last Friday", "2024-05-31")),
]


# ---- places: (surface, city, country) ---------------------------------------------------------------------------
PLACES: list[tuple[str, tuple[str, str | None, str | None]]] = [
    ("in Seoul", (" in Seoul", "Seoul", "KOR")),
    ("at the State Department in Washington", (" at the State Department in Washington", "Washington", "USA")),
    ("in Washington", (" in Washington", "Washington", "USA")),
    ("at the Yongsan presidential office", (" at the presidential office in Yongsan", "Seoul", "KOR")),
    ("at the foreign ministry in Seoul", (" at the foreign ministry in Seoul", "Seoul", "KOR")),
    ("in the Japanese capital", (" in the Japanese capital", "Tokyo", "JPN")),
    ("at a hotel in Tokyo", (" at a hotel in Tokyo", "Tokyo", "JPN")),
    ("on the sidelines of the G7 summit in Hiroshima",
     (" on the sidelines of the Group of Seven summit in Hiroshima", "Hiroshima", "JPN")),
    ("via videoconference", (" via videoconference", None, None)),
    ("during his visit to Jakarta", (" during his visit to Jakarta", "Jakarta", "IDN")),
]


# ---- a second meeting: (sentence, expected event; a day `+N` counts from the first meeting's) -------------------
KIM = Person(("Kim Hong-kyun",), "KOR", "minister")
OKANO = Person(("Masataka Okano",), "JPN", "minister")
WANG = Person(("Wang Yi",), "CHN", "minister")
MARCOS = Person(("Ferdinand Marcos Jr.", "Ferdinand Marcos", "Marcos"), "PHL", "president")
BLINKEN_SHORT = Person(BLINKEN.names, "USA")
CHO_SHORT = Person(CHO.names, "KOR")

CONNECTORS: list[tuple[str, tuple[str, Expected] | None]] = [
    ("(one meeting)", None),
    ("Later that day", (" Later that day, Cho spoke by phone with Japanese Foreign Minister Yoko Kamikawa.",
                        Expected("dialogue", "+0", None, frozenset({"KOR", "JPN"}), (CHO_SHORT, KAMIKAWA)))),
    ("The next day", (" The next day, Blinken met Japanese Foreign Minister Yoko Kamikawa in Tokyo.",
                      Expected("dialogue", "+1", "Tokyo", frozenset({"USA", "JPN"}),
                               (BLINKEN_SHORT, KAMIKAWA)))),
    ("He then travelled to X, where he met",
     (" Blinken then travelled to Tokyo, where he met Japanese Foreign Minister Yoko Kamikawa on Wednesday.",
      Expected("dialogue", "2024-06-05", "Tokyo", frozenset({"USA", "JPN"}), (BLINKEN_SHORT, KAMIKAWA)))),
    ("Afterwards", (" Afterwards, Blinken paid a courtesy call on President Yoon Suk Yeol.",
                    Expected("dialogue", "+0", "*", frozenset({"KOR", "USA"}), (BLINKEN_SHORT, YOON)))),
    ("Before that", (" Before that, Blinken met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Monday.",
                     Expected("dialogue", "2024-06-03", "Tokyo", frozenset({"USA", "JPN"}),
                              (BLINKEN_SHORT, KAMIKAWA)))),
    ("On Wednesday", (" On Wednesday, Cho held a phone call with Chinese Foreign Minister Wang Yi.",
                      Expected("dialogue", "2024-06-05", None, frozenset({"KOR", "CHN"}), (CHO_SHORT, WANG)))),
    ("Separately", (" Separately, First Vice Foreign Minister Kim Hong-kyun held talks with Japanese Vice Foreign "
                    "Minister Masataka Okano in Seoul on Tuesday.",
                    Expected("dialogue", "2024-06-04", "Seoul", frozenset({"KOR", "JPN"}), (KIM, OKANO)))),
    ("wrapped up the trip with", (" Blinken wrapped up his Asia trip with a meeting with Philippine President "
                                  "Ferdinand Marcos Jr. in Manila on Wednesday.",
                                  Expected("dialogue", "2024-06-05", "Manila", frozenset({"USA", "PHL"}),
                                           (BLINKEN_SHORT, MARCOS)))),
]

_AFTER_TUESDAY = {"The next day", "He then travelled to X, where he met", "On Wednesday", "wrapped up the trip with"}
DIMENSIONS = ("predicate", "date", "place", "people", "connector")
VALUES: dict[str, list] = {"predicate": PREDICATES, "date": DATES, "place": PLACES, "people": PEOPLE,
                           "connector": CONNECTORS}


def _compatible(choice: dict[str, int]) -> bool:
    pred = PREDICATES[choice["predicate"]][1]
    people = PEOPLE[choice["people"]][1]
    if pred.simple_only and not people.simple:
        return False
    if pred.own_people and choice["people"]:
        return False
    if pred.place != "*" and choice["place"]:
        return False
    # the second meeting's short names are Cho and Blinken
    if choice["connector"] and (choice["people"] >= 7 or pred.own_people):
        return False
    # a dateline of Tuesday cannot tell of Wednesday's meeting in the past (the connector's day is after it)
    if DATES[choice["date"]][1].header and CONNECTORS[choice["connector"]][0] in _AFTER_TUESDAY:
        return False
    return True


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _relative(day: str | None, first: str | None) -> str | None:
    """A connector's day: `+0`/`+1` count from the first meeting's day (`Later that day`, `The next day`)."""
    if day is None or not day.startswith("+"):
        return day
    return str(date.fromisoformat(first) + timedelta(days=int(day))) if first else None


def build(choice: dict[str, int]) -> Cell:
    pred = PREDICATES[choice["predicate"]][1]
    when = DATES[choice["date"]][1]
    place_text, city, country = PLACES[choice["place"]][1]
    people = PEOPLE[choice["people"]][1]
    a, b, pa, pb = (pred.own_people if pred.own_people else (people.a, people.b, people.pa, people.pb))
    if pred.place != "*":
        place_text, city, _country = "", pred.place, pred.country
    wp = (when.text + place_text) if when.first else (place_text + when.text)
    sentence = _capital(pred.template.format(A=a, B=b, WP=wp, W=when.text))
    sentence = re.sub(r",\s*([.,])", r"\1", sentence)
    parties = frozenset({pa.country, pb.country} | {p.country for p in pred.extra})
    expected = [Expected(pred.type, when.date, city, parties, (pa, pb, *pred.extra))]
    text = (when.header or HEADER) + sentence + CONTEXT
    second = CONNECTORS[choice["connector"]][1]
    if second:
        text += second[0]
        exp = second[1]
        where = city if exp.city == "*" else exp.city
        expected.append(Expected(exp.type, _relative(exp.date, when.date), where, exp.participants, exp.delegates))
    return Cell(dict(choice), text, expected, VALUES)


GRID = Grid("grid31en", "en", PUBLISHED, VALUES, build, _compatible, seed=31, pairwise=100)
cells, run, dimension_passes, main = GRID.cells, GRID.run, GRID.dimension_passes, GRID.main


if __name__ == "__main__":
    main()
