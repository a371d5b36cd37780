"""Generated reports for the index benchmark: the project's own vocabulary with realistic frequencies.

Two generators. `uniform` is the one the figures up to 2026-12-02 came from (kept so a before/after runs
on the same data): 29 English words drawn uniformly (one word is in ~60 % of events), six Korean phrases,
six people, fourteen parties, uniform dates. `realistic` draws everything from the gazetteers the
extractor uses, with the skew real news has:

- words: English and Korean sentences built from readout patterns (who met whom, where, on what; what
  they agreed) filled with the gazetteers' names, titles, places, series and topic keywords, plus prose
  words whose frequencies follow Zipf's law (a few words in most events, thousands in a few), as in any
  text collection; Korean as Kiwi would index it (the content morphemes of each word, looked up once);
- parties: Korea in ~3 of 4 events, partners by a Zipf law (the US, Japan and China first), mostly
  bilateral; a third of the events belong to a gazetteer series with its own parties, type and level;
- people: the officials in office on the event's day (their roles' dates), leaders and ministers most
  often, and some names the gazetteers do not know; dates: more events each year, few at weekends,
  a few undated or only mentioned; 1-4 reports per event (2 on average), in the languages of their sources.

The query mix follows the README's user stories: topic words in either language, a country filter with
text, a person with a topic in a year, a person's or a series' events by date, a topic filter from a day,
a country's events, names and places.
"""
from __future__ import annotations

import bisect
import json
import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from itertools import accumulate
from typing import Any

from index.model import Analyzer, SearchQuery
from streams.records import TOPICS, EventRecord
from streams.vocabulary import EVENT_TYPES

# -- the uniform generator (figures up to 2026-12-02) ------------------------------------------------------
COUNTRIES = ["KOR", "USA", "JPN", "CHN", "AUS", "EU", "GBR", "FRA", "DEU", "IND", "VNM", "IDN", "CAN", "NATO"]
PEOPLE = [("왕윤종", "Wang Yun-jong"), ("조태열", "Cho Tae-yul"), ("Kurt Campbell", "Kurt Campbell"),
          ("Penny Wong", "Penny Wong"), ("가미카와 요코", "Kamikawa Yoko"), ("Antony Blinken", "Antony Blinken")]
EN_WORDS = ("supply chain critical minerals semiconductors export controls economic coercion cooperation "
            "dialogue partnership investment energy security quantum batteries resilience talks agreed "
            "ministers officials discussed launched signed framework network technology protection").split()
KO_PHRASES = ["경제 안보 대화를 개최했다", "핵심광물 공급망 협력을 강화하기로 했다", "반도체 수출 통제를 논의했다",
              "에너지 안보 협력 방안을 협의했다", "첨단 기술 보호 협력에 합의했다", "양국은 투자 확대를 약속했다"]
TYPES = list(EVENT_TYPES)


def uniform_events(n: int, seed: int = 7) -> Iterator[EventRecord]:
    """Reports one at a time (a million events do not fit in memory as records), two per event."""
    rnd = random.Random(seed)
    for i in range(n):
        lang = ["ko", "en"][i % 2]
        if i % 2 == 0:  # every event is reported twice, in Korean and in English
            day = f"{rnd.randint(2015, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            parts = rnd.sample(COUNTRIES, rnd.randint(2, 4))
            typ = rnd.choice(TYPES)
        text = " ".join(rnd.choices(KO_PHRASES, k=2)) if lang == "ko" else " ".join(rnd.choices(EN_WORDS, k=25))
        people = rnd.sample(PEOPLE, 2)
        yield EventRecord(
            id=f"e{i}", key=f"{typ}:{day}:{'-'.join(sorted(parts))}:{i // 2}", doc_id=f"d{i}", lang=lang,
            url=f"https://example.org/{i}", source=rnd.choice(["kr.mofa", "us.state", "jp.mofa", "au.dfat"]),
            type=typ, date=day, participants=parts, topics=rnd.sample(TOPICS, 2), name=text[:40],
            delegates=[{"name": ko if lang == "ko" else en, "name_en": en, "country": parts[0]} for ko, en in people],
            evidence=text, published=day)


def uniform_queries(rnd: random.Random) -> list[Callable[[], SearchQuery]]:
    return [
        lambda: SearchQuery(q=" ".join(rnd.sample(EN_WORDS, 2))),
        lambda: SearchQuery(q=rnd.choice(["경제 안보", "핵심광물", "반도체", "투자"])),
        lambda: SearchQuery(q=rnd.choice(EN_WORDS), participants=[rnd.choice(COUNTRIES)], sort="date"),
        lambda: SearchQuery(topics=[rnd.choice(TOPICS)], date_from="2020-01-01", types=[rnd.choice(TYPES)]),
        lambda: SearchQuery(person=rnd.choice(PEOPLE)[1], sort="date"),
    ]


def plain(text: str, lang: str | None) -> list[str]:
    """The uniform generator's Korean analysis: words as written (Kiwi's cost is measured apart)."""
    return text.lower().split()


# -- the realistic generator ------------------------------------------------------------------------------
# Prose words of readouts, most frequent first (Zipf ranks); the gazetteers' words follow them in the tail.
EN_PROSE = """the of and to in on a for with that their two sides as by at was were is an this its
cooperation minister meeting said discussed agreed also security countries economic foreign bilateral
president they talks both regional including further issues partnership support leaders held importance
strengthen continue global secretary close future between national visit welcomed ways expressed
international affairs relations development stability government peace shared commitment efforts
joint areas other work committed reaffirmed emphasized trade region new industry prosperity exchanged
views alliance counterpart strategic deepen expand technology investment indo-pacific open free policy
supply officials senior dialogue growth resilience opportunities collaboration enhance promote initiative
discussions value framework mutual across progress high-level contributions vision common partners
concerns challenges coordination ongoing situation matters next shared also markets businesses
companies innovation standards engagement approach critical sustainable working concrete outcomes
steps tangible momentum firm resolve robust crucial inclusive transparent secure reliable diverse""".split()
KO_PROSE = """양국은 이번 협력을 위해 관련 양측은 논의했다 강화하기로 했다 회담에서 분야 협력 방안을 대해
지속적으로 긴밀히 정부는 장관은 대통령은 합의했다 개최했다 밝혔다 평가했다 공동 기반으로 통해 한편 또한
경제 안보 증진 확대 발전 지역 국제 협의 의견을 교환했다 참석했다 계기로 중요성을 공감했다 이어 나가기로
구체적인 성과를 전략적 파트너십 새로운 기회를 심화 공급망 기술 산업 투자 교역 에너지 평화 안정 번영 미래
고위급 실무 차원 소통을 지속 노력을 환영했다 표명했다 약속했다 강조했다 재확인했다 발표했다 체결했다
출범했다 공동성명을 양해각서를 채택했다 방문을 계기 초청으로 다양한 분야에서 실질 긴밀한 공조 연대""".split()
PARTICLES = ["", "", "", "은", "는", "이", "가", "을", "를", "의", "와", "과", "에서", "에", "으로", "도"]
KO_TYPE_WORDS = {"dialogue": ["회담", "회의", "대화", "협의", "정상회담", "장관회담"],
                 "launch": ["출범", "발족", "이니셔티브"], "agreement": ["협정", "양해각서", "합의서", "협력약정"],
                 "statement": ["공동성명", "성명", "공동선언"]}
EN_TYPE_WORDS = {"dialogue": ["meeting", "talks", "summit", "dialogue", "consultations"],
                 "launch": ["partnership", "initiative", "framework", "network"],
                 "agreement": ["agreement", "memorandum of understanding", "arrangement"],
                 "statement": ["joint statement", "statement", "declaration"]}
SOURCES = {"KOR": [("kr.president", "ko"), ("kr.mofa", "ko"), ("kr.mofa-en", "en"), ("kr.motie", "ko"),
                   ("kr.korea-kr", "ko"), ("kr.yonhap", "ko"), ("kr.yonhap-en", "en"), ("kr.koreaherald", "en")],
           "USA": [("us.whitehouse", "en"), ("us.state", "en"), ("us.commerce", "en")],
           "JPN": [("jp.mofa", "en"), ("jp.kantei", "en")]}
WIRES = [("kr.yonhap", "ko"), ("kr.yonhap-en", "en"), ("kr.hani", "ko"), ("kr.koreaherald", "en")]
TOPIC_ORDER = ["supply_chain", "north_korea", "semiconductors", "trade", "investment", "critical_minerals", "energy",
               "defense", "emerging_tech", "economic_coercion", "ai", "batteries", "export_control", "climate",
               "digital", "health", "development", "maritime_security", "technology_protection", "cybersecurity",
               "biopharma", "space", "quantum", "infrastructure_security", "data_security", "biotech"]
PARTNERS_HEAD = ["USA", "JPN", "CHN", "EU", "AUS", "IND", "GBR", "VNM", "DEU", "FRA", "CAN", "IDN", "SGP", "PHL",
                 "NZL", "ASEAN", "G7", "SAU", "ARE", "POL", "NLD", "ITA", "MNG", "KAZ", "UZB", "TUR", "BRA", "MEX"]
YEARS = range(2015, 2026)
TYPE_WEIGHTS = {"dialogue": 62, "statement": 14, "agreement": 14, "launch": 10}
Person = tuple[str, str, str | None, str, str]  # English name, Korean name, gazetteer id, English and Korean title
_KO_WORD = re.compile(r"[\uac00-\ud7a3A-Za-z0-9]+")


def zipf(n: int, s: float = 1.0, q: float = 2.0) -> list[float]:
    """Cumulative Zipf-Mandelbrot weights for ranks 1..n."""
    return list(accumulate(1.0 / (r + q) ** s for r in range(1, n + 1)))


@dataclass
class Official:
    id: str
    en: str
    ko: str
    roles: list[tuple[str, str, str, str]]  # title_en, title_ko, from, to (YYYY-MM)

    def role_on(self, month: str) -> tuple[str, str] | None:
        for t_en, t_ko, start, end in self.roles:
            if start <= month and (not end or month <= end):
                return t_en, t_ko
        return None


@dataclass
class World:
    """What the realistic generator draws from: the gazetteers, read once."""

    countries: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # id -> English, Korean, short
    partners: list[str] = field(default_factory=list)
    officials: dict[str, list[Official]] = field(default_factory=dict)
    series: list[dict[str, Any]] = field(default_factory=list)
    places: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # country -> (English, Korean)
    topic_words: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    en_words: list[str] = field(default_factory=list)
    ko_words: list[str] = field(default_factory=list)
    given: list[str] = field(default_factory=list)
    family: list[str] = field(default_factory=list)

    @classmethod
    def load(cls) -> World:
        from readout.vocabulary import _entries

        w = cls()
        for e in _entries("countries"):
            if e.get("en") and e.get("ko"):
                w.countries[e["id"]] = (e["en"][0], e["ko"][0], (e.get("abbr_ko") or e["ko"])[0])
        rest = sorted(c for c in w.countries if c not in PARTNERS_HEAD and c != "KOR")
        random.Random(5).shuffle(rest)
        w.partners = [c for c in PARTNERS_HEAD if c in w.countries] + rest
        for e in _entries("officials"):
            ko = next((a for a in e.get("aliases", []) if re.search("[\uac00-\ud7a3]", a)), e["name_en"])
            roles = [(r.get("title_en", ""), r.get("title_ko", ""), str(r.get("from", "")), str(r.get("to", "")))
                     for r in e.get("roles", [])]
            w.officials.setdefault(e["country"], []).append(Official(e["id"], e["name_en"], ko, roles))
            parts = e["name_en"].split()
            if len(parts) == 2:
                w.given.append(parts[0] if e["country"] not in ("KOR", "CHN", "JPN") else parts[1])
                w.family.append(parts[1] if e["country"] not in ("KOR", "CHN", "JPN") else parts[0])
        w.series = [s for s in _entries("series") if s.get("en") and s.get("ko")]
        for e in _entries("places"):
            if e.get("ko"):
                w.places.setdefault(e["country"], []).append((e["city"], e["ko"][0]))
        for e in _entries("topics"):
            if e["topic"] in TOPIC_ORDER:
                w.topic_words[e["topic"]] = (e.get("en", []), e.get("ko", []))
        tail_en: set[str] = set()
        tail_ko: set[str] = set()
        for folder in ("roles", "organisations", "series", "topics"):
            for e in _entries(folder):
                for key, out in (("en", tail_en), ("ko", tail_ko)):
                    for form in e.get(key, []):
                        out.update(x.lower() if key == "en" else x for x in re.findall(r"[^\W\d_][\w'-]*", form))
        rnd = random.Random(11)
        w.en_words = EN_PROSE + rnd.sample(sorted(tail_en - set(EN_PROSE)), len(tail_en - set(EN_PROSE)))
        w.ko_words = KO_PROSE + rnd.sample(sorted(tail_ko - set(KO_PROSE)), len(tail_ko - set(KO_PROSE)))
        return w

    @cached_property
    def en_cum(self) -> list[float]:
        return zipf(len(self.en_words))

    @cached_property
    def ko_cum(self) -> list[float]:
        return zipf(len(self.ko_words))

    @cached_property
    def partner_cum(self) -> list[float]:
        return zipf(len(self.partners), s=1.3, q=0.0)

    @cached_property
    def series_cum(self) -> list[float]:
        return zipf(len(self.series), s=1.1, q=1.0)

    @cached_property
    def topic_cum(self) -> list[float]:
        return zipf(len(TOPIC_ORDER), s=0.9, q=1.0)

    def korean_texts(self) -> list[str]:
        """Every Korean word the generator writes, for the term table."""
        words = set(self.ko_words) | {w + p for w in self.ko_words[:400] for p in PARTICLES}
        for _, ko, short in self.countries.values():
            words.update(ko + p for p in PARTICLES)
            words.add(short)
        for people in self.officials.values():
            for o in people:
                words.update(o.ko.split())
                for _, t_ko, _, _ in o.roles:
                    words.update(t_ko.split())
        for s in self.series:
            for form in s["ko"]:
                words.update(form.split())
                words.update(x + p for x in form.split()[-1:] for p in PARTICLES)
        for places in self.places.values():
            words.update(ko + p for _, ko in places for p in ("", "에서", "의"))
        for _, ko in self.topic_words.values():
            for kw in ko:
                words.update(kw.split())
                words.update(kw.split()[-1] + p for p in PARTICLES)
        for ws in KO_TYPE_WORDS.values():
            words.update(x + p for x in ws for p in PARTICLES)
        words.update(KO_QUERIES)
        return sorted(words)


KO_QUERIES = ["핵심광물", "반도체", "경제안보", "공급망", "경제 안보 대화", "배터리", "인공지능", "수출 통제",
              "에너지 안보", "북한", "투자", "양자", "정상회담", "외교장관회담", "원자력", "희토류", "방위산업", "기후"]


def kiwi_table(words: list[str]) -> dict[str, list[str]]:
    """The Kiwi index terms of each word, computed in a child process so Kiwi's memory stays out of the
    benchmark's peak RSS."""
    code = ("import json,sys; from extract.analysis import analyze_many; ws=json.load(sys.stdin); "
            "json.dump(dict(zip(ws, analyze_many(ws, 'ko'))), sys.stdout, ensure_ascii=False)")
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(words), capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def table_analyzer(table: dict[str, list[str]]) -> Analyzer:
    """Korean analysis by look-up: each word's Kiwi terms (words outside the table as written)."""
    def analyze(text: str, lang: str | None) -> list[str]:
        out: list[str] = []
        for w in _KO_WORD.findall(text):
            out.extend(table.get(w) or [w.lower()])
        return out
    return analyze


class Realistic:
    def __init__(self, world: World | None = None) -> None:
        self.w = world or World.load()

    # -- pieces ---------------------------------------------------------------------------------------
    def _day(self, rnd: random.Random) -> date:
        year = rnd.choices(YEARS, weights=[1.18**i for i in range(len(YEARS))])[0]
        while True:
            d = date(year, 1, 1) + timedelta(days=rnd.randrange(365))
            if d.weekday() < 5 or rnd.random() < 0.15:
                return d

    def _parties(self, rnd: random.Random) -> list[str]:
        k = rnd.choices([1, 2, 3, 4, 6], weights=[55, 25, 10, 6, 4])[0]
        picked: list[str] = []
        while len(picked) < k:
            c = self.w.partners[bisect.bisect(self.w.partner_cum, rnd.random() * self.w.partner_cum[-1])]
            if c not in picked:
                picked.append(c)
        if rnd.random() < 0.76:
            picked.append("KOR")
        elif len(picked) == 1:
            picked.append(self.w.partners[rnd.randrange(len(self.w.partners))])
        return sorted(set(picked))

    def _person(self, rnd: random.Random, country: str, month: str) -> Person:
        """(English name, Korean name, gazetteer id, English title, Korean title)."""
        people = self.w.officials.get(country, [])
        if people and rnd.random() < 0.85:
            for _ in range(6):  # leaders and ministers (listed first) most often
                o = people[min(int(rnd.paretovariate(0.9)) - 1, len(people) - 1)]
                role = o.role_on(month)
                if role:
                    return o.en, o.ko, o.id, role[0], role[1]
        en = f"{rnd.choice(self.w.given)} {rnd.choice(self.w.family)}"
        return en, en, None, rnd.choice(["Vice Minister", "Ambassador", "Director-General", "Deputy Minister",
                                          "Special Envoy"]), rnd.choice(["차관", "대사", "국장", "차관보", "특별대표"])

    def _topics(self, rnd: random.Random) -> list[str]:
        k = rnd.choices([1, 2, 3, 4], weights=[30, 35, 22, 13])[0]
        cum = self.w.topic_cum
        return sorted({TOPIC_ORDER[bisect.bisect(cum, rnd.random() * cum[-1])] for _ in range(k)})

    def _prose(self, rnd: random.Random, lang: str, k: int) -> str:
        words, cum = (self.w.en_words, self.w.en_cum) if lang == "en" else (self.w.ko_words, self.w.ko_cum)
        top = cum[-1]
        out = [words[bisect.bisect(cum, rnd.random() * top)] for _ in range(k)]
        if lang == "ko":
            out = [x + rnd.choice(PARTICLES) if i % 3 == 2 else x for i, x in enumerate(out)]
        return " ".join(out) + "."

    def _keyword(self, rnd: random.Random, topic: str, lang: str) -> str:
        en, ko = self.w.topic_words.get(topic, ([topic.replace("_", " ")], [topic]))
        forms = en if lang == "en" else ko
        return forms[min(int(rnd.paretovariate(1.2)) - 1, len(forms) - 1)] if forms else topic

    # -- events ---------------------------------------------------------------------------------------
    def events(self, n: int, seed: int = 7) -> Iterator[EventRecord]:
        """`n` reports, one at a time: 1-4 per event (2 on average), one after the other."""
        rnd = random.Random(seed)
        i = ev = 0
        while i < n:
            for r in self._event(rnd, ev, i):
                if i == n:
                    return
                yield r
                i += 1
            ev += 1

    def _event(self, rnd: random.Random, ev: int, i: int) -> list[EventRecord]:
        w = self.w
        day = self._day(rnd)
        series = None
        if rnd.random() < 0.33:
            s = w.series[bisect.bisect(w.series_cum, rnd.random() * w.series_cum[-1])]
            if s.get("participants"):
                series = s
        parts = sorted(series["participants"]) if series else self._parties(rnd)
        typ = series["type"] if series else rnd.choices(list(TYPE_WEIGHTS), weights=list(TYPE_WEIGHTS.values()))[0]
        host = rnd.choice(parts)
        place = rnd.choice(w.places[host]) if host in w.places and rnd.random() < 0.85 else None
        month = day.isoformat()[:7]
        people = [(c, self._person(rnd, c, month)) for c in parts[:4] for _ in range(rnd.choice([1, 1, 1, 2]))
                  if rnd.random() < 0.8]
        topics = self._topics(rnd)
        mentioned = rnd.random() < 0.08
        dated = rnd.random() > 0.03
        nrep = rnd.choices([1, 2, 3, 4], weights=[30, 45, 20, 5])[0]
        sources = [s for c in parts for s in SOURCES.get(c, [])] or WIRES
        out = []
        key = f"{typ}:{day.isoformat() if dated else 'undated'}:{'-'.join(parts)}:{ev}"
        for k in range(nrep):
            source, lang = rnd.choice(sources if k < 2 else sources + WIRES)
            name, text = self._texts(rnd, lang, typ, series, parts, place, day, people, topics)
            commitments = [{"topic": t, "action": f"cooperate on {self._keyword(rnd, t, 'en')}",
                            "text": text.split(".")[0][:200], "parties": parts}
                           for t in topics[: rnd.choice([0, 0, 1, 2])]]
            out.append(EventRecord(
                id=f"e{i + k}", key=key, doc_id=f"d{i + k}", lang=lang, url=f"https://example.org/{source}/{i + k}",
                source=source, type=typ, mentioned=mentioned and k > 0, date=day.isoformat() if dated else None,
                name=name, series=series["name"] if series else None, level=series.get("level") if series else None,
                location={"city": place[0], "country": host} if place else {},
                participants=parts, topics=topics, commitments=commitments,
                delegates=[{"name": p[0] if lang == "en" else p[1], "name_en": p[0], "country": c, "role": p[3],
                            "person_id": p[2], "head": j == 0} for j, (c, p) in enumerate(people)],
                evidence=text, published=(day + timedelta(days=rnd.choice([0, 0, 1, 2]))).isoformat()))
        return out

    def _texts(self, rnd: random.Random, lang: str, typ: str, series: dict[str, Any] | None, parts: list[str],
               place: tuple[str, str] | None, day: date, people: list[tuple[str, Person]],
               topics: list[str]) -> tuple[str, str]:
        w = self.w
        names = [w.countries.get(c, (c, c, c)) for c in parts]
        kws = [self._keyword(rnd, t, lang) for t in topics for _ in range(rnd.choice([1, 1, 2]))]
        if lang == "en":
            what = rnd.choice(series["en"]) if series else \
                f"{'-'.join(n[0] for n in names[:3])} {rnd.choice(EN_TYPE_WORDS[typ])}"
            who = " and ".join(f"{p[3]} {p[0]}" for _, p in people[:2]) or f"officials of {names[0][0]}"
            where = f" in {place[0]}" if place else ""
            s1 = rnd.choice([f"{who} met{where} on {day:%B} {day.day}, {day.year} for the {what}.",
                             f"The {what} was held{where} on {day:%B} {day.day}, {day.year}, attended by {who}.",
                             f"{who} held the {what}{where}."])
            s2 = rnd.choice(["The two sides discussed ", "They agreed to strengthen cooperation on ",
                             "The leaders reaffirmed their commitment to ", "Both sides exchanged views on "]) + \
                ", ".join(kws[:-1]) + (" and " if len(kws) > 1 else "") + kws[-1] + "."
            body = [s1, s2] + [self._prose(rnd, "en", rnd.randint(8, 18)) for _ in range(rnd.choice([0, 1, 1, 2]))]
            return what, " ".join(body)
        what = rnd.choice(series["ko"]) if series else \
            f"{'·'.join(n[2] for n in names[:3])} {rnd.choice(KO_TYPE_WORDS[typ])}"
        who = " ".join(f"{p[1]} {p[4]}" for _, p in people[:2])
        where = f"{place[1]}에서 " if place else ""
        s1 = rnd.choice([f"{names[0][1]}과 {names[-1][1]}은 {day.day}일 {where}{what}을 개최했다.",
                         f"{who}은 {day.day}일 {where}{what}에 참석했다.",
                         f"{where}{what}이 열렸다. {who}이 참석했다."])
        s2 = "양측은 " + ", ".join(kws) + " 분야 협력 방안을 논의했다."
        body = [s1, s2] + [self._prose(rnd, "ko", rnd.randint(6, 14)) for _ in range(rnd.choice([0, 1, 1, 2]))]
        return what, " ".join(body)

    # -- queries --------------------------------------------------------------------------------------
    def queries(self, rnd: random.Random) -> list[tuple[float, Callable[[], SearchQuery]]]:
        """(weight, query) by the README's user stories."""
        w = self.w
        cum = w.topic_cum

        def topic() -> str:
            return TOPIC_ORDER[bisect.bisect(cum, rnd.random() * cum[-1])]

        def official() -> Official:
            return rnd.choice(w.officials[rnd.choice(["KOR", "KOR", "USA", "JPN", "CHN"])][:25])

        def person(o: Official | None = None) -> str:
            o = o or official()
            return o.ko if o.ko != o.en and rnd.random() < 0.5 else o.en

        def in_office(o: Official) -> dict[str, str]:
            """A year the person held a role in (any year when the gazetteer gives none)."""
            years = [y for y in YEARS if o.role_on(f"{y}-06")] or list(YEARS)
            y = rnd.choice(years)
            return {"date_from": f"{y}-01-01", "date_to": f"{y}-12-31"}

        def person_topic_year() -> SearchQuery:
            o = official()
            return SearchQuery(q=self._keyword(rnd, topic(), rnd.choice(["en", "ko"])), person=person(o),
                               **in_office(o))

        def series() -> str:
            return w.series[bisect.bisect(w.series_cum, rnd.random() * w.series_cum[-1])]["name"]

        def country() -> str:
            return w.partners[bisect.bisect(w.partner_cum, rnd.random() * w.partner_cum[-1])]

        return [
            (18, lambda: SearchQuery(q=self._keyword(rnd, topic(), "en"))),
            (14, lambda: SearchQuery(q=rnd.choice(KO_QUERIES))),
            (10, lambda: SearchQuery(q=rnd.choice(KO_QUERIES + [self._keyword(rnd, topic(), "en")]),
                                     participants=[country()])),
            (12, person_topic_year),
            (10, lambda: SearchQuery(person=person(), sort="date")),
            (10, lambda: SearchQuery(series=[series()], sort="date")),
            (10, lambda: SearchQuery(topics=[topic()], date_from=f"{rnd.choice(YEARS)}-01-01", sort="date")),
            (8, lambda: SearchQuery(participants=[country()], sort="date")),
            (8, lambda: SearchQuery(q=rnd.choice([person(), rnd.choice(w.places["KOR"])[0],
                                                  rnd.choice(w.places.get(country(), w.places["USA"]))[0]]))),
        ]
