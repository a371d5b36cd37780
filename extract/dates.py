"""Date expressions in Korean and English, resolved against the publication date.

Each mention keeps its text and a granularity. Only `day` mentions give an event date;
months, halves and years serve `next.when` and the `mentioned` test. Without a publication
date, relative expressions stay unresolved (value None).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Kind = Literal["day", "month", "half", "year", "week", "same_day"]


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    kind: Kind
    value: date | None = None  # the day (kind day), or the first day of the month/half/year/week
    half: int | None = None  # 1 or 2 for kind half
    relative: bool = False  # resolved against the publication date

    @property
    def when(self) -> str | None:
        """`2024-06-05`, `2024-06`, `2024-H2`, `2024` (for next.when)."""
        if self.value is None:
            return None
        if self.kind == "day":
            return self.value.isoformat()
        if self.kind == "month":
            return self.value.strftime("%Y-%m")
        if self.kind == "half":
            return f"{self.value.year}-H{self.half}"
        if self.kind == "year":
            return str(self.value.year)
        return None


MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_YEAR = r"(?P<y>(?:19|20)\d{2})"
WEEKDAYS_EN = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS_KO = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
_WD_EN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_KO_YEAR_REL = {"지난해": -1, "작년": -1, "전년": -1, "올해": 0, "금년": 0, "내년": 1, "이듬해": 1}
_KO_PRE = r"(?:(?P<pre>지난|오는|이번|이달|다음\s?달)\s*)?"
_PAREN_TZ = r"(?:\s*\((?:현지\s*시간|현지\s*시각|[^()\n]{1,12}시간|[월화수목금토일])\))?"
_D = r"(?<![\d.])"

KO_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(_D + r"(?P<y>(?:19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일" + _PAREN_TZ)),
    ("ymd", re.compile(_D + r"(?P<y>(?:19|20)\d{2})\s*[.\-/]\s*(?P<m>\d{1,2})\s*[.\-/]\s*(?P<d>\d{1,2})(?!\d)\.?"
                       r"(?:\s*\((?P<wd>[월화수목금토일])\))?")),
    ("relymd", re.compile(r"(?P<rel>지난해|작년|전년|올해|금년|내년|이듬해)\s*(?P<m>\d{1,2})\s*월"
                          r"(?:\s*(?P<d>\d{1,2})\s*일)?" + _PAREN_TZ)),
    ("ym", re.compile(_D + r"(?P<y>(?:19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월")),
    ("relhalf", re.compile(r"(?:(?P<rel>지난해|작년|올해|금년|내년)|(?P<y>(?:19|20)\d{2})\s*년)"
                           r"\s*(?P<h>상반기|하반기)")),
    ("md", re.compile(_KO_PRE + _D + r"(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일" + _PAREN_TZ)),
    ("mdwd", re.compile(_D + r"(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?\s*\((?P<wd>[월화수목금토일])\)")),
    ("mdparen", re.compile(r"\((?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?\)")),
    ("month_rel", re.compile(r"지난\s?달|전월|이번\s?달|이달|다음\s?달|내달")),
    ("m", re.compile(_KO_PRE + _D + r"(?P<m>\d{1,2})\s*월(?!\s*\d)")),
    ("d", re.compile(_KO_PRE + _D + r"(?P<d>\d{1,2})\s*일(?![간차])" + _PAREN_TZ)),
    ("same_day", re.compile(r"이날|당일|같은\s날|오늘|금일")),
    ("yesterday", re.compile(r"어제|전날")),
    ("year_rel", re.compile(r"지난해|작년|올해|금년|내년")),
    ("y", re.compile(_D + r"(?P<y>(?:19|20)\d{2})\s*년(?!\s*(?:\d|상반기|하반기|간|대))")),
]

EN_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("mdy", re.compile(r"\b(?P<mon>" + _MON + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:\s*,?\s*" + _YEAR + r"\b)?")),
    ("dmy", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + _MON + r")(?:\s*,?\s*"
                       + _YEAR + r"\b)?")),
    ("later_year", re.compile(r"\b(?:later|later on)\s+this\s+year\b", re.I)),
    ("half", re.compile(r"\b(?:in\s+)?the\s+(?P<h>first|second)\s+half\s+of\s+(?:(?P<rel>this|next|last)\s+year|"
                        + _YEAR + r")\b", re.I)),
    ("my", re.compile(r"\b(?P<mon>" + _MON + r")\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})\b")),
    ("same_day", re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<pre>on|last|this|next)\s+)?(?P<wd>" + _WD_EN + r")\b(?!,?\s+" + _MON + ")")),
    ("week_rel", re.compile(r"\b(?P<rel>this|last|next)\s+week\b", re.I)),
    ("month_rel", re.compile(r"\b(?P<rel>this|last|next)\s+month\b", re.I)),
    ("year_rel", re.compile(r"\b(?P<rel>this|last|next)\s+year\b", re.I)),
    ("in_month", re.compile(r"\b(?:in|since|from|until|by)\s+(?P<mon>January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\b")),
]


def _safe(y: int, m: int, d: int = 1) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_shift(day: date, months: int) -> date:
    idx = day.year * 12 + day.month - 1 + months
    return date(idx // 12, idx % 12 + 1, 1)


def _nearest_year(m: int, d: int, pub: date, direction: str | None = None, weekday: int | None = None) -> date | None:
    """The year that puts month/day nearest the publication date (past/future if told; weekday if given)."""
    cands = [c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := _safe(y, m, d))]
    if weekday is not None and (fit := [c for c in cands if c.weekday() == weekday]):
        cands = fit
    if direction == "past":
        cands = [c for c in cands if c <= pub] or cands
    elif direction == "future":
        cands = [c for c in cands if c >= pub] or cands
    return min(cands, key=lambda c: (abs((c - pub).days), c > pub)) if cands else None


def _direction(pre: str | None) -> str | None:
    if not pre:
        return None
    pre = pre.replace(" ", "").lower()
    if pre in ("지난", "last"):
        return "past"
    if pre in ("오는", "next", "다음달"):
        return "future"
    return "this"


def _ko(kind: str, m: re.Match[str], pub: date | None) -> DateMention | None:
    g = m.groupdict()
    def mk(k: Kind, v: date | None = None, rel: bool = False, half: int | None = None) -> DateMention:
        return DateMention(m.start(), m.end(), m.group(), k, v, half, rel)

    if kind == "ymd":
        return mk("day", _safe(int(g["y"]), int(g["m"]), int(g["d"])))
    if kind == "ym":
        return mk("month", _safe(int(g["y"]), int(g["m"])))
    if kind == "relymd":
        if pub is None:
            return mk("day" if g.get("d") else "month", None, True)
        y = pub.year + _KO_YEAR_REL[g["rel"]]
        if g.get("d"):
            return mk("day", _safe(y, int(g["m"]), int(g["d"])), True)
        return mk("month", _safe(y, int(g["m"])), True)
    if kind == "relhalf":
        half = 1 if g["h"] == "상반기" else 2
        if g.get("y"):
            return mk("half", _safe(int(g["y"]), 1 if half == 1 else 7), False, half)
        if pub is None:
            return mk("half", None, True, half)
        y = pub.year + _KO_YEAR_REL[g["rel"]]
        return mk("half", _safe(y, 1 if half == 1 else 7), True, half)
    if kind in ("md", "mdwd", "mdparen"):
        if pub is None:
            return mk("day", None, True)
        wd = WEEKDAYS_KO.get(g.get("wd") or "")
        return mk("day", _nearest_year(int(g["m"]), int(g["d"]), pub, _direction(g.get("pre")), wd), True)
    if kind == "month_rel":
        if pub is None:
            return mk("month", None, True)
        t = m.group().replace(" ", "")
        shift = -1 if t in ("지난달", "전월") else 1 if t in ("다음달", "내달") else 0
        return mk("month", _month_shift(pub, shift), True)
    if kind == "m":
        if pub is None:
            return mk("month", None, True)
        mon = int(g["m"])
        if not 1 <= mon <= 12:
            return None
        first = _nearest_year(mon, 1, pub, _direction(g.get("pre")))
        return mk("month", first, True)
    if kind == "d":
        day = int(g["d"])
        if not 1 <= day <= 31:
            return None
        if pub is None:
            return mk("day", None, True)
        direction = _direction(g.get("pre"))
        if direction == "future":
            base = pub if day >= pub.day else _month_shift(pub, 1)
        elif direction == "this":
            base = pub
        else:  # news reports the past: a day after today's date is last month's
            base = pub if day <= pub.day else _month_shift(pub, -1)
        return mk("day", _safe(base.year, base.month, day), True)
    if kind == "same_day":
        return mk("same_day", pub if m.group() in ("오늘", "금일") else None, True)
    if kind == "yesterday":
        if m.group() == "전날":
            return mk("same_day", None, True)  # the day before the day in context: left to the caller
        return mk("day", pub - timedelta(days=1) if pub else None, True)
    if kind == "year_rel":
        if pub is None:
            return mk("year", None, True)
        return mk("year", date(pub.year + _KO_YEAR_REL[m.group()], 1, 1), True)
    if kind == "y":  # `2025년 한국에서`: a year only
        return mk("year", _safe(int(g["y"]), 1, 1))
    return None


def _en(kind: str, m: re.Match[str], pub: date | None) -> DateMention | None:
    g = m.groupdict()
    def mk(k: Kind, v: date | None = None, rel: bool = False, half: int | None = None) -> DateMention:
        return DateMention(m.start(), m.end(), m.group(), k, v, half, rel)

    if kind == "iso":
        return mk("day", _safe(int(g["y"]), int(g["m"]), int(g["d"])))
    if kind in ("mdy", "dmy"):
        mon = MONTHS[g["mon"].rstrip(".").lower()]
        if g.get("y"):
            return mk("day", _safe(int(g["y"]), mon, int(g["d"])))
        if pub is None:
            return mk("day", None, True)
        return mk("day", _nearest_year(mon, int(g["d"]), pub), True)
    if kind == "my":
        return mk("month", _safe(int(g["y"]), MONTHS[g["mon"].rstrip(".").lower()]))
    if kind == "half":
        half = 1 if g["h"].lower() == "first" else 2
        if g.get("y"):
            return mk("half", _safe(int(g["y"]), 1 if half == 1 else 7), False, half)
        if pub is None:
            return mk("half", None, True, half)
        y = pub.year + {"this": 0, "next": 1, "last": -1}[g["rel"].lower()]
        return mk("half", date(y, 1 if half == 1 else 7, 1), True, half)
    if kind == "later_year":  # `later this year`: the second half of the year
        return mk("half", date(pub.year, 7, 1) if pub else None, True, 2)
    if kind == "same_day":
        return mk("day", pub, True)
    if kind == "yesterday":
        return mk("day", pub - timedelta(days=1) if pub else None, True)
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
        return mk("month", _month_shift(pub, {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]), True)
    if kind == "year_rel":
        if pub is None:
            return mk("year", None, True)
        return mk("year", date(pub.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()], 1, 1), True)
    if kind == "in_month":
        if pub is None:
            return mk("month", None, True)
        # `signed in April`: reports look back; `by/until April` looks ahead.
        ahead = m.group().lower().startswith(("until", "by"))
        return mk("month", _nearest_year(MONTHS[g["mon"].lower()], 1, pub, "future" if ahead else "past"), True)
    return None


def find_dates(text: str, lang: str, published: date | None) -> list[DateMention]:
    """All date mentions, left to right, without overlaps (earlier patterns win ties)."""
    patterns, convert = (KO_PATTERNS, _ko) if lang == "ko" else (EN_PATTERNS, _en)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in patterns:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = convert(kind, m, published)
            if mention is not None:
                found.append(mention)
                taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found
