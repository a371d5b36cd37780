"""People reported as attending or leading: name, English name, role, organisation, country, head."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from extract.gazetteer import get_gazetteer
from extract.romanize import romanize_name
from extract.view import Sent, View

DATA = Path(__file__).parent / "data"
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
_LATIN_PAREN = re.compile(r"^[A-Z][A-Za-z.'\-]*(?:\s+[A-Za-z][A-Za-z.'\-]*){0,3}$")
_KANJI = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf]{2,6}$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


@functools.cache
def cues() -> dict:
    return yaml.safe_load((DATA / "people.yaml").read_text(encoding="utf-8"))


@dataclass
class Person:
    name: str
    start: int
    end: int
    name_en: str | None = None
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    head: bool = False
    person_id: str | None = None
    sent: int = 0


# ---------------------------------------------------------------- Korean

@dataclass
class _Chunk:
    start: int
    end: int
    text: str  # without the parenthesis and trailing particle
    paren: str | None
    particle: str  # trailing particle/ending, '' if none
    sep_before: str  # separator before this chunk: ' ', '·', ',', ''


_CHUNK = re.compile(r"(?:[^\s·,、・()（）*※]+|[(（][^()（）]*[)）])+")


def _chunks(view: View, s: Sent) -> list[_Chunk]:
    out = []
    prev_end = s.start
    for m in _CHUNK.finditer(s.text):
        start, end = s.start + m.start(), s.start + m.end()
        raw = m.group()
        paren = None
        pm = re.search(r"[(（]([^()（）]*)[)）]", raw)
        if pm:
            paren = pm.group(1).strip()
        core_end = start + (pm.start() if pm else len(raw))
        particle = ""
        if _HANGUL.search(raw[-1:] or "") or True:
            toks = view.tokens_in(start, end)
            for t in toks[1:]:
                if t.base.startswith(("J", "E", "VCP", "XSV", "XSA")) and t.start >= start and not pm or (
                        pm and t.start >= start + pm.end() and t.base.startswith(("J", "E", "VCP"))):
                    particle = view.text[t.start:end]
                    core_end = min(core_end, t.start)
                    break
        if not particle and any(t.base.startswith(("V", "E")) or "+E" in t.tag for t in view.tokens_in(start, end)):
            particle = "-"  # a verb form (`비롯해`): never part of a name
        text = view.text[start:core_end].strip("*'\"‘’“”「」 ")
        gap = view.text[prev_end:start]
        sep = "·" if "·" in gap or "・" in gap else "," if "," in gap or "、" in gap else " " if gap else ""
        out.append(_Chunk(start, end, text, paren, particle, sep))
        prev_end = end
    return out


def _role_suffix(text: str) -> str | None:
    for suf in sorted(cues()["ko_role_suffixes"], key=len, reverse=True):
        if text.endswith(suf) and not text.endswith(("대표단", "대표부")):
            return suf
    return None


def _country_of_chunk(view: View, c: _Chunk) -> str | None:
    for m in view.mentions_in(c.start, c.end):
        if m.label == "COUNTRY" and m.start == c.start:
            return m.id
    return None


def _is_country_or_org(view: View, c: _Chunk) -> str | None:
    """'country' / 'org' when the chunk names one (the org's country is looked up by the caller)."""
    for m in view.mentions_in(c.start, c.end):
        if m.start == c.start and m.label in ("COUNTRY", "GROUP"):
            return "country"
        if m.start == c.start and m.label == "ORG":
            return "org"
    if re.search(r"(부|실|청|성|처|원|위원회|회의|기구|사무국|국|청사|대사관|본부|담당|무역청|공사)$", c.text):
        return "org"
    return None


_PARTY_ABBR = re.compile(r"^[한미일중북러호영독불인캐](?:[·\-]?[한미일중북러호영독불인캐]){1,3}$")


def _name_like(c: _Chunk) -> bool:
    stop = set(cues()["ko_stop"])
    if c.particle or c.text in stop or not c.text or _PARTY_ABBR.match(c.text):
        return False  # `한일중 외교장관`: the parties, not a person
    return bool(_HANGUL.match(c.text) and 1 <= len(c.text) <= 6) or bool(_INITIALS.match(c.text))


def _korean_shape(text: str) -> bool:
    sur = cues()["ko_surnames"]
    return 2 <= len(text) <= 4 and (text[0] in sur or text[:2] in sur)


def _common_nouns(view: View, c: _Chunk) -> bool:
    """Every morpheme a dictionary common noun (`기술`, `국가안보`, `담당`): not a name."""
    toks = [t for t in view.tokens_in(c.start, c.start + len(c.text)) if t.text.strip()]
    return bool(toks) and all(t.base in ("NNG", "MAG", "MAJ") for t in toks) and not c.paren


def _ko_people(view: View, s: Sent) -> list[Person]:
    chunks = _chunks(view, s)
    people: list[Person] = []
    context_country: str | None = None
    side = False  # the context is an explicit side (`중국 측에서`, `(미)`), which beats an organisation's country
    g = get_gazetteer()
    marks = cues()["ko_side_marks"]
    for r, c in enumerate(chunks):
        # `한국에서는`, `미측에서`, `일본은`, `한국 측에선`: the country the next names belong to.
        cc = _country_of_chunk(view, c)
        if cc and (c.particle or (r + 1 < len(chunks) and chunks[r + 1].text == "측")):
            context_country = cc
            side = r + 1 < len(chunks) and chunks[r + 1].text == "측"
        if c.text == "측" and r > 0 and _country_of_chunk(view, chunks[r - 1]):
            context_country = _country_of_chunk(view, chunks[r - 1])
            side = True
        if not c.text and c.paren in marks:  # `(한) 신원식 국방부 장관 / (미) 오스틴 국방장관`
            context_country, side = marks[c.paren], True
        if not _role_suffix(c.text):
            continue
        # The run of particle-free words before the role: [org/country words] NAME [org/country words].
        j = r - 1
        run: list[_Chunk] = []
        while j >= 0 and r - j <= 8:
            cj = chunks[j]
            if cj.particle or _role_suffix(cj.text) or cj.text in cues()["ko_stop"] or not cj.text:
                break
            run.insert(0, cj)
            if cj.sep_before == ",":
                break
            j -= 1
        groups: list[list[_Chunk]] = []
        for x in run:
            if _name_like(x) and _is_country_or_org(view, x) is None:
                if groups and groups[-1][-1] is run[run.index(x) - 1] if run.index(x) else False:
                    groups[-1].append(x)
                else:
                    groups.append([x])
        name_chunks: list[_Chunk] | None = None
        off = None
        for grp in groups:  # a known official, or a name glossed in Latin letters or kanji
            for k in range(len(grp)):
                for n in (3, 2, 1):
                    part = grp[k:k + n]
                    if len(part) == n and (o := g.official(" ".join(x.text for x in part))):
                        name_chunks, off = part, o
                        break
                if name_chunks:
                    break
            if name_chunks:
                break
            for k, x in enumerate(grp):
                if x.paren and (_LATIN_PAREN.match(x.paren) or _KANJI.match(x.paren)):
                    n = len(x.paren.split()) if _LATIN_PAREN.match(x.paren) else 2
                    name_chunks = grp[max(0, k + 1 - n):k + 1]
                    break
            if name_chunks:
                break
        if name_chunks is None:
            for grp in groups:
                if all(_common_nouns(view, x) for x in grp) and not (len(grp) == 1 and _korean_shape(grp[0].text)):
                    continue
                name_chunks = grp
                break
        if not name_chunks:
            continue
        org_chunks = [x for x in run if x not in name_chunks]
        country = None
        for oc in org_chunks:
            if (cid := _country_of_chunk(view, oc)) is not None:
                country = cid
                break
        if country is None and side:
            country = context_country
        if country is None:
            for m in view.mentions_in(run[0].start, c.end, "ORG"):
                if m.country and not m.extra.get("ambiguous"):
                    country = m.country
                    break
        fore = (country or context_country) not in (None, "KOR")
        if off is None and not name_chunks[-1].paren:
            if _INITIALS.match(name_chunks[0].text) or (len(name_chunks) >= 2 and (
                    fore or not _korean_shape(name_chunks[-1].text))):
                if _INITIALS.match(name_chunks[0].text):
                    name_chunks = name_chunks[:3]
                else:  # `압둘아지즈 빈 살만`: a linking particle keeps the name going
                    links, n = set(cues()["ko_name_links"]), 2
                    while n < len(name_chunks) and (name_chunks[n - 1].text in links or name_chunks[n].text in links):
                        n += 1
                    name_chunks = name_chunks[:n]
            else:
                name_chunks = name_chunks[-1:]
                if not _korean_shape(name_chunks[0].text):
                    continue
        name = " ".join(x.text for x in name_chunks)
        if len(name.replace(" ", "")) < 2:
            continue
        off = off or g.official(name)
        paren = next((x.paren for x in name_chunks if x.paren), None)
        latin = paren if paren and _LATIN_PAREN.match(paren) else None
        if off is not None and country is None:
            country = off.country
        country = country or context_country
        if country is None and people:
            country = people[-1].country  # `A 미 법무부 국장과 B 상무부 차관보`: one side
        if country is None and view.home == "KOR" and _korean_shape(name):
            country = "KOR"
        role_lo = org_chunks[0].start if org_chunks and org_chunks[0].start > name_chunks[-1].start else c.start
        role_text = view.text[role_lo:c.start + len(c.text)].strip()
        org = " ".join(x.text for x in org_chunks if _is_country_or_org(view, x) == "org") or None
        name_en = off.name_en if off else (latin or (romanize_name(name) if _korean_shape(name) and
                                                     (country in (None, "KOR")) else None))
        people.append(Person(name, name_chunks[0].start, name_chunks[-1].start + len(name_chunks[-1].text), name_en,
                             role_text, org, country, False, off.id if off else None, s.idx))
    return people


# ---------------------------------------------------------------- English

_CAPNAME = r"(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]{2,}|[A-Z]\.)"
_EN_NAME = re.compile(rf"\b({_CAPNAME}(?:\s+{_CAPNAME}){{1,3}})")


@functools.cache
def _not_person_words() -> frozenset[str]:
    """The listed words, and plural titles (`Foreign Ministers`, `Secretaries`): a group, never one person."""
    words = {w.casefold() for w in cues()["en_not_person_words"]}
    for t in cues()["en_titles"]:
        w = t.split()[-1].split("-")[-1].casefold()
        words.add(w[:-1] + "ies" if w.endswith("y") else w + ("es" if w.endswith(("s", "ch")) else "s"))
    return frozenset(words)


def _not_person(name: str) -> bool:
    return any(w.casefold().strip(".,'’") in _not_person_words() for w in re.split(r"[\s\-]+", name))


_TITLED_SURNAME = re.compile(r"\b(?:Minister|Secretary|President|Premier|Commissioner|Ambassador|Director|Chancellor|"
                             r"Mr\.|Ms\.|Mrs\.|Dr\.)\s+([A-Z][a-z]+|[A-Z]{3,})\b(?![\s-]+[A-Z])")


_BARE_NAME = re.compile(r"(?<![\w.-])([A-Z][a-z]{1,14})\b(?![\s-]+[A-Z])(?!-)(?=\s+(?:held|met|and|"
                        r"hosted|signed|said|on|in|at|to)\b|\s*[,.;]|$)")
_CALENDAR_WORDS = frozenset("january february march april may june july august september october november december "
                            "monday tuesday wednesday thursday friday saturday sunday".split())


def _full_names(view: View, ner: tuple[tuple[int, int], ...]) -> dict[str, str]:
    """Family name -> full name, from the two-word person names of the whole text."""
    out: dict[str, str] = {}
    cache = view.__dict__.setdefault("_full_names", {})
    if ner in cache:
        return cache[ner]
    names = [m.group() for m in re.finditer(r"\b[A-Z]{3,}(?:\s+[A-Z][a-z]+){1,2}\b", view.text)]
    names += [view.text[a:b].strip() for a, b in ner]
    for n in names:
        words = n.split()
        if len(words) < 2 or len(words) > 3 or _not_person(n):
            continue
        for fam in ([words[0]] if words[0].isupper() else [words[-1], words[0]]):
            out.setdefault(fam.casefold(), n)
    cache[ner] = out
    return out


def _en_people(view: View, s: Sent, ner: list[tuple[int, int]]) -> list[Person]:
    g = get_gazetteer()
    people: list[Person] = []
    spans = [(a, b) for a, b in ner if s.start <= a < s.end]
    spans += [(m.start, m.end) for m in view.mentions_in(s.start, s.end, "PERSON")]
    # All-caps family names (`KISHIDA Fumio`) that the statistical model misses.
    for m in re.finditer(r"\b([A-Z]{3,}(?:\s+[A-Z][a-z]+){1,2})\b", s.text):
        spans.append((s.start + m.start(), s.start + m.end()))
    # `Minister Saito`, `Secretary Raimondo`: a family name after a title, named in full elsewhere in the text.
    full = _full_names(view, tuple(ner))
    override: dict[tuple[int, int], str] = {}
    for m in _TITLED_SURNAME.finditer(s.text):
        known = full.get(m.group(1).casefold())
        if known:
            span = (s.start + m.start(1), s.start + m.end(1))
            spans.append(span)
            override[span] = known
    # `Ahn held bilateral talks with Tai`: a bare family name of a person named in full elsewhere.
    for m in _BARE_NAME.finditer(s.text):
        known = full.get(m.group(1).casefold())
        prev = s.text[:m.start()].split()[-1:]
        if prev and prev[0][:1].isupper() and not prev[0].endswith(","):
            continue  # part of a longer capitalised run
        if known and known != m.group(1) and m.group(1).casefold() not in _CALENDAR_WORDS:
            span = (s.start + m.start(1), s.start + m.end(1))
            spans.append(span)
            override.setdefault(span, known)
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    taken: list[tuple[int, int]] = []
    titles = cues()["en_titles"]
    for a, b in spans:
        if any(a < tb and ta < b for ta, tb in taken):
            continue
        # `Jong` + `-ho`: the model cuts hyphenated given names short.
        if (tail := re.match(r"-[a-z]{1,5}\b", view.text[b:b + 7])) is not None:
            b += tail.end()
        name = view.text[a:b].strip()
        # `ICT Lee Jong-ho`, `NSC Tarun Chhabra`: a leading acronym belongs to the title.
        lead = re.match(r"(?:[A-Z]{2,6}|[A-Z]\.[A-Z]\.)\s+(?=\S+\s+\S)", name)
        if lead and not g.official(name) and not re.match(r"[A-Z]{3,}\s+[A-Z][a-z]+$", name):
            a += lead.end()
            name = name[lead.end():]
        name = re.sub(r"^(?:" + "|".join(re.escape(h) for h in cues()["en_honorifics"]) + r")\s+", "", name)
        name = re.sub(r"[’']s$", "", name).strip(" ,.")
        name = override.get((a, b), name)
        if len(name.split()) < 2 and not g.official(name):
            continue
        if any(m.start <= a < m.end for m in view.mentions_in(s.start, s.end, "COUNTRY", "GROUP", "ORG", "PLACE")):
            continue
        if _not_person(name):
            continue  # `BIO International Convention`, `Next Generation`: an event or a body, not a person
        off = g.official(name)
        if off is None and any(w in titles or w.lower() in ("minister", "secretary") for w in name.split()):
            continue
        taken.append((a, b))
        # The title in front (`Japanese Foreign Minister`) or behind (`, Secretary of State of the United States`).
        left_lo = max(s.start, a - 120)
        left = view.text[left_lo:a]
        cut = max(left.rfind(","), left.rfind(" and "), left.rfind(";"), left.rfind(" with "))
        pre = left[cut + 1:].strip() if cut != -1 else left.strip()
        pre = re.sub(r"^(?:and|with|by|,)\s+", "", pre)
        honor = "|".join(re.escape(h) for h in cues()["en_honorifics"])
        while (stripped := re.sub(rf"(?:^|\s)(?:{honor})$", "", pre).strip()) != pre:
            pre = stripped  # `H.E. Mr.` is not a title
        post_m = re.match(r",\s+((?:the\s+)?[A-Z][^,;]{3,90}?)(?=,|;|\s+(?:held|met|and|as|during|for|to|who)\b|$)",
                          view.text[b:s.end])
        role = None
        if pre and re.search(r"[A-Z]", pre) and not pre.endswith((".",)):
            role = re.sub(r"^(?:the\s+|The\s+)", "", pre)
            role = re.sub(r"\s*(?:" + "|".join(re.escape(h) for h in cues()["en_honorifics"]) + r")$", "", role)
        if post_m and not role:
            role = post_m.group(1)
        country = None
        role_lo = left_lo + (cut + 1 if cut != -1 else 0)
        role_hi = b + (post_m.end() if post_m and not pre else 0)
        before = [m for m in view.mentions_in(role_lo, a, "COUNTRY", "GROUP")]
        after = [m for m in view.mentions_in(b, role_hi, "COUNTRY", "GROUP")]
        if before:
            country = before[-1].id
        elif after:
            country = after[0].id
        if off is not None:
            country = country or off.country
        if country is None and view.home and role:
            country = view.home
        orgs = view.mentions_in(role_lo, role_hi, "ORG")
        if country is None and orgs:
            country = orgs[0].country
        people.append(Person(name, a, b, off.name_en if off else name, role, orgs[0].text if orgs else None,
                             country, False, off.id if off else None, s.idx))
    return people


_CALLED_ON_KO = re.compile(r"[^,.\n]{0,14}?(?:을|를)\s*(?:예방|예방하|예방한|예방했)")
_CALLED_ON_EN = re.compile(r"\b(?:courtesy call (?:on|to)|called on)\s+(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3})?$")


def _called_on(view: View, p: Person) -> bool:
    """`문재인 대통령을 예방한 뒤`, `paid a courtesy call on President X`: the host of a courtesy call
    made on the side is not a delegate of the meeting."""
    if view.lang == "ko":
        return bool(_CALLED_ON_KO.match(view.text, p.end))
    return bool(_CALLED_ON_EN.search(view.text[max(0, p.start - 60):p.start]))


def find_people(view: View, s: Sent, ner: list[tuple[int, int]]) -> list[Person]:
    found = _ko_people(view, s) if view.lang == "ko" else _en_people(view, s, ner)
    return [p for p in found if not _called_on(view, p)]


_ATTEND_KO = re.compile(r"참석|주재|서명|체결|임석|수석대표|대표로|참석자|참여|회담|개최|만나|면담|이끌|열었|가졌|갖고|"
                        r"배석")
_ATTEND_EN = re.compile(r"\b(met|meet|attended|led|chaired|co-chaired|held|hosted|co-hosted|joined|participated|"
                        r"headed|represented|welcomed|launched|convened|gathered|signed|took part)\b", re.I)


_FUTURE = re.compile(r"예정|계획|\b(will|to be|look forward|looks forward|plans? to)\b")


def is_attendance(view: View, s: Sent) -> bool:
    """A sentence that reports who attended (not who will)."""
    return bool((_ATTEND_KO if view.lang == "ko" else _ATTEND_EN).search(s.text)) and not _FUTURE.search(s.text)


def head_marked(view: View, s: Sent) -> bool:
    text = s.text if view.lang == "ko" else s.text.lower()
    markers = cues()["ko_head_markers"] if view.lang == "ko" else cues()["en_head_markers"]
    return any(m in text for m in markers)


def assign_heads(view: View, people: list[Person], marked: set[int]) -> None:
    """Explicit markers (`수석대표`, `주재`, `led by`) decide when present; otherwise a country's
    only one or two delegates lead it, and a long list of one country are attendees."""
    if marked:
        for p in people:
            p.head = p.sent in marked
        return
    per: dict[str | None, int] = {}
    for p in people:
        per[p.country] = per.get(p.country, 0) + 1
    for p in people:
        p.head = per[p.country] <= 2
