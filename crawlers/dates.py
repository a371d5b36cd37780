"""Publication dates: always timezone-aware, in the source's zone when the page gives none.

Korean, Japanese and English formats: `2024.06.06 14:30`, `입력 2024-06-06`, `2024년 6월 6일 오후 2시`,
`令和6年6月5日`, `June 6, 2024 2:30 p.m. EDT`, RFC 2822 feed dates, ISO 8601.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from lxml import html as lxml_html

MONTHS = {m: i for i, ms in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
     ("nov", "november"), ("dec", "december")], start=1) for m in ms}
MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"  # noqa: E501

# Zone abbreviations seen on government sites; ET/PT are names for the zone, not a fixed offset.
ZONES: dict[str, tzinfo] = {
    "z": UTC, "utc": UTC, "gmt": UTC,
    "kst": ZoneInfo("Asia/Seoul"), "jst": ZoneInfo("Asia/Tokyo"),
    "et": ZoneInfo("America/New_York"), "est": ZoneInfo("America/New_York"), "edt": ZoneInfo("America/New_York"),
    "pt": ZoneInfo("America/Los_Angeles"), "pst": ZoneInfo("America/Los_Angeles"),
    "pdt": ZoneInfo("America/Los_Angeles"), "cet": ZoneInfo("Europe/Brussels"), "cest": ZoneInfo("Europe/Brussels"),
}

DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("reiwa", re.compile(r"令和\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
    ("ymd_cjk", re.compile(r"(?<!\d)(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]")),
    ("ymd", re.compile(r"(?<![\d.])(\d{4})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)\.?")),
    ("mdy_name", re.compile(MONTH_RE + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.I)),
    ("dmy_name", re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH_RE + r"\.?,?\s+(\d{4})(?!\d)", re.I)),
    ("slash", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")),
)
TIME_AFTER = re.compile(
    r"""^\s*(?:\([^)\d]{1,4}\)\s*)?(?:,\s*|at\s+|T|\|\s*|-\s*|/\s*)?
    (?:(오전|오후|午前|午後)\s*)?
    (\d{1,2})(?::(\d{2})(?::(\d{2}))?(?:\.\d+)?|\s*[시時](?:\s*(\d{1,2})\s*[분分])?)
    \s*(?:([ap])\.?\s?m\.?(?![a-z]))?
    \s*(?:\(?(z|utc|gmt|kst|jst|est|edt|et|pst|pdt|pt|cet|cest|[+-]\d{2}:?\d{2})\)?(?![a-z]))?""",
    re.I | re.X)
ISO_OFFSET = re.compile(r"^[+-]\d{2}:?\d{2}$")

# Labels that introduce a publication date; update labels come last so an edit never wins.
LABELS = ("기사입력", "입력", "등록일", "등록", "게시일", "작성일", "발행일", "배포일", "보도일", "일자", "掲載日",
          "発表日", "Published", "Posted", "Release Date", "Released", "Date", "수정", "Updated")
LABEL_RE = re.compile(r"(?:" + "|".join(re.escape(x) for x in LABELS) + r")\s*(?:일시|시간)?\s*[:：]?\s*", re.I)

META_KEYS = ("article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date",
             "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
             "parsely-pub-date", "article.published", "citation_publication_date")


@dataclass(frozen=True)
class Published:
    when: datetime  # always aware; midnight in the source zone when only the day is known
    has_time: bool
    how: str  # where it came from: meta, label, hint, htmldate, text

    def value(self) -> datetime | date:
        """What goes into DocumentRecord.published: the aware datetime, or the day when no time is known."""
        return self.when if self.has_time else self.when.date()


def _zone(name: str | None, default: tzinfo) -> tzinfo:
    if not name:
        return default
    low = name.lower()
    if low in ZONES:
        return ZONES[low]
    if ISO_OFFSET.match(name):
        sign = -1 if name[0] == "-" else 1
        digits = name[1:].replace(":", "")
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    return default


def _ymd(kind: str, m: re.Match[str], tz: tzinfo) -> date | None:
    g = m.groups()
    try:
        if kind == "reiwa":
            return date(2018 + (1 if g[0] == "元" else int(g[0])), int(g[1]), int(g[2]))
        if kind == "ymd_cjk":
            return date(int(g[0]), int(g[1]), int(g[2]))
        if kind == "ymd":
            return date(int(g[0]), int(g[2]), int(g[3]))
        if kind == "mdy_name":
            return date(int(g[2]), MONTHS[g[0].lower().rstrip(".")], int(g[1]))
        if kind == "dmy_name":
            return date(int(g[2]), MONTHS[g[1].lower().rstrip(".")], int(g[0]))
        if kind == "slash":
            # 06/05/2024: month first on American sources, day first elsewhere.
            us = isinstance(tz, ZoneInfo) and tz.key.startswith("America/")
            a, b = int(g[0]), int(g[1])
            return date(int(g[2]), a, b) if us else date(int(g[2]), b, a)
    except (ValueError, KeyError):
        return None
    return None


def _time_after(rest: str) -> tuple[time | None, str | None]:
    m = TIME_AFTER.match(rest[:40])
    if not m:
        return None, None
    ampm_ko, hour, minute, second, minute_ko, ampm_en, zone = m.groups()
    h = int(hour)
    mi = int(minute or minute_ko or 0)
    s = int(second or 0)
    pm = ampm_ko in ("오후", "午後") or (ampm_en or "").lower() == "p"
    am = ampm_ko in ("오전", "午前") or (ampm_en or "").lower() == "a"
    if pm and h < 12:
        h += 12
    if am and h == 12:
        h = 0
    if h > 23 or mi > 59 or s > 59:
        return None, None
    return time(h, mi, s), zone


def _iso(s: str, tz: tzinfo) -> Published | None:
    try:
        dt = datetime.fromisoformat(s.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    has_time = "T" in s or ":" in s
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return Published(dt, has_time, "iso")


def parse_date_text(s: str, tz: tzinfo, formats: Sequence[str] = ()) -> Published | None:
    """The first date (with its time and zone, when they follow it) in `s`, aware in `tz` by default."""
    s = s.strip()
    if not s:
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$", s):
        iso = _iso(s.replace(" ", "T", 1) if " " in s[:11] else s, tz)
        if iso:
            return iso
    for fmt in formats:
        try:
            dt = datetime.strptime(s, fmt)
        except ValueError:
            continue
        has_time = any(d in fmt for d in ("%H", "%I", "%M"))
        return Published(dt if dt.tzinfo else dt.replace(tzinfo=tz), has_time, "format")
    best: tuple[int, str, re.Match[str]] | None = None
    for kind, pattern in DATE_PATTERNS:
        m = pattern.search(s)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind, m)
    if best is None:
        return None
    _, kind, m = best
    day = _ymd(kind, m, tz)
    if day is None:
        return None
    clock, zone = _time_after(s[m.end():])
    zinfo = _zone(zone, tz)
    if clock is None:
        return Published(datetime.combine(day, time(0), tzinfo=tz), False, "text")
    return Published(datetime.combine(day, clock, tzinfo=zinfo), True, "text")


def _meta_candidates(tree: lxml_html.HtmlElement) -> Iterable[str]:
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in META_KEYS and el.get("content"):
            yield el.get("content", "")
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() == "application/ld+json" and el.text:
            try:
                data = json.loads(el.text)
            except ValueError:
                continue
            for obj in data if isinstance(data, list) else [data]:
                for node in ([obj] + list(obj.get("@graph", []))) if isinstance(obj, dict) else []:
                    if isinstance(node, dict) and isinstance(node.get("datePublished"), str):
                        yield node["datePublished"]
    for el in tree.iter("time"):
        if el.get("datetime"):
            yield el.get("datetime", "")


def labelled_date(page_text: str, tz: tzinfo, formats: Sequence[str] = ()) -> Published | None:
    """A date introduced by a label such as `입력`, `등록일` or `Published`, in label priority order."""
    found: list[tuple[int, Published]] = []
    for m in LABEL_RE.finditer(page_text[:20000]):
        p = parse_date_text(page_text[m.end():m.end() + 60], tz, formats)
        # The date must start right after the label, not somewhere further along the line.
        if p is not None and _starts_with_date(page_text[m.end():m.end() + 60]):
            label = m.group(0).strip(" :：").split()[0]
            rank = next((i for i, x in enumerate(LABELS) if label.lower().startswith(x.lower())), len(LABELS))
            found.append((rank, p))
    if not found:
        return None
    found.sort(key=lambda x: x[0])
    return Published(found[0][1].when, found[0][1].has_time, "label")


def _starts_with_date(s: str) -> bool:
    s = s.lstrip()
    return any(p.match(s) for _, p in DATE_PATTERNS) or bool(re.match(r"\d{4}-\d{2}-\d{2}", s))


def find_published(tree: lxml_html.HtmlElement, page_text: str, tz: tzinfo, *, formats: Sequence[str] = (),
                   hint: str | None = None, use_htmldate: bool = True) -> Published | None:
    """Metadata first, then labelled dates, the feed's date, htmldate, and the first date in the page."""
    candidates: list[Published] = []
    for raw in _meta_candidates(tree):
        p = parse_date_text(raw, tz, formats)
        if p:
            candidates.append(Published(p.when, p.has_time, "meta"))
            break
    label = labelled_date(page_text, tz, formats)
    if label:
        candidates.append(label)
    if hint:
        p = parse_date_text(hint, tz, formats)
        if p:
            candidates.append(Published(p.when, p.has_time, "hint"))
    if not candidates and use_htmldate:
        p = _htmldate(tree, tz)
        if p:
            candidates.append(p)
    if not candidates:
        p = parse_date_text(page_text[:5000], tz, formats)
        if p:
            candidates.append(p)
    if not candidates:
        return None
    first = candidates[0]
    if not first.has_time:
        # A later source often knows the time of the same day (a page dateline after a date-only meta).
        day = first.when.date()
        for other in candidates[1:]:
            if other.has_time and other.when.astimezone(first.when.tzinfo).date() == day:
                return other
    return first


def _htmldate(tree: lxml_html.HtmlElement, tz: tzinfo) -> Published | None:
    from htmldate import find_date

    try:
        found = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises a variety of parsing errors on odd pages
        return None
    if not found:
        return None
    day = date.fromisoformat(found[:10])
    return Published(datetime.combine(day, time(0), tzinfo=tz), False, "htmldate")
