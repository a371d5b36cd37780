"""Round 32 (grid32eev): an English paraphrase grid for multi-event reports (how a sequence of meetings is told).

One story: U.S. Secretary of State Antony Blinken's Asian swing of November 2023, in a wire report from Seoul dated
Friday 2023-11-10. The first meeting is fixed: Blinken held talks with South Korean Foreign Minister Park Jin in
Seoul on Thursday 2023-11-09. A second meeting follows, and the grid varies how it is told. Its day chooses which
real meeting it is, so every date and city stays true: the same day (Thursday, Seoul: President Yoon Suk Yeol, who
hosted Blinken for lunch), the next day (Friday, New Delhi: Prime Minister Narendra Modi, on whom Blinken called
after the India-U.S. "2+2") or two days earlier (Tuesday 2023-11-07, Tokyo: Prime Minister Fumio Kishida, on whom
Blinken called before the G7 foreign ministers' meeting). Other real facts used: Blinken met National Security
Adviser Cho Tae-yong in Seoul on Nov. 9; the fifth India-U.S. 2+2 (Blinken and Defense Secretary Lloyd Austin with
External Affairs Minister S. Jaishankar and Defense Minister Rajnath Singh) was held in New Delhi on Nov. 10; Blinken
came to Seoul late on Nov. 8 from the G7 meeting in Tokyo; Blinken and Austin held a "2+2" in Seoul in March 2021;
Austin was due in Seoul the following week for talks with Defense Minister Shin Won-sik. The predicates (a phone
call, a lunch with Modi) and the order of same-day meetings are wording, not claims the gold records.

Five dimensions, one at a time:

- connector: how the second meeting follows (`also`, `Later that day,`, `Earlier,`, `Before the talks,`, `Before
  that,`, `Separately,`, `then went on to X, where`, a new paragraph, `His tour also included`, `wrapped up … with`);
- day: how its day is told (`on Thursday`, `on Nov. 9`, `on the same day`, `yesterday`; `the next day`, `on
  Friday`, `a day later`, `on Friday afternoon`; `two days earlier`, `on Tuesday`, `on Nov. 7`, `earlier in the
  week` (no day: date null));
- place: how its place is told (`in City`, unsaid, a building, `in the X capital`, a country only, `during a stop
  in City`, `on the sidelines of the G7 meeting in Tokyo`, `on Day in City, where he arrived …`);
- kind: the predicate (met, held talks with, paid a courtesy call on, called on, was received by, had lunch with,
  spoke by phone with, `C received Blinken`, `C hosted Blinken for lunch`, `Blinken and C held talks`, sat down with);
- frame: the rest of the report (two meetings; a third meeting; `on a tour of …` in the lead; a trip sentence first;
  the report opening with the last meeting, the New Delhi 2+2; a past meeting, a planned meeting or the G7 host
  gathering told in passing, all `mentioned`).

A BASE cell, one-factor-at-a-time cells, then 150 pairwise cells (2-3 dimensions varied) drawn with
random.Random(32), skipping incompatible combinations. Every expected value was written by the record contract
(records.md rules 1, 4, 6-9) before the extractor ran on any cell; `grid32eev_before.txt` is that first run.

Conventions (records.md readings): a day-bearing connector (`Later that day`, `Earlier`, `Before the talks`) gives the
first meeting's day, and `the next day`, `a day later`, `two days earlier` count from it (Thursday); a meeting with no
day (`earlier in the week`) has date null; a same-day meeting in Seoul whose place is unsaid (or only a building,
`at the presidential residence`, `went on to the presidential residence`) keeps the visit's city, Seoul, while an unsaid
place on another day, a country alone (`in India`) or a phone call gives city null (rule 7); people are checked by
name and country only (role None), each side's only person is its head, the four 2+2 principals are all heads
(rule 9); a visit (`visited Seoul this week`) is no event, and past, planned and host-gathering meetings told in
passing are `mentioned`, neither required nor penalised (rule 4).

    python -m tests.extract.grids.grid32eev        # pass rate per dimension value, then the failing cells
"""
from __future__ import annotations

from dataclasses import dataclass

from tests.extract.grids.common import Cell, Expected, Grid, Person

PUBLISHED = "2023-11-10"  # a Friday: "Thursday" is 2023-11-09, "Tuesday" 2023-11-07
HEADER = "SEOUL, Nov. 10 (Yonhap) -- "
FIRST_DAY = "2023-11-09"
CONTEXT = " The two discussed North Korea's arms supplies to Russia and the war in Gaza, the foreign ministry said."

# ---- people (role None: this grid is about events, names and countries only) ------------------------------------
BLINKEN = Person(("Antony Blinken", "Blinken", "Tony Blinken"), "USA")
PARK = Person(("Park Jin", "Park"), "KOR")
YOON = Person(("Yoon Suk Yeol", "Yoon", "Yoon Suk-yeol"), "KOR")
MODI = Person(("Narendra Modi", "Modi"), "IND")
KISHIDA = Person(("Fumio Kishida", "Kishida", "Kishida Fumio"), "JPN")
CHO = Person(("Cho Tae-yong", "Cho"), "KOR")
AUSTIN = Person(("Lloyd Austin", "Austin", "Lloyd J. Austin"), "USA")
JAISHANKAR = Person(("S. Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar"), "IND")
SINGH = Person(("Rajnath Singh", "Singh"), "IND")


# ---- the second meeting's group: which real meeting the day picks -------------------------------------------------
@dataclass(frozen=True)
class Stop:
    counterpart: str  # Title Name as written
    person: Person
    city: str
    capital: str  # `in the … capital`
    building: str | None  # a building phrase (None: no building form for this stop)
    building_city: str | None  # the city the building phrase gives
    country: str | None  # a country-only phrase (None: does not fit, e.g. the city of the dateline)
    gloss: str  # `in City, …` appositive (told after the day)
    went: str  # the destination of `then went on to X, where`
    wrap: str | None  # `wrapped up his … with` (None: not a last stop)


STOPS: dict[str, Stop] = {
    "same": Stop("President Yoon Suk Yeol", YOON, "Seoul", " in the South Korean capital",
                 " at the presidential residence", "Seoul", None, " in Seoul, where he arrived late Wednesday",
                 "the presidential residence", "stay"),
    "next": Stop("Indian Prime Minister Narendra Modi", MODI, "New Delhi", " in the Indian capital", None, None,
                 " in India", " in New Delhi, where he arrived on Thursday evening", "New Delhi", "Asian tour"),
    "earlier": Stop("Japanese Prime Minister Fumio Kishida", KISHIDA, "Tokyo", " in the Japanese capital",
                    " at the prime minister's office in Tokyo", "Tokyo", " in Japan",
                    " in Tokyo, host of that week's G7 foreign ministers' meeting", "Tokyo", None),
}


# ---- connector: how the second meeting follows the first ---------------------------------------------------------
@dataclass(frozen=True)
class Connector:
    template: str  # over {CL} (clause) {PD} (place and day) {X} (destination) {NOM} (nominal) {TRIP}
    stops: str = "same next earlier"  # the stops it fits
    also: bool = False  # `Blinken also met …`
    day_bearing: bool = False  # the connector tells the day (the first meeting's): pairs with the base day only
    where: bool = False  # `then went on to X, where he …`: the place is X
    nominal: bool = False  # takes the kind's nominal form


CONNECTORS: list[tuple[str, Connector]] = [
    ("also", Connector("{CL}{PD}.", also=True)),
    ("Later that day,", Connector("Later that day, {CL}{PD}.", stops="same", day_bearing=True)),
    ("Earlier,", Connector("Earlier, {CL}{PD}.", stops="same", day_bearing=True)),
    ("Before the talks,", Connector("Before the talks, {CL}{PD}.", stops="same", day_bearing=True)),
    ("Before that,", Connector("Before that, {CL}{PD}.", stops="same earlier")),
    ("Separately,", Connector("Separately, {CL}{PD}.")),
    ("then went on to X, where", Connector("Blinken then went on to {X}, where {CL}{PD}.", stops="same next",
                                           where=True)),
    ("new paragraph", Connector("\n\n{CL}{PD}.")),
    ("His tour also included", Connector("Blinken's Asian tour also included {NOM}{PD}.", nominal=True)),
    ("wrapped up … with", Connector("Blinken wrapped up his {TRIP} with {NOM}{PD}.", stops="same next",
                                    nominal=True)),
]


# ---- day: how the second meeting's day is told (text, stop, expected date) ---------------------------------------
DAYS: list[tuple[str, tuple[str, str, str | None]]] = [
    ("on Thursday", (" on Thursday", "same", "2023-11-09")),
    ("on Nov. 9", (" on Nov. 9", "same", "2023-11-09")),
    ("on the same day", (" on the same day", "same", "2023-11-09")),
    ("yesterday", (" yesterday", "same", "2023-11-09")),
    ("the next day", (" the next day", "next", "2023-11-10")),
    ("on Friday", (" on Friday", "next", "2023-11-10")),
    ("a day later", (" a day later", "next", "2023-11-10")),
    ("on Friday afternoon", (" on Friday afternoon", "next", "2023-11-10")),
    ("two days earlier", (" two days earlier", "earlier", "2023-11-07")),
    ("on Tuesday", (" on Tuesday", "earlier", "2023-11-07")),
    ("on Nov. 7", (" on Nov. 7", "earlier", "2023-11-07")),
    ("earlier in the week (no day)", (" earlier in the week", "earlier", None)),
]


# ---- place: how the second meeting's place is told ---------------------------------------------------------------
PLACES: list[str] = [
    "in City",
    "unsaid",
    "a building",
    "in the X capital",
    "a country only",
    "during a stop in City",
    "on the sidelines of the G7 meeting",
    "on Day in City, where he arrived …",
]


def _place(index: int, stop_key: str) -> tuple[str, str | None] | None:
    """(text, expected city) of a place form at a stop; None when the form does not fit there."""
    stop = STOPS[stop_key]
    label = PLACES[index]
    if label == "in City":
        return f" in {stop.city}", stop.city
    if label == "unsaid":  # a same-day meeting keeps the visit's city; another day's unplaced meeting has none
        return "", stop.city if stop_key == "same" else None
    if label == "a building":
        return (stop.building, stop.building_city) if stop.building else None
    if label == "in the X capital":
        return stop.capital, stop.city
    if label == "a country only":
        return (stop.country, None) if stop.country else None
    if label == "during a stop in City":
        return f" during a stop in {stop.city}", stop.city
    if label == "on the sidelines of the G7 meeting":
        return (" on the sidelines of a Group of Seven foreign ministers' meeting in Tokyo", "Tokyo") \
            if stop_key == "earlier" else None
    return stop.gloss, stop.city


# ---- kind: the second meeting's predicate, over {A} (Blinken as subject) {B} (as object) {C} {AL} ---------------
@dataclass(frozen=True)
class Kind:
    template: str
    nominal: str | None = None  # over {C}, for `His tour also included …` (None: no nominal form)
    phone: bool = False  # a call: no place (rule 7)


KINDS: list[tuple[str, Kind]] = [
    ("met", Kind("{A}{AL} met {C}", "a meeting with {C}")),
    ("held talks with", Kind("{A}{AL} held talks with {C}", "talks with {C}")),
    ("paid a courtesy call on", Kind("{A}{AL} paid a courtesy call on {C}", "a courtesy call on {C}")),
    ("called on", Kind("{A}{AL} called on {C}")),
    ("was received by", Kind("{A} was{AL} received by {C}")),
    ("had lunch with", Kind("{A}{AL} had lunch with {C}", "lunch with {C}")),
    ("spoke by phone with", Kind("{A}{AL} spoke by phone with {C}", phone=True)),
    ("C received Blinken", Kind("{C}{AL} received {B}")),
    ("C hosted Blinken for lunch", Kind("{C}{AL} hosted {B} for lunch", "a lunch hosted by {C}")),
    ("Blinken and C held talks", Kind("{A} and {C}{AL} held talks")),
    ("sat down with", Kind("{A}{AL} sat down with {C}")),
]


# ---- frame: the rest of the report ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Frame:
    lead: str = ""  # a sentence before the first meeting
    first: str = ("U.S. Secretary of State Antony Blinken held talks with South Korean Foreign Minister Park Jin in "
                  "Seoul on Thursday.")
    third: str = ""  # a further held meeting after the second
    tail: str = ""  # a sentence at the end (events told in passing)
    extra: tuple[Expected, ...] = ()  # the further held events it adds


SHORT_FIRST = "Blinken held talks with South Korean Foreign Minister Park Jin in Seoul on Thursday."
FRAMES: list[tuple[str, Frame]] = [
    ("two meetings", Frame()),
    ("three meetings (NSA Cho, Seoul, Thursday)",
     Frame(third=" Blinken held separate talks with National Security Adviser Cho Tae-yong in Seoul on Thursday.",
           extra=(Expected("dialogue", "2023-11-09", "Seoul", frozenset({"USA", "KOR"}), (BLINKEN, CHO)),))),
    ("`on a tour of …` in the lead",
     Frame(first="U.S. Secretary of State Antony Blinken, on a tour of Japan, South Korea and India, held talks with "
                 "South Korean Foreign Minister Park Jin in Seoul on Thursday.")),
    ("trip sentence first",
     Frame(lead="U.S. Secretary of State Antony Blinken visited Seoul this week as part of an Asian tour that also "
                "took him to Tokyo and New Delhi. ", first=SHORT_FIRST)),
    ("opens with the last meeting (2+2, Friday)",
     Frame(lead='U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin held "2+2" talks with '
                "Indian External Affairs Minister S. Jaishankar and Defense Minister Rajnath Singh in New Delhi on "
                "Friday, the last stop of Blinken's Asian tour. ",
           first="On Thursday, Blinken held talks with South Korean Foreign Minister Park Jin in Seoul.",
           extra=(Expected("dialogue", "2023-11-10", "New Delhi", frozenset({"USA", "IND"}),
                           (BLINKEN, AUSTIN, JAISHANKAR, SINGH)),))),
    ("past meeting in passing (mentioned)",
     Frame(tail=" Blinken last held talks in Seoul in March 2021, when he and Defense Secretary Lloyd Austin met "
                'their South Korean counterparts in a "2+2" format.')),
    ("planned meeting (mentioned)",
     Frame(tail=" Austin is due in Seoul next week for annual security talks with Defense Minister Shin Won-sik.")),
    ("host gathering in passing (G7, mentioned)",
     Frame(tail=" Blinken arrived in Seoul late Wednesday from Tokyo, where he had attended a meeting of Group of "
                "Seven foreign ministers.")),
]

DIMENSIONS = ("connector", "day", "place", "kind", "frame")
VALUES: dict[str, list] = {"connector": CONNECTORS, "day": DAYS, "place": [(p, p) for p in PLACES], "kind": KINDS,
                           "frame": FRAMES}


def _compatible(choice: dict[str, int]) -> bool:
    conn = CONNECTORS[choice["connector"]][1]
    stop = DAYS[choice["day"]][1][1]
    kind = KINDS[choice["kind"]][1]
    frame = FRAMES[choice["frame"]][0]
    if stop not in conn.stops.split():
        return False
    if conn.day_bearing and choice["day"]:  # the connector already tells the day
        return False
    if (conn.where or kind.phone) and choice["place"]:  # the place is the destination, or a call has none
        return False
    if conn.where and kind.phone:
        return False
    if conn.nominal and kind.nominal is None:
        return False
    if _place(choice["place"], stop) is None:
        return False
    # `the talks` would be ambiguous after a 2+2 lead
    if CONNECTORS[choice["connector"]][0] == "Before the talks," and frame.startswith("opens with"):
        return False
    return True


def build(choice: dict[str, int]) -> Cell:
    conn = CONNECTORS[choice["connector"]][1]
    day_text, stop_key, day = DAYS[choice["day"]][1]
    kind = KINDS[choice["kind"]][1]
    frame = FRAMES[choice["frame"]][1]
    stop = STOPS[stop_key]
    place_text, city = _place(choice["place"], stop_key) or ("", None)
    if conn.day_bearing:
        day_text, day = "", FIRST_DAY
    if conn.where:  # `went on to X, where he …`: the destination places the meeting
        place_text, city = "", stop.building_city if stop_key == "same" else stop.city
        subj, obj = "he", "him"
    else:
        subj, obj = "Blinken", "Blinken"
    if kind.phone:
        place_text, city = "", None
    clause = kind.template.format(A=subj, B=obj, C=stop.counterpart, AL=" also" if conn.also else "")
    nominal = (kind.nominal or "").format(C=stop.counterpart)
    day_first = PLACES[choice["place"]].startswith("on Day")  # `on Thursday in Seoul, where he arrived …`
    pd = day_text + place_text if day_first else place_text + day_text
    second = conn.template.format(CL=clause, PD=pd, X=stop.went, NOM=nominal, TRIP=stop.wrap)
    sep = "" if second.startswith("\n") else " "
    text = HEADER + frame.lead + frame.first + CONTEXT + sep + second + frame.third + frame.tail
    expected = [
        Expected("dialogue", FIRST_DAY, "Seoul", frozenset({"USA", "KOR"}), (BLINKEN, PARK)),
        Expected("dialogue", day, city, frozenset({"USA", stop.person.country}), (BLINKEN, stop.person)),
        *frame.extra,
    ]
    return Cell(dict(choice), text, expected, VALUES)


GRID = Grid("grid32eev", "en", PUBLISHED, VALUES, build, _compatible, seed=32, pairwise=150)
cells, run, dimension_passes, main = GRID.cells, GRID.run, GRID.dimension_passes, GRID.main


if __name__ == "__main__":
    main()
