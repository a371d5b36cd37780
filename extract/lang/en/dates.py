"""English date grammar: `June 5, 2024`, `5 June`, `on Tuesday`, `last week`, `later this year` …"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from extract.dates import DateMention, Kind, month_shift, nearest_year, safe_date

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_YEAR = r"(?P<y>(?:18|19|20)\d{2})"  # `November 26, 1883`: a treaty's year
WEEKDAYS_EN = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WD_EN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# `met Bessent in Geneva that day`, `later that day`, `the same evening`: the day in context (see PATTERNS)
THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b", re.I)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("mdy", re.compile(r"\b(?P<mon>" + _MON + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:\s*,?\s*" + _YEAR + r"\b)?")),
    # `9-10 September 2023`, `from 25 to 27 May`, `on 17 and 18 February`: a span of days in one month is dated by
    # its first day.
    ("dmy", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|\s+(?:to|and)\s+)\s*\d{1,2}(?:st|nd|rd|th)?\s+"
                       r"(?:of\s+)?(?P<mon>" + _MON + r")(?:\s*,?\s*" + _YEAR + r"\b)?")),
    ("dmy", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + _MON + r")(?:\s*,?\s*"
                       + _YEAR + r"\b)?")),
    ("later_year", re.compile(r"\b(?:later|later on)\s+this\s+year\b", re.I)),
    ("half", re.compile(r"\b(?:in\s+)?the\s+(?P<h>first|second)\s+half\s+of\s+(?:(?P<rel>this|next|last)\s+year|"
                        + _YEAR + r")\b", re.I)),
    ("my", re.compile(r"\b(?P<mon>" + _MON + r")\s+(?:of\s+)?(?P<y>(?:18|19|20)\d{2})\b")),
    # `two years ago`, `one year ago today`: a time counted back from the report (before `today`, which it holds).
    ("ago", re.compile(r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+"
                       r"(?P<unit>year|month|week|decade)s?\s+ago(?P<today>\s+today)?\b", re.I)),
    # `Last August, the leaders met …`: the month's latest occurrence before this one.
    ("last_month", re.compile(r"\b[Ll]ast\s+(?P<mon>January|February|March|April|May|June|July|August|September|"
                              r"October|November|December)\b")),
    ("same_day", re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b", re.I)),
    # `A day later he flew to Paris`, `The next day, …`: the day after the one in context, left to the caller (as
    # Korean `이튿날`); not `the day after the summit`, which names its own reference.
    # (`The next morning, …`: the morning of that day after)
    ("day_after", re.compile(r"\b(?:(?:a|one)\s+day\s+later|the\s+(?:next|following)\s+(?:day|morning|afternoon|"
                             r"evening))\b", re.I)),
    # `met Bessent in Geneva that day`, `later that day`, `the same evening`: the day in context, left to the caller
    # (as Korean `같은 날`, `이날` with no value)
    ("that_day", THAT_DAY),
    ("yesterday", re.compile(r"\byesterday\b|\b(?:late\s+)?last\s+night\b", re.I)),
    # `met X on the 28th`: a day of the report's month (or the month before, for a day after the report's)
    ("ordinal_day", re.compile(r"\bon\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:" + _MON + r"))")),
    ("weekday", re.compile(r"\b(?:(?P<pre>on|last|this|next)\s+)?(?P<wd>" + _WD_EN + r")\b(?!,?\s+" + _MON + ")")),
    ("week_rel", re.compile(r"\b(?P<rel>this|last|next)\s+week\b", re.I)),
    ("month_rel", re.compile(r"\b(?P<rel>this|last|next)\s+month\b", re.I)),
    ("year_rel", re.compile(r"\b(?P<rel>this|last|next)\s+year\b", re.I)),
    # `concluded in 2014`, `during 2019`: a year alone (a year after a month is read above; `since`/`by 2030` tell
    # how long or by when, not when).
    ("year", re.compile(r"\b(?:in|during|early|late|mid-)\s*(?:early\s+|late\s+)?(?P<y>(?:18|19|20)\d{2})\b"
                        r"(?![-–/]\d)")),
    # `is planned for 2025`, `scheduled for early 2026`: the year something is set for.
    ("year", re.compile(r"\b(?:planned|scheduled|set|slated|expected)\s+for\s+(?:early\s+|late\s+)?"
                        r"(?P<y>(?:18|19|20)\d{2})\b(?![-–/]\d)")),
    # `In April, during the state visit, …`: the preposition may open the sentence.
    ("in_month", re.compile(r"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y)\s+(?P<mon>January|February|March|April|May|"
                            r"June|July|August|September|October|November|December)\b")),
]


def convert(kind: str, m: re.Match[str], pub: date | None) -> DateMention | None:
    g = m.groupdict()
    def mk(k: Kind, v: date | None = None, rel: bool = False, half: int | None = None) -> DateMention:
        return DateMention(m.start(), m.end(), m.group(), k, v, half, rel)

    if kind == "iso":
        return mk("day", safe_date(int(g["y"]), int(g["m"]), int(g["d"])))
    if kind in ("mdy", "dmy"):
        mon = MONTHS[g["mon"].rstrip(".").lower()]
        if g.get("y"):
            return mk("day", safe_date(int(g["y"]), mon, int(g["d"])))
        if pub is None:
            return mk("day", None, True)
        return mk("day", nearest_year(mon, int(g["d"]), pub), True)
    if kind == "my":
        return mk("month", safe_date(int(g["y"]), MONTHS[g["mon"].rstrip(".").lower()]))
    if kind == "half":
        half = 1 if g["h"].lower() == "first" else 2
        if g.get("y"):
            return mk("half", safe_date(int(g["y"]), 1 if half == 1 else 7), False, half)
        if pub is None:
            return mk("half", None, True, half)
        y = pub.year + {"this": 0, "next": 1, "last": -1}[g["rel"].lower()]
        return mk("half", date(y, 1 if half == 1 else 7, 1), True, half)
    if kind == "later_year":  # `later this year`: the second half of the year
        return mk("half", date(pub.year, 7, 1) if pub else None, True, 2)
    if kind == "ago":
        return _ago(mk, g, pub)
    if kind == "last_month":
        if pub is None:
            return mk("month", None, True)
        mon = MONTHS[g["mon"].lower()]
        return mk("month", date(pub.year if mon < pub.month else pub.year - 1, mon, 1), True)
    if kind in ("day_after", "that_day"):
        return mk("same_day", None, True)
    if kind == "same_day":
        return mk("day", pub, True)
    if kind == "yesterday":
        return mk("day", pub - timedelta(days=1) if pub else None, True)
    if kind == "ordinal_day":
        day = int(g["d"])
        if pub is None or not 1 <= day <= 31:
            return mk("day", None, True) if pub is None else None
        base = pub if day <= pub.day else month_shift(pub, -1)  # reports tell the past
        return mk("day", safe_date(base.year, base.month, day), True)
    if kind == "weekday":
        if pub is None:
            return mk("day", None, True)
        wd = WEEKDAYS_EN[g["wd"].lower()]
        pre = (g.get("pre") or "on").lower()
        back = (pub.weekday() - wd) % 7
        if pre == "next":
            return mk("day", pub + timedelta(days=(wd - pub.weekday()) % 7 or 7), True)
        if pre == "last":
            return mk("day", pub - timedelta(days=back or 7), True)
        if pre == "this":
            return mk("day", pub - timedelta(days=pub.weekday()) + timedelta(days=wd), True)
        return mk("day", pub - timedelta(days=back), True)  # "on Monday": the latest Monday, today included
    if kind == "week_rel":
        if pub is None:
            return mk("week", None, True)
        shift = {"this": 0, "last": -7, "next": 7}[g["rel"].lower()]
        return mk("week", pub - timedelta(days=pub.weekday()) + timedelta(days=shift), True)
    if kind == "month_rel":
        if pub is None:
            return mk("month", None, True)
        return mk("month", month_shift(pub, {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]), True)
    if kind == "year_rel":
        if pub is None:
            return mk("year", None, True)
        return mk("year", date(pub.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()], 1, 1), True)
    if kind == "year":
        return mk("year", safe_date(int(g["y"]), 1, 1))
    if kind == "in_month":
        if pub is None:
            return mk("month", None, True)
        # `signed in April`: reports look back; `by/until April` looks ahead.
        ahead = m.group().lower().startswith(("until", "by"))
        return mk("month", nearest_year(MONTHS[g["mon"].lower()], 1, pub, "future" if ahead else "past"), True)
    return None


_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}


def _ago(mk: Callable[..., DateMention], g: dict[str, str | None], pub: date | None) -> DateMention:
    """`N years ago` (`today`: that very day); `several`/`a few`: past, the count untold."""
    unit = (g["unit"] or "").lower()
    kind: Kind = "year" if unit == "decade" else unit  # type: ignore[assignment]
    word = re.sub(r"\s+", " ", (g["n"] or "").lower())
    n = int(word) if word.isdigit() else _COUNT.get(word)
    if pub is None or n is None:
        return mk(kind, None, True)
    if unit == "decade":
        return mk("year", date(pub.year - 10 * n, 1, 1), True)
    if unit == "year":
        return mk("day", safe_date(pub.year - n, pub.month, pub.day), True) if g["today"] else \
            mk("year", date(pub.year - n, 1, 1), True)
    if unit == "month":
        return mk("month", month_shift(pub, -n), True)
    back = pub - timedelta(days=7 * n)
    return mk("week", back - timedelta(days=back.weekday()), True)
