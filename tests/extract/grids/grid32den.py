"""Round 32 (grid32den): an English paraphrase grid for delegates (how people are told).

One fact: South Korean Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken in Seoul on Monday
2024-03-18 (Blinken was in Seoul for the Summit for Democracy); a wire report of the next day. The event itself is
kept easy (a plain held meeting, a clear day and city) so that a failing column shows a gap in the people. Five
dimensions, one at a time:

- partner: how the counterpart is named (Title Name, an appositive, `his U.S. counterpart`, `America's top
  diplomat`, a deputy, an ambassador, a special envoy, a Japanese minister or vice minister, `who heads the
  delegation`, `Washington's top diplomat`);
- company: other attendees beside the principals (accompanied by, joined by, `Also attending were`, `The U.S.
  delegation included`, `with … in attendance`, `On the Korean side … attended`, `sat in on`, untitled names by side);
- lead: how heads are designated (plain, delegations `led by` / `headed by`, co-chaired, chief delegate, hosted,
  a 2+2 with four principals, a trilateral with three heads, co-hosted);
- distractor: a sentence naming people who are not delegates (spokespeople, an analyst, a detainee, a leader whose
  greetings were conveyed, a predecessor, a leader discussed as a subject, a past meeting's host);
- later: how people are referred to after the first sentence (surname, `the minister`, title + surname, a pronoun,
  a nominal `Cho's meeting with Blinken`, a role noun), none of which adds a person.

A BASE cell, one-factor-at-a-time cells, then 100 pairwise cells (2-3 dimensions varied) drawn with
random.Random(32), skipping incompatible combinations. Every expected value was written by the record contract
(records.md rules 6-9) before the extractor ran on any cell.

Head convention: a principal is head when the wording designates them (led by, headed, co-chair, chief delegate,
host, 2+2) or is their side's only principal; companions (accompanied by, joined by, sat in, also attending, in
attendance, the delegation included) never, and they do not count against the principal they accompany. History:
the first run (73/148) was under "principals are always heads"; the heads were then re-annotated to a strict reading
of rule 9 (a side naming a companion has no sole representative; 91/148), and finally to the reading the tuning gold
shows (`Luxon was accompanied by Minister X`: Luxon leads; dev gold h002/h008 agree, several attendees and none
designated lead nobody), before the rules of round 32 were scored on it. `grid32den_before.txt` is the table of
the code before round 32 under that last convention.

    python -m tests.extract.grids.grid32den        # pass rate per dimension value, then the failing cells
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from tests.extract.grids.common import Cell, Expected, Grid, Person

PUBLISHED = "2024-03-19"  # a Tuesday; "Monday" is 2024-03-18
DAY = "2024-03-18"
HEADER = "SEOUL, March 19 (Yonhap) -- "
WHEN = " in Seoul on Monday"
CONTEXT = " The talks covered North Korea and regional security, the ministry said."

# ---- people ------------------------------------------------------------------------------------------------------
CHO = Person(("Cho Tae-yul", "Cho"), "KOR", "minister")
BLINKEN = Person(("Antony Blinken", "Blinken", "Tony Blinken"), "USA", "secretary")
CAMPBELL = Person(("Kurt Campbell", "Campbell"), "USA", "deputy")
GOLDBERG = Person(("Philip Goldberg", "Goldberg"), "USA", "ambassador")
TURNER = Person(("Julie Turner", "Turner"), "USA", "envoy")
KAMIKAWA = Person(("Yoko Kamikawa", "Kamikawa", "Kamikawa Yoko"), "JPN", "minister")
OKANO = Person(("Masataka Okano", "Okano", "Okano Masataka"), "JPN", "vice")
SHIN = Person(("Shin Won-sik",), "KOR", "minister")
AUSTIN = Person(("Lloyd Austin",), "USA", "secretary")
# companions: delegates, not heads
KIM = Person(("Kim Hong-kyun",), "KOR", "minister", head=False)
KANG = Person(("Kang In-sun",), "KOR", "minister", head=False)
GOLDBERG_C = Person(("Philip Goldberg",), "USA", "ambassador", head=False)
KRITENBRINK = Person(("Daniel Kritenbrink",), "USA", "secretary", head=False)

CAPITAL = {"USA": "Washington", "JPN": "Tokyo"}
LEADER = {"USA": "President Joe Biden", "JPN": "Prime Minister Fumio Kishida"}
THIRD = {"USA": ("Japanese Foreign Minister Yoko Kamikawa", KAMIKAWA),
         "JPN": ("U.S. Secretary of State Antony Blinken", BLINKEN)}


# ---- partner: how the counterpart is named -----------------------------------------------------------------------
@dataclass(frozen=True)
class Partner:
    text: str  # in the first sentence
    person: Person
    short: str  # surname, for later sentences
    titled: str  # title + surname
    noun: str  # a role noun without the name
    pron: str = "He"
    adj: str = "U.S."
    led: str | None = None  # the form after `a U.S. delegation led by` (None: does not fit there)
    minister: bool = True  # a foreign-minister-level counterpart (co-chair, trilateral formats)
    defense: tuple[str, Person] | None = None  # the 2+2 defense principal beside this form


def _bare(person: Person) -> Person:
    return replace(person, role=None)  # the text gives no title


def _blinken(text: str, person: Person = BLINKEN, **kw) -> Partner:  # noqa: ANN003
    return Partner(text, person, "Blinken", "Secretary Blinken", "The U.S. secretary of state", **kw)


def _kamikawa(text: str, person: Person = KAMIKAWA, **kw) -> Partner:  # noqa: ANN003
    return Partner(text, person, "Kamikawa", "Minister Kamikawa", "The Japanese minister", pron="She",
                   adj="Japanese", **kw)


PARTNERS: list[tuple[str, Partner]] = [
    ("Country Title Name", _blinken("U.S. Secretary of State Antony Blinken", led="Secretary of State Antony Blinken",
                                    defense=("U.S. Defense Secretary Lloyd Austin", AUSTIN))),
    ("Name, the country title,", _blinken("Antony Blinken, the U.S. secretary of state,",
                                          defense=("U.S. Defense Secretary Lloyd Austin", AUSTIN))),
    ("Title Name (no country)", _blinken("Secretary of State Antony Blinken", led="Secretary of State Antony Blinken",
                                         defense=("Defense Secretary Lloyd Austin", AUSTIN))),
    ("his U.S. counterpart Name", _blinken("his U.S. counterpart Antony Blinken", _bare(BLINKEN))),
    ("his American counterpart, Title Name,", _blinken("his American counterpart, Secretary of State Antony Blinken,")),
    ("America's top diplomat, Name,", _blinken("America's top diplomat, Antony Blinken,", _bare(BLINKEN))),
    ("Washington's top diplomat Name", _blinken("Washington's top diplomat Antony Blinken", _bare(BLINKEN))),
    ("U.S. Deputy Secretary (deputy)",
     Partner("U.S. Deputy Secretary of State Kurt Campbell", CAMPBELL, "Campbell", "Deputy Secretary Campbell",
             "The deputy secretary", led="Deputy Secretary of State Kurt Campbell", minister=False)),
    ("U.S. Ambassador to South Korea",
     Partner("U.S. Ambassador to South Korea Philip Goldberg", GOLDBERG, "Goldberg", "Ambassador Goldberg",
             "The ambassador", led="Ambassador Philip Goldberg", minister=False)),
    ("special envoy",
     Partner("U.S. Special Envoy for North Korean Human Rights Issues Julie Turner", TURNER, "Turner",
             "Special Envoy Turner", "The envoy", pron="She", led="Special Envoy Julie Turner", minister=False)),
    ("Japanese Foreign Minister Name", _kamikawa("Japanese Foreign Minister Yoko Kamikawa",
                                                 led="Foreign Minister Yoko Kamikawa")),
    ("his Japanese counterpart Name", _kamikawa("his Japanese counterpart Yoko Kamikawa", _bare(KAMIKAWA))),
    ("Name, who heads the Japanese delegation,",
     _kamikawa("Yoko Kamikawa, who heads the Japanese delegation,", _bare(KAMIKAWA))),
    ("Japan's Vice Foreign Minister (vice)",
     Partner("Japan's Vice Foreign Minister Masataka Okano", OKANO, "Okano", "Vice Minister Okano",
             "The Japanese vice minister", adj="Japanese", led="Vice Foreign Minister Masataka Okano",
             minister=False)),
]


# ---- company: attendees beside the principals --------------------------------------------------------------------
@dataclass(frozen=True)
class Company:
    inline: str = ""  # right after the Korean principal (`, accompanied by …,`)
    suffix: str = ""  # at the end of the first sentence (`, with … in attendance`)
    sentence: str = ""  # a sentence of its own over {P} (the partner's surname)
    people: tuple[Person, ...] = ()


COMPANIES: list[tuple[str, Company]] = [
    ("none", Company()),
    ("A, accompanied by X, (inline)",
     Company(inline=", accompanied by First Vice Foreign Minister Kim Hong-kyun,", people=(KIM,))),
    ("P was joined by X and Y",
     Company(sentence=" {P} was joined by U.S. Ambassador to South Korea Philip Goldberg and Assistant Secretary of "
                      "State for East Asian and Pacific Affairs Daniel Kritenbrink.",
             people=(GOLDBERG_C, KRITENBRINK))),
    ("Also attending were X and Y",
     Company(sentence=" Also attending were First Vice Foreign Minister Kim Hong-kyun and U.S. Ambassador Philip "
                      "Goldberg.", people=(KIM, GOLDBERG_C))),
    ("The U.S. delegation included X and Y",
     Company(sentence=" The U.S. delegation included Ambassador Philip Goldberg and Assistant Secretary of State "
                      "Daniel Kritenbrink.", people=(GOLDBERG_C, KRITENBRINK))),
    ("with X and Y in attendance",
     Company(suffix=", with U.S. Ambassador Philip Goldberg and Second Vice Foreign Minister Kang In-sun in "
                    "attendance", people=(GOLDBERG_C, KANG))),
    ("On the Korean side, X and Y attended",
     Company(sentence=" On the Korean side, First Vice Foreign Minister Kim Hong-kyun and Second Vice Foreign "
                      "Minister Kang In-sun attended.", people=(KIM, KANG))),
    ("X, a title, sat in on the talks",
     Company(sentence=" Kim Hong-kyun, the first vice foreign minister, sat in on the talks.", people=(KIM,))),
    ("X, who traveled with P, also took part",
     Company(sentence=" Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink, who "
                      "traveled with {P}, also took part.", people=(KRITENBRINK,))),
    ("untitled names by side",
     Company(sentence=" Present from the South Korean side were Kim Hong-kyun and Kang In-sun, while Philip "
                      "Goldberg and Daniel Kritenbrink attended for the United States.",
             people=(_bare(KIM), _bare(KANG), _bare(GOLDBERG_C), _bare(KRITENBRINK)))),
]


# ---- lead: how the heads are designated ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Lead:
    template: str  # over {A} {CA} {B} {L} {ADJ} {D} {T} {WP} {CS}
    needs_led: bool = False  # takes the partner's `led` form
    minister_only: bool = False  # a format for foreign-minister-level counterparts
    inline_ok: bool = False  # the Korean principal stands alone (takes `, accompanied by …,`)
    two_plus_two: bool = False
    trilateral: bool = False
    designates: str = ""  # principals the wording makes heads (A: Cho, B: the partner, D: the defense ministers)


LEADS: list[tuple[str, Lead]] = [
    ("plain: A met B", Lead("{A}{CA} met {B}{WP}{CS}.", inline_ok=True)),
    ("delegations led by", Lead("A South Korean delegation led by {A} held talks with a {ADJ} delegation led by "
                                "{L}{WP}{CS}.", needs_led=True, designates="AB")),
    ("headed the side / headed by", Lead("{A} headed the South Korean side at talks with a {ADJ} delegation headed "
                                         "by {L}{WP}{CS}.", needs_led=True, designates="AB")),
    ("talks co-chaired by A and B", Lead("Talks co-chaired by {A} and {B} were held{WP}{CS}.", minister_only=True,
                                          designates="AB")),
    ("A and B co-chaired", Lead("{A} and {B} co-chaired a foreign ministers' meeting{WP}{CS}.",
                                minister_only=True, designates="AB")),
    ("as chief delegate", Lead("{A}, serving as South Korea's chief delegate, held talks with {B}{WP}{CS}.",
                               designates="A")),
    ("hosted … for talks", Lead("{A}{CA} hosted {B} for talks{WP}{CS}.", inline_ok=True, designates="A")),
    ("2+2 (four principals)", Lead('{A} and Defense Minister Shin Won-sik held "2+2" talks with {B} and {D}{WP}{CS}.',
                                   two_plus_two=True, designates="ABD")),
    ("trilateral (three heads)", Lead("{A}{CA} held trilateral talks with {B} and {T}{WP}{CS}.", minister_only=True,
                                      inline_ok=True, trilateral=True)),
    ("led the Korean side", Lead("{A}{CA} led the South Korean side in talks with {B}{WP}{CS}.", inline_ok=True,
                                                designates="A")),
    ("A and B co-hosted", Lead("{A} and {B} co-hosted a ministerial meeting on North Korean human rights{WP}{CS}.",
                               minister_only=True, designates="AB")),
]


# ---- distractor: people named who are not delegates (over {P} {LEADER} {CAP}) ------------------------------------
DISTRACTORS: list[tuple[str, str]] = [
    ("none", ""),
    ("spokesperson's briefing", " Foreign ministry spokesperson Lim Soo-suk told reporters on Tuesday that the talks "
                                "had been productive."),
    ("according to spokesperson X", " The talks also touched on Russia's growing military cooperation with "
                                    "Pyongyang, according to State Department spokesperson Matthew Miller."),
    ("analyst", " Victor Cha, a Korea expert at the Center for Strategic and International Studies in Washington, "
                "has long called for closer coordination among the allies on North Korea."),
    ("detainee discussed", " Cho also asked for help in securing the release of Kim Jung-wook, a South Korean "
                           "missionary held in North Korea since 2013."),
    ("leader's greetings conveyed", " Cho conveyed President Yoon Suk Yeol's greetings to {LEADER}."),
    ("predecessor", " Cho took office in January, succeeding Park Jin."),
    ("leaders discussed as subject", " They also discussed North Korean leader Kim Jong Un's deepening ties with "
                                     "Russian President Vladimir Putin."),
    ("past meeting's host", ' The last South Korea-U.S. "2+2" meeting in Seoul was hosted in March 2021 by '
                            "then-Foreign Minister Chung Eui-yong."),
]


# ---- later: how people are referred to after the first sentence (over {P} {PT} {PRON} {NOUN} {CAP}) ----------------
LATERS: list[tuple[str, str]] = [
    ("none", ""),
    ("surname: Cho told P", " Cho told {P} that Seoul would continue to work closely with {CAP}."),
    ("the minister said", " The minister said Seoul would keep up close communication with its partners."),
    ("Title Surname added", " {PT} added that {CAP} stood firmly with Seoul."),
    ("pronoun", " {PRON} also expressed hope for closer coordination on North Korea."),
    ("Minister Cho thanked Title Surname", " Minister Cho thanked {PT} for the visit."),
    ("nominal: Cho's meeting with P", " Cho's meeting with {P} lasted about 90 minutes, according to the ministry."),
    ("role noun: The … reaffirmed", " {NOUN} reaffirmed {CAP}'s commitment to the partnership."),
]

DIMENSIONS = ("partner", "company", "lead", "distractor", "later")
VALUES: dict[str, list] = {"partner": PARTNERS, "company": COMPANIES, "lead": LEADS, "distractor": DISTRACTORS,
                           "later": LATERS}


def _compatible(choice: dict[str, int]) -> bool:
    partner = PARTNERS[choice["partner"]][1]
    company = COMPANIES[choice["company"]][1]
    lead = LEADS[choice["lead"]][1]
    if lead.needs_led and partner.led is None:
        return False
    if lead.minister_only and not partner.minister:
        return False
    if lead.two_plus_two and partner.defense is None:
        return False
    if company.inline and not lead.inline_ok:
        return False
    # a State Department spokesperson speaks for a U.S. counterpart only
    if DISTRACTORS[choice["distractor"]][0] == "according to spokesperson X" and partner.person.country != "USA":
        return False
    us_company = [p for p in company.people if p.country == "USA"]
    # U.S. companions need a U.S. counterpart who is not one of them
    if us_company and (partner.person.country != "USA" or any(p.names[0] == partner.person.names[0]
                                                                for p in us_company)):
        return False
    return True


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _heads(people: list[Person], lead: Lead, partner: Person, defense: Person | None) -> list[Person]:
    """records.md rule 9 as the gold applies it: a principal is head when the wording designates them (led by,
    co-chair, 2+2 …) or is their side's only principal; companions (accompanied by, sat in …) never, and they do not
    count against the principal they accompany (tuning gold: `Luxon was accompanied by Minister X`, Luxon leads)."""
    designated = {p for k, p in (("A", CHO), ("B", partner), ("D", SHIN), ("D", defense)) if k in lead.designates}
    principals = {CHO, partner, SHIN, defense}
    named = Counter(p.country for p in people if p in principals)
    return [replace(p, head=p in designated or named[p.country] == 1) if p in principals else p for p in people]


def build(choice: dict[str, int]) -> Cell:
    partner = PARTNERS[choice["partner"]][1]
    company = COMPANIES[choice["company"]][1]
    lead = LEADS[choice["lead"]][1]
    country = partner.person.country
    defense, d_person = partner.defense or ("", None)
    third, t_person = THIRD[country]
    first = lead.template.format(A="Foreign Minister Cho Tae-yul", CA=company.inline, B=partner.text, L=partner.led,
                                 ADJ=partner.adj, D=defense, T=third, WP=WHEN, CS=company.suffix)
    first = re.sub(r",\s*([.,])", r"\1", _capital(first))
    slots = {"P": partner.short, "PT": partner.titled, "PRON": partner.pron, "NOUN": partner.noun,
             "CAP": CAPITAL[country], "LEADER": LEADER[country]}
    text = (HEADER + first + company.sentence.format(**slots) + LATERS[choice["later"]][1].format(**slots)
            + DISTRACTORS[choice["distractor"]][1].format(**slots) + CONTEXT)
    people = [CHO, partner.person, *company.people]
    parties = {"KOR", country}
    if lead.two_plus_two and d_person:
        people.append(SHIN)
        people.append(d_person)
    if lead.trilateral:
        people.append(t_person)
        parties.add(t_person.country)
    people = _heads(people, lead, partner.person, d_person)
    return Cell(dict(choice), text, [Expected("dialogue", DAY, "Seoul", frozenset(parties), tuple(people))], VALUES)


GRID = Grid("grid32den", "en", PUBLISHED, VALUES, build, _compatible, seed=32, pairwise=100)
cells, run, dimension_passes, main = GRID.cells, GRID.run, GRID.dimension_passes, GRID.main


if __name__ == "__main__":
    main()
