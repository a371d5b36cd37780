"""Generated releases for backfills, fault tests and latency runs: realistic sentences, distinct events.

Each document reports one meeting on its own date, so every document yields its own event key.
"""
from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from streams.records import DocumentRecord, document_id

PARTNERS = [("미국", "United States", "USA", "워싱턴", "Washington"), ("일본", "Japan", "JPN", "도쿄", "Tokyo"),
            ("인도", "India", "IND", "뉴델리", "New Delhi"), ("호주", "Australia", "AUS", "캔버라", "Canberra"),
            ("독일", "Germany", "DEU", "베를린", "Berlin"), ("영국", "United Kingdom", "GBR", "런던", "London")]
TOPICS = [("반도체 공급망", "semiconductor supply chains"), ("핵심광물", "critical minerals"),
          ("배터리", "batteries"), ("인공지능", "artificial intelligence"), ("수출통제", "export controls")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def korean(day: date, n: int, rnd: random.Random) -> str:
    ko, _, _, city, _ = rnd.choice(PARTNERS)
    topic = rnd.choice(TOPICS)[0]
    return (f"외교부는 한국과 {ko} 정부가 {day.year}년 {day.month}월 {day.day}일 {city}에서 제{n}차 경제안보 "
            f"협의회를 개최했다고 밝혔다. 양측은 {topic} 분야의 협력을 강화해 나가기로 했다. "
            f"양측은 차기 회의를 내년 상반기에 서울에서 개최하기로 했다.")


def english(day: date, n: int, rnd: random.Random) -> str:
    _, name, _, _, city = rnd.choice(PARTNERS)
    topic = rnd.choice(TOPICS)[1]
    return (f"On {MONTHS[day.month - 1]} {day.day}, {day.year}, the Republic of Korea and the {name} held the "
            f"economic security consultation in {city}. The two sides agreed to strengthen cooperation on "
            f"{topic} and committed to meet again next year.")


def generate(count: int, seed: int = 7, start: date = date(2019, 1, 1)) -> list[DocumentRecord]:
    rnd = random.Random(seed)
    docs = []
    for i in range(count):
        day = start + timedelta(days=i)
        lang = "ko" if i % 2 == 0 else "en"
        text = korean(day, i % 9 + 1, rnd) if lang == "ko" else english(day, i % 9 + 1, rnd)
        url = f"https://example.org/{lang}/release/{i}"
        published = datetime(day.year, day.month, day.day, 9, tzinfo=UTC) + timedelta(days=1)
        docs.append(DocumentRecord(id=document_id(url), url=url, canonical_url=url, title=f"Release {i}", text=text,
                                   published=published, lang=lang, source="bench.generated"))
    return docs
