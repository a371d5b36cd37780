"""Delegates, round 22 (session 16, deleg26): a side for a delegate whose sentence names no country, from a recurring
party (the Asian Development Bank, `ADB`) and recurring officials (Rajnath Singh, Gilberto Teodoro); sentences written
for these tests (none is a corpus document), each failing at this round's start (94e49ba)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _delegates(text: str, lang: str, published: str) -> dict[str, str | None]:
    return {d.name: d.country for e in _held(text, lang, published) for d in e.delegates}


def test_adb_president_korean_side_is_adb() -> None:
    got = _delegates("□ 추경호 부총리 겸 기획재정부 장관은 5월 3일 인천 송도에서 "
                     "아사카와 마사쓰구(浅川雅嗣) ADB 총재와 면담하였다.\n\n"
                     " ㅇ 양측은 기후 재원 확대 방안을 논의하였다.", "ko", "2023-05-04")
    assert got.get("아사카와 마사쓰구") == "ADB"


def test_adb_president_english_side_is_adb() -> None:
    got = _delegates("Finance Minister Choo Kyung-ho met with Asian Development Bank President Masatsugu Asakawa in "
                     "Incheon on Wednesday and discussed climate finance for the region.", "en", "2023-05-04")
    assert got.get("Masatsugu Asakawa") == "ADB"


def test_indian_defence_minister_named_without_his_country() -> None:
    got = _delegates("Defence Minister Rajnath Singh held talks with his Japanese counterpart Yasukazu Hamada in "
                     "Tokyo on Thursday, and the two ministers agreed to expand defence equipment cooperation.",
                     "en", "2022-09-09")
    assert got.get("Rajnath Singh") == "IND"


def test_philippine_defense_secretary_named_without_his_country() -> None:
    got = _delegates("Defense Secretary Gilberto Teodoro Jr. held talks with his Australian counterpart Richard Marles "
                     "in Canberra on Tuesday, and the two agreed to step up joint patrols.", "en", "2024-02-28")
    assert got.get("Gilberto Teodoro Jr.") == "PHL"
