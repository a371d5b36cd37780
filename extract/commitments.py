"""Commitments: clauses where parties agree, decide, plan or propose to act, with topics from
keyword lists and a short English action phrase; and the announced next meeting."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from extract.dates import DateMention
from extract.gazetteer import get_gazetteer
from extract.view import Sent, View

DATA = Path(__file__).parent / "data"


@functools.cache
def cfg() -> dict:
    return yaml.safe_load((DATA / "commitments.yaml").read_text(encoding="utf-8"))


@dataclass
class Clause:
    start: int
    end: int
    text: str
    strength: str  # strong | weak


@dataclass
class Found:
    topic: str
    action: str
    text: str


def _rank(topic: str) -> int:
    pr = cfg()["priority"]
    return pr.index(topic) if topic in pr else len(pr)


@functools.cache
def _keywords(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every keyword, longest first, so a scan finds the longest at each place;
    a keyword listed under two topics goes to the one earlier in `priority`."""
    topic_of: dict[str, str] = {}
    for t in sorted(get_gazetteer().topics, key=lambda t: _rank(t.topic)):
        for kw in getattr(t, lang):
            topic_of.setdefault(kw if lang == "ko" else kw.lower(), t.topic)
    alts = "|".join(re.escape(k) for k in sorted(topic_of, key=len, reverse=True))
    pattern = f"(?:{alts})" if lang == "ko" else rf"(?<![\w-])(?:{alts})(?![\w-])"
    return re.compile(pattern), topic_of


def topics_in(text: str, lang: str) -> list[str]:
    """Topics whose keywords occur; a longer keyword hides the shorter ones inside it, and
    `핵심광물 공급망` / `semiconductor supply chains` is about the thing, not supply chains in general."""
    hay = text if lang == "ko" else text.lower()
    pattern, topic_of = _keywords(lang)
    kept = [(m.start(), m.end(), topic_of[m.group()]) for m in pattern.finditer(hay)]
    out: list[str] = []
    c = cfg()
    for i, (a, _b, topic) in enumerate(kept):
        if topic == "supply_chain":
            prev = kept[i - 1] if i > 0 else None
            nxt = kept[i + 1] if i + 1 < len(kept) else None
            # `핵심광물 공급망`, `핵심광물의 안정적 공급망`, `supply chains for critical minerals`: about the thing.
            if prev and prev[2] != "supply_chain" and (a - prev[1] <= 2 or (
                    lang == "ko" and re.match(c["ko_supply_of"], hay[prev[1]:a]))):
                continue
            if lang != "ko" and nxt and nxt[2] != "supply_chain" and re.match(c["en_supply_of"], hay[a:nxt[0]]):
                continue
        out.append(topic)
    # `X 분야의 Y`: X names the field of the clause.
    field = re.search(r"(\S+)\s*분야의", text) if lang == "ko" else None
    if field:
        ft = topics_in(field.group(1), lang) if "분야의" not in field.group(1) else []
        if ft:
            return ft[:1]
    return list(dict.fromkeys(out))


def _ko_clauses(view: View, s: Sent) -> list[tuple[int, int]]:
    cuts = [s.start]
    for t in view.tokens_in(s.start, s.end):
        # `…평가하고, …하기로 했다`: a connective ending before a comma (or `-며`) closes a clause;
        # `확대되고 있음` (an auxiliary follows) does not.
        nxt = view.text[t.end:t.end + 1]
        if t.base == "EC" and t.form in ("고", "며", "으며", "면서", "으면서") and (
                nxt == "," or (nxt == " " and t.form != "고")):
            cuts.append(t.end + (1 if nxt == "," else 0))
    cuts.append(s.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _en_clauses(s: Sent) -> list[tuple[int, int]]:
    return [(s.start, s.end)]


def _strength(text: str, lang: str) -> str | None:
    c = cfg()
    if lang == "ko":
        text = re.sub(c["ko_past_cue"], " ", text)
        if any(k in text for k in c["ko_strong"]):
            return "strong"
        if any(k in text for k in c["ko_weak"]):
            return "weak"
        return None
    low = re.sub(c["en_not_commitment"], " ", text.lower())
    if any(re.search(rf"\b{re.escape(k)}\b", low) for k in c["en_strong"]):
        return "strong"
    if any(re.search(rf"\b{re.escape(k)}\b", low) for k in c["en_weak"]):
        return "weak"
    return None


def _ko_action(view: View, a: int, b: int, topic: str) -> str:
    """The clause's last action noun (`강화`, `모색`) in English, with the topic as its object:
    `strengthen export controls`; `cooperate on <topic>` only when no action noun is found."""
    c = cfg()
    verbs = c["ko_verbs"]
    verb = None
    for t in reversed(view.tokens_in(a, b)):
        if t.base == "NNG" and t.text in verbs and topic not in c["ko_verb_self"].get(t.text, []):
            verb = verbs[t.text]
            break
    obj = c["topic_phrases"].get(topic, topic.replace("_", " "))
    return _phrase(verb or "cooperate on", obj, topic)


def _phrase(verb: str, obj: str, topic: str) -> str:
    templates = cfg()["action_templates"]
    if topic == "other":
        return templates["other"].get(verb, f"{verb} cooperation")
    return templates["object"].get(verb, "{verb} {obj}").format(verb=verb, obj=obj)


@functools.cache
def _en_cue() -> re.Pattern[str]:
    cues = sorted(cfg()["en_base"], key=len, reverse=True)
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"\b({alts})\b\s*", re.I)


_EN_STOP_AT = re.compile(r"\s*(?:[,;:]|(?<![A-Z])\.(?=\s|$)|\s(?:including|which|while|as well as|so that|in order to|"
                         r"through which)\b|\s+and\s+(?:committed|agreed|expressed|decided|pledged|will|to)\b)")
_EN_TRAIL = {"and", "or", "of", "the", "to", "for", "a", "an", "on", "in", "with", "their", "our", "its", "that", "by"}


def _en_action(text: str, topic: str) -> str:
    """A short verb phrase from the clause: `agreed to strengthen X` -> `strengthen X`, `condemned X` ->
    `condemn X`; `cooperate on <topic>` when the clause has no usable verb or its phrase misses the topic."""
    c = cfg()
    for m in _en_cue().finditer(text):
        cue = re.sub(r"\s+", " ", m.group(1).lower())
        rest = text[m.end():]
        takes_inf = cue in c["en_infinitive"]
        inf = re.match(r"(?:(?:our|their|its)\s+(?:\w+\s+)?commitments?\s+)?to\s+(?!the\b|a\b|an\b)([a-z]\w+)\b", rest)
        if takes_inf and not inf:
            if not re.match(r"[a-z]", rest) or cue in ("will", "intend", "plan"):
                continue
        if inf:
            phrase = rest[inf.start(1):]
        elif takes_inf:
            phrase = rest
        else:
            phrase = c["en_base"][cue] + " " + re.sub(r"^(?:that|on|about)\s+", "", rest)
        phrase = re.sub(r"\b(?:our|their|its)\s+", "", phrase)
        cut = _EN_STOP_AT.search(phrase)
        words = (phrase[:cut.start()] if cut else phrase).split()[:10]
        while words and words[-1].lower() in _EN_TRAIL:
            words.pop()
        if len(words) < 2:
            continue
        action = " ".join(words)
        if topic != "other" and topic not in topics_in(action, "en"):
            break  # the phrase is about another topic of the clause
        return action
    return _phrase("cooperate on", c["topic_phrases"].get(topic, topic.replace("_", " ")), topic)


_BULLET = re.compile(r"^\s*[▲△▶▷■□◆◇○●•·\-–*]\s*\S")
_LEAD_KO = re.compile(r"다음과\s*같이|아래와\s*같이|다음\s*(?:분야|사항|과제|성과|내용)|다음의")


def is_marker(text: str) -> bool:
    """A bullet mark the sentence splitter left on its own (`▲`)."""
    return bool(re.fullmatch(r"\s*[▲△▶▷■◆◇●•\-–*]\s*", text))


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text)) and not text.lstrip().startswith(("□", "○"))


def is_list_lead(text: str, lang: str) -> bool:
    """`양 정상은 다음과 같이 협력하기로 하였다.` / `The Ministers decided the following:`: the bullet
    lines after it carry its cue."""
    t = text.strip()
    if lang == "ko":
        return bool(_LEAD_KO.search(t) or t.endswith(":")) and _strength(t, lang) is not None
    return t.endswith(":") and _strength(t, lang) is not None


_REPORTED_KO = re.compile(r"(?:소식통|당국자|관계자)(?:은|는|이|가|들은)\s.*(?:이?라고|고)\s*"
                          r"(?:전했|말했|설명했|밝혔)")


def list_items(view: View) -> set[int]:
    """Sentences that are bullet items of a list led by a commitment (`다음과 같이 협력하기로 하였다.`)."""
    out: set[int] = set()
    lead = marker = False
    for s in view.sents:
        bare = is_marker(s.text)
        bullet = bare or marker or is_bullet(s.text)
        marker = bare
        if bullet and lead:
            out.add(s.idx)
        if not bullet:
            lead = is_list_lead(s.text, view.lang)
    return out


def find_commitments(view: View, s: Sent, force: bool = False, fallback: list[str] | None = None,
                     cue: str | None = None) -> list[Found]:
    """Commitments in one sentence; `force` treats the whole span as one (what was signed or launched).
    A firm commitment without a topic word takes `fallback` (the event name's topics), else `other`;
    `cue` is the strength a bullet line inherits from the sentence that leads its list."""
    clauses = _ko_clauses(view, s) if view.lang == "ko" else _en_clauses(s)
    out: list[Found] = []
    prev_topics: list[str] = []
    # `A를 확대하고, B에 공동 대응해 나가기로 했다`: coordinated clauses share the sentence-final cue.
    final = _strength(view.text[clauses[-1][0]:clauses[-1][1]], view.lang) if clauses and view.lang == "ko" else None
    # A headline or caption (`공급망·디지털 협력 논의`, no final ending) only reports a discussion.
    if view.lang == "ko" and not force and _REPORTED_KO.search(s.text):
        return []  # `정부 소식통은 "…협의해 나갈 것"이라고 전했다`: an official's account, not the parties'
    headline = view.lang == "ko" and not force and cue is None and not any(
        t.base == "EF" or "+EF" in t.tag for t in view.tokens_in(s.start, s.end))
    for a, b in clauses:
        text = view.text[a:b].strip()
        strength = "strong" if force else (_strength(text, view.lang) or (final if final == "strong" else None) or cue)
        if headline and strength == "weak":
            continue
        topics = topics_in(text, view.lang)
        # `이를 더욱 확장해 나가기로`: the clause continues the one before it.
        if not topics and re.match(r"^(이를|이에|이와|this|these)\b", text):
            topics = prev_topics
        prev_topics = topics or prev_topics
        if strength is None:
            continue
        if not topics:
            if strength != "strong" or (force and not fallback):
                continue  # a signed or launched name without a topic word says nothing more
            topics = fallback or ["other"]
        for topic in topics:
            action = _ko_action(view, a, b, topic) if view.lang == "ko" else _en_action(text, topic)
            out.append(Found(topic, action, text[:400]))
    return out


# ---------------------------------------------------------------- next meeting

_NEXT_KO = re.compile(r"(?:(?:제\s*)?(\d{1,3})\s*차|다음|차기)\s*(?:[^\s.。]+\s+){0,3}?[^\s.。]*?"
                      r"(?:회의|대화|회담|협의|회의체|[A-Z]{2,6}(?=[을를은는이가의\s(]))")
_NEXT_EN = re.compile(r"\b(?:the\s+)?(?:next|(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|"
                      r"eighth|ninth|tenth))\s+(?:[A-Z][\w-]*\s+)*"
                      r"(?:meeting|dialogue|round|summit|session|ministerial)|\bthe\s+(?P<one>next)\s+one\b", re.I)
_REGULAR = re.compile(r"정례화|정례적으로|정기적으로 개최|매년|on a regular basis|regularize|regularise|"
                      r"regular meetings|annually")
_FUTURE_KO = re.compile(r"(개최|열|갖|가질|열릴|개최될)[^.]{0,15}(예정|계획|기로)")


@dataclass
class NextMeeting:
    ordinal: int | None
    when: str | None


def find_next(view: View, s: Sent, dates: list[DateMention]) -> NextMeeting | None:
    text = s.text
    when = None
    for d in dates:
        if d.kind in ("half", "month", "day", "year") and d.when and (
                view.published is None or d.value is None or d.value >= view.published.replace(day=1)):
            when = d.when
            break
    if view.lang == "ko":
        m = _NEXT_KO.search(text)
        if m and _FUTURE_KO.search(text[m.end():]):
            return NextMeeting(int(m.group(1)) if m.group(1) else None, when)
        if _REGULAR.search(text) and re.search(r"예정|계획|기로|합의", text):
            return NextMeeting(None, "regular")
        return None
    m = _NEXT_EN.search(text)
    if m and re.search(r"\b(will|to be|would|agreed to hold|plan|look forward|set for|scheduled)\b", text, re.I):
        ordinal = int(m.group(1)) if m.group(1) else None
        if m.group(2):
            ordinal = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                       "tenth"].index(m.group(2).lower()) + 1
        return NextMeeting(ordinal, when)
    if _REGULAR.search(text):
        return NextMeeting(None, "regular")
    return None
