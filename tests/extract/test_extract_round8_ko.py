"""Generalisation round 8, Korean events: the predicates and event nouns of meetings, signings and launches
that Korean ministries write, and the dates they are held on; each rule on sentences written for these
tests (people, countries and dates not in the corpus)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _types(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in _held(text, "ko", published)]


# `X 장관을 만나 …을 논의했다`: `만나` is `만나`+`-아` in one token (or Kiwi drops the `-아`); it is a
# predicate like `만났다`, not a noun.
def test_met_with_the_connective_merged_into_the_stem() -> None:
    text = "국방부 차관은 19일 오전 국방부 청사에서 폴란드 국방차관을 만나 방산협력 방안을 논의하였다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]
    text = "이 장관은 19일 방한 중인 케냐 외교장관을 만나 양국 간 협력 확대 방안을 논의하였다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]
    text = ("통상교섭본부장은 18일 제네바에서 응고지 오콘조이웨알라 WTO 사무총장을 만나 "
            "수산보조금 협상 동향을 논의하였다.")
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-18")]
    # Staff met `also` (`관계자들과도 만나`) are no delegation.
    text = ("□ 장관은 19일 오타와에서 캐나다 천연자원부 장관과 회담을 가졌다.\n"
            "※ 장관은 방문 기간 중 현지 진출 기업 관계자들과도 만나 애로사항을 청취하였다.")
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]
