"""Korean date grammar: `2024년 6월 5일`, `5일(현지시간)`, `5.13.(월)`, `지난달`, `올해 하반기` …"""
from __future__ import annotations

import re
from datetime import date, timedelta

from extract.dates import DateMention, Kind, direction_of, month_shift, nearest_year, safe_date

WEEKDAYS_KO = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
_KO_YEAR_REL = {"지난해": -1, "작년": -1, "전년": -1, "올해": 0, "금년": 0, "내년": 1, "이듬해": 1}
_KO_PRE = r"(?:(?P<pre>지난|오는|이번|이달|다음\s?달)\s*)?"
_PAREN_TZ = r"(?:\s*\((?:현지\s*시간|현지\s*시각|[^()\n]{1,12}시간|[월화수목금토일])\))?"
_D = r"(?<![\d.])"
_NIGHTS = r"(?<!박)(?<!박\s)"  # `3박 5일`: the days of a stay counted with its nights
_NOT_KICKER = r"(?![^\[\]\n]{0,12}\])"  # not inside `[…]`, a label before the title
# `4~5일`, and two days said as a pair, one event over both (`4, 5일`, `4·5일`, `4일과 5일 이틀간`): dated by the first
_RANGE = r"(?:[~∼～]|(?<=\d)[,·ㆍ]|(?<=일)\s*과)\s*\d{1,2}\s*일(?![간차]|\s*만)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(_D + r"(?P<y>(?:18|19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일" + _PAREN_TZ)),
    ("ymd", re.compile(_D + r"(?P<y>(?:18|19|20)\d{2})\s*[.\-/]\s*(?P<m>\d{1,2})\s*[.\-/]\s*(?P<d>\d{1,2})(?!\d)\.?"
                       r"(?:\s*\((?P<wd>[월화수목금토일])\))?")),
    ("relymd", re.compile(r"(?P<rel>지난해|작년|전년|올해|금년|내년|이듬해)\s*(?P<m>\d{1,2})\s*월"
                          r"(?:\s*(?P<d>\d{1,2})\s*(?:(?:일\s*)?" + _RANGE + "|일))?" + _PAREN_TZ)),
    ("ym", re.compile(_D + r"(?P<y>(?:18|19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월")),
    ("relhalf", re.compile(r"(?:(?P<rel>지난해|작년|올해|금년|내년)|(?P<y>(?:19|20)\d{2})\s*년|"
                           r"(?<![\d.])[’'‘](?P<y2>\d{2})\s*년)\s*(?P<h>상반기|하반기)")),
    # A range of days (`6월 4∼5일`, `26~27일(현지시간)`) is dated by its first day, not read as its last.
    ("md", re.compile(_KO_PRE + _D + r"(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*(?:일\s*)?" + _RANGE + _PAREN_TZ)),
    ("md", re.compile(_KO_PRE + _D + r"(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일" + _PAREN_TZ)),
    # Press-release shorthand: `('22.9.21.)`, `'23.11월`, `11.7일(화)`, `10.17~18`, `3.14.(목)`.
    ("ymd2", re.compile(r"(?<![\d.])[’'‘](?P<y>\d{2})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})(?![\d%])\.?"
                        r"(?:\s*\((?P<wd>[월화수목금토일])\))?")),
    ("ym2", re.compile(r"(?<![\d.])[’'‘](?P<y>\d{2})(?:\.\s?|\s*년\s*)(?P<m>\d{1,2})\s*월")),
    # `4.23일~24일(현지시간)`: a range, dated by its first day like `6월 4∼5일`
    ("mdwd", re.compile(_D + r"(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\s*일(?![간차])(?:\s*" + _RANGE + ")?" + _PAREN_TZ)),
    ("mdwd", re.compile(_D + r"(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?\s*[~∼～]\s*(?:\d{1,2}\.\s?)?\d{1,2}"
                        r"(?![\d%])(?!\.\d)\.?"
                        r"(?:\s*\((?P<wd>[월화수목금토일])(?:\s*[~∼～]\s*[월화수목금토일])?\))?")),
    # `7.8.(목)-10.(토)`, `3.4.(월)~6.(수)`: a span with each end's weekday, dated by its first day
    ("mdwd", re.compile(_D + r"(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?\s*\((?P<wd>[월화수목금토일])\)\s*[-–~∼～]\s*"
                        r"(?:\d{1,2}\.\s?)?\d{1,2}\.?\s*\([월화수목금토일]\)")),
    ("mdwd", re.compile(_D + r"(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?\s*\((?P<wd>[월화수목금토일])"
                        r"(?:\s*[,·]\s*현지\s*시간)?\)")),
    # `4.10.(현지시간)`: the local day, the time zone where the weekday would stand (the closing dot required: `4.10`
    # alone is a number)
    ("mdwd", re.compile(_D + r"(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.\s*\(현지\s*(?:시간|시각)\)")),
    ("mdparen", re.compile(r"\((?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?\)")),
    # `지난달 2일`, `다음 달 5~6일`: a day of the month before or after the publication's, not of its own month;
    # `이달 4일`: of its own month.
    ("month_rel_d", re.compile(r"(?P<rel>지난\s?달|전월|다음\s?달|내달|이달|이번\s?달)\s*(?P<d>\d{1,2})\s*(?:일\s*)?"
                               r"(?:" + _RANGE + r"|일(?![간차]|\s*만))" + _PAREN_TZ)),
    ("month_rel", re.compile(r"지난\s?달|전월|이번\s?달|이달|다음\s?달|내달")),
    ("m", re.compile(_KO_PRE + _D + r"(?P<m>\d{1,2})\s*월(?!\s*\d)")),
    # not `취임한 지 9일 만에` (a number of days), nor `8박 10일 일정` (nights and days: a trip's length)
    ("d", re.compile(_KO_PRE + _D + _NIGHTS + r"(?P<d>\d{1,2})\s*(?:일\s*)?" + _RANGE + _PAREN_TZ)),
    ("d", re.compile(_KO_PRE + _D + _NIGHTS + r"(?P<d>\d{1,2})\s*일(?![간차]|\s*만)" + _PAREN_TZ)),
    # `지난주 수요일`, `이번 주 화요일`, `지난 금요일`, `다음 주 월요일`: a weekday of a week told from the report's
    ("weekday", re.compile(r"(?P<pre>지난\s?주|이번\s?주|다음\s?주|지난|오는)\s*(?P<wd>[월화수목금토일])요일")),
    # `이번 주`, `지난주`, `다음 주 중`: a week told from the report's (its Monday), as `this week` is; not `이번 주요
    # 20개국 회의` (`주요`, a word of its own), nor a weekday of it (above).
    ("week_rel", re.compile(r"(?P<rel>지난\s?주|이번\s?주|다음\s?주)(?:말|초|중)?(?=\s|에|부터|까지|[,.)]|$)")),
    # `오늘` in a bracketed kicker is a column's name (`[외교가 오늘] …`, `[오늘의 외교] …`), not the report's day
    ("same_day", re.compile(r"이날|당일|같은\s날|오늘" + _NOT_KICKER + r"|금일" + _NOT_KICKER)),
    # `그제`/`그저께`: two days before the report (not `그제야`/`그제서야`, "only then")
    ("yesterday", re.compile(r"어제|전날|그저께|그제(?!서?야)")),
    # `이튿날`, `다음 날`: the day after the day in context (left to the caller, like `전날`); not `다음 날짜`
    ("day_after", re.compile(r"이튿날|다음\s?날(?!짜)|익일")),
    ("year_rel", re.compile(r"지난해|작년|올해|금년|내년")),
    ("y", re.compile(_D + r"(?P<y>(?:18|19|20)\d{2})\s*년(?!\s*(?:\d|상반기|하반기|간|대))")),
    # Press-release shorthand for a year alone: `'25년 중 서울에서` (not `'25~'27년`, a span).
    ("y2", re.compile(r"(?<![\d.~∼～])[’'‘](?P<y>\d{2})\s*년(?!\s*(?:\d|상반기|하반기|간|대))")),
]

def convert(kind: str, m: re.Match[str], pub: date | None) -> DateMention | None:
    g = m.groupdict()
    def mk(k: Kind, v: date | None = None, rel: bool = False, half: int | None = None) -> DateMention:
        return DateMention(m.start(), m.end(), m.group(), k, v, half, rel)

    if kind == "ymd":
        return mk("day", safe_date(int(g["y"]), int(g["m"]), int(g["d"])))
    if kind == "ymd2":  # `'22.9.21.`: a two-digit year of this century
        return mk("day", safe_date(2000 + int(g["y"]), int(g["m"]), int(g["d"])))
    if kind == "ym2":
        mon = int(g["m"])
        return mk("month", safe_date(2000 + int(g["y"]), mon)) if 1 <= mon <= 12 else None
    if kind == "ym":
        return mk("month", safe_date(int(g["y"]), int(g["m"])))
    if kind == "relymd":
        if pub is None:
            return mk("day" if g.get("d") else "month", None, True)
        y = pub.year + _KO_YEAR_REL[g["rel"]]
        if g.get("d"):
            return mk("day", safe_date(y, int(g["m"]), int(g["d"])), True)
        return mk("month", safe_date(y, int(g["m"])), True)
    if kind == "relhalf":
        half = 1 if g["h"] == "상반기" else 2
        if g.get("y") or g.get("y2"):
            y = int(g["y"]) if g.get("y") else 2000 + int(g["y2"])
            return mk("half", safe_date(y, 1 if half == 1 else 7), False, half)
        if pub is None:
            return mk("half", None, True, half)
        y = pub.year + _KO_YEAR_REL[g["rel"]]
        return mk("half", safe_date(y, 1 if half == 1 else 7), True, half)
    if kind in ("md", "mdwd", "mdparen"):
        if pub is None:
            return mk("day", None, True)
        wd = WEEKDAYS_KO.get(g.get("wd") or "")
        return mk("day", nearest_year(int(g["m"]), int(g["d"]), pub, direction_of(g.get("pre")), wd), True)
    if kind == "month_rel_d":
        if pub is None:
            return mk("day", None, True)
        rel = g["rel"].replace(" ", "")
        base = month_shift(pub, -1 if rel in ("지난달", "전월") else 0 if rel in ("이달", "이번달") else 1)
        return mk("day", safe_date(base.year, base.month, int(g["d"])), True)
    if kind == "month_rel":
        if pub is None:
            return mk("month", None, True)
        t = m.group().replace(" ", "")
        shift = -1 if t in ("지난달", "전월") else 1 if t in ("다음달", "내달") else 0
        return mk("month", month_shift(pub, shift), True)
    if kind == "m":
        if pub is None:
            return mk("month", None, True)
        mon = int(g["m"])
        if not 1 <= mon <= 12:
            return None
        first = nearest_year(mon, 1, pub, direction_of(g.get("pre")))
        return mk("month", first, True)
    if kind == "d":
        day = int(g["d"])
        if not 1 <= day <= 31:
            return None
        if pub is None:
            return mk("day", None, True)
        direction = direction_of(g.get("pre"))
        if direction == "future":
            base = pub if day >= pub.day else month_shift(pub, 1)
        elif direction == "this":
            base = pub
        else:  # news reports the past: a day after today's date is last month's
            base = pub if day <= pub.day else month_shift(pub, -1)
        found = mk("day", safe_date(base.year, base.month, day), True)
        if direction is None and day > pub.day:
            found.ahead = safe_date(pub.year, pub.month, day)
        return found
    if kind == "week_rel":
        if pub is None:
            return mk("week", None, True)
        shift = {"지난": -7, "이번": 0, "다음": 7}[g["rel"][:2]]
        return mk("week", pub - timedelta(days=pub.weekday()) + timedelta(days=shift), True)
    if kind == "weekday":
        if pub is None:
            return mk("day", None, True)
        wd, pre = WEEKDAYS_KO[g["wd"]], g["pre"].replace(" ", "")
        monday = pub - timedelta(days=pub.weekday())  # weeks run Monday to Sunday
        if pre in ("지난주", "이번주", "다음주"):
            week = {"지난주": -7, "이번주": 0, "다음주": 7}[pre]
            return mk("day", monday + timedelta(days=week + wd), True)
        if pre == "오는":
            return mk("day", pub + timedelta(days=(wd - pub.weekday()) % 7 or 7), True)
        return mk("day", pub - timedelta(days=(pub.weekday() - wd) % 7 or 7), True)  # `지난 수요일`: the last one
    if kind == "same_day":
        return mk("same_day", pub if m.group() in ("오늘", "금일") else None, True)
    if kind == "yesterday":
        if m.group() == "전날":
            return mk("same_day", None, True)  # the day before the day in context: left to the caller
        back = 1 if m.group() == "어제" else 2
        return mk("day", pub - timedelta(days=back) if pub else None, True)
    if kind == "day_after":
        return mk("same_day", None, True)
    if kind == "year_rel":
        if pub is None:
            return mk("year", None, True)
        return mk("year", date(pub.year + _KO_YEAR_REL[m.group()], 1, 1), True)
    if kind in ("y", "y2"):  # `2025년 한국에서`, `'25년 중`: a year only
        return mk("year", safe_date(int(g["y"]) + (2000 if kind == "y2" else 0), 1, 1))
    return None
