"""Korean events: a predicate morpheme (`개최`, `열리`, `서명`, `출범`) with the noun phrase it governs,
ending in an event head noun (`회의`, `협정`, `파트너십`), read on Kiwi morphemes."""
from __future__ import annotations

import functools
import re

from extract import regexscan
from extract.events import EventMention
from extract.lang.ko.rules import triggers
from extract.view import Sent, Tok, View
from streams.vocabulary import EVENT_TYPES

_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)$")
_TRAILING_COUNT = re.compile(r"\s*(?:총\s*)?\d+\s*여?\s*(?:건|개|종|件)$")  # `MOU 13건`, `10여건`
# `양해각서(MOU) 개정본에 서명`: a revised text of a document is that document signed
_REVISED = re.compile(r"\s*(?:개정본|수정본|개정안|개정문|최종본)$")
_CLOSERS = ("'", "’", "」", "』", ")", '"', "”")
_OPENERS = {"「": "」", "『": "』", "‘": "’", "“": "”"}
_BOUNDARY_TAGS = ("J", "E", "V", "MAG", "SF", "VCP", "XSV", "XSA", "MAJ", "IC")


def _final_rieul(word: str) -> bool:
    """The last syllable closes in ㄹ (`열릴`, `만날`): a future adnominal."""
    last = ord(word[-1]) - 0xAC00 if word else -1
    return 0 <= last < 11172 and last % 28 == 8


_PROPOSING = frozenset(["자고", "자는", "자며", "자면서"])
_ASKED = frozenset(["ᆯ", "ㄹ", "을", "라고", "라는", "라며", "라"])


_FOLLOWING = re.compile(r"[)」』'’\"”\s]*에\s*(?:이어|뒤이어|이은|잇따라)")
# `A를 비롯해 모두 12건의 협정과 양해각서에 서명`, `수소 등 15건의 계약과 양해각서가 체결됐다`: a counted set
# of documents (its count right before the first document noun of the set) is one object, whatever kinds it names;
# the documents named before it as its examples (`A를 비롯해`, `A 등`) are in it.
_SET_COUNT = re.compile(r"(?:모두|총)?\s*\d+\s*여?\s*건(?:의)?\s*$")
_EXAMPLE_OF = re.compile(r"[)」』'’\"”\s]*(?:(?:을|를)\s*(?:비롯해|비롯한|포함해|포함한)|등)\s")


# `「X 파트너십」에 관한 양해각서`, `'X 협력'에 대한 협정`: the first names what the second document is about
_ABOUT_NEXT = re.compile(r"['’\"”」』]?\s*에\s*(?:관한|대한)\s+")


def about_joined(text: str, objs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A document named as the topic of the next one (`「X」에 관한 양해각서`) is one object with it, not a second
    document signed; its opening quote stays in the name."""
    ordered = sorted(o for o in objs if o[0] >= 0)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if (m := _ABOUT_NEXT.match(text, a[1])) is not None and m.end() == b[0]:
            start = a[0] - 1 if a[0] > 0 and text[a[0] - 1] in "'‘\"“「『" else a[0]
            joined = (start, b[1], b[2])
            return about_joined(text, [joined if o == b else o for o in objs if o != a])
    return objs


def counted_set(text: str, objs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The objects of a signing with a counted set of documents among them as one object (above)."""
    ordered = sorted(o for o in objs if o[0] >= 0)  # (found nearest the verb first)
    for k, o in enumerate(ordered):
        if k + 1 < len(ordered) and (c := _SET_COUNT.search(text, max(0, o[0] - 12), o[0])) is not None:
            first = k
            while first > 0 and _EXAMPLE_OF.match(text, ordered[first - 1][1], c.start()):
                first -= 1
            members = set(ordered[first:])
            whole = (ordered[first][0] if first < k else c.start(), ordered[-1][1], o[2])
            out = [x for x in objs if x not in members]
            at = min(i for i, x in enumerate(objs) if x in members)
            return [*out[:at], whole, *out[at:]]
    return objs


def _proposed(toks: list[Tok], j: int) -> bool:
    """`구축하자고 제안했다`, `구축해 나가자고`, `구축해 나가기로`: an act proposed or agreed on, not done (the
    ending, or the one after an auxiliary verb)."""
    if toks[j].form in _PROPOSING or toks[j].text in _PROPOSING:
        return True
    nxt = toks[j + 1:j + 3]
    if len(nxt) == 2 and nxt[0].tag.startswith("VX") and nxt[0].form in ("주", "달") and (
            nxt[1].form in _ASKED or "+ETM" in nxt[0].tag and nxt[1].text == "것"):
        return True  # `참석해 줄 것을 요청` (`줄`: 주+ㄹ as one token), `참석해 달라고`: an act asked for, not done
    return len(nxt) == 2 and nxt[0].tag == "VX" and (nxt[1].form in _PROPOSING or nxt[1].base == "ETN")


_INTENDING = frozenset({"려", "려고", "으려", "으려고", "려던", "으려던"})


_CONDITIONAL = frozenset(["면", "으면", "다면", "려면", "으려면"])
# `정상이 마주 앉을지 주목된다`, `회담이 열릴지는 불투명하다`: whether it will happen, not done
_WHETHER = frozenset(["을지", "ᆯ지", "ㄹ지", "을지는", "ᆯ지는"])


def _whether(word: str) -> bool:
    """A verb merged with `-ㄹ지` (`만날지`, `할지`): whether it will happen."""
    return len(word) >= 2 and word[-1] == "지" and _final_rieul(word[:-1])


# `구축하고 있다`, `운영되고 있는`: the progressive after a launch verb tells what goes on, not what was begun.
_GOING_ON = re.compile(r"(?:하|되|해)?고\s*있")


# `…을 맺고 … 강화하기로 한 데 대해`, `…에 서명한 것에 대해`: a clause that is the object of concern or welcome (`데/것
# 대해`), up to it with no sentence end between.
_CONCERNED_WITH = re.compile(r"[^.。\n]{0,80}?(?:한|된|맺은|체결한|서명한)\s*(?:데|것)\s*(?:에\s*)?"
                             r"(?:대해|대한|대하여)")


def _mood(toks: list[Tok], i: int) -> str:
    """What follows the trigger morpheme: a final/connective ending (main), an adnominal ending
    (`개최된 회의`), a future adnominal or `-기로` (future), or a particle/noun (nominal use). A verb Kiwi merged
    with its ending (`만나` = 만나 + 아, `VV+EC`) carries the mood itself."""
    own = toks[i].tag
    if own.startswith("VV+") and ("+EC" in own or "+EF" in own):
        return "future" if _whether(toks[i].text) else "main"  # (`만날지` = 만나 + ᆯ지: whether they will meet)
    if own == "VV" and toks[i].text.endswith(("나", "아", "어")) and (i + 1 == len(toks) or toks[i + 1].start > toks[
            i].end and toks[i + 1].base.startswith(("NN", "SL", "SN", "MA", "MM"))):
        return "main"  # `사무총장과도 만나 …`: the contracted `-아` Kiwi left unmarked; a word of its own follows
    if own.startswith("VV+") and "+ETM" in own:  # `열린 제3차 회의`, `열릴` (one merged token)
        return "future" if _final_rieul(toks[i].text) else "adnominal"
    for j, t in enumerate(toks[i + 1:i + 6], i + 1):
        base = t.base
        if base in ("XSV", "XSA", "EP") or t.tag.startswith(("XSV", "EP")):
            if "ETM" in t.tag:  # merged `한`/`될`
                return "future" if t.text.endswith(("할", "될", "을")) else "adnominal"
            if "+EC" in t.tag or "+EF" in t.tag:  # merged `해`/`했다`
                if _whether(t.text):
                    return "future"  # (`회담할지` = 하 + ᆯ지: whether they will)
                return "future" if _proposed(toks, j) else "main"
            continue
        if t.form in _INTENDING:  # `회동을 하려 했으나`, `서명하려던 협정`: meant to, not done
            return "future"
        if base == "ETM":
            return "future" if t.form in ("ᆯ", "을", "ㄹ") else "adnominal"
        if base == "ETN" and t.form in ("ᆷ", "음"):
            return "main"  # a report's nominal ending (`회담하였음`, `면담함`) stands for `회담했다`
        if base == "ETN" or t.form == "기로":
            return "future"
        if base == "EC" and t.form in _CONDITIONAL:
            return "future"  # `EPA가 체결되면 …`: if it is concluded, not done
        if base in ("EC", "EF") and t.form in _WHETHER:
            return "future"
        if base in ("EC", "EF"):
            return "future" if _proposed(toks, j) else "main"
        if base.startswith("J") or base.startswith("NN") or base in ("SS", "SP", "SW", "SL"):
            return "nominal"
        return "main"
    return "main"


# A sentence ending in a plan (`할 계획이다`, `열릴 예정입니다`): what its connective clauses report is ahead.
# (`… 공유할 예정이라고 21일 밝혔다`: the plan told in reported speech)
_PLAN_END = regexscan.compile(r"(?:[할될갈올줄볼낼칠을]|[가-힣]ㄹ)\s*(?:계획|예정|방침)(?:이다|입니다|이며|임|"
                              r"이라고\s+(?:\d{1,2}일\s+)?(?:밝혔|말했|전했|설명했)(?:다|습니다))[.\s]*$")


# `… 스페인과 독일을 잇달아 방문한다고 외교부가 이날 밝혔다`: a schedule reported in the plain present.
_REPORTED_PRESENT = re.compile(r"([가-힣])다고\s+(?:[^.\n]{0,30}?\s)?(?:밝혔|전했|발표했|말했)")


def _schedule_reported(text: str) -> bool:
    """The sentence reports, in the plain non-past (`방문한다고`, `연다고`), what someone said is to come."""
    return any(_final_nieun(m.group(1)) or m.group(1) == "는" for m in _REPORTED_PRESENT.finditer(text))


# `…가 9.4.(목) 산티아고에서 열린다고 밝혔다`, `…회담을 갖는다고 전했다`: a trigger's own clause quoted in the plain
# non-past before a verb of telling: a schedule announced.
_TELLING = frozenset({"밝히", "발표", "전하", "말하", "설명", "알리", "예고", "공지"})


def _quoted_schedule(view: View, toks: list[Tok], i: int, lo: int) -> bool:
    """The trigger's clause ends in the quoted plain non-past (`열린다고`, `갖는다고`, `연다고`) right before a verb
    of telling, and no day before it in the sentence is before the publication day (`지난 3일 … 연다고` is none)."""
    for k in range(i, min(i + 5, len(toks))):
        t = toks[k]
        if "EP" in t.tag:
            return False
        if "EC" in t.tag or "EF" in t.tag:
            w = t.text
            if w.endswith("다") and k + 1 < len(toks) and toks[k + 1].text == "고" and toks[k + 1].base == "JKQ":
                w, k = w + "고", k + 1  # (Kiwi: `열린다` + the quotative `고`)
            if not (w.endswith("다고") and len(w) >= 3 and (w[-3] == "는" or _final_nieun(w[-3]))):
                return False
            k += 1
            while k < len(toks) and (toks[k].base in ("SN", "NNB", "W_SERIAL") or toks[k].text == "이날"):
                k += 1  # (`열린다고 2일 밝혔다`: the day of telling between)
            if k >= len(toks) or toks[k].form not in _TELLING:
                return False
            return not _day_before_publication(view, lo, toks[i].start)
    return False


def _day_before_publication(view: View, lo: int, hi: int) -> bool:
    """A day between `lo` and `hi` before the publication day (`지난 3일 …`): a schedule told with it is no schedule."""
    pub = view.published
    return pub is not None and any(d.kind == "day" and d.value is not None and d.value < pub and d.ahead is None
                                   for d in view.dates_in(lo, hi))


def _future_noun_predicate(toks: list[Tok], i: int) -> bool:
    """The trigger noun is the sentence's predicate with the copula (`…정상회담이다`) and a future adnominal opens
    its phrase (`열릴 … 정상회담이다`, `체결될 협정이다`): an event to come described, not one told held."""
    if i + 1 >= len(toks) or not toks[i].base.startswith("NN") or not (
            toks[i + 1].base == "VCP" or toks[i + 1].tag.startswith("VCP")):
        return False
    for t in reversed(toks[max(0, i - 8):i]):
        if "EC" in t.tag or "EF" in t.tag or t.base in ("SF", "SP"):
            return False
        if "ETM" in t.tag:  # (`열릴`, `개최될`: a verb or `되` merged with the ending)
            return t.form in ("ᆯ", "을", "ㄹ") or "+" in t.tag and _final_rieul(t.text)
    return False


def _reported_ahead(view: View, toks: list[Tok], i: int, sent: Sent) -> bool:
    """After the trigger, the sentence quotes a plain non-past before a verb of telling (`…을 소화한다고 밝혔다`),
    and no day before the trigger is before the publication day: a schedule announced."""
    return _schedule_reported(view.text[toks[i].end:sent.end]) and not _day_before_publication(view, sent.start,
                                                                                               toks[i].start)


_GOVERNMENTS = frozenset({"정부", "정권", "내각", "행정부"})
_GOVERNMENT_LAUNCHED = re.compile(rf"(?:{'|'.join(sorted(_GOVERNMENTS))})\s*출범")


def _government_of(toks: list[Tok], i: int) -> bool:
    """The launch verb's subject, or the noun it follows, is a government (`정부가 출범`, `정부 출범`)."""
    k = i - 2 if i > 1 and toks[i - 1].base == "JKS" else i - 1
    return k >= 0 and toks[k].form in _GOVERNMENTS


_FINISH = frozenset({"마치", "끝내", "끝마치", "종료"})


def _finished_back(toks: list[Tok], i: int) -> bool:
    """A bare meeting noun (`회담`, `회의`, `협상`, no name before it) as the object of `마치다`/`끝내다` (`회담을 마친
    뒤`): the meeting told before, finished, not another one."""
    return toks[i].base.startswith("NN") and (i == 0 or toks[i - 1].base not in ("NNG", "NNP", "SL", "SH")) \
        and i + 2 < len(toks) and toks[i + 1].base == "JKO" and toks[i + 2].form in _FINISH


def _described(toks: list[Tok], i: int) -> bool:
    """The trigger in the present adnominal (`개최하는`, `체결하는`) in a sentence that ends in the present copula
    (`…최초의 위원회이다`, `…두 번째로 체결하는 파트너십이다`): what the event is, told of one held or ahead."""
    etm = next((t for t in toks[i:i + 3] if "ETM" in t.tag), None)
    if etm is None or etm.form != "는" and not etm.text.endswith("는"):
        return False
    k = next((k for k in range(len(toks) - 1, -1, -1) if "EF" in toks[k].tag), None)
    return k is not None and k > 0 and "EP" not in toks[k].tag and (
        toks[k - 1].base == "VCP" or toks[k].tag.startswith("VCP"))


def _final(syllable: str, jong: int) -> bool:
    """The Hangul syllable closes in the final consonant numbered `jong` (4: ㄴ, 17: ㅂ)."""
    code = ord(syllable) - 0xAC00 if syllable else -1
    return 0 <= code < 11172 and code % 28 == jong


def _final_bieup(syllable: str) -> bool:
    """The syllable closes in ㅂ (`립`, `합`, `갑`): with `니다`, the formal non-past ending `-ㅂ니다`."""
    return _final(syllable, 17)


def _final_nieun(syllable: str) -> bool:
    """The syllable closes in ㄴ (`한`, `난`, `연`): with `다`, the plain non-past ending `-ㄴ다`."""
    return _final(syllable, 4)


# `이동해`, `귀국한다`: a sentence telling the trip's next leg.
def _moves(text: str) -> bool:
    """A word of moving on (`이동|귀국|출국|향하|향해`), by `in`: a regex's first characters, `이` above all, are
    common syllables it would try at every one."""
    return "이동" in text or "귀국" in text or "출국" in text or "향하" in text or "향해" in text


def _ahead_final(toks: list[Tok], text: str) -> int | None:
    """A sentence telling the trip's next leg (`X로 이동해`) whose last predicate is in the plain non-past
    (`참석한다`, `회담을 한다`, `귀국한다`): what is ahead (a release's `회의를 개최한다`, of the day at hand, has no
    leg). Not hearsay (`했다고 한다`) nor a judgment (`…것으로 보인다`). Its token's index."""
    return _plain_present(toks) if _moves(text) else None


def _plain_present(toks: list[Tok]) -> int | None:
    """The sentence's last predicate in the plain non-past (`참석한다`, `열린다`), not hearsay (`했다고 한다`) nor a
    judgment (`…것으로 보인다`): its token's index."""
    k = next((k for k in range(len(toks) - 1, -1, -1) if "EF" in toks[k].tag), None)
    if k is None or "EP" in toks[k].tag or k and "EP" in toks[k - 1].tag:
        return None
    w = toks[k].text
    # (`열린다`, `참석한다`; in a briefing's formal style `열립니다`, `이어 갑니다`, `참석합니다`)
    if not (w.endswith("는다") or len(w) >= 2 and w[-1] == "다" and _final_nieun(w[-2])
            or w.endswith("습니다") or w == "ㅂ니다" or len(w) >= 3 and w.endswith("니다") and _final_bieup(w[-3])):
        return None
    if k and toks[k - 1].base == "EC" or any(t.text == "것" for t in toks[max(0, k - 4):k]):
        return None
    return k


def _dated_ahead(view: View, toks: list[Tok], i: int, lo: int) -> bool:
    """The trigger's own ending closes the sentence in the plain non-past (`열린다`, `참석한다`), and a day or month
    before it is after the publication day: Korean tells a schedule in the present."""
    if view.published is None:
        return False
    told = view.dates_in(lo, toks[-1].end)
    days = [d for d in told if d.kind in ("day", "month", "same_day", "week")]  # (`다음 주`: next week)
    # (a day before the publication's that the default put last month is ahead in a schedule: `11일 … 연다`; a
    # sentence with no date at all tells its schedule in the present too: `… 협상을 서울에서 연다`; not `다음 회의는
    # 2025년 인도에서 열린다`, the next round's year)
    # (`오늘 저녁 … 만찬을 함께합니다`: today in the present is later today)
    if told and not any(d.value and (d.value > view.published or d.ahead or d.kind == "same_day") for d in days
                        if d.start < toks[i].start):
        return False
    k = _plain_present(toks)
    return k is not None and _own_final(toks, i, k)


def _own_final(toks: list[Tok], i: int, final: int) -> bool:
    """The trigger's own ending is the sentence's last one (`G20 정상회의에 참석한다`), or a coordinating `-고`/`-며`
    whose clause shares it (`다음 주 서울에서 경제공동위원회를 열고 … 협의한다`: both ahead)."""
    for k in range(i, min(i + 5, len(toks))):
        if "EF" in toks[k].tag or "EC" in toks[k].tag:
            if k == final:
                return True
            return toks[k].tag.endswith("EC") and toks[k].text.endswith(_COORDINATING) \
                and not any("EF" in toks[j].tag or "EP" in toks[j].tag for j in range(k + 1, final))
    return False


_COORDINATING = ("고", "며")


def _bare_connective(toks: list[Tok], i: int) -> bool:
    """The trigger ends in a connective (`서명하고`, `갖고`, `개최하며`, `참석해`, `만나`) with no past marker of its
    own (`서명하였고`): Korean marks the tense of such a clause on the sentence's last predicate."""
    for t in toks[i + 1:i + 5] if toks[i].base.startswith(("NN", "XR")) else toks[i:i + 4]:
        if t.base == "EP" or "+EP" in t.tag:
            return False
        if t.base == "EC" or "+EC" in t.tag:
            # (a verb merged with its ending, `해` = 하 + 어, `만나` = 만나 + 아: the contracted `-아/-어`)
            return t.form in ("고", "며", "면서", "으며", "으면서", "어", "아", "여", "어서", "아서") or t.base != "EC"
        if t.base in ("EF", "ETM", "ETN") or t.base.startswith("J"):
            return False
    return False


def _phrase_left(view: View, toks: list[Tok], k: int) -> tuple[int, int]:
    """Character span of the noun phrase ending at token k (quotes and parentheses kept whole), of the sentence
    whose tokens are `toks`. Each trigger of a sentence reads the noun phrases before it: found once per token."""
    memo = view.memo("phrase_left_ko")
    span = memo.get(toks[k].start)
    if span is None:
        span = memo[toks[k].start] = _phrase_left_of(view, toks, k)
    return span


def _phrase_left_of(view: View, toks: list[Tok], k: int) -> tuple[int, int]:
    end = toks[k].end
    j = k
    depth = 0
    while j > 0:
        prev = toks[j - 1]
        if prev.text in ("'", "’", "」", "』", '"', "”", ")", "]") and depth == 0 and prev.text in (")", "]"):
            depth += 1
            j -= 1
            continue
        if depth:
            if prev.text in ("(", "["):
                depth -= 1
            j -= 1
            continue
        if prev.base.startswith(_BOUNDARY_TAGS) or prev.text in (",", "，", "…") or (
                prev.base == "_SP" and "\n" in prev.text):
            break
        if prev.base == "SN" and prev.text.endswith("."):
            break  # a list number (`1. 제5차 …`)
        if prev.text in _AFTER and j >= 2 and toks[j - 2].tag.endswith("ETM"):
            break  # `회의를 마친 뒤 합의의사록에`: the time of an act before, not a word of the name
        if prev.base == "MM" and prev.text not in ("첫",) and prev.end < toks[j].start:
            break  # a determiner is spaced (`전 장관`); glued, it is part of a word (`전주기`)
        j -= 1
        if k - j > 25:
            break
    start = toks[j].start
    # Drop a leading date (`12.12(목) IPEF 회의`) and leading punctuation.
    for d in view.dates_in(max(0, start - 64), end):  # a date never runs longer than that
        if d.start <= start < d.end or (start <= d.start < end and d.end <= end and d.start - start <= 1):
            start = max(start, d.end)
    while start < end and view.text[start] in " ·,'‘’\"“”「『(":
        if view.text[start] in "'‘\"“「『" and view.text.find({"'": "'", "‘": "’", '"': '"', "“": "”", "「": "」",
                                                               "『": "』"}[view.text[start]], start + 1, end + 2) != -1:
            break
        start += 1
    return start, end


def _quoted_before(view: View, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """If token k closes a quote (`'…'를`, `「…」으로`), the quoted span."""
    close = toks[k].text
    pairs = {"'": "'", "’": "‘", "」": "「", "』": "『", '"': '"', "”": "“"}
    if close not in pairs:
        return None
    opener = pairs[close]
    pos = view.text.rfind(opener, toks[k].sent_start if hasattr(toks[k], "sent_start") else 0, toks[k].start)
    if close == "'" and pos == -1:
        pos = view.text.rfind("‘", 0, toks[k].start)
    if pos == -1 or toks[k].start - pos > 120:
        return None
    return pos + 1, toks[k].start


@functools.cache
def _heads(kind: str) -> tuple[str, ...]:
    if kind == "signed":  # launch heads that are documents when signed (`파트너십을 체결`)
        return tuple(triggers().signed_heads)
    if kind == "body":  # what `구축`/`설치` launch (`협의체`, `위원회`)
        return tuple(triggers().body_heads)
    return tuple(triggers().heads[kind])  # built once: read for every noun phrase before a trigger


@functools.lru_cache(maxsize=8192)
def ends_with_head(text: str, kinds: tuple[str, ...]) -> str | None:
    """(Asked for the same noun phrases by each trigger of a sentence: remembered by text.)"""
    t = text.strip(" '’‘」』「『\"”“")
    t = _TRAILING_PAREN.sub("", t).strip(" '’‘」』「『\"”“")
    t = _TRAILING_COUNT.sub("", t)  # `양해각서(MOU) 13건`
    t = _TRAILING_PAREN.sub("", t).strip(" '’‘」』「『\"”“")
    t = t[:-1] if t.endswith("들") else t  # `협력 문서들이 서명되는`: a plural (no head ends in `들`)
    for kind in kinds:
        if t.endswith(_heads(kind)) or kind == "agreement" and _REVISED.search(t) and _TRAILING_PAREN.sub(
                "", _REVISED.sub("", t)).endswith(_heads(kind)):
            return kind
    return None


_DONE_VERBS = frozenset(["마치", "끝내", "끝마치", "앞두"])


_AFTER = frozenset(["후", "뒤", "직후", "이후"])
_AHEAD = re.compile(r"(?:예정|계획|방침)(?:이다|입니다|이며|임)|(?:ㄹ|을|할)\s*것")
_WITH_OF = re.compile(r"(?:과|와)의\s*(?:[가-힣]+\s*)?$")


def _done_before(toks: list[Tok], i: int) -> bool:
    """The adnominal verb at `i` (`가진`, `한`, `만난`) is followed by `뒤/후` or `데 이어` (`회담을 가진 뒤`, `회담을
    가진 데 이어`): what it tells was done before what follows."""
    if toks[i].tag.startswith("VV+"):
        k: int | None = i + 1
    else:
        # (`예방한 데 이어`: Kiwi merges `하` with its ending, `XSV+ETM`)
        k = next((j + 1 for j in range(i + 1, min(i + 3, len(toks)))
                  if toks[j].base == "ETM" or "+ETM" in toks[j].tag), None)
    if k is None or k >= len(toks):
        return False
    return toks[k].text in _AFTER or (toks[k].text == "데" and k + 1 < len(toks) and toks[k + 1].text in ("이어", "잇"))


def _met_before_act(view: View, toks: list[Tok], i: int) -> bool:
    """`X 대통령과의 회담 후`, `X 장관과의 회담을 마친 뒤`: a meeting noun with its counterpart (`과의`), then `after`
    or a verb of finishing."""
    if (toks[i].form or toks[i].text) not in _MEETING_OBJECTS:
        return False
    nxt = toks[i + 1:i + 4]
    if len(nxt) == 3 and nxt[0].base == "JKO" and (nxt[1].form or nxt[1].text) in ("마치", "끝내", "끝마치") and \
            nxt[1].base.startswith("VV") and nxt[2].text in _AFTER:
        return True  # `정상회담을 마친 뒤`: the meeting finished before what follows, whoever it was with
    if not _WITH_OF.search(view.text, max(0, toks[i].start - 10), toks[i].start):
        return False
    return bool(nxt) and (nxt[0].text in _AFTER or nxt[0].base == "JKO" and _another_verb(toks, i + 2, i + 4))


_EACH = re.compile(r"각각\s*$")


def _each_of(view: View, objs: list[tuple[int, int, str]], trig: int) -> list[tuple[int, int, str]]:
    """`A 회담이, B 회담이 각각 열렸다`, `A 회담과 B 대화가 각각 열렸다`: every meeting named before `각각` (each)
    is held, not only the nearest."""
    if len(objs) < 2 or not _EACH.search(view.text, 0, trig):
        return []
    out: list[tuple[int, int, str]] = []
    for o in objs:  # nearest first; a phrase inside one kept is not another meeting
        if o[2] == "dialogue" and not any(a <= o[0] < b or o[0] <= a < o[1] for a, b, _ in out):
            out.append(o)
    return out if len(out) > 1 else []


def _another_verb(toks: list[Tok], lo: int, hi: int) -> bool:
    """A verb of finishing or awaiting (`마친`, `끝내고`, `앞둔`) takes the phrase before it, not the trigger."""
    return any((t.form or t.text) in _DONE_VERBS and t.base.startswith("VV") for t in toks[lo:min(hi, lo + 2)])


# `A와 B 간 정상회담에서 합의한 X`: a meeting as the setting of a clause modifying a noun after it (referred to)
SETTING_AFTER = re.compile(r"에서\s*[가-힣]+(?:한|된|던)\s")
SETTING_CLAUSE = re.compile(r"(?P<meeting>(?:정상회담|회담|회의|회동|대화|통화|협의))" + SETTING_AFTER.pattern)


def _setting_mentions(view: View, sent: Sent, toks: list[Tok]) -> list[EventMention]:
    """The meetings set as a modifying clause's scene (`지난해 8월 18일 한미일 정상회의에서 채택한 X`): referred to."""
    out = []
    for sm in SETTING_CLAUSE.finditer(sent.text):
        end = sent.start + sm.end("meeting")
        k = next((j for j, t in enumerate(toks) if t.end == end), None)
        if k is None:
            continue
        lo, hi = _phrase_left(view, toks, k)
        cut = _PAIR_LEAD.match(view.text, lo, hi)
        if cut and not _BARE_MEETING.fullmatch(view.text[cut.end():hi].strip()):
            lo = cut.end()  # `A와 B 간 정상회담`: who met is not the name
        name = view.text[lo:hi].strip()
        if ends_with_head(name, ("dialogue",)):
            out.append(EventMention("dialogue", sent, toks[k].start, toks[k].end, "adnominal", name, lo, hi,
                                    (sent.start, sent.end)))
    return out


def _find_object(view: View, toks: list[Tok], i: int, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Noun phrases left of trigger token i, in its clause, ending in a head noun of `kinds`.
    Returns (start, end, kind), nearest first."""
    out = []
    j = i - 1
    while j >= 0 and i - j < 40:
        t = toks[j]
        if t.base in ("EF",) or (t.base == "EC" and j < i - 1 and t.text in ("며", "으며", "고", "면서")
                                  and toks[j + 1].text.startswith((",", " "))):
            break
        if t.text in ("뒤", "후", "다음", "이후", "직후") and j + 1 < i and toks[j + 1].text.startswith(","):
            break  # `회의를 주재한 뒤, A 장관과 면담`: the clause before is another predicate's
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        is_noun_end = t.base.startswith(("NN", "SL", "SH", "SN", "XSN")) or t.text in _CLOSERS
        followed = nxt is not None and (nxt.base.startswith("J") or j + 1 == i or nxt.text in (",",))
        if is_noun_end and followed and nxt.base == "JKO" and _another_verb(toks, j + 2, i):
            j -= 1  # `정상회담을 마친 X는 … Y와 만났다`: the object of another verb, told as the scene before
            continue
        if is_noun_end and followed and nxt.text == "에서" and SETTING_AFTER.match(view.text, t.end):
            j -= 1  # `정상회담에서 합의한 X를 … 진행되었다`: the setting of a clause modifying another noun
            continue
        if is_noun_end and followed:
            quoted = _quoted_before(view, toks, j)
            if quoted:
                span = quoted
                k = next((x for x in range(j, -1, -1) if toks[x].start <= quoted[0] - 1), 0)
                phrase = _phrase_left(view, toks, j)
                span = (min(phrase[0], quoted[0]), quoted[1])
                j = k
            else:
                span = _phrase_left(view, toks, j)
            text = view.text[span[0]:span[1]]
            kind = ends_with_head(text, kinds) or (
                ends_with_head(view.text[span[0]:toks[min(j + 1, len(toks) - 1)].start], kinds) if quoted else None)
            if kind:
                out.append((span[0], span[1], kind))
        j -= 1
    return out


def _genitive_after(view: View, end: int) -> bool:
    return view.text.startswith("의", end) and not view.text.startswith("의장", end)


def _object_right(view: View, toks: list[Tok], i: int, etype: str) -> list[tuple[int, int, str]]:
    """`지난 4월 체결된 협정`: an adnominal trigger modifies the noun phrase after it."""
    j = i + 1 if "ETM" not in toks[i].tag else i  # `열린` is one merged token
    while j < len(toks) and not toks[j].tag.startswith(("ETM",)) and "ETM" not in toks[j].tag:
        j += 1
        if j - i > 3:
            return []
    start = j + 1
    k = start
    while k < len(toks) and not toks[k].base.startswith(("J", "E", "V", "SF", "MAG")) and k - start < 20:
        k += 1
    if k == start or k > len(toks):
        return []
    lo, hi = toks[start].start, toks[k - 1].end
    kinds = (etype, "dialogue") if etype == "launch" else (etype,)
    kind = ends_with_head(view.text[lo:hi], kinds)
    return [(lo, hi, kind)] if kind else []


# `별도 면담을 갖고`, `회의 뒤 X와 따로 만나`, `FTC 계기 양자회담`: a side meeting
_SIDE_KO = re.compile(r"별도|따로|계기(?:로|에)?\s*양자")
# `3자 회동이 열렸다`, `3자 회담을 가졌다`, `4자 장관회의가 열렸다`: a meeting named by its format (three, four
# parties) is its own beside the day's other one.
_THREE_WAY = re.compile(r"(?:[3-9]|세|삼|네)\s*자\s*(?:정상|장관|외교장관|차관)?\s*(?:회동|회담|회의|협의)$")
# `외교장관회담을 하고`, `첫 정상 통화를 했다`, `단독 환담을 했다`: meeting nouns that `하다` takes as its object.
_MEETING_OBJECTS = frozenset(["회담", "회의", "정상회담", "통화", "정상통화", "전화통화", "면담", "화상회의", "협상",
                              "환담", "대화", "회동", "전화협의", "화상협의", "전화회담", "화상회담"])
# `A와 회동했다`: triggers only as verbs (`하` after them); the bare noun is a meeting's head (`회동을 가졌다`).
_VERB_ONLY = frozenset(["회동"])
# `협상을 벌였다`, `회담을 벌였다`: the light verbs `하`/`벌이` with a meeting noun as object hold the meeting.
_LIGHT_VERBS = ("하", "벌이")
# `총리로부터 전화를 받았다`, `대통령의 전화를 받고`: a call told by the side that received it.
# `X 보고관의 예방을 받았다`: a courtesy call told by the host who received it, likewise.
_CALL_NOUNS = frozenset(["전화", "통화", "전화통화", "정상통화", "예방"])
_RECEIVE = "받"
# `X 총재와도 면담을 갖고`: a counterpart marked `도` (also) is met beside the meeting reported before.
_ALSO_WITH = re.compile(r"(?:와|과)도\s+\S*\s*$|(?:와|과)도\s*$")
# `개소식에 앞서 … 부실장과 면담을 갖고`: a meeting with a person before another event is its own.
# `이에 앞서 X 차관은 … 면담하고`: before the meeting just told, so another one.
# (`회담 시작에 앞서`, `회의 개막에 앞서`: before the meeting's start, as before the meeting)
_BEFORE_EVENT = re.compile(r"(?:(?:식|회의|회담|행사|포럼|서밋)(?:\s*(?:시작|개막|개회))?에|(?<![가-힣])이에)\s*앞서\s")
# `같은 날 오후 X 장관을 면담하고`: a person met at another time of the day told after the event reported.
# `X 총리도 예방했다`, `X 의장도 면담했다`: verbs whose object is the person met, and `도` standing in its object marker
# (not `X 대표도 회의에 함께했다`, where the person marked `도` is a subject).
_MEET_PERSON = frozenset(["예방", "만나", "면담", "접견"])
_ALSO_OBJECT = re.compile(r"(?<=[가-힣])도\s*$")
# (`한편, 정 차관보는 같은 날 X 협회장을 면담하고`: `한편` opening the sentence tells another meeting too)
_LATER_SAME_DAY = re.compile(r"(?:같은\s*날|이날|당일)\s+(?:오전|오후|저녁)|^\W*한편\s*,?\s")
_BILATERAL = re.compile(r"양자\s?(?:회담|면담|회의)$")
_DAY_BEFORE = re.compile(r"전날|전일|하루 전")
# `두 정상은 첫 통화에서 … 데 뜻을 모았다`, `회담에서 … 하기로 합의했다`: a meeting told only as the setting where the
# parties agreed (a finite or connective past accord, not `합의한` modifying a noun) was held.
_ACCORD = re.compile(r"(?:뜻을|의견을)\s*(?:모았|같이했|같이하였)|합의했|합의하였")
_AT = frozenset(["에서"])
# `APEC 정상회의가 열린 경주에서 마주 앉았다`, `…가 열리는 샌프란시스코에서 회담했다`: a host gathering named as
# where the meeting took place (its subject clause before a place marked `에서`) is a venue, not the meeting.
HELD_AT = re.compile(r"(?:가|이)\s+열(?:린|리는|리고\s+있는)\s+(?=(?:[가-힣]+\s+){0,2}?[가-힣]+(?:\s*인근)?에서\s)")
# `회담에 앞서 … 대통령을 예방했다`, `회담 직후 … 면담했다`: a meeting named as the time of another is not its object.
_TIME_OF = re.compile(r"(?:에\s*앞서|\s+직후|\s+직전)\s")
_TIME_WORD = re.compile(r"(?:새벽|아침|오전|오후|저녁|밤)\s+")
# `A와 B가 호놀룰루에서 마주 앉았다`: sat down face to face, i.e. met (names no meeting, like `만났다`).
_FACE = ("마주", "앉")
_PAIR_LEAD = re.compile(r"[^「『'‘\"“\n]{0,40}?(?:장관|대통령|총리|주석|차관|대사|위원장|의장|본부장)\s+간\s+")
_TIME_LEAD = re.compile(r"[^\s()]+\s+(?:직후|직전|이후|이전|뒤|후)\s+")
_AMID_LEAD = re.compile(r"가운데\s+")  # `두 정상이 지켜보는 가운데 양해각서가 교환됐다`: the scene is not the name
# `서명한 문서`, `해당 문서`: a document named by no words of its own
_BARE_DOCUMENT = re.compile(r"(?:(?:서명한|서명된|체결한|해당|관련|이|그)\s+)?(?:문서|서류|서명본|문건|원본)들?")
# `방위사업청과 사우디 국방부 간 '…양해각서'`: the parties before 간 are not the name when a quoted name follows
_PAIR_QUOTED = re.compile(r"[^'‘“「『\n]{1,50}?\s간\s+(?=['‘“「『])")


@functools.cache
def _not_counterparts_re() -> re.Pattern[str]:
    words = "|".join(map(re.escape, triggers().not_counterparts))
    return re.compile(rf"(?:{words})(?:들)?(?:과|와|을|를)도?\s*$")  # `관계자들과도 만나`


def _not_counterparts(before: str) -> bool:
    return bool(_not_counterparts_re().search(before))


# `「X 센터」가 … 개소식을 갖고`: a ceremony held for an opening (개소, 출범, 발족) launches the body named.
_CEREMONY = re.compile(r"(?:출범|발족|개소|개원|개관|창립)(?:식|행사)(?:을|를|이|가|에)?\s*$")
_QUOTED = re.compile(r"[「『'‘\"“]([^「『'‘\"“」』’”]{2,60})[」』'’\"”]")


_MEALS = ("오찬", "만찬", "조찬")


def _meal(name: str) -> bool:
    """The name ends in a meal (what `(?:오찬|만찬|조찬)$` finds, `$` before a last newline too, without its search
    trying every place of the name)."""
    return name.endswith(_MEALS) or (name.endswith("\n") and name[:-1].endswith(_MEALS))


# a launch told as done (`출범시켰다`), not one agreed on (`출범시켜 … 삼기로 했다`)
_LAUNCHED = re.compile(r"(?:출범|발족|창설)(?:시켰|하였|했|되었|됐)")
_LAUNCHED_QUOTE = re.compile(r"[「『'‘\"“]([^「『'‘\"“」』’”]{2,60})[」』'’\"”]\s*(?:을|를|이|가)\s*$")
_SIGNED_QUOTE = re.compile(r"[「『]([^「『」』]{2,80})[」』]\s*(?:이|가|을|를|에|도)?\s*$")


def _meal_with(before: str, name: str) -> bool:
    """`X 의장과 친교 오찬을 함께하며`: a meal is a meeting when taken with a named counterpart; a banquet
    (`국빈만찬`, `환영 만찬`, `주최`) is a ceremony."""
    return bool(re.search(r"(?:와|과)\s+", before[-40:]) or _HOST_HOME.search(before[-40:])
                or _PRIVATE_MEAL.match(name)) and not re.search(r"국빈|환영|주최|리셉션", name)


# `푸틴 대통령 관저에서 만찬을 함께했다`: a meal at a leader's residence is taken with that leader; `비공식 만찬`,
# `친교 오찬`: an informal meal of the leaders is a meeting, not a banquet.
_HOST_HOME = re.compile(r"(?:대통령|총리|주석|국왕|왕세자|총통|수상)(?:의)?\s*(?:관저|사저|별장|공관|별궁)"
                        r"(?:\([^()]*\))?에서\s")
_PRIVATE_MEAL = re.compile(r"(?:비공식|친교|단독|소규모)\s*(?:오찬|만찬|조찬)$")


def _ceremony_launch(view: View, lo: int, trig: int) -> list[tuple[int, int, str]]:
    before = view.text[lo:trig]
    cer = _CEREMONY.search(before)
    if not cer:
        return []
    # `「한-베트남 디지털 동반자 관계」 출범식`: the quoted name right before the ceremony is what it launches,
    # whatever its head noun
    named = [q for q in _QUOTED.finditer(before[:cer.start()]) if ends_with_head(q.group(1), ("launch", "dialogue"))
             or not before[q.end():cer.start()].strip()]
    if not named:
        return [(-1, -1, "launch")]
    q = named[-1]
    return [(lo + q.start(1), lo + q.end(1), "launch")]


# `X 장관, Y 장관과 잇달아 면담`, `리 총리, 기시다 총리와 차례로 회담`: one meeting with each person named.
_IN_TURN = re.compile(r"(?:잇달아|잇따라|연쇄|차례로|각각|연이어|(?<=\s)순(?:서)?으로)\s*(?:양자\s*)?$")
_NAMED_CUE = re.compile(r"(?:연쇄|잇단|잇따른|릴레이)\s*(?:양자\s*)?(?:회담|면담|협의)")


@functools.cache
def _titles() -> str:
    from extract.lang.ko.rules import people

    return "|".join(sorted(map(re.escape, people().role_suffixes), key=len, reverse=True))


@functools.cache
def _title_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{_titles()})$")


# The connective ending of a clause (`회담하고`, `면담을 가졌으며`, `만난 뒤`) that ends the earlier meeting.
# (`회담을 가진 데 이어`, `만난 뒤`: a clause done before the next one, whose object is its own)
_DONE_CLAUSE = re.compile(r"(?:한|만난|가진|나눈)\s+(?:뒤|후|데\s*이어)\s+")
_EARLIER_CLAUSE = re.compile(r"(?:하|했|하였|가졌|갖|가지|만나|만났|나누|나눴)(?:고|으며|며)\s+|"
                             + _DONE_CLAUSE.pattern)


@functools.cache
def _titled_subject() -> re.Pattern[str]:
    return re.compile(rf"(?:{_titles()})(?:이|가)\s")


@functools.cache
def _joined_after_title() -> re.Pattern[str]:
    return re.compile(rf"((?:{_titles()}))(?:과|와)\s+")


def _met_in_turn(lead: str, finite: bool = False) -> list[frozenset[str]]:
    """`디에고 파르도(Diego Pardow) 에너지부 장관, 아우로라 윌리엄스(…) 광업부 장관과` -> the name words of each:
    the run of titled people that ends the lead (`정상회담을 가졌으며, 이어 A 총리, B 의장과 차례로`). With no subject
    a headline does not tell who met whom, but a sentence ending in a finite verb has the text's subject (`방문 기간 A
    주석과 B 의장도 각각 만났다`)."""
    lead = re.sub(r"(?:(?:과|와)도?|을|를)\s*$", "", lead.rstrip())  # `B 총리와도 각각`: also met each
    if lead.endswith("도") and _title_end().search(lead[:-1]):
        lead = lead[:-1]  # `A 주석과 B 의장도 각각`: B too
    # `(X 외무상이) A 총리와 회담하고 B 장관, C 장관을 잇따라 만났다`: the run starts after the clause of the
    # earlier meeting, else after the subject
    cut = max((c.end() for c in _EARLIER_CLAUSE.finditer(lead)), default=0)
    # (wire copy marks its subject with 이/가 after the title: `(서울=뉴스1) A 국방부 장관이 4일 … B와 C를 잇따라`)
    subject = list(re.finditer(r"[가-힣](?:은|는)\s", lead)) or list(_titled_subject().finditer(lead))
    if not subject and not cut and not finite:
        return []  # a headline (`A 부총리, B 장관 및 C 총재와 연쇄 면담`): who met whom is not told apart
    lead = lead[max(cut, subject[-1].end() if subject else 0):]
    # (`A 부통령과 B 외교장관을 차례로`: `과/와` after a title joins two people as `,` does)
    chunks = re.split(r",\s*|\s+및\s+", _joined_after_title().sub(lambda x: x.group(1) + ", ", lead))
    k = len(chunks)
    while k > 0 and chunks[k - 1].split() and _title_end().search(chunks[k - 1].split()[-1]):
        k -= 1
    out = []
    for chunk in chunks[k:]:
        name = counterpart(chunk + "과")
        if not name:
            return []  # `호주 재무장관`: an office, not a person's name
        out.append(name)
    return out


# The words between a person's name and the title (`조태열 외교부 장관`, `쫑 공산당 서기장`): offices, not names.
_OFFICE_WORD = re.compile(r"(?:부|청|처|원|당|실|국|측|위원회|회의|의회|은행|공사|주재|주한|주미|주일|주중|담당|소관)$")
_NOT_NAME = re.compile(r"..(?:은|는|을|를|에|에서|에게|으로|하는|했던|된|의)$|.(?:은|는|을|를|에서|에게)$|\d|"
                       r"..(?:하여|하고|하며)$|"
                       r"^(?:및|겸|등|또|와|과|이날|날|오늘|어제|오전|오후|저녁|당일|이어|한편|그리고|또한|직후|앞서|이후|함께|별도로|각각|현지|"
                       r"기간|방문|순방|계기|일정|첫날|이튿날|다음날|전날|마지막날|동안|가량|약|"
                       # (`행사를 마친 뒤 A 장관과`: a clause of what came before, up to its time noun)
                       r"뒤|후|다음|마친|끝낸|마치고|"
                       # a move's connective verb before the person (`국방부를 찾아 A 장관과`, `자리를 옮겨`)
                       r"찾아|옮겨|이동해|이동하여|방문해|방문하여|들러|향해|도착해|도착하여)$")
# `X 주석과 (취임 후 첫) 통화`: up to two words may stand between `와/과` and the meeting noun.
# `X 국왕을 함께 예방했다`, `X 총리를 직접 만났다`, `A, B 장관을 차례로 예방했다`: an adverb of manner or of order may
# stand between the person and the verb, and how long it took (`X 총리를 30분가량 예방하고`); `X 장관과 오찬을 겸한
# 회담을`: a meal the meeting was held over.
_OBJECT_OF_MEETING = re.compile(r"(?:(?:과|와)(?:의|도)?(?:\s+(?:업무\s?)?(?:오찬|만찬|조찬)을\s+겸한)?"
                                r"(?:\s+[^\s은는을를이가]+){0,2}"
                                r"|(?:을|를)(?:\s+(?:함께|같이|나란히|직접|먼저|차례로|잇달아|잇따라|연이어|각각))?)"
                                r"(?:\s+(?:약\s?)?\d+\s?(?:분|시간)\s?(?:가량|간|여|동안|여간)?)?\s*$")
# `A 대통령과 대통령 관저인 올리보스(Olivos)에서 조찬을 겸한 (정상회담)`: the venue between the person and the meeting
_OBJECT_PAST_VENUE = re.compile(r"(?:과|와)(?:\s+[^\s은는을를이가]+){0,3}?\s+[^\s과와]+에서"
                                r"(?:\s+(?:업무\s?)?(?:오찬|만찬|조찬)을\s+겸한)?\s*$")
_GLOSSED = re.compile(r"((?:[가-힣]+\s+){0,5}[가-힣]+)\s*\([A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u4E00-\u9FFF .'’-]+\)"
                      r"(?:\s+[^\s()]+){0,5}\s*$")


@functools.cache
def _listed_name_runs() -> frozenset[tuple[str, ...]]:
    """Every run of consecutive words of a listed official's Hangul name (`또 럼`, `럼`, `김정은`: `김정은` ends like
    a topic particle but is a name)."""
    from extract.gazetteer import get_gazetteer

    runs = set()
    for a in get_gazetteer().person_names():
        ws = a.split()
        if all(re.fullmatch(r"[가-힣]+", w) for w in ws):
            runs.update(tuple(ws[i:j]) for i in range(len(ws)) for j in range(i + 1, len(ws) + 1))
    return frozenset(runs)


def _listed_word(w: str, name: list[str]) -> bool:
    """A word that reads as a particle or an adverb but opens a listed name with the words after it: `또` of `또 럼`,
    not of `또 사아드 알 카아비` (`also`)."""
    return (w, *name) in _listed_name_runs()


def _name_words(words: list[str]) -> list[str]:
    """The name words that end `words`: back to a particle, a title, a country or a non-Hangul word."""
    name: list[str] = []
    for w in reversed(words):
        if not name and re.fullmatch(r"\d{1,2}세", w):
            name.insert(0, w)  # `마르그레테 2세 여왕`: a monarch's regnal number closes the name
            continue
        if len(name) == 6 or (_NOT_NAME.search(w) and not _listed_word(w, name)) or _title_end().search(w) \
                or w in _country_words() or not re.fullmatch(r"[가-힣]+", w):
            break
        name.insert(0, w)
    return name if len(name) < 2 else [w for w in name if w not in _LINKS] or name


# Particles inside Arabic and other names (`모하메드 빈 자이드 알 나흐얀`): shared by many, no tell of who was met.
_LINKS = frozenset(["빈", "벤", "알", "엘", "이븐", "울드"])  # (not `반`: a Vietnamese name word, `응우옌 반 아인`)


# `열린 「X 포럼」은 …`, `개최된 X 회의에서는 …`: a meeting held, the topic of a sentence that tells who led or
# attended it, or what it discussed.
_HELD_TOPIC = re.compile(r"[」』'’\"”)]?\s*(?:은|는|에서는|에는)\s")
_TOLD_AT = re.compile(r"수석대표를\s*맡(?:았|아)|참석(?:하였|했|하여|해)|(?:공동\s*)?주재(?:하였|했|하여|해)|"
                      r"논의(?:하였|했)|의견을\s*(?:나누었|나눴|교환하였|교환했)")


_CORNER = re.compile(r"[「」『』]")


def counterpart(lead: str) -> frozenset[str]:
    """`… 찐 총리와 (면담을 갖고)`, `조태열 외교부 장관을 (예방)`, `브르통(Thierry Breton) EU 집행위원과`: the name
    words of the titled person a meeting is with, to tell two same-day meetings apart; empty when no titled
    person is met. A name glossed in Latin letters or Chinese characters is the words before the gloss; a name
    in corner brackets (`「호세 페르난데스」 국무부 경제차관과`, as ministries write foreign names) is read without
    them."""
    lead = _CORNER.sub("", lead).rstrip()
    if not (obj := _OBJECT_OF_MEETING.search(lead) or _OBJECT_PAST_VENUE.search(lead)):
        return frozenset()
    phrase = lead[:obj.start()]
    words = re.sub(r"\([^()]*\)", "", phrase).split()
    if not words or not _title_end().search(words[-1]):
        return frozenset()
    # (`아랍에미리트(UAE)`: an abbreviation glossing a country or body is no person's gloss)
    glossed = _GLOSSED.search(re.sub(r"\([A-Z]{2,6}\)", "", phrase[phrase.rfind(",") + 1:]))
    if glossed and not any(_NOT_NAME.search(w) for w in glossed.group().split()[-5:]):
        return frozenset(_name_words(glossed.group(1).split()))
    j = len(words) - 1
    while j > 0:
        if j > 1 and words[j - 1] == "겸" and _title_end().search(words[j - 2]):
            j -= 2  # `왕세자 겸 총리`: one person's two offices
        elif j > 2 and words[j - 1] == "담당":
            j -= 2  # `경제·생산성 담당 집행위원`: the portfolio the title is in charge of
        elif "·" in words[j - 1] and len(words) - 1 - j < 4:
            j -= 1  # `수출진흥·국제통상 장관`: a joined portfolio, not a name
        elif (_OFFICE_WORD.search(words[j - 1]) or words[j - 1] in _country_words()) and len(words) - 1 - j < 4:
            j -= 1  # `외교부`, `공산당`, `중국`: the office the title belongs to
        else:
            break
    if j and _SUBJECT_TITLE.fullmatch(words[j - 1]) and _title_end().search(words[j - 1][:-1]):
        return frozenset()  # `X 본부장이 인도네시아 투자부 장관을 만나`: the subject's title, the one met unnamed
    return frozenset(_name_words(words[:j]))


_SUBJECT_TITLE = re.compile(r"[가-힣]+(?:이|가|은|는)")


def _sides_before(view: View, m: EventMention, cue: int) -> bool:
    """Two countries or more are named before the in-turn cue (at `cue` in the sentence): meetings with sides."""
    return len({x.id for x in view.mentions_in(m.sent.start, m.sent.start + cue, "COUNTRY")}) >= 2


# `만났다.`, `면담했습니다.`, `회담을 가졌다`: the trigger's clause ends the sentence in a finite past (no headline).
_FINITE_AFTER = re.compile(r"[가-힣]{0,6}?(?:었|았|였|했|졌|났)(?:다|습니다)[.\s]*$"
                           r"|[^.]{0,16}(?:했|였|었|았|졌)(?:다|습니다)\.?\s*$")


def _in_turn(view: View, m: EventMention) -> list[EventMention]:
    """The meetings of `A, B와 잇달아 면담하였다`: one per person named, each met on some day of the span."""
    lead = view.text[m.sent.start:m.name_start if m.name_start is not None else m.trig_start]
    cue = _IN_TURN.search(lead.rstrip(" 을를에서의"))
    if not cue and m.name_start is not None and _NAMED_CUE.match(view.text, m.name_start):
        cue = re.search(r"\s*$", lead)  # `A, B 차관과 연쇄 회담을 갖고`: the name opens with the cue
    if not cue and m.name_start is not None and m.name_start < m.trig_start:
        # (`나토 정상회의에 참석 중인 … A, B 정상과 차례로 회담`: a name read from before the cue)
        lead = view.text[m.sent.start:m.trig_start]
        if cue := _IN_TURN.search(lead.rstrip(" 을를에서의")):
            if not view.mentions_in(m.sent.start + cue.start(), m.trig_start, "COUNTRY"):
                m.in_turn = _sides_before(view, m, cue.start())
            return [m]
    if not cue:
        return [m]
    met = _met_in_turn(lead[:cue.start()], bool(_FINITE_AFTER.match(view.text, m.trig_start, m.sent.end)))
    if len(met) < 2:
        m.in_turn = _sides_before(view, m, cue.start())  # (`덴마크, 호주, 폴란드 정상과 차례로`: sides, not people)
        return [m]
    spans = _named_spans(view, met, m.sent.start, m.sent.start + cue.start())
    out = []
    for k, names in enumerate(met):
        em = EventMention(m.type, m.sent, m.trig_start, m.trig_end, m.mood, m.name, m.name_start, m.name_end,
                          m.clause)
        em.counterpart = names
        em.separate = True
        em.others = tuple(x for i, x in enumerate(spans) if i != k and x is not None)
        out.append(em)
    return out


def _named_spans(view: View, met: list[frozenset[str]], lo: int, hi: int) -> list[tuple[int, int] | None]:
    """Where each person of a list met in turn is named, up to the next one (their title and country with them)."""
    at = [min((i for w in names if (i := view.text.rfind(w, lo, hi)) != -1), default=-1) for names in met]
    known = sorted(a for a in at if a >= 0)
    return [(a, next((b for b in known if b > a), hi)) if a >= 0 else None for a in at]


def _heading_end(view: View, toks: list[Tok], i: int) -> bool:
    """The noun ends a section heading's line (a marked line: `□ …`), or only a parenthesis (`(7.23.)`) follows it
    there (not a headline's: `… 회담 후 문 대통령 예방`)."""
    line = view.text[view.text.rfind("\n", 0, toks[i].start) + 1:toks[i].start].lstrip()
    if not line or line[0] not in _ENTRY_MARKS or line[0] in " \t":
        return False
    k = i + 1
    if k < len(toks) and toks[k].text == "(":
        close = view.text.find(")", toks[k].start)
        k = next((n for n in range(k, len(toks)) if toks[n].start > close), len(toks)) if close != -1 else k
    return k >= len(toks) or "\n" in view.text[toks[i].end:toks[k].end]


_ENTRY_HEADS = frozenset(["회담", "통화", "환담"])
_ENTRY_MARKS = frozenset(" \t▲△▶▷◆◇●•□■○ㅇ-·")
_DAY_WORDS = re.compile(r"(?:(?:같은\s*)?날|당일|새벽|아침|오전|오후|저녁|밤)\s+")


def _listed_meeting(view: View, toks: list[Tok], i: int) -> tuple[int, int, str]:
    """`▲ 같은 날 한-캐나다 외교장관회담(X 장관): …`: the verbal noun ending a compound with no verb of its own, its
    counterpart in parentheses after it (a round-up's entry), is named by the whole compound, which spells out who
    met (`한-일`, `한-캐나다`); as a verb (`회담했다`) it names itself."""
    t = toks[i]
    # (`□ 한-호주 외교장관회담`: a section's heading, the compound alone on its line, names it the same way when the
    # countries that meet are in it)
    line_end = i + 1 >= len(toks) or "\n" in view.text[t.end:toks[i + 1].end]
    if (t.form or t.text)[-2:] not in _ENTRY_HEADS or not t.base.startswith("NN") or not (
            line_end or toks[i + 1].text == "("):
        return t.start, t.end, "dialogue"
    start, end = _phrase_left(view, toks, i)
    while start < end:  # a bullet, the entry's date and its time of day are not the name
        if view.text[start] in _ENTRY_MARKS:
            start += 1
        elif (cut := _DAY_WORDS.match(view.text, start, end)) is not None:
            start = cut.end()
        elif (d := next((d for d in view.dates_in(start, end) if d.start == start), None)) is not None:
            start = d.end
        else:
            break
    entry = i + 1 < len(toks) and toks[i + 1].text == "("
    if end - start <= t.end - t.start or not ends_with_head(view.text[start:end], ("dialogue",)) or (
            not entry and not view.mentions_in(start, end, "COUNTRY")):
        return t.start, t.end, "dialogue"  # (a heading alone on its line: when it spells out its parties)
    return start, end, "dialogue"


def _scene_watched(toks: list[Tok], i: int) -> bool:
    """The trigger's present adnominal ending (`-는`) modifies a scene noun (`모습`, `장면`): what was watched."""
    for k in range(i + 1, min(i + 4, len(toks) - 1)):
        t = toks[k]
        if t.base == "ETM" or "ETM" in t.tag:
            return t.form == "는" and toks[k + 1].text in triggers().scene_nouns
    return False


@functools.cache
def _verb_type() -> dict[str, str]:
    return {v: k for k, vs in triggers().verbs.items() for v in vs}


@functools.cache
def _trigger_forms() -> frozenset[str]:
    """The forms the loop below reads further, besides those ending in `식`: trigger verbs and the light verbs."""
    return frozenset([*_verb_type(), *triggers().body_verbs, *_LIGHT_VERBS, _RECEIVE, _FACE[1],
                      *triggers().heads["dialogue"]])


# `서명식은 취소됐다/무산됐다/연기됐다`, `서명식은 열리지 않았다`: the ceremony's predicate says it was not held.
_CALLED_OFF = frozenset(["취소", "무산", "연기", "보류", "중단", "불발"])


def _called_off(toks: list[Tok], verb: int) -> bool:
    before = toks[verb - 1].form or toks[verb - 1].text if verb > 0 else ""
    after = [t.form or t.text for t in toks[verb + 1:verb + 4]]
    # (`서명식이 미뤄졌다`: put off, a verb of its own)
    return before in _CALLED_OFF and toks[verb].base == "XSV" or any(w in ("않", "못") for w in after) \
        or (toks[verb].form or toks[verb].text) == "미루"


# `장관회의는 열리지 않았고`, `회담을 갖지 못했다`, `만나거나 회의를 연 것은 아니다`: the holding verb is negated
# (`-지 않/못`, or `… 것은 아니다` over it, also over a disjunction `-거나`): no event was held.
_NEGATED = re.compile(r"[가-힣]{0,2}?(?:지(?:는|도|를)?\s*(?:않|못)"
                      r"|(?:거나\s+[^.,\n]{0,24}?)?\s*것(?:은|이|도)\s*아니)")


# `X 출범을 공식화했다/선언했다/발표했다`: a launch declared done (not `출범을 추진`, `출범을 논의`, a plan).
_LAUNCH_DECLARED = re.compile(r"\s*(?:을|를)\s*(?:공식\s*)?(?:공식화|선언|발표|공표|알리|알렸)"
                              r"(?:했|하였|하고|하며|하면서|렸고|렸다|리고|리며|리면서|렸으며)")


# `GPAI를 공식 출범시켰다`: an acronym as what was launched, spelt out earlier (`'AI 글로벌 파트너십'(GPAI)`).
_ACRONYM_OBJECT = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z0-9&]{1,9})(?:을|를|이|가)\s*(?:공식(?:적으로)?\s*)?$")


def _acronym_launched(view: View, lo: int, trig: int) -> list[tuple[int, int, str]]:
    """The spelt-out name, before the sentence, of the acronym the launch verb takes, when it names a launch."""
    acr = _ACRONYM_OBJECT.search(view.text, lo, trig)
    if acr is None:
        return []
    glossed = re.compile(r"[「『'‘\"“]?([^「『'‘\"“」』’”()\n]{2,60}?)[」』'’\"”]?\s*\(\s*"
                         + re.escape(acr.group(1)) + r"\s*\)")
    spelt = [g for g in glossed.finditer(view.text, 0, trig) if ends_with_head(g.group(1), ("launch",))]
    if not spelt:
        return []
    g = spelt[0]
    return [(g.start(1), g.end(1), "launch")]


# `협정 서명이 이뤄졌다`, `양해각서 체결은 진행됐다`: the signing noun's subject markers.
_SUBJECT_MARKS = frozenset(["이", "가", "은", "는"])


def _signing_done(toks: list[Tok], i: int) -> int | None:
    """The signing noun at token i is the subject of a light predicate (`이뤄졌다`, `진행됐다`, `있었다`; `data/
    triggers.yaml: done_predicates`), an adverb between them at most: that predicate's token."""
    if i + 2 >= len(toks) or not toks[i + 1].base.startswith("J") or toks[i + 1].text not in _SUBJECT_MARKS:
        return None
    k = i + 3 if toks[i + 2].base == "MAG" and i + 3 < len(toks) else i + 2
    v = toks[k]
    if (v.form or v.text) not in triggers().done_predicates:
        return None
    if v.base.startswith(("VV", "VA", "VX")) or "VV" in v.tag:
        return k
    return k if v.base.startswith("NN") and _passive_after(toks, k) else None  # a verbal noun with `되`: `진행됐다`


def _exchanged(toks: list[Tok], i: int) -> bool:
    """`협력 문서가 교환됐다`, `양해각서가 교환되었다`: `교환` in the passive with its subject right before it (the
    documents exchanged are signed ones; `의향서도 교환됐다` repeats a signing told before; `의견을 교환`: none)."""
    return i > 0 and toks[i - 1].base == "JKS" and _passive_after(toks, i)


_A_EO = frozenset("아어라여해")  # the last syllable of a verb's `-아/어` connective (`잇따라`, `이어`, `계속해`)


def _light_object(toks: list[Tok], i: int) -> int:
    """Where the object of the light verb at i ends: past one adverb before it (`회담을 잇따라 했다`, `회담을 곧바로
    했다`), or one verb in its `-아/어` connective, which Kiwi reads `잇따라` as."""
    before = toks[i - 1] if i > 2 else None
    if before is not None and (before.base == "MAG" or (before.tag == "VV+EC" and before.text[-1:] in _A_EO)):
        return i - 1
    return i


def _documents_exchanged(toks: list[Tok], i: int) -> bool:
    """`양해각서(MOU)를 교환했다`, `협력 문서 3건을 교환했다`: `교환` in the active with a signed document as its
    object (an agreement head noun right before `을/를`, past a gloss in brackets or a count), not views exchanged
    (`의견을 교환했다`)."""
    if i < 2 or toks[i - 1].base != "JKO":
        return False
    k = i - 2
    if toks[k].text == ")":  # `양해각서(MOU)를`: the noun before the gloss
        k = next((j - 1 for j in range(k - 1, max(k - 6, 0), -1) if toks[j].text == "("), -1)
    if k > 0 and toks[k].text == "건" and toks[k - 1].tag.startswith("SN"):
        k -= 2  # `문서 3건을`
    return k >= 0 and (toks[k].form or toks[k].text) in _agreement_heads()


@functools.cache
def _agreement_heads() -> frozenset[str]:
    return frozenset(triggers().heads["agreement"])


def _passive_after(toks: list[Tok], k: int) -> bool:
    """The verbal noun at token k takes the passive `되` (`교환됐다`, `진행되었다`)."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and (nxt.form or nxt.text) == "되" and (nxt.base == "XSV" or nxt.tag.startswith("XSV"))


def _negated(view: View, toks: list[Tok], i: int) -> bool:
    """The trigger (a verb, or a verbal noun with its `하`/`되`) is negated right after it."""
    return bool(_NEGATED.match(view.text, toks[i].end))


_SCENE_OF = re.compile(r"에(?:는|도)?\s")  # `서명식에는 …`, `체결식에도 …`: the ceremony as where people were
_ATTEND_NOUNS = frozenset({"참석", "배석", "참여", "함께", "자리", "입회"})  # before `하다`: attended


_CONCLUDE = "맺"


def _concluded(toks: list[Tok], i: int) -> bool:
    """`X 계약을 (각각) 맺었다`: `맺다` concludes a document told right before as its object, in a finished main
    clause (not `맺는 최초의 FTA`, `비슷한 협정을 맺고 있다`: a state; nor `약정을 맺어야 하는`: an obligation, nor
    `그동안 … 약정을 맺어 왔다`: a habit over time)."""
    j = i - 1 - (i > 1 and toks[i - 1].base == "MAG")
    rest = "".join(x.form for x in toks[i + 1:i + 4])
    # (a named document, not a bare `3곳과 계약을 맺었다`: the noun before the particle has a noun before it)
    return j >= 2 and toks[j].base == "JKO" and toks[j - 2].base.startswith(("NN", "SN", "SL", "SH")) \
        and _mood(toks, i) == "main" and not rest.startswith(("고있", "어야", "아야", "어오", "아오"))


def mentions(view: View) -> list[EventMention]:
    verb_type, forms = _verb_type(), _trigger_forms()
    found: list[EventMention] = []
    plan_told = False  # the sentence before told a plan (or went on with one in the present)
    for sent in view.sents:
        toks = view.tokens_in(sent.start, sent.end)
        # (read only after a plan: most sentences follow none)
        present = _plain_present(toks) if plan_told else None
        goes_on = present is not None and not any(d.kind == "day" for d in view.dates_in(sent.start, sent.end))
        plan_told = goes_on or bool(_PLAN_END.search(sent.text)) or _schedule_reported(sent.text)
        if "에서" in sent.text:
            found += _setting_mentions(view, sent, toks)
        for i, t in enumerate(toks):
            form = t.form or t.text
            # `한-UAE 정상회담(아부다비) :`: a meeting compound Kiwi keeps whole, heading a round-up's entry
            entry = form[-2:] in _ENTRY_HEADS and t.base.startswith("NN") and i + 1 < len(toks) \
                and toks[i + 1].text == "("
            if form not in forms and form[-1:] != "식" and not entry:
                continue  # nothing below applies (most morphemes): skipped in one test
            etype = verb_type.get(form) or ("dialogue" if entry else None)
            if form in _VERB_ONLY and not (i + 1 < len(toks) and toks[i + 1].tag.startswith("XSV")):
                etype = None  # `회동했다` holds a meeting; a headline's bare `…과 회동` is the noun of another's
            # (`협의체를 구축했다`; not a bare noun ending a note, `차관급 협의체로 '22년 신설`)
            body = etype is None and form in triggers().body_verbs and i + 1 < len(toks) and (
                toks[i + 1].base in ("XSV", "XSA") or toks[i + 1].tag.startswith("XSV"))
            etype = "launch" if body else etype
            joined = form.endswith("식") and verb_type.get(form[:-1]) == "agreement"  # one token `서명식`
            if joined:
                etype = "agreement"
            if form in _LIGHT_VERBS and t.base.startswith("VV") and (j := _light_object(toks, i)) > 1 and \
                    toks[j - 1].base in ("JKO",) and (toks[j - 2].text in _MEETING_OBJECTS or j > 2 and toks[
                        j - 3].end == toks[j - 2].start and toks[j - 3].text + toks[j - 2].text in _MEETING_OBJECTS):
                etype = "dialogue"  # `외교장관회담을 하고`, `첫 정상 통화를 했다`, `전화협의를 했다` (전화+협의)
            received = form == _RECEIVE and t.base.startswith("VV") and i > 1 and toks[i - 1].base == "JKO" and \
                toks[i - 2].text in _CALL_NOUNS
            etype = "dialogue" if received else etype
            if form == "하" and t.base.startswith("VV") and i > 0 and toks[i - 1].text == "함께":
                etype = "dialogue"  # `오찬을 함께하며` (Kiwi: 함께 + 하)
            faced = form == _FACE[1] and t.base.startswith("VV") and i > 0 and toks[i - 1].text == _FACE[0]
            etype = "dialogue" if faced else etype
            if t.base.startswith("NN") and (m := _accord_setting(view, toks, i, sent.end)):
                found.append(m)
                continue
            if etype is None or not t.base.startswith(("NN", "VV", "XR")):
                continue
            if form == _CONCLUDE and not _concluded(toks, i):
                continue
            if etype == "launch" and _government_of(toks, i):
                continue  # `노동당 정부가 출범한 뒤`, `새 정부 출범 이후`: a government taking office, no body launched
            mood = _mood(toks, i)
            if mood == "nominal" and _met_before_act(view, toks, i) and not _AHEAD.search(sent.text):
                mood = "main"  # `룰라 대통령과의 회담 후 … 말했다`: a meeting told as done before what follows
            if mood == "main" and _PLAN_END.search(sent.text) and _bare_connective(toks, i):
                mood = "future"  # `연내 협정에 서명하고 … 참여할 계획이다`: the clause takes the final tense
            if mood == "main" and (final := _ahead_final(toks, sent.text)) is not None and (
                    _own_final(toks, i, final) or _bare_connective(toks, i)):
                mood = "future"  # `16일 X와 회담을 하고, 이어 … 이동해 G20 정상회의에 참석한다`: ahead
            if mood == "main" and goes_on and (_own_final(toks, i, present) or _bare_connective(toks, i)):
                mood = "future"  # `… 참석할 예정이다. 의원들과도 만나 … 의견을 나눈다`: the schedule goes on
            if etype == "dialogue" and found and _finished_back(toks, i):
                continue  # `베선트 장관은 15일 회담을 마친 뒤 …`: the talks told before, finished
            if mood == "adnominal" and _described(toks, i):
                continue  # `이번 위원회는 … 부총리급으로 개최하는 최초의 위원회이다`: a meeting described, not told
            if mood == "main" and _future_noun_predicate(toks, i):
                mood = "future"  # `핵심은 … 브라질리아에서 열릴 정상회담이다`: what the meeting to come is
            if mood == "main" and _bare_connective(toks, i) and _reported_ahead(view, toks, i, sent):
                mood = "future"  # `… 회의에 참석하고 … 소화한다고 밝혔다`: the clause takes the quoted tense
            if mood == "main" and _quoted_schedule(view, toks, i, sent.start):
                mood = "future"  # `X 위원회가 5.10.(목) 서울에서 열린다고 밝혔다`: a schedule announced
            if mood == "main" and _dated_ahead(view, toks, i, sent.start):
                mood = "future"  # `12월 서울에서는 X 장관회의가 열린다`: a later day or month, in the present
            ceremony = joined or (etype == "agreement" and i + 1 < len(toks) and toks[i + 1].text in ("식", "행사"))
            if ceremony:
                # `MOU 체결식을 지켜봤다`, `서명식이 열렸다`: a signing ceremony held is a signing.
                # Its clause's predicate, also past the words between (`서명식이 양 정상 임석하에 개최되었다`).
                # (`서명식에는 A 차관과 B 대사 등이 참석했다`: the ceremony as the scene attended, its predicate
                # past the names of those attending, at the clause's end)
                scene = _SCENE_OF.match(view.text, toks[i + (0 if joined else 1)].end)
                reach = len(toks) if scene else min(i + 10, len(toks))
                verb = next((k for k in range(i + (1 if joined else 2), reach)
                             if toks[k].base.startswith(("VV", "XSV", "SF")) or "VV" in toks[k].tag), None)
                verb = None if verb is not None and toks[verb].base == "SF" else verb
                mood = _mood(toks, verb) if verb is not None else "nominal"
                if verb is not None and _called_off(toks, verb):
                    continue  # `서명식은 취소됐다`, `서명식은 열리지 않았다`: a ceremony not held
            if mood == "nominal" and etype == "launch" and _LAUNCH_DECLARED.match(view.text, t.end):
                mood = "main"  # `'X 연합' 출범을 공식화했다`: the launch made official is a launch
            if mood == "nominal" and etype == "agreement" and not ceremony and t.base.startswith("NN") and (
                    (done := _signing_done(toks, i)) is not None) and _mood(toks, done) == "main" \
                    and not _called_off(toks, done) and not _negated(view, toks, done):
                mood = "main"  # `투자보장협정 서명이 이뤄졌다`: the signing noun as the subject of a light predicate
            if etype == "launch" and mood == "main" and _GOING_ON.match(view.text, t.end):
                continue  # `이미 강력한 파트너십을 구축하고 있다`: a state going on, no launch
            exchanged = form == "교환" and (_exchanged(toks, i) or _documents_exchanged(toks, i))
            if mood == "main" and etype == "agreement" and _CONCERNED_WITH.match(view.text, t.end, sent.end):
                mood = "adnominal"  # `러시아와 북한이 'X 조약'을 맺고 … 한 데 대해 우려를 표명`: what they spoke of
            if mood == "nominal" or (form == "교환" and not ceremony and not exchanged) or _negated(view, toks, i):
                continue  # `문서 교환식` is a signing; `의향서도 교환됐다` repeats the signing it belongs to
            if mood == "adnominal" and _scene_watched(toks, i):
                mood = "main"  # `FTA에 서명하는 모습을 함께 지켜봤다`: the signing is the scene they watched
            if mood == "adnominal" and _done_before(toks, i) and not _AHEAD.search(sent.text) \
                    and _ahead_final(toks, sent.text) is None:  # (not `X를 예방한 뒤 … 이동해 … 갖는다`: ahead)
                mood = "main"  # `정상회담을 한 뒤 … 서명했다`, `회담을 가진 데 이어`: done before what follows
            objs = _object_right(view, toks, i, etype) if mood == "adnominal" else []
            if objs and _meal(view.text[objs[0][0]:objs[0][1]]) and not _meal_with(
                    view.text[sent.start:t.start], view.text[objs[0][0]:objs[0][1]]):
                objs = []  # `왕궁에서 열린 국왕 주최 국빈만찬에 참석`: a banquet
            if mood == "adnominal" and objs and _HELD_TOPIC.match(view.text, objs[0][1]) and _TOLD_AT.search(
                    view.text, objs[0][1], sent.end) and not _AHEAD.search(sent.text):
                mood = "main"  # `오전에 열린 「X 포럼」은 A와 B가 수석대표를 맡았으며`: the meeting held is the topic
            if mood == "adnominal" and t.tag.startswith("VV+") and (not objs or _genitive_after(view, objs[0][1])):
                # `정상회담을 가진 바 있다`, `만난 자리에서`: a merged adnominal verb names the event after it, and
                # one that only modifies another noun (`같은 날 열린 정상회담의 성과`) is referred to
                continue
            if objs:
                pass
            elif etype == "dialogue" and (listed := _listed_meeting(view, toks, i))[1] - listed[0] > t.end - t.start:
                objs = [listed]  # `▲ 3.25.(일) 한-UAE 정상회담(아부다비) : …`, not the entry before it
            elif etype == "dialogue" and i > 0 and toks[i - 1].base == "JKB" and toks[i - 1].form in ("과", "와") \
                    and form in ("면담", "회담", "만나", "접견", "환담", "회동"):
                # `X에 참석하기 위해 … B 장관과 면담했다`: a meeting with a person names no gathering before it
                if _not_counterparts(view.text[max(sent.start, t.start - 16):t.start]):
                    continue  # `센터 관계자들과 만나`: staff, not a delegation
                objs = [(t.start, t.end, "dialogue")] if form in ("회담", "환담") else [(-1, -1, "dialogue")]
            elif etype == "dialogue":
                objs = _find_object(view, toks, i, EVENT_TYPES)
                objs = [o for o in objs if (o[2] == "dialogue" or "출범" in view.text[o[0]:o[1]])
                        and not HELD_AT.match(view.text, o[1]) and not _TIME_OF.match(view.text, o[1])]
                objs = _each_of(view, objs, t.start) or objs[:1]
                if objs and _meal(view.text[objs[0][0]:objs[0][1]]) and not _meal_with(
                        view.text[sent.start:objs[0][0]], view.text[objs[0][0]:objs[0][1]]):
                    objs = []  # `국빈만찬에 참석했다`: a banquet, not a meal with a counterpart
                if not objs and received:
                    objs = [(toks[i - 2].start, toks[i - 2].end, "dialogue")]  # the call received
                elif not objs and (faced or form in ("회담", "통화", "만나", "면담", "접견", "환담", "예방", "회동")):
                    before = view.text[max(sent.start, t.start - 16):t.start]
                    if form in ("만나", "면담", "접견", "예방") and _not_counterparts(before):
                        continue  # `센터 관계자들과 만나`: staff, not a delegation
                    # `회담했다`, `통화했다`: the verbal noun names the meeting; `만났다` names none.
                    named = form in ("회담", "통화", "환담")
                    objs = [(t.start, t.end, "dialogue")] if named else [(-1, -1, "dialogue")]
            elif etype == "agreement":
                objs = [o if o[2] != "launch" else (o[0], o[1], "agreement")
                        for o in _find_object(view, toks, i, ("agreement", "statement", "launch"))
                        if o[2] != "launch" or ends_with_head(view.text[o[0]:o[1]], ("signed",))]
                # `공동성명에 서명했다`: a joint statement signed is an agreement; one only adopted is not.
                objs = [o for k, o in enumerate(objs) if o[2] == "agreement" or (
                    k == 0 and not view.text[o[1]:t.start].strip(" 에을를이가'’\"”」』)"))]
                # `지난 9월 맺은 의향서에 이어, 이날 양해각서를 체결`: a document the signing follows is no object of it
                objs = [o for o in objs if not _FOLLOWING.match(view.text, o[1])] or objs
                objs = counted_set(view.text, about_joined(view.text, objs))
                if ceremony and objs:  # one ceremony, one signing: its fullest name
                    objs = [max(objs, key=lambda o: o[1] - o[0])]
                elif ceremony and scene and verb is not None and toks[verb].form == "하" and \
                        toks[verb - 1].form in _ATTEND_NOUNS:
                    objs = [(-1, -1, "agreement")]  # `이날 서명식에는 … 참석했다`: the signing told before, unnamed
                q = _SIGNED_QUOTE.search(view.text, sent.start, t.start) if form in ("체결", "서명") else None
                if not objs and q:
                    # `「개별 맞춤형 파트너십 프로그램(ITPP)」이 체결되었다`: what is concluded is a document, whatever
                    # its head noun, when the text quotes its name as the predicate's argument.
                    objs = [(q.start(1), q.end(1), "agreement")]
            elif body:
                objs = _find_object(view, toks, i, ("body",))[:1]
            else:
                objs = _find_object(view, toks, i, (etype, "dialogue") if etype == "launch" else (etype,))[:1]
                q = _LAUNCHED_QUOTE.search(view.text, sent.start, t.start) if etype == "launch" and \
                    _LAUNCHED.match(view.text, t.start) else None
                if q and (not objs or objs[0][1] <= q.start()):
                    # `「한-베트남 디지털 동반자 관계」를 출범시켰다`: the quoted object, any head, also over a meeting
                    # named before it (`X 라운드테이블에서 'Y 투자 의제'를 출범시켰다`: the scene)
                    objs = [(q.start(1), q.end(1), "launch")]
                if not objs and etype == "launch" and _LAUNCHED.match(view.text, t.start):
                    objs = _acronym_launched(view, sent.start, t.start)
            if not objs and etype == "dialogue" and mood == "main":
                objs = _ceremony_launch(view, sent.start, t.start)
                etype = "launch" if objs else etype
            if not objs:
                continue
            prev_end = sent.start
            for start, end, kind in sorted(objs):
                if start >= 0 and (cut := _TIME_LEAD.match(view.text, start, end)):
                    start = cut.end()  # `회담 직후 핵심광물 … 양해각서`: the time phrase is not the name
                if start >= 0 and (cut := _AMID_LEAD.match(view.text, start, end)):
                    start = cut.end()
                if start >= 0 and (cut := _PAIR_LEAD.match(view.text, start, end)) and not _BARE_MEETING.fullmatch(
                        view.text[cut.end():end].strip()):
                    start = cut.end()  # `A 장관과 B 장관 간 한미 외교장관회담`: who met is not the name
                if start >= 0 and (cut := _PAIR_QUOTED.match(view.text, start, end)):
                    start = cut.end()
                name = view.text[start:end].strip() if start >= 0 else None
                if name and name[0] in _OPENERS and _OPENERS[name[0]] not in name:
                    name = name[1:].strip()  # `「한-EU 디지털 파트너십(…)`: the quote closes after the name
                elif name and name[0] == "'" and name.count("'") == 1:
                    name = name[1:].strip()
                typ = etype
                if etype == "launch" and kind == "dialogue" and not ends_with_head(name or "", ("launch",)) \
                        and not (name and name.endswith("협상")):
                    typ = "dialogue"  # a meeting held for the first time is a dialogue, ordinal 1
                    # (`X FTA 협상 개시를 선언`, `협상을 출범`: negotiations begun are a process launched, records.md
                    # rule 1, as `launched negotiations` is)
                # `핵협의그룹 출범회의를 개최`: a group's first meeting, unless a coalition or network is what was
                # launched (`'바이오제약 연합' 출범 회의`)
                launch_meeting = etype == "dialogue" and name and (cut := _LAUNCH_MEETING.search(name)) and \
                    not ends_with_head(name[:cut.start()], ("launch",))
                if etype == "dialogue" and name and "출범" in name and not launch_meeting \
                        and not _GOVERNMENT_LAUNCHED.search(name):
                    typ = "launch"
                    name = re.sub(r"\s*출범\s*(식|행사)?$", "", name).strip() or name
                if typ == "agreement" and _BARE_DOCUMENT.fullmatch(name or "") and any(
                        x.type == "agreement" and x.sent is sent for x in found):
                    continue  # `「X」에 서명하고 문서를 교환했다`: the document just signed, not another
                if 0 <= start and 0 <= end <= t.start and _DONE_CLAUSE.search(view.text, end, t.start):
                    name, start, end = None, -1, -1  # `A와 X회담을 가진 데 이어 B와 회담했다`: the earlier clause's
                clause = (prev_end, max(end, t.end) if etype == "agreement" else sent.end)
                m = EventMention(typ, sent, t.start, t.end, mood, name, start if start >= 0 else None,
                                 end if end >= 0 else None, clause)
                if (etype == "launch" and typ == "dialogue") or launch_meeting:
                    m.ordinal = 1  # `X 출범회의를 개최`: a series' first meeting (records.md rule 2)
                if typ == "dialogue" and (_SIDE_KO.search(view.text[max(sent.start, start - 10):t.start])
                                          or _THREE_WAY.match(name or "")):
                    m.separate = True
                lead = view.text[prev_end:start if start >= 0 else t.start]
                if typ == "dialogue":
                    # (`A와 회담을 가진 데 이어 B와 회담했다`: the person of this verb's own clause)
                    own = max((c.end() for c in _EARLIER_CLAUSE.finditer(lead)), default=0)
                    m.counterpart = (counterpart(lead[own:]) if own else frozenset()) or counterpart(lead)
                    if not m.counterpart and form in _MEET_PERSON and _ALSO_OBJECT.search(lead):
                        # `X 총리도 예방했다`: `도` (also) in the object's place of a verb that meets a person
                        m.counterpart = counterpart(_ALSO_OBJECT.sub("을", lead))
                    if not m.counterpart and form in _MEET_PERSON and _heading_end(view, toks, i):
                        # `□ 안와르 총리 예방 (7.23.)`: a section heading, the person met right before the noun
                        m.counterpart = counterpart(lead.rstrip() + "을")
                    if form == "예방" and not m.counterpart:
                        continue  # `질병을 예방하고`: prevention; a courtesy call is on a titled person
                    # A call on the host is a meeting of its own; `예방한 뒤 …로 이동` sets the scene.
                    m.separate = m.separate or (form == "예방" and mood == "main")
                if typ == "dialogue" and (_ALSO_WITH.search(lead[-30:]) or (
                        form in ("면담", "만나", "접견")
                        and (_BEFORE_EVENT.search(view.text[sent.start:t.start]) or _LATER_SAME_DAY.search(lead)
                             or _LATER_SAME_DAY.search(view.text, sent.start, t.start)))):
                    m.separate = True
                if typ == "dialogue" and m.counterpart and _BILATERAL.match(name or "") and (
                        _LATER_SAME_DAY.search(view.text, sent.start, t.start)):
                    m.separate = True  # `같은 날 오후 X 장관과 양자회담을 갖고`: a bilateral beside the day's meeting
                prev_end = end
                found.extend(_in_turn(view, m) if typ == "dialogue" else [m])
    found.extend(_talked_with(view, found))
    found.extend(_met_as_subject(view, found))
    found = [_launched_only(view, m, found) for m in found]
    # (a series told in turn stays, as a summary, for the day its meetings told after it take: `1.18.(수) … 인사와
    # 잇따라 양자 면담을 가졌다` over a paragraph per partner with no day; it goes when they are told apart)
    found = [m for m in found if not _labelled(view, m, found) and not (_a_series(view, m) and not (
        m.in_turn and _one_day_before(view, m)))
             and not _SESSION_PART.fullmatch((m.name or "").strip(" '‘’"))]
    for m in found:
        if m.mood == "main" and _EARLIER_BACKGROUND.match(m.sent.text) and not view.dates_in(m.sent.start, m.sent.end):
            m.mood = "adnominal"  # `앞서 X 회의에서는 … 선언에 서명했고`: earlier rounds told as background
        if m.mood == "main" and _PRAISED.match(view.text, m.trig_end, m.sent.end):
            m.mood = "adnominal"  # `A사가 … 양해각서를 맺고 … 기여했다고 평가했다`: a deed praised, told as background
    return [d for m in _signed_items(view, found) for d in _documents_of(view, m) or [m]] + _paired_labels(view, found)


def _documents_of(view: View, m: EventMention) -> list[EventMention]:
    """The documents a signing mention tells one by one, each a signing of its own (records.md rule 1): the lines
    listed below a lead (`아래 문서들에 대한 서명식`), or the members of a counted set all named before its count."""
    if m.type != "agreement":
        return []
    below = _items_below(view, m) if m.name and _BELOW.match(m.name) else []
    if below:
        return [_document(m, sent, a, b, view.text[a:b], (a, b), m.sent) for sent, a, b in below]
    counted = _items_counted(view, m) if m.mood == "main" else None
    return [_document(m, m.sent, a, b, name, m.clause, None) for a, b, name in counted or ()]


def _document(m: EventMention, sent: Sent, start: int, end: int, name: str, clause: tuple[int, int],
              lead: Sent | None) -> EventMention:
    em = EventMention("agreement", sent, m.trig_start, m.trig_end, m.mood, name, start, end, clause)
    em.separate, em.lead = True, lead
    return em


# `… 양해각서를 맺고 국내 산업 발전에 기여했다고 평가했다`: the clause is what someone praised.
_PRAISED = re.compile(r"[^.\n]*?다고\s*(?:높이\s*)?(?:평가|치하|감사)")
# `앞서 블레츨리 회의에서는 …`: a sentence opening on `앞서` with no day nor time of its own tells what came before
# (not `앞서 이날 오전 …`, `앞서 오전에는 …`: earlier the same day, held).
# (nor `앞서 열린 A 대통령과의 회담에서는`: the meeting held before the one told, that day)
_EARLIER_BACKGROUND = re.compile(r"\W*앞서\s(?!(?:열린|진행된|개최된|가진|있었던)\s)"
                                 r"(?![^.\n]{0,40}?(?:이날|오전|오후|같은\s*날|당일|직전))")


# `△A 업무협약 △B 업무협약 △C 업무협약 등 3건의 업무협약`, `'A', 'B', 'C' 등 양해각서(MOU) 3건이 서명됐다`: a counted
# set of documents whose every member is named before it, each a signing of its own (records.md rule 1); a set named
# by examples only (`A를 비롯해 모두 12건의 협정`) stays one (`counted_set`).
_MARKED_ITEM = re.compile(r"[△▲]\s*([^△▲\n]+?)\s*(?=[△▲]|등\s)")
_QUOTED_ITEM = re.compile(r"['‘「]([^'’‘」「\n]{2,60})['’」]\s*,?\s*")
_ITEMS_COUNTED = re.compile(r"\s*등\s*(?P<head>[^\s\d]{2,12}(?:\([A-Za-z]+\))?)?\s*(?P<n>\d+)\s*건")


def _items_counted(view: View, m: EventMention) -> list[tuple[int, int, str]] | None:
    """The members of a counted set of documents before the mention's trigger, each named (marked `△`, or quoted and
    headed by the noun after `등`), when they are as many as the count."""
    text, lo = view.text, m.sent.start
    if "건" not in m.sent.text or not ("△" in m.sent.text or "▲" in m.sent.text or "'" in m.sent.text
                                      or "‘" in m.sent.text or "「" in m.sent.text):
        return None
    for count in _ITEMS_COUNTED.finditer(text, lo, m.trig_start):
        before = text[lo:count.start()]
        marked = list(_MARKED_ITEM.finditer(before + " 등 "))
        if len(marked) >= 2 and all(ends_with_head(x.group(1), ("agreement",)) for x in marked) \
                and len(marked) == int(count.group("n")):
            return [(lo + x.start(1), lo + x.end(1), x.group(1).strip()) for x in marked]
        head = count.group("head")
        quoted = _trailing_quoted(before)
        if head and ends_with_head(head, ("agreement",)) and len(quoted) >= 2 and len(quoted) == int(count.group("n")):
            noun = _TRAILING_PAREN.sub("", head).strip()
            return [(lo + a, lo + b, f"{t} {noun}") for a, b, t in quoted]
    return None


def _trailing_quoted(before: str) -> list[tuple[int, int, str]]:
    """The quoted names that end `before`, one after another (`'A', 'B', 'C'`)."""
    items: list[tuple[int, int, str]] = []
    pos = len(before)
    for q in reversed(list(_QUOTED_ITEM.finditer(before))):
        if q.end() != pos and before[q.end():pos].strip(" ,"):
            break
        items.insert(0, (q.start(1), q.end(1), q.group(1).strip()))
        pos = q.start()
    return items


# `주요 서명 문서는 다음과 같습니다.` over `※ 「X 협정」: A 장관 – B 장관 서명` lines: a list of documents signed, each
# item naming its document and its signatories.
_MARK = r"(?:※|ㅇ|○|-|•|·|▲|△|\d{1,2}[.)]|[①-⑳])"
_LIST_MARK = re.compile(rf"[ \t]*{_MARK}")
_ITEM_SIGNED = re.compile(rf"[ \t]*{_MARK}?[ \t]*[「『](?P<name>[^「『」』\n]{{2,80}})[」』][ \t]*[:：]?[^\n]{{2,160}}?"
                          r"(?P<verb>서명|체결)\s*\)?\s*\.?\s*$")
_DOCUMENTS_LEAD_KO = re.compile(r"(?:서명|체결|교환|채택)[^\n]{0,30}(?:다음과|아래와)\s*같|"
                                r"(?:서명|체결)\s*문서\s*[:：]\s*$")


def _documents_lead(view: View, sent: Sent) -> Sent | None:
    """The lead sentence of the list of signed documents the item sentence is in: a few sentences up, only list
    lines (and an item line's own later sentences) between."""
    for k in range(sent.idx - 1, max(-1, sent.idx - 12), -1):
        x = view.sents[k]
        if _DOCUMENTS_LEAD_KO.search(x.text):
            return x
        line = view.text.rfind("\n", 0, x.start) + 1
        if not view.text[line:x.start].strip() and not _LIST_MARK.match(view.text, line):
            return None  # (prose opening a line between: no longer the list)
    return None


def _signed_items(view: View, found: list[EventMention]) -> list[EventMention]:
    """Each item of a list of signed documents is a signing of its own (records.md rule 1), with its signatories;
    its lead's plural (`협정 및 양해각서 서명식`) is the list's, no signing of its own. The lead's line (`회담 직후 양
    정상은 … 서명식에 임석하였습니다`) lends its witnesses."""
    items: list[EventMention] = []
    for sent in view.sents:
        if "서명" not in sent.text and "체결" not in sent.text or (m := _ITEM_SIGNED.fullmatch(sent.text)) is None:
            continue
        if (lead := _documents_lead(view, sent)) is None:
            continue
        # (the line's sentence telling the ceremony, `□ 회담 직후 양 정상은 … 서명식에 임석하였습니다.`, lends the
        # witnesses; a bullet alone is no sentence of it)
        line = view.text.rfind("\n", 0, lead.start) + 1
        opening = next((x for x in view.sents[max(0, lead.idx - 4):lead.idx]
                        if x.start >= line - 1 and len(re.findall(r"[가-힣]", x.text)) >= 5), lead)
        em = EventMention("agreement", sent, sent.start + m.start("verb"), sent.start + m.end("verb"), "main",
                          m.group("name").strip(), sent.start + m.start("name"), sent.start + m.end("name"),
                          (sent.start, sent.end))
        em.separate, em.lead = True, opening
        items.append(em)
    if not items:
        return found
    leads = {i for m in items if m.lead is not None for i in range(m.lead.idx, m.sent.idx)}
    taken = {m.sent.idx for m in items}
    kept = [m for m in found if not (m.type == "agreement" and (m.sent.idx in taken or m.sent.idx in leads
                                                                 and not _quoted(view, m)))]
    return kept + items


def _quoted(view: View, m: EventMention) -> bool:
    """The mention's name is written in corner brackets (`「X 협정」`), a document named, not the list's plural."""
    return m.name_start is not None and view.text[max(0, m.name_start - 1):m.name_start] in ("「", "『")


# `첫 세션에서는 …`, `두 번째 세션에서`, `마지막 세션`, `제2세션`: one session of the day's meeting, not a meeting
_SESSION_PART = re.compile(r"(?:첫|첫\s*번째|[두세네]\s*번째|\d+\s*번째|마지막|제\s*\d+|\d+)\s*(?:세션|부)")


_HEADLINE_END = re.compile(r"[ \t'’\"”」』]*(?:\(|\n|$)")  # `… 'X 대화' 출범` ending its line
_ROUND = re.compile(r"제\s*\d+\s*차|\d+\s*차|첫|최초|이\s")


def _launched_only(view: View, m: EventMention, found: list[EventMention]) -> EventMention:
    """`한국과 아프리카가 '한-아프리카 핵심광물 대화'를 출범시켰다`: a dialogue launched where the text holds no
    meeting of it (no round or `이` in its name, no meeting held in its sentence, no meeting of its name held elsewhere)
    while the text holds another meeting is launched at that meeting, a launch (records.md rule 1), not its own
    first meeting (rule 2: `제1차 X 대화를 개최하고 이 대화를 출범시켰다`)."""
    if not (m.type == "dialogue" and m.ordinal == 1 and m.name and "출범" in view.text[m.trig_start:m.trig_end + 2]):
        return m
    if _HEADLINE_END.match(view.text, m.trig_end):
        return m  # a headline's `'X 대화' 출범` (no verb): the meeting's, as the body tells it
    if not any(x is not m and x.type == "dialogue" and "출범" not in view.text[x.trig_start:x.trig_end + 2]
               for x in found):
        return m  # `양국은 24일 서울에서 X 대화를 출범했다` and no other meeting: X's first meeting is what is told
    core = core_words(m.name)
    if not core or _ROUND.search(m.name) or any(
            x is not m and x.type == "dialogue" and x.ordinal != 1 and (
                x.sent is m.sent or (x.name and core <= core_words(x.name))) for x in found):
        return m
    em = EventMention("launch", m.sent, m.trig_start, m.trig_end, m.mood, m.name, m.name_start, m.name_end, m.clause)
    return em


_WITH_TOPIC = re.compile(r"(?<=[가-힣])(?:과|와)는\s")


def _talked_with(view: View, found: list[EventMention]) -> list[EventMention]:
    """`(독일) X 재무장관과는 … 방안을 논의하였다`, `X 장관과는 A를, Y 장관과는 B를 협의했다`: each titled person set
    off by `과는/와는` as the partner of a past talk predicate (`talk_verbs`) is met in a meeting of their own, in a
    sentence that tells no meeting by a trigger."""
    talk = frozenset(triggers().talk_verbs)
    out: list[EventMention] = []
    told = {id(m.sent) for m in found if m.type == "dialogue"}  # (one pass, not one per sentence)
    for sent in view.sents:
        # (a literal test first: most sentences hold no `과는`/`와는`, and the rest is asked only for those)
        if "과는" not in sent.text and "와는" not in sent.text or id(sent) in told or _PLAN_END.search(sent.text):
            continue
        hits = list(_WITH_TOPIC.finditer(view.text, sent.start, sent.end))
        toks = view.tokens_in(sent.start, sent.end) if hits else []
        # each partner's part: up to the comma before the next one (`X 장관과는 A를, 호주 Y 장관과는 B를`)
        cuts = [sent.start] + [max(view.text.rfind(",", a.end(), b.start()) + 1, a.end())
                               for a, b in zip(hits, hits[1:], strict=False)]
        for k, hit in enumerate(hits):
            lo = cuts[k]
            names = counterpart(view.text[lo:hit.start() + 1])
            if not names:
                continue  # `미국과는`: a country, not a person met
            verb = next((j for j, t in enumerate(toks) if t.start >= hit.end() and (t.form or t.text) in talk
                         and t.base.startswith(("NN", "VV", "MAG")) and _mood(toks, j) == "main"
                         and not _negated(view, toks, j)), None)
            if verb is None:
                continue
            hi = cuts[k + 1] if k + 1 < len(hits) else sent.end
            m = EventMention("dialogue", sent, toks[verb].start, toks[verb].end, "main", None, None, None, (lo, hi))
            m.counterpart = names
            m.separate = True
            out.append(m)
    return out


# `□ (한-이탈리아) 서 차관은 로씨 차관이 … 사의를 표하였다`: a paragraph labelled with the pair of sides it tells.
_PAIR_LABEL = re.compile(r"(?m)^[ \t]*[□■○ㅇ◇◆▶-]?[ \t]*\((?:한|우리)\s*[-·–]\s*([^()\n]{1,15})\)")
_NEXT_PARAGRAPH = re.compile(r"(?m)^[ \t]*(?:□|■|※|\((?:한|우리)\s*[-·–])")


def _paired_labels(view: View, found: list[EventMention]) -> list[EventMention]:
    """After meetings told in turn (`A, B, C 등의 인사들과 잇따라 양자회담을 갖고`), each paragraph labelled with the
    pair of sides (`□ (한-이탈리아) …`) tells the meeting with that side, whether it has a meeting word (`회담을 가진
    뒤`) or only what was said (`사의를 표하였다`): one meeting of its own where the paragraph holds none."""
    summary = next((m for m in found if m.type == "dialogue" and (m.in_turn or _IN_TURN.search(
        view.text[m.sent.start:m.trig_start].rstrip(" 을를에서의")))), None)
    if summary is None:
        return []
    out: list[EventMention] = []
    for lab in _PAIR_LABEL.finditer(view.text):
        a, b = lab.start(1), lab.end(1)
        sent = view.sent_of(a)
        if sent is None or sent.start < summary.sent.start or not view.mentions_in(a, b, "COUNTRY"):
            continue
        nxt = _NEXT_PARAGRAPH.search(view.text, lab.end())
        end = nxt.start() if nxt else len(view.text)
        told = [x for x in found if x.mood == "main" and a <= x.trig_start < end]
        own = [x for x in told if x.type == "dialogue" and (x.name is None or _BARE_MEETING.fullmatch(x.name))]
        for x in own:  # (`(한-미얀마) … 회담을 가진 뒤`: the paragraph's own meeting word; not a series attended)
            x.separate = True
        # (what the paragraph tells with no day of its own is of the lead's day: its meeting, and a signing after it)
        for x in [*own, *(x for x in told if x.type != "dialogue")]:
            x.lead = summary.sent
        if own:
            continue
        em = EventMention("dialogue", sent, a, b, "main", None, None, None, (sent.start, sent.end))
        em.separate = True
        em.lead = summary.sent
        out.append(em)
    return out


# `X 총리와의 회담도 이어졌다`, `X 대통령과의 정상회담이 첫 순서였다`, `이어진 X 대통령과의 회담에서는 …이 화제에
#올랐다`: a meeting noun with its titled counterpart (`과의`) told as the subject of a past predicate of holding, or as
# the setting (`에서`) of a past clause, in a sentence that tells no meeting by a trigger.
# (`X 차관과의 협의에서는 … 논의됐다`: a consultation with a titled person is a meeting too)
_WITH_NOUNS = frozenset(["회담", "정상회담", "면담", "통화", "회동", "협의"])
_HELD_AS_SUBJECT = frozenset(["이어지", "열리", "시작"])
_SCHEDULE_SLOT = frozenset(["순서", "일정"])  # `…이 첫 순서였다`, `…이 마지막 일정이었다`
_SUBJECT_OR_SETTING = frozenset(["이", "가", "은", "는", "도", "에서"])


def _past_final(toks: list[Tok]) -> bool:
    """The sentence's last predicate is in the past (`이어졌다`, `순서였다`, `올랐다`)."""
    k = next((k for k in range(len(toks) - 1, -1, -1) if "EF" in toks[k].tag), None)
    if k is None:
        return False
    return any("EP" in t.tag and (t.form or t.text) in ("었", "았", "였", "이어지", "이", "했") or
               "+EP" in t.tag for t in toks[max(0, k - 2):k + 1]) and not any(
        (t.form or t.text) == "겠" for t in toks[max(0, k - 2):k + 1])


def _held_after(toks: list[Tok], j: int) -> bool:
    """The predicate right after the subject at token j holds the meeting (`이어졌다`, `진행됐다`, `첫 순서였다`)."""
    held = _HELD_AS_SUBJECT | frozenset(triggers().done_predicates)
    for k in range(j + 1, min(j + 5, len(toks))):
        t = toks[k]
        form = t.form or t.text
        if t.base.startswith(("VV", "VA", "VX")) or "VV" in t.tag:
            return form in held
        if t.base.startswith("NN") and form in held:
            return _passive_after(toks, k)
        if t.base.startswith("NN") and form in _SCHEDULE_SLOT:
            return k + 1 < len(toks) and "VCP" in toks[k + 1].tag
        if t.base in ("EF", "EC", "SF"):
            return False
    return False


def _met_as_subject(view: View, found: list[EventMention]) -> list[EventMention]:
    out: list[EventMention] = []
    told = {id(m.sent) for m in found if m.type == "dialogue"}
    for sent in view.sents:
        # (a literal test first: most sentences hold no `과의`/`와의`)
        if "과의" not in sent.text and "와의" not in sent.text or id(sent) in told or _PLAN_END.search(sent.text) \
                or _AHEAD.search(sent.text):
            continue
        toks = view.tokens_in(sent.start, sent.end)
        if not _past_final(toks):
            continue
        for i, t in enumerate(toks[:-1]):
            if t.text not in _WITH_NOUNS or toks[i + 1].text not in _SUBJECT_OR_SETTING:
                continue
            if not _WITH_OF.search(view.text, max(sent.start, t.start - 10), t.start):
                continue
            setting = toks[i + 1].text == "에서"
            if not setting and (not _held_after(toks, i + 1) or _negated(view, toks, i + 2)):
                continue
            start, end = _phrase_left(view, toks, i)
            # `이어진 X 대통령과의 회담`: the adnominal verb before the person is no name word
            lo = max([sent.start] + [x.end for x in toks[:i] if "ETM" in x.tag])
            names = counterpart(view.text[lo:t.start])
            if not names:
                continue
            m = EventMention("dialogue", sent, t.start, t.end, "main", view.text[start:end].strip() or None, start,
                             end, (sent.start, sent.end))
            m.counterpart = names
            out.append(m)
            break
    return out


def _accord_setting(view: View, toks: list[Tok], i: int, sent_end: int) -> EventMention | None:
    """`첫 통화에서 … 뜻을 모았다`: the meeting noun phrase ending at token i, marked `에서`, in a sentence whose
    predicate after it is a past accord; the meeting named by that phrase, its clause the sentence."""
    if i + 1 >= len(toks) or toks[i + 1].text not in _AT:
        return None
    start, end = _phrase_left(view, toks, i)
    before = [t for t in toks if t.end <= start]
    if before and (before[-1].base == "ETM" or "ETM" in before[-1].tag):
        return None  # `열린 회의에서 …`: the adnominal verb already tells the meeting
    if cut := _TIME_WORD.match(view.text, start, end):
        start = cut.end()  # `전날 밤 첫 통화에서`: the time of day is not the name
    name = view.text[start:end].strip()
    if end != toks[i].end or not ends_with_head(name, ("dialogue",)) or not _ACCORD.search(
            view.text, toks[i + 1].end, sent_end):
        return None
    sent = next(s for s in view.sents if s.start <= toks[i].start < s.end)
    m = EventMention("dialogue", sent, toks[i].start, toks[i].end, "main", name, start, end, (sent.start, sent.end))
    m.counterpart = counterpart(view.text[sent.start:start])
    return m


# `각국 통상장관들과 연쇄 양자협의를 가졌다`, `각국 대표들과 릴레이 면담을 진행했다`: a series of bilaterals with no
# one person named is no meeting of its own; each one reported is.
_LAUNCH_MEETING = re.compile(r"\s*출범\s*회의$")  # (`mentions`: asked per named meeting)
_SERIES = re.compile(r"(?:연쇄|잇단|잇따른|릴레이)\s*(?:양자\s*)?(?:정상\s*)?(?:회담|협의|면담)$")
_SERIES_ADVERB = re.compile(r"(?:연쇄|잇따라|잇달아|연이어|차례로)\s*$")
_BARE_MEETING = re.compile(r"(?:양자\s*)?(?:정상\s*)?(?:회담|협의|면담)")


def _one_day_before(view: View, m: EventMention) -> bool:
    """The last day named before the trigger is one day, not a span's end (`1.18.(수)`, not `… 7.9.(일)까지` or
    `8~9일`)."""
    days = [d for d in view.dates_in(m.sent.start, m.trig_start) if d.kind == "day"]
    return bool(days) and not re.search(r"[~∼～]", days[-1].text) and not view.text.startswith(
        ("부터", "까지", "~", "∼", "～"), days[-1].end)


def _a_series(view: View, m: EventMention) -> bool:
    if m.counterpart or not m.name:
        return False
    if _SERIES.search(m.name):
        return True
    return m.name_start is not None and bool(_BARE_MEETING.fullmatch(m.name)) and bool(
        _SERIES_ADVERB.search(view.text[max(0, m.name_start - 6):m.name_start]))


# `□ (케냐 고위인사 면담) 강 차관은 3.19. X 장관을 예방하고`: a paragraph's label in parentheses.
_LABEL = re.compile(r"[ \t]*[□■○ㅇ◇◆▶▲△-]?[ \t]*\(([^()\n]{1,30})\)")


def _labelled(view: View, m: EventMention, found: list[EventMention]) -> bool:
    """A trigger in a paragraph's label is the paragraph's event, which a trigger of its own type after the label
    reports (it is named there, not again)."""
    line = view.text.rfind("\n", 0, m.trig_start) + 1
    lab = _LABEL.match(view.text, line)
    if lab is None or not lab.start(1) <= m.trig_start < lab.end(1):
        return False
    return any(x is not m and x.type == m.type and x.sent is m.sent and x.trig_start >= lab.end() for x in found)


@functools.lru_cache(maxsize=1024)
def document_kind(name: str) -> str | None:
    """The kind of document a name's head noun says (`mou`, `loi`, `treaty`, …; `data/triggers.yaml`)."""
    t = _TRAILING_PAREN.sub("", name.strip(" '’‘」』「『\"”“")).strip(" '’‘」』「『\"”“")
    t = _TRAILING_PAREN.sub("", _TRAILING_COUNT.sub("", t)).strip()
    return next((k for k, heads in triggers().document_kinds.items() if t.endswith(tuple(heads))), None)


_NAME_SPLIT = re.compile(r"[\s·ㆍ・‧,'’‘\"“”「」『』\-–]+")


@functools.cache
def _all_heads() -> tuple[str, ...]:
    # Only the smallest heads: `정상회의` is `정상` + `회의`, and `정상` tells a summit from a ministers' meeting.
    heads = {h for hs in triggers().heads.values() for h in hs}
    minimal = {h for h in heads if not any(h != o and h.endswith(o) for o in heads)}
    return tuple(sorted(minimal, key=len, reverse=True))


@functools.cache
def _country_words() -> frozenset[str]:
    from extract.gazetteer import get_gazetteer

    g = get_gazetteer()
    return frozenset([*(n for c in g.countries for n in c.ko), *g.abbr_ko])


def core_words(name: str) -> set[str]:
    """The words of a name that tell one event from another: without glosses, ordinals, countries and
    party abbreviations (`한-카자흐스탄`, `한미일`), generic words and the head noun (`양해각서`, `회의`)."""
    name = re.sub(r"\([^()]*\)", " ", name)
    out = set()
    countries, generic = _country_words(), set(triggers().generic_words)
    for word in _NAME_SPLIT.split(name):
        if not word or re.search(r"\d", word) or word in countries or word in generic:  # amounts, ordinals
            continue
        if all(ch in countries for ch in word):
            continue  # `한미일`, `한`
        stripped = True
        while stripped and word:
            stripped = False
            for h in _all_heads():
                if word.endswith(h):
                    word, stripped = word[:-len(h)], True
                    break
        if word and word not in generic and word not in countries:
            out.add(word)
    return out


# `양 정상 임석하에 아래 문서들에 대한 서명식이 진행됐습니다.` over `① X에 관한 양해각서` lines: the documents signed
# are the lines below, each a signing of its own.
_BELOW = re.compile(r"(?:아래|다음|하기)(?:의)?\s*(?:문서|양해각서|협정|약정|MOU)(?:들)?")
_ITEM_LINE = re.compile(rf"[ \t]*{_MARK}[ \t]*(?P<name>[^\n]{{2,100}}?)[ \t]*\.?[ \t]*$")


def _items_below(view: View, m: EventMention) -> list[tuple[Sent, int, int]]:
    """The list lines after the mention's sentence (a line or two of prose may come between: who signed) that each
    name a document, ending in its head noun."""
    items: list[tuple[Sent, int, int]] = []
    prose = 0
    for ln in re.finditer(r"[^\n]+", view.text[m.sent.end:m.sent.end + 2000]):
        line = _ITEM_LINE.fullmatch(ln.group().rstrip())
        if line is None or not ends_with_head(line.group("name"), ("agreement",)):
            prose += 1
            if items or prose > 2:
                break
            continue
        a, b = m.sent.end + ln.start() + line.start("name"), m.sent.end + ln.start() + line.end("name")
        sent = next((x for x in view.sents if x.start <= a < x.end), None)
        if sent is None:
            break
        items.append((sent, a, b))
    return items if len(items) >= 2 else []
