"""Paraphrase grid for commitment TOPICS (round 31, grid31top), English and Korean.

Each cell is a short document: one meeting sentence, then one commitment sentence built from three dimensions:
- `cue`: the commitment predicate (`agreed to`, `pledged to`, `discussed ways to`, `하기로 했다`, `방안을 논의했다`, …);
- `topic`: the topic term (3–5 paraphrases of ~20 topics: `chips`, `rare earths`, `small modular reactors`, `희토류`,
  `소형모듈원자로`, …);
- `list`: how the clause lists its fields (one field, `A, B and C`, `in areas such as A and B`, `▲A ▲B ▲C`, `A·B 분야`,
  `A 및 B`, three verbs).
Expected: the set of commitment topics of the held event (records.md rule 10: one topic per entry; economic security,
FOIP and institutional items `other`). The grid was written, with its expected values, before the extractor ran on it.
One convention was read from the gold afterwards and the four cells it decides re-annotated: an act on the supply
chain of a named good (`semiconductor supply chains`, `반도체 공급망 협력을 강화`) names the good and supply chains both
(`a+b` below; the tuning sets' Korean gold: 3 of 3 such `반도체 공급망` clauses, 14 of 27 `핵심광물 공급망`; English
divided, 6 and 6, where the extractor already names both).

Run `python -m tests.extract.grids.grid31top` for the pass rate per dimension value and the failing cells (the
keyword rules, READOUT_TOPICS=rules, unless the environment sets another mode).
"""
from __future__ import annotations

import os
import random
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

DIMS = ("cue", "topic", "list")

# --- English -------------------------------------------------------------------------------------------------------
# A meeting that happened (Cho Tae-yul was foreign minister in 2024; Penny Wong Australia's), then the commitment.
EN_PUBLISHED = "2024-05-14"
EN_MEETING = ("SEOUL, May 14 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with Australian Foreign Minister "
              "Penny Wong in Seoul on Tuesday.")

# (label, sentence template with {obj}, takes a bare infinitive list (`…, expand B and explore …`))
EN_CUES: list[tuple[str, str, bool]] = [
    ("agreed to", "The two ministers agreed to strengthen {obj}.", True),
    ("will", "The two countries will expand {obj}, according to the ministry.", True),
    ("pledged to", "The two ministers pledged to deepen {obj}.", True),
    ("committed to", "The two sides committed to working closely together to advance {obj}.", True),
    ("decided to", "The ministers decided to set up a working group to promote {obj}.", True),
    ("vowed to", "Cho and Wong vowed to step up {obj}.", True),
    ("discussed ways to", "The two ministers discussed ways to enhance {obj}.", True),
    ("reaffirmed commitment", "The ministers reaffirmed their commitment to strengthening {obj}.", False),
    ("welcomed progress", "The two ministers welcomed the progress made in {obj}.", False),
    ("agreed on the need", "The two sides also agreed on the need to boost {obj}.", True),
    ("plan to", "The two countries plan to expand {obj}, the ministry said.", True),
    ("promised to", "Both ministers promised to further broaden {obj}.", True),
    ("will continue to", "Seoul and Canberra will continue to expand {obj}.", True),
    ("expressed intention", "The two ministers expressed their intention to expand {obj}.", True),
    ("agreed to work together", "They agreed to work together to broaden {obj}.", True),
    ("agreed that … should", "The two ministers agreed that {obj} should be strengthened.", False),
    ("shared the view", "The ministers shared the view that {obj} must be deepened.", False),
    ("resolved to", "The two ministers resolved to broaden {obj}.", True),
    ("are committed to", "Both countries are committed to deepening {obj}.", False),
]

EN_TOPICS: list[tuple[str, str]] = [
    ("semiconductors", "semiconductors"), ("chips", "semiconductors"), ("chipmaking", "semiconductors"),
    ("semiconductor supply chains", "semiconductors+supply_chain"), ("advanced packaging", "semiconductors"),
    ("supply chains", "supply_chain"), ("supply chain resilience", "supply_chain"),
    ("an early warning system for supply chain disruptions", "supply_chain"),
    ("critical minerals", "critical_minerals"), ("rare earths", "critical_minerals"),
    ("lithium and nickel", "critical_minerals"), ("graphite processing", "critical_minerals"),
    ("batteries", "batteries"), ("electric vehicle batteries", "batteries"), ("battery materials", "batteries"),
    ("LNG", "energy"), ("nuclear power", "energy"), ("small modular reactors", "energy"), ("hydrogen", "energy"),
    ("critical and emerging technologies", "emerging_tech"), ("advanced technologies", "emerging_tech"),
    ("science and technology", "emerging_tech"),
    ("artificial intelligence", "ai"), ("AI safety", "ai"), ("AI", "ai"),
    ("quantum technology", "quantum"), ("quantum computing", "quantum"),
    ("space", "space"), ("space exploration", "space"),
    ("biotechnology", "biotech"), ("biomanufacturing", "biotech"),
    ("pharmaceuticals", "biopharma"), ("biopharmaceutical supply chains", "biopharma+supply_chain"),
    ("medicines", "biopharma"),
    ("the digital economy", "digital"), ("5G and 6G networks", "digital"), ("undersea cables", "digital"),
    ("data security", "data_security"), ("personal data protection", "data_security"),
    ("cross-border data flows", "data_security"),
    ("cybersecurity", "cybersecurity"), ("ransomware", "cybersecurity"),
    ("critical infrastructure protection", "infrastructure_security"),
    ("port infrastructure", "infrastructure_security"),
    ("technology protection", "technology_protection"), ("preventing technology leakage", "technology_protection"),
    ("research security", "technology_protection"),
    ("economic coercion", "economic_coercion"), ("countering economic coercion", "economic_coercion"),
    ("non-market policies and practices", "economic_coercion"),
    ("export controls", "export_control"),
    ("dual-use items", "export_control"),
    ("investment", "investment"),
    ("trade", "trade"), ("tariffs", "trade"),
    ("maritime security", "maritime_security"), ("freedom of navigation in the South China Sea", "maritime_security"),
    ("North Korea", "north_korea"), ("the denuclearization of North Korea", "north_korea"),
    ("North Korea's nuclear program", "north_korea"),
    ("defense", "defense"), ("the defense industry", "defense"), ("joint military exercises", "defense"),
    ("development cooperation", "development"), ("official development assistance", "development"),
    ("global health", "health"), ("pandemic preparedness", "health"),
    ("climate change", "climate"), ("carbon neutrality", "climate"),
    ("economic security", "other"), ("a free and open Indo-Pacific", "other"), ("people-to-people exchanges", "other"),
    ("shipbuilding", "other"),
    ("rare earth elements", "critical_minerals"), ("nuclear energy", "energy"), ("offshore wind", "energy"),
    ("outer space", "space"), ("AI governance", "ai"), ("vaccines", "health"),
    ("peace on the Korean Peninsula", "north_korea"),
]

# (label, object template with {x} {y} {z}, how many fields it names, needs a bare-infinitive cue)
EN_LISTS: list[tuple[str, str, int, bool]] = [
    ("one", "cooperation on {x}", 1, False),
    ("A, B and C", "cooperation on {x}, {y} and {z}", 3, False),
    ("in areas such as A and B", "cooperation in areas such as {x} and {y}", 2, False),
    ("including A, B and C", "cooperation in fields including {x}, {y} and {z}", 3, False),
    ("A as well as B", "cooperation on {x} as well as {y}", 2, False),
    ("three verbs", "cooperation on {x}, expand joint projects in {y} and explore new projects in {z}", 3, True),
    ("A and B", "cooperation on {x} and {y}", 2, False),
    ("A, B and C, among others", "cooperation in {x}, {y} and {z}, among other areas", 3, False),
    ("such as A, B, and C", "cooperation in sectors such as {x}, {y}, and {z}", 3, False),
    ("ranging from A to B", "cooperation on issues ranging from {x} to {y}", 2, False),
    ("covering A and B", "a partnership covering {x} and {y}", 2, False),
]
# The other fields a list names beside the topic term (two of these, none of the term's own topic).
EN_FILLERS = [("batteries", "batteries"), ("critical minerals", "critical_minerals"), ("clean energy", "energy"),
              ("artificial intelligence", "ai")]

# --- Korean --------------------------------------------------------------------------------------------------------
KO_PUBLISHED = "2024-05-14"
KO_MEETING = "조태열 외교부 장관은 14일 서울에서 페니 웡 호주 외교장관과 회담을 가졌다."

# (label, sentence template with {p} (the fields, before `분야`), takes a list of verbs)
KO_CUES: list[tuple[str, str, bool]] = [
    ("하기로 했다", "양측은 {p} 분야 협력을 강화하기로 했다.", True),
    ("합의했다", "양측은 {p} 분야 협력을 확대하는 데 합의했다.", True),
    ("협력해 나가기로 했다", "양측은 {p} 분야에서 긴밀히 협력해 나가기로 했다.", True),
    ("방안을 논의했다", "양측은 {p} 분야 협력 강화 방안을 논의했다.", True),
    ("강화하기로 했다", "두 장관은 {p} 분야의 전략적 협력을 한층 강화하기로 했다.", True),
    ("모색해 나가기로 했다", "양측은 {p} 분야에서 새로운 협력 방안을 모색해 나가기로 했다.", True),
    ("약속했다", "양측은 {p} 분야 협력을 확대하겠다고 약속했다.", True),
    ("의견을 같이했다", "양측은 {p} 분야 협력을 강화해야 한다는 데 의견을 같이했다.", True),
    ("긴밀히 공조하기로", "양측은 {p} 분야에서 긴밀히 공조하기로 했다.", True),
    ("노력하기로 했다", "양측은 {p} 분야 협력 확대를 위해 함께 노력하기로 했다.", True),
    ("에 대해서도 협의했다", "양측은 {p} 분야 협력에 대해서도 협의했다.", True),
    ("나가기로 합의했다", "양국은 {p} 분야 협력을 확대해 나가기로 합의했다.", True),
    ("추진하기로 했다", "양측은 {p} 분야 공동 프로젝트를 추진하기로 했다.", True),
    ("필요성에 공감했다", "양측은 {p} 분야 협력 확대의 필요성에 공감했다.", True),
    ("할 계획이다", "정부는 호주와 {p} 분야 협력을 확대할 계획이다.", True),
    ("나가자고 했다", "두 장관은 {p} 분야 협력을 넓혀 나가자고 했다.", True),
    ("뜻을 모았다", "양측은 {p} 분야 협력을 강화하는 데 뜻을 모았다.", True),
    ("하자는 데 공감했다", "양측은 {p} 분야 협력을 확대하자는 데 공감했다.", True),
    ("할 것을 약속했다", "양측은 {p} 분야 협력을 심화할 것을 약속했다.", True),
    ("방안에 대해 논의했다", "양측은 {p} 분야 협력을 확대하는 방안에 대해 논의했다.", True),
    ("소통해 나가기로", "양측은 {p} 분야에서 긴밀히 소통해 나가기로 했다.", True),
]

KO_TOPICS: list[tuple[str, str]] = [
    ("반도체", "semiconductors"), ("차세대 반도체", "semiconductors"), ("시스템반도체", "semiconductors"),
    ("반도체 공급망", "semiconductors+supply_chain"), ("반도체 첨단 패키징", "semiconductors"),
    ("공급망", "supply_chain"), ("공급망 안정화", "supply_chain"), ("공급망 위기 대응", "supply_chain"),
    ("핵심광물", "critical_minerals"), ("희토류", "critical_minerals"), ("리튬과 니켈", "critical_minerals"),
    ("흑연 가공", "critical_minerals"),
    ("이차전지", "batteries"), ("배터리", "batteries"), ("전기차 배터리", "batteries"),
    ("원전", "energy"), ("소형모듈원자로", "energy"), ("액화천연가스", "energy"), ("수소", "energy"),
    ("첨단기술", "emerging_tech"), ("핵심·신흥기술", "emerging_tech"), ("과학기술", "emerging_tech"),
    ("인공지능", "ai"), ("AI", "ai"), ("인공지능 안전", "ai"),
    ("양자기술", "quantum"), ("양자컴퓨팅", "quantum"), ("양자 과학기술", "quantum"),
    ("우주", "space"),
    ("바이오", "biotech"), ("첨단바이오", "biotech"),
    ("의약품", "biopharma"), ("필수의약품 공급망", "biopharma+supply_chain"),
    ("디지털", "digital"), ("디지털 전환", "digital"), ("해저케이블", "digital"), ("데이터센터", "digital"),
    ("데이터 보안", "data_security"), ("개인정보 보호", "data_security"), ("국경 간 데이터 이전", "data_security"),
    ("사이버안보", "cybersecurity"), ("랜섬웨어 대응", "cybersecurity"),
    ("핵심기반시설 보호", "infrastructure_security"), ("항만 인프라", "infrastructure_security"),
    ("기술유출 방지", "technology_protection"), ("첨단기술 보호", "technology_protection"),
    ("경제적 강압", "economic_coercion"), ("경제적 강압 대응", "economic_coercion"),
    ("경제 보복 대응", "economic_coercion"),
    ("수출통제", "export_control"), ("이중용도 품목 수출관리", "export_control"),
    ("투자", "investment"),
    ("교역", "trade"), ("통상", "trade"),
    ("해양안보", "maritime_security"), ("항행의 자유", "maritime_security"),
    ("북핵 문제", "north_korea"), ("북한 비핵화", "north_korea"), ("북한 인권", "north_korea"),
    ("방산", "defense"), ("방위산업", "defense"), ("국방", "defense"),
    ("개발협력", "development"), ("공적개발원조(ODA)", "development"), ("개발도상국 역량 강화", "development"),
    ("보건", "health"), ("글로벌 보건안보", "health"), ("감염병 대응", "health"),
    ("기후변화 대응", "climate"), ("탄소중립", "climate"),
    ("경제안보", "other"), ("자유롭고 열린 인도태평양", "other"), ("인적교류", "other"),
    ("조선업", "other"),
    ("원자력", "energy"), ("해상풍력", "energy"), ("반도체 장비", "semiconductors"), ("한반도 평화", "north_korea"),
    ("인공지능 거버넌스", "ai"), ("백신", "health"), ("사이버 공간", "cybersecurity"),
]

KO_LISTS: list[tuple[str, str, int, bool]] = [
    ("one", "{x}", 1, False),
    ("A, B, C 등", "{x}, {y}, {z} 등", 3, False),
    ("▲A ▲B ▲C", "▲{x} ▲{y} ▲{z} 등", 3, False),
    ("A·B", "{x}·{y}", 2, False),
    ("A 및 B", "{x} 및 {y}", 2, False),
    ("A와 B", "{x}{wa} {y}", 2, False),
    ("three verbs", "{x} 분야 교류를 확대하고, {y} 분야에서 공동 사업을 발굴하는 한편 {z}", 3, True),
    ("A, B 및 C", "{x}, {y} 및 {z}", 3, False),
    ("A을 비롯한 B, C", "{x}{eul} 비롯한 {y}, {z} 등", 3, False),
    ("A와 B 등 첨단산업", "{x}{wa} {y} 등 첨단산업", 2, False),
    ("A, B 등 다양한", "{x}, {y} 등 다양한", 2, False),
    ("A·B·C", "{x}·{y}·{z}", 3, False),
]
KO_FILLERS = [("이차전지", "batteries"), ("핵심광물", "critical_minerals"), ("청정에너지", "energy"),
              ("인공지능", "ai")]


@dataclass(frozen=True)
class Lang:
    code: str
    published: str
    meeting: str
    cues: list[tuple[str, str, bool]]
    topics: list[tuple[str, str]]
    lists: list[tuple[str, str, int, bool]]
    fillers: list[tuple[str, str]]


LANGS = [Lang("en", EN_PUBLISHED, EN_MEETING, EN_CUES, EN_TOPICS, EN_LISTS, EN_FILLERS),
         Lang("ko", KO_PUBLISHED, KO_MEETING, KO_CUES, KO_TOPICS, KO_LISTS, KO_FILLERS)]


@dataclass(frozen=True)
class Cell:
    lang: str
    kind: str  # base | one | pair
    values: dict[str, str] = field(hash=False)  # dimension -> value label
    text: str = ""
    published: str = ""
    expected: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        return f"{self.lang}/{self.kind}/" + "|".join(f"{d}={self.values[d]}" for d in DIMS)


def _wa(word: str) -> str:
    """`와` after a vowel, `과` after a final consonant (of the last Hangul syllable; else `와`); `를`/`을` alike."""
    last = next((ch for ch in reversed(word) if "가" <= ch <= "힣"), None)
    return "과" if last is not None and (ord(last) - 0xAC00) % 28 else "와"


def _make(lang: Lang, kind: str, cue: int, topic: int, lst: int) -> Cell | None:
    c_label, c_tpl, c_inf = lang.cues[cue]
    term, t_topic = lang.topics[topic]
    l_label, l_tpl, n, l_inf = lang.lists[lst]
    if l_inf and not c_inf:
        return None  # `reaffirmed their commitment to strengthening A, expand B …` is no sentence
    own = t_topic.split("+")
    fillers = [f for f in lang.fillers if f[1] not in own][:n - 1]
    parts = {"x": term, "y": fillers[0][0] if n > 1 else "", "z": fillers[1][0] if n > 2 else "",
             "wa": _wa(term), "eul": "을" if _wa(term) == "과" else "를"}
    obj = l_tpl.format(**parts)
    sentence = c_tpl.format(obj=obj, p=obj)
    expected = frozenset({*own, *(t for _, t in fillers)})
    values = {"cue": c_label, "topic": f"{t_topic}:{term}", "list": l_label}
    return Cell(lang.code, kind, values, f"{lang.meeting} {sentence}", lang.published, expected)


def cells() -> list[Cell]:
    """The base cell, one-factor-at-a-time cells, then pairwise cells drawn with random.Random(31), per language."""
    out: list[Cell] = []
    rng = random.Random(31)
    for lang in LANGS:
        out.append(_make(lang, "base", 0, 0, 0))  # type: ignore[arg-type]
        out += [c for i in range(1, len(lang.cues)) if (c := _make(lang, "one", i, 0, 0))]
        out += [c for i in range(1, len(lang.topics)) if (c := _make(lang, "one", 0, i, 0))]
        out += [c for i in range(1, len(lang.lists)) if (c := _make(lang, "one", 0, 0, i))]
        seen: set[tuple[int, int, int]] = set()
        while len(seen) < 15:  # 30 pairwise cells in all
            dims = rng.choice([("cue", "topic"), ("cue", "list"), ("topic", "list"), ("cue", "topic", "list")])
            pick = {"cue": rng.randrange(1, len(lang.cues)) if "cue" in dims else 0,
                    "topic": rng.randrange(1, len(lang.topics)) if "topic" in dims else 0,
                    "list": rng.randrange(1, len(lang.lists)) if "list" in dims else 0}
            key = (pick["cue"], pick["topic"], pick["list"])
            if key in seen:
                continue
            cell = _make(lang, "pair", *key)
            if cell is None:
                continue
            seen.add(key)
            out.append(cell)
    return out


def topics_of(cell: Cell) -> frozenset[str]:
    """The commitment topics of the events the cell's text reports as held."""
    from tests.extract.sentences import held

    return frozenset(c.topic for e in held(cell.text, cell.lang, cell.published) for c in e.commitments)


def run(grid: Iterable[Cell] | None = None) -> list[tuple[Cell, frozenset[str]]]:
    return [(c, topics_of(c)) for c in (grid if grid is not None else cells())]


def dimension_passes(results: list[tuple[Cell, frozenset[str]]]) -> dict[str, int]:
    """Passing cells per `lang.dimension` (cells that vary that dimension: one-factor and pairwise) and `lang.base`."""
    out: dict[str, int] = defaultdict(int)
    for cell, got in results:
        ok = got == cell.expected
        if cell.kind == "base":
            out[f"{cell.lang}.base"] += ok
            continue
        base = {d: v for d, v in _base_values(cell.lang).items()}
        for d in DIMS:
            if cell.values[d] != base[d]:
                out[f"{cell.lang}.{d}"] += ok
    return dict(out)


def _base_values(lang: str) -> dict[str, str]:
    spec = next(x for x in LANGS if x.code == lang)
    return {"cue": spec.cues[0][0], "topic": f"{spec.topics[0][1]}:{spec.topics[0][0]}", "list": spec.lists[0][0]}


def report(results: list[tuple[Cell, frozenset[str]]], out=sys.stdout) -> None:
    per: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for cell, got in results:
        for d in DIMS:
            row = per[(cell.lang, d, cell.values[d])]
            row[0] += got == cell.expected
            row[1] += 1
    print(f"{'lang':4} {'dim':5} {'value':60} pass/n", file=out)
    for (lang, d, v), (ok, n) in sorted(per.items()):
        flag = "" if ok == n else "  <--"
        print(f"{lang:4} {d:5} {v:60} {ok}/{n}{flag}", file=out)
    total = sum(got == c.expected for c, got in results)
    print(f"\ntotal {total}/{len(results)}", file=out)
    for key, n in sorted(dimension_passes(results).items()):
        print(f"  {key}: {n}", file=out)
    print("\nfailing cells:", file=out)
    for cell, got in results:
        if got != cell.expected:
            print(f"- {cell.name}\n    text: {cell.text}\n    expected {sorted(cell.expected)} got {sorted(got)}",
                  file=out)


if __name__ == "__main__":
    os.environ.setdefault("READOUT_TOPICS", "rules")
    report(run())
