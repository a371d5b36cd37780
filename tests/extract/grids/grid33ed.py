"""Round 33 (grid33ed): an English paraphrase grid for event dates (how the day is told and resolved).

One fact: South Korean Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken at the State Department
in Washington on Wednesday 2024-02-28 (afternoon, Washington time; early 2024-02-29 in Seoul). The next morning,
Thursday 2024-02-29, Cho had a working breakfast with Deputy Secretary of State Kurt Campbell in Washington; the week
before (Thursday 2024-02-22) Cho and Blinken had held trilateral talks with Japanese Foreign Minister Yoko Kamikawa
in Rio de Janeiro; Blinken was due in Seoul on 2024-03-18 for the Summit for Democracy. The story is told as wire copy
(Yonhap, Reuters, AP datelines) and as a State Department readout. The people, city and type stay plain so that a
failing column shows a gap in the date. Five dimensions, one at a time:

- published: the report's date against the event's (the cell's own `published`): the next day from Seoul (base);
  the same day from Washington (Yonhap, and AP with an undated dateline); a Reuters story dated the night before
  and published the next day; two days later across the month turn (leap day between); the Monday after; eight
  days later; a Monday report of a Friday, a Saturday and a Sunday meeting; the year turning. The `(moved)`
  values keep the two ministers (both in office on every date used), the city and the wording but put the meeting
  on another day, to test the calendar; only the base day and its neighbours are the real schedule. A wording
  that cannot be said on the base report date brings its own when the published value is the base: `today`,
  `earlier today` and the planned breakfast `the following day` the same-day Washington report, `last Wednesday`
  and `last week` the Monday after.
- day: how the day is written (`on Wednesday`, bare `Wednesday`, `on Feb. 28`, `Feb. 28`, `on 28 February`, `on the
  28th`, `yesterday`, `today`, `earlier today`, `last night`, `on Wednesday evening`, `late Wednesday`, `early
  Wednesday`, `on Wednesday, Feb. 28`, `last Wednesday`, and the dayless `this week`, `last week`, `earlier this
  month`; `A day earlier` / `the day before` told after the dated Campbell breakfast).
- zone: time-zone notes (`(local time)`, `(U.S. time)`, `(early Thursday in Seoul)`, `early Thursday Seoul time`,
  `late Wednesday U.S. Eastern time`, `at 3 p.m. Wednesday (5 a.m. Thursday Seoul time)`, MOFA-Japan style `commencing
  at 3:00 p.m. (local time; … Korea time)`), and the real Seoul meeting of Monday 2024-03-18 in AP copy published
  on the Sunday (the U.S. date, a day before the Seoul day): this value brings its own event and published date.
- where: where the day sits (lead sentence, fronted `On Wednesday, …`, a later sentence only, the dateline only, the
  title only, title and body with different days, a bracketed note, a `*` note, a `※` note, a State Department
  readout dated the day after with the day in its body, a readout whose dated header is the only day).
- frame: one meeting; a past meeting told in passing (`last week`, `on Feb. 22`), a phone call `last month`, the
  planned Seoul visit (`next month`, `on March 18`), all `mentioned`; the Campbell breakfast the day after, told
  `The next day` or `On Thursday` (a second held event); the breakfast as a plan `the following day` (same-day
  report: mentioned).

Contract reading (records.md rule 6). The date is the day the meeting happened; relative words resolve against
the cell's `published` (weekday names to the latest such day not after it; `the 28th` to the latest 28th); `this
week`, `last week`, `earlier this month` give no day, so null. Where the contract is silent about time zones, the day
is the local day where the meeting happened: a Washington meeting on Wednesday afternoon is 2024-02-28 even when the
text also (or only) gives the Seoul day (`early Thursday Seoul time`), and the Seoul meeting of Monday 2024-03-18 is
2024-03-18 though the U.S. outlet's date is the Sunday. A dateline or a readout header date is the day when the body
gives none; a title's day counts when the body gives none, and the body's wins when they differ (a dateline or
readout header of its own also dates the copy: relative words and frames are told from it, `_effective`). Mentioned
events (past or planned) are neither required nor allowed as held. Open readings: `Cho had met Blinken … the day
before` (pluperfect, after the breakfast lead) is held, not mentioned, since the meeting's content is reported.

A BASE cell, one-factor-at-a-time cells, then 140 pairwise cells (2-3 dimensions varied) drawn with
random.Random(33), skipping incompatible combinations (a weekday name only within six days before the report, and
so on: `_compatible`). Every expected value was written by the record contract before the extractor ran on any
cell; `grid33ed_before.txt` is the first run.

    python -m tests.extract.grids.grid33ed        # pass rate per dimension value, then the failing cells
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from tests.extract.grids.common import Cell, Expected, Grid, Person

# ---- people ------------------------------------------------------------------------------------------------------
CHO = Person(("Cho Tae-yul", "Cho"), "KOR", "minister")
BLINKEN = Person(("Antony Blinken", "Blinken", "Antony J. Blinken"), "USA", "secretary")
CAMPBELL = Person(("Kurt Campbell", "Campbell", "Kurt M. Campbell"), "USA", "secretary")
PARTIES = frozenset({"KOR", "USA"})

LEAD = ("{A} met U.S. Secretary of State Antony Blinken{WP} and agreed to respond sternly to North Korean provocations,"
        " {S}.")
READOUT_LEAD = "Secretary of State Antony J. Blinken met with Republic of Korea Foreign Minister Cho Tae-yul{WP}."
CONTEXT = " The two also discussed North Korea's deepening military ties with Russia."
READOUT_CONTEXT = (" The Secretary and the Foreign Minister reaffirmed the strength of the U.S.-ROK Alliance and"
                   " discussed the DPRK's deepening military cooperation with Russia.")
BREAKFAST = "had a working breakfast with U.S. Deputy Secretary of State Kurt Campbell in Washington"

# ---- dates in print ----------------------------------------------------------------------------------------------
_AP_MONTH = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def ap(d: date) -> str:
    return f"{_AP_MONTH[d.month - 1]} {d.day}"  # Feb. 28, March 1 (AP / Yonhap)


def long(d: date) -> str:
    return f"{_MONTH[d.month - 1]} {d.day}"  # February 28 (readouts)


def wd(d: date) -> str:
    return d.strftime("%A")


def nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def seoul_hour(d: date, hour: int) -> tuple[date, int]:
    """Washington `hour` on day d in Seoul (EST +14, EDT +13; U.S. daylight time 2024-03-10 to 2024-11-03)."""
    shift = 13 if date(2024, 3, 10) <= d < date(2024, 11, 3) else 14
    total = hour + shift
    return d + timedelta(days=total // 24), total % 24


def clock(hour: int, mofa: bool = False) -> str:
    h, half = (hour - 1) % 12 + 1, "a.m." if hour < 12 else "p.m."
    return f"{h}:00 {half}" if mofa else f"{h} {half}"


# ---- published: the report's date against the event's -------------------------------------------------------------
@dataclass(frozen=True)
class Scenario:
    event: date
    published: date
    header: str  # the wire dateline
    header_day: date | None  # the dateline's date (None: undated, AP)
    a: str = "Foreign Minister Cho Tae-yul"
    said: str = "the foreign ministry said"
    real: bool = True  # the real day: frames may tell its surroundings (Rio, Campbell, Summit for Democracy)
    city: str = "Washington"
    venue: str = "the State Department"

    @property
    def ref(self) -> date:
        """The day the copy is written from: its dateline's, else its publication date."""
        return self.header_day or self.published


REAL = date(2024, 2, 28)  # Wednesday


def _yonhap(pub: date, event: date = REAL, real: bool = True) -> Scenario:
    return Scenario(event, pub, f"SEOUL, {ap(pub)} (Yonhap) -- ", pub, real=real)


_FOREIGN = {"a": "South Korean Foreign Minister Cho Tae-yul", "said": "Seoul's foreign ministry said"}

SAME_DAY = Scenario(REAL, REAL, "WASHINGTON, Feb. 28 (Yonhap) -- ", REAL)
MONDAY_AFTER = _yonhap(date(2024, 3, 4))

PUBLISHED: list[tuple[str, Scenario]] = [
    ("next day, Seoul report of a Washington event", _yonhap(date(2024, 2, 29))),
    ("same day, Washington (Yonhap)", SAME_DAY),
    ("same day, AP undated dateline", Scenario(REAL, REAL, "WASHINGTON (AP) — ", None, **_FOREIGN)),
    ("next day, Reuters dated the night before",
     Scenario(REAL, date(2024, 2, 29), "WASHINGTON, Feb 28 (Reuters) - ", REAL, **_FOREIGN)),
    ("two days later, across the month turn (leap day)", _yonhap(date(2024, 3, 1))),
    ("the Monday after (5 days)", MONDAY_AFTER),
    ("eight days later", _yonhap(date(2024, 3, 7))),
    ("Monday report of a Friday (moved)", _yonhap(date(2024, 4, 15), date(2024, 4, 12), real=False)),
    ("Monday report of a Saturday (moved)", _yonhap(date(2024, 4, 15), date(2024, 4, 13), real=False)),
    ("Monday report of a Sunday (moved)", _yonhap(date(2024, 4, 15), date(2024, 4, 14), real=False)),
    ("year turn: Jan. 2 report of Dec. 30 (moved)", _yonhap(date(2025, 1, 2), date(2024, 12, 30), real=False)),
]

# the zone value `Asia event, U.S. outlet dated the day before`: the real Seoul meeting of Monday 2024-03-18 in AP
# copy whose U.S. date is the Sunday
ASIA = Scenario(date(2024, 3, 18), date(2024, 3, 17), "SEOUL, South Korea (AP) — ", None, real=False, city="Seoul",
                venue="the foreign ministry", **_FOREIGN)


# ---- day: how the day is written -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Day:
    render: Callable[[Scenario], str]  # the phrase, with its leading space
    kind: str  # the rule of `_day_fits` (and `_VAGUE` kinds give no day)
    first: bool = False  # said before the place (AP: `met Blinken Wednesday in Washington`)
    fronted: bool = True  # can open the sentence (`On Wednesday, …`)
    title: bool = False  # fits a headline
    zone: bool = False  # takes a time-zone note
    asia: bool = False  # fits the Seoul meeting told from the day before (U.S. date)
    home: Scenario | None = None  # its report date when the published dimension is at its base (which it cannot fit)


_VAGUE = {"this week", "last week", "this month"}


def _w(fmt: str) -> Callable[[Scenario], str]:
    return lambda s: fmt.format(WD=wd(s.event), AP=ap(s.event), UK=f"{s.event.day} {_MONTH[s.event.month - 1]}",
                                TH=nth(s.event.day))


DAYS: list[tuple[str, Day]] = [
    ("on Wednesday", Day(_w(" on {WD}"), "weekday", title=True, zone=True, asia=True)),
    ("Wednesday (AP, no on)", Day(_w(" {WD}"), "weekday", first=True, fronted=False, title=True, zone=True,
                                  asia=True)),
    ("on Feb. 28", Day(_w(" on {AP}"), "date", title=True, zone=True, asia=True)),
    ("Feb. 28 (no on)", Day(_w(" {AP}"), "date", first=True, fronted=False, title=True, zone=True, asia=True)),
    ("on 28 February", Day(_w(" on {UK}"), "date", title=True, zone=True, asia=True)),
    ("on the 28th", Day(_w(" on the {TH}"), "ordinal", zone=True)),
    ("yesterday", Day(_w(" yesterday"), "yesterday")),
    ("today", Day(_w(" today"), "today", home=SAME_DAY)),
    ("earlier today", Day(_w(" earlier today"), "today", home=SAME_DAY)),
    ("last night", Day(_w(" last night"), "yesterday")),
    ("on Wednesday evening", Day(_w(" on {WD} evening"), "weekday", title=True, zone=True)),
    ("late Wednesday", Day(_w(" late {WD}"), "weekday", title=True, zone=True)),
    ("early Wednesday", Day(_w(" early {WD}"), "weekday", title=True, zone=True, asia=True)),
    ("on Wednesday, Feb. 28", Day(_w(" on {WD}, {AP}"), "date", title=True, zone=True, asia=True)),
    ("last Wednesday", Day(_w(" last {WD}"), "last weekday", zone=True, home=MONDAY_AFTER)),
    ("this week (no day)", Day(_w(" this week"), "this week")),
    ("last week (no day)", Day(_w(" last week"), "last week", home=MONDAY_AFTER)),
    ("earlier this month (no day)", Day(_w(" earlier this month"), "this month")),
    ("A day earlier (after the dated breakfast)", Day(_w(" a day earlier"), "day earlier")),
    ("the day before (after the dated breakfast)", Day(_w(" the day before"), "day before")),
]


def _day_fits(day: Day, s: Scenario) -> bool:
    """The wording reads naturally (and unambiguously) for this report date."""
    back, ref_back = (s.published - s.event).days, (s.ref - s.event).days
    if s.city != "Washington":  # the Seoul meeting told from the U.S. date before it
        return day.asia
    if day.kind == "weekday":
        return 0 <= back <= 6 and 0 <= ref_back <= 6
    if day.kind == "date":
        return ref_back >= 0
    if day.kind == "ordinal":
        return 0 <= back <= 6 and ref_back >= 0
    if day.kind == "yesterday":
        return back == 1 and s.ref == s.published
    if day.kind == "today":
        return back == 0 and s.ref == s.published
    if day.kind == "last weekday":
        return 2 <= back <= 6 and monday(s.event) == monday(s.published) - timedelta(days=7)
    if day.kind == "this week":
        return back >= 0 and ref_back >= 0 and monday(s.event) == monday(s.published) == monday(s.ref)
    if day.kind == "last week":
        return monday(s.event) == monday(s.published) - timedelta(days=7) == monday(s.ref) - timedelta(days=7)
    if day.kind == "this month":
        return back >= 1 and ref_back >= 1 and (s.event.year, s.event.month) == (s.ref.year, s.ref.month) == (
            s.published.year, s.published.month)
    # `A day earlier` / `the day before`: after the real breakfast, told `on Thursday`
    return s.real and ref_back >= 1 and ref_back - 1 <= 6


# ---- zone: time-zone notes ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Zone:
    suffix: Callable[[Scenario], str] | None = None  # appended to the day phrase
    whole: Callable[[Scenario], str] | None = None  # the whole day phrase (the base day wording only)
    washington: bool = True  # tells Washington and Seoul apart: a Washington meeting only


def _seoul_next(s: Scenario) -> str:
    return wd(s.event + timedelta(days=1))


def _clock_pair(s: Scenario) -> str:
    day, hour = seoul_hour(s.event, 15)
    return f" at 3 p.m. {wd(s.event)} ({clock(hour)} {wd(day)} Seoul time)"


def _mofa(s: Scenario) -> str:
    day, hour = seoul_hour(s.event, 15)
    return f" on {long(s.event)}, commencing at 3:00 p.m. (local time; {clock(hour, True)} on {long(day)}, Korea time)"


ZONES: list[tuple[str, Zone]] = [
    ("none", Zone(washington=False)),
    ("(local time)", Zone(suffix=lambda s: " (local time)", washington=False)),
    ("(U.S. time)", Zone(suffix=lambda s: " (U.S. time)")),
    ("(early Thursday in Seoul)", Zone(suffix=lambda s: f" (early {_seoul_next(s)} in Seoul)")),
    ("early Thursday Seoul time (only)", Zone(whole=lambda s: f" early {_seoul_next(s)} Seoul time")),
    ("late Wednesday U.S. Eastern time", Zone(whole=lambda s: f" late {wd(s.event)} U.S. Eastern time")),
    ("at 3 p.m. Wednesday (5 a.m. Thursday Seoul time)", Zone(whole=_clock_pair)),
    ("MOFA style: commencing at … (local time; … Korea time)", Zone(whole=_mofa)),
    ("Asia event, U.S. outlet dated the day before", Zone(washington=False)),
]
ASIA_ZONE = len(ZONES) - 1


# ---- where: where the day sits ------------------------------------------------------------------------------------
WHERES: list[tuple[str, str]] = [
    ("lead sentence", "lead"),
    ("fronted: On Wednesday, …", "fronted"),
    ("a later sentence only", "later"),
    ("dateline only (no day in the text)", "dateline"),
    ("title only", "title"),
    ("title (Seoul's day) and body differ", "title differs"),
    ("bracketed note", "bracket"),
    ("* note", "star"),
    ("※ note", "kome"),
    ("State Dept readout dated the next day, day in body", "readout"),
    ("State Dept readout, dated header only", "readout header"),
]
_NO_DAY_WHERES = {"dateline", "readout header"}  # the day comes from a dated header; no day wording in the text
_READOUTS = {"readout", "readout header"}


# ---- frame: what else the report tells ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Frame:
    wire: Callable[[Scenario], str] | None  # the sentence in wire copy (None: only one meeting)
    readout: str | None = None  # the sentence in a readout (None: does not fit one)
    second: str | None = None  # the Campbell breakfast held: "relative" (the next day) or "weekday" (On Thursday)
    fits: Callable[[Scenario], bool] = lambda s: s.real
    home: Scenario | None = None  # as Day.home


def _next_month(s: Scenario) -> str:
    return "next month" if s.ref.month == 2 else "later this month"


FRAMES: list[tuple[str, Frame]] = [
    ("one meeting", Frame(None, "", fits=lambda s: True)),
    ("past meeting in passing, last week",
     Frame(lambda s: " The talks came days after the two ministers held trilateral talks with Japanese Foreign"
                     " Minister Yoko Kamikawa on the sidelines of a Group of 20 meeting in Rio de Janeiro last week.",
           fits=lambda s: s.real and monday(s.ref) == monday(s.published) == date(2024, 2, 26))),
    ("past meeting in passing, on Feb. 22",
     Frame(lambda s: " The talks followed a trilateral meeting with Japanese Foreign Minister Yoko Kamikawa that Cho"
                     " and Blinken held in Rio de Janeiro on Feb. 22.",
           " They underscored the importance of trilateral cooperation with Japan following the February 22"
           " foreign ministers' meeting in Rio de Janeiro.")),
    ("past phone call, last month",
     Frame(lambda s: " Blinken had spoken with Cho by phone last month, days after Cho took office.",
           fits=lambda s: s.real and s.ref.month == s.published.month == 2)),
    ("planned visit, next month / later this month",
     Frame(lambda s: f" Blinken is expected to visit Seoul {_next_month(s)} for the third Summit for Democracy.",
           " The Secretary said he looked forward to visiting Seoul for the third Summit for Democracy.",
           fits=lambda s: s.real and s.ref.month == s.published.month)),
    ("planned meeting, on March 18",
     Frame(lambda s: " The two are expected to meet again in Seoul on March 18, when Blinken attends the Summit for"
                     " Democracy.",
           " The Secretary said he looked forward to seeing the Foreign Minister again in Seoul on March 18.")),
    ("second meeting: The next day, …",
     Frame(lambda s: f" The next day, Cho {BREAKFAST}.", second="relative",
           fits=lambda s: s.real and (s.ref - s.event).days >= 1)),
    ("second meeting: On Thursday, …",
     Frame(lambda s: f" On {wd(s.event + timedelta(days=1))}, Cho {BREAKFAST}.", second="weekday",
           fits=lambda s: s.real and 1 <= (s.ref - s.event).days <= 7 and 1 <= (s.published - s.event).days <= 7)),
    ("planned: breakfast the following day (mentioned)",
     Frame(lambda s: " Cho is scheduled to have a working breakfast with U.S. Deputy Secretary of State Kurt Campbell"
                     " the following day.",
           fits=lambda s: s.real and s.ref == s.published == s.event, home=SAME_DAY)),
]

DIMENSIONS = ("published", "day", "zone", "where", "frame")
VALUES: dict[str, list] = {"published": PUBLISHED, "day": DAYS, "zone": ZONES, "where": WHERES, "frame": FRAMES}


def _scenario(choice: dict[str, int]) -> Scenario:
    """The cell's event and report dates: the published value's; at its base, a wording's own home if it has one."""
    if choice["zone"] == ASIA_ZONE:
        return ASIA
    if choice["published"]:
        return PUBLISHED[choice["published"]][1]
    return DAYS[choice["day"]][1].home or FRAMES[choice["frame"]][1].home or PUBLISHED[0][1]


def _effective(choice: dict[str, int]) -> Scenario:
    """The scenario as the copy is written: a dateline or readout of its own dates the copy (relative words and
    frames are told from that date)."""
    s = _scenario(choice)
    where = WHERES[choice["where"]][1]
    if where == "dateline":
        return replace(s, header=f"WASHINGTON, {ap(s.event)} (Yonhap) -- ", header_day=s.event)
    if where in _READOUTS:
        stamp = s.published if where == "readout" else s.event
        return replace(s, header=(f"Secretary Blinken's Meeting with Republic of Korea Foreign Minister Cho\n\n"
                                  f"Readout\n\n{long(stamp)}, {stamp.year}\n\nThe below is attributable to"
                                  " Spokesperson Matthew Miller:\n\n"), header_day=stamp)
    return s


def _compatible(choice: dict[str, int]) -> bool:
    day = DAYS[choice["day"]][1]
    zone = ZONES[choice["zone"]][1]
    where = WHERES[choice["where"]][1]
    frame = FRAMES[choice["frame"]][1]
    s = _effective(choice)
    if choice["zone"] == ASIA_ZONE and choice["published"]:
        return False  # the Seoul meeting brings its own report date
    if not _day_fits(day, s) or not frame.fits(s):
        return False
    if zone.washington and s.city != "Washington":
        return False
    if zone.whole and choice["day"]:
        return False  # the zone note writes the whole day phrase
    if zone.suffix and not day.zone:
        return False
    if where in _NO_DAY_WHERES and (choice["day"] or choice["zone"]):
        return False
    if day.kind in ("day earlier", "day before"):
        # the breakfast sentence comes first, in the lead
        if where != "lead" or choice["zone"] or frame.second:
            return False
    if where == "fronted" and not day.fronted:
        return False
    if where == "title" and not day.title:
        return False
    if where == "title differs" and (day.kind in _VAGUE or s.ref != s.published or s.city != "Washington"
                                     or not 1 <= (s.published - s.event).days <= 6):
        return False
    if where == "dateline" and s.city != "Washington":
        return False
    if where in _READOUTS:
        # a State Department readout of the Washington meeting, issued that day or the next
        if s.city != "Washington" or (s.published - s.event).days > 1 or frame.readout is None:
            return False
    return True


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def build(choice: dict[str, int]) -> Cell:
    s = _effective(choice)
    day = DAYS[choice["day"]][1]
    zone = ZONES[choice["zone"]][1]
    where = WHERES[choice["where"]][1]
    frame = FRAMES[choice["frame"]][1]
    place = f" in {s.city}"
    # the day phrase: the wording with its zone note, or the zone note's own phrase
    phrase = zone.whole(s) if zone.whole else day.render(s) + (zone.suffix(s) if zone.suffix else "")
    first = day.first and not zone.whole
    wp = phrase + place if first else place + phrase
    lead_date: str | None = None if day.kind in _VAGUE else str(s.event)
    title = ""
    header = s.header
    if where in _READOUTS:
        body = READOUT_LEAD.format(WP=wp if where == "readout" else place) + READOUT_CONTEXT + (frame.readout or "")
        text = header + body
    else:
        plain = LEAD.format(A=s.a, WP=place, S=s.said)  # the lead without a day
        tail = ""
        if where == "lead":
            body = LEAD.format(A=s.a, WP=wp, S=s.said)
        elif where == "fronted":
            body = _capital(phrase.strip()) + ", " + LEAD.format(A=s.a, WP=place, S=s.said)
        elif where == "later":
            body = plain + f" The talks were held{phrase} at {s.venue}."
        elif where == "dateline":
            body = plain
        elif where == "title":
            title = f"Cho, Blinken hold talks{wp}\n\n"
            body = plain
        elif where == "title differs":
            title = f"S. Korea, U.S. top diplomats meet in Washington on {wd(s.event + timedelta(days=1))}\n\n"
            body = LEAD.format(A=s.a, WP=wp, S=s.said)
        else:
            body = plain
            tail = {"bracket": f" (The talks were held{phrase} at {s.venue}.)",
                    "star": f"\n\n* The talks were held{phrase} at {s.venue}.",
                    "kome": f"\n\n※ The talks were held{phrase} at {s.venue}."}[where]
        if day.kind == "day earlier":
            body = (f"{s.a} {BREAKFAST} on {wd(s.event + timedelta(days=1))}, {s.said}. A day earlier, Cho met"
                    " U.S. Secretary of State Antony Blinken at the State Department in Washington and agreed to"
                    " respond sternly to North Korean provocations.")
        elif day.kind == "day before":
            body = (f"{s.a} {BREAKFAST} on {wd(s.event + timedelta(days=1))}, {s.said}. Cho had met U.S. Secretary"
                    " of State Antony Blinken at the State Department in Washington the day before and agreed to"
                    " respond sternly to North Korean provocations.")
        text = title + header + body + CONTEXT + (frame.wire(s) if frame.wire else "") + tail
    expected = [Expected("dialogue", lead_date, s.city, PARTIES, (CHO, BLINKEN))]
    breakfast: str | None = None
    if day.kind in ("day earlier", "day before") or frame.second == "weekday":
        breakfast = str(s.event + timedelta(days=1))  # told by its weekday
    elif frame.second == "relative":
        breakfast = str(s.event + timedelta(days=1)) if lead_date else None  # `The next day` after a dayless meeting
    if breakfast is not None or frame.second:
        expected.append(Expected("dialogue", breakfast, "Washington", PARTIES, (CHO, CAMPBELL)))
    return Cell(dict(choice), text, expected, VALUES, published=str(s.published))


GRID = Grid("grid33ed", "en", str(PUBLISHED[0][1].published), VALUES, build, _compatible, seed=33, pairwise=140)
cells, run, dimension_passes, main = GRID.cells, GRID.run, GRID.dimension_passes, GRID.main


if __name__ == "__main__":
    main()
