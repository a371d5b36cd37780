"""The interface every language grammar implements. The shared engine (`extract/events.py`,
`delegates.py`, `commitments.py`, `build.py`, `document.py`) never branches on a language: what differs
between languages — tokens, date expressions, how an event is said, how a person is named, how a
commitment is cued — is asked of the grammar. Rule words live in `extract/lang/<xx>/data/*.yaml`."""
from __future__ import annotations

import functools
import re
from abc import ABC, abstractmethod
from collections.abc import Container
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from extract.lang.rules import load_list
from extract.regexscan import places

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from extract.commitments import NextMeeting
    from extract.dates import DateMention
    from extract.delegates import Person
    from extract.entities import Mention
    from extract.events import EventMention
    from extract.view import Sent, Tok, View

_WORDS = re.compile(r"\w+|[^\w\s]")
_GLOSS = re.compile(r"\s*[(（][^)）]*[)）][^\w]*$")  # `… 연합(Biopharma Coalition)`, `… Initiative (SCRI)`
_GLOSS_ACRONYM = re.compile(r"[(（]([A-Z]{2,})[)）]")


@functools.cache
def _titled_parts(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A `titled_name` pattern's sides of `{w}`: what must end right before the word, what must follow it."""
    before, after = pattern.split("{w}")
    return re.compile(f"(?:{before})\\Z"), re.compile(after)


class Grammar(ABC):
    """One language: its spaCy pipeline and every rule that depends on how the language is written."""

    code: ClassVar[str]
    data_dir: ClassVar[Path]

    # ------------------------------------------------------------- data

    @functools.cached_property
    def blockers(self) -> list[str]:
        return load_list(self.data_dir / "blockers.yaml")

    # ------------------------------------------------------------- pipeline

    @abstractmethod
    def make_nlp(self, components: list[str]) -> Language:
        """A spaCy pipeline: this language's tokenizer and sentences, then the shared components."""

    @abstractmethod
    def tokens_and_sentences(self, doc: Doc, text: str) -> tuple[list[Tok], list[tuple[int, int]]]:
        """The tokens the rules read (may be empty) and the sentence spans (character offsets)."""

    def token_offsets(self, doc: Doc) -> list[int]:
        return [t.idx for t in doc]

    def token_edges(self, doc: Doc) -> tuple[set[int] | None, set[int] | None, set[tuple[int, int]] | None]:
        """Token starts, ends and proper-noun spans that gazetteer names must align with (None: word edges)."""
        return None, None, None

    # ------------------------------------------------------------- dates

    @abstractmethod
    def find_dates(self, text: str, published: date | None) -> list[DateMention]: ...

    def is_report_date(self, view: View, d: DateMention) -> bool:
        """A date that is the release's own (`26일 밝혔다`), not an event's."""
        return False

    def passing_date(self, view: View, d: DateMention) -> bool:
        """A day said in passing (a sentence recalling the past, another name's date in parentheses): not the
        day `이날`/`that day` refers to."""
        return False

    @abstractmethod
    def date_pool(self, view: View, m: EventMention, cands: list[DateMention]) -> list[DateMention]:
        """The candidate dates of an event mention, most likely first."""

    def clause_of_noun(self, view: View, d: DateMention) -> bool:
        """The date is of an adnominal clause (`2∼4일 자카르타를 방문 중인 X`): a noun's, not the report's day."""
        return False

    # ------------------------------------------------------------- gazetteer matching

    alias_langs: ClassVar[tuple[str, ...]]  # which gazetteer alias lists are searched in this language's text

    def alias_fits(self, alias_lang: str, surface: str) -> bool:
        return True

    def official_alias_fits(self, surface: str) -> bool:
        return True

    adjectives: ClassVar[bool] = False  # country adjectives (`Korean`) name the country
    # `{adj} capital` (`the Japanese capital`): a country's adjective and a word for its capital name that city.
    capital_phrases: ClassVar[tuple[str, ...]] = ()
    morpheme_edges: ClassVar[bool] = False  # names align with token edges, else with word edges

    def compound_mentions(self, text: str, i: int, longest: int, ok_end, proper) -> tuple[list[Mention], int] | None:  # noqa: ANN001
        """Mentions that the gazetteer does not list (`한·미·일`): (mentions, end) at position i, or None."""
        return None

    @property
    def compound_starts(self) -> Container[str]:
        """The characters `compound_mentions` can start at: it returns None at any other (the scan skips it)."""
        return ()

    # ------------------------------------------------------------- events

    @abstractmethod
    def event_mentions(self, view: View) -> list[EventMention]:
        """Event mentions: a trigger with its event-noun head and the name it has in the text."""

    @abstractmethod
    def ordinal(self, view: View, m: EventMention) -> int | None: ...

    def round_told(self, s: Sent) -> int | None:
        """A sentence that tells which round the event just told was (`It was the fifth round of the talks`)."""
        return None

    @abstractmethod
    def place_marked(self, view: View, s: Sent, p: Mention, places: list[Mention]) -> bool:
        """The place is where the sentence's event happens (`샌디에고에서`, `in San Diego`)."""

    def place_not_where(self, view: View, m: EventMention, p: Mention) -> bool:
        """A place of the mention's sentence that is not where it happened (another event's, a title's)."""
        return False

    def place_is_side(self, view: View, p: Mention) -> bool:
        """A place that names a side, not where (`ㅇ (룩셈부르크) X 장관과는`: a line's label)."""
        return False

    @abstractmethod
    def country_is_where(self, view: View, s: Sent, c: Mention) -> bool:
        """A country named as where (`미국에서`, `in Japan`), not as who."""

    @abstractmethod
    def venue_marked(self, view: View, start: int, end: int) -> bool:
        """A seat of government at [start, end) is named as where (`백악관에서`, `at the White House`)."""

    def occasion_names(self, view: View) -> set[str]:
        """`서울안보대화 계기 연쇄 양자회담`: names of gatherings the text calls the occasion of other meetings."""
        return set()

    @abstractmethod
    def venue_spans(self, view: View, s: Sent) -> list[tuple[int, int]]:
        """Spans naming a host gathering (`on the margins of …`, `… 계기`): not the event nor its parties."""

    def tour_spans(self, view: View, s: Sent) -> list[tuple[int, int]]:
        """Spans listing a trip's stops (`a tour of A, B and C`, `A·B·C 순방`): no meeting's parties."""
        return []

    def country_as_location(self, view: View, x: Mention) -> bool:
        """A country mention that says where, read by its own suffix (`미국에서`)."""
        return False

    def country_as_topic(self, view: View, x: Mention) -> bool:
        """A country mention that is what the parties talk about (`discussed Russia's war against Ukraine`)."""
        return False

    def compound_as_topic(self, view: View, x: Mention) -> bool:
        """A compound of parties that is what the parties talk about (`러북 간 불법 군사협력`), not who meets."""
        return False

    def org_is_party(self, view: View, x: Mention) -> bool:
        """Whether this ministry, named in an event clause, brings its country as a party."""
        return False

    def refine_series(self, view: View, m: EventMention) -> None:  # noqa: B027  (optional hook)
        """A series the gazetteer spells otherwise (English: by its core words)."""

    def conference(self, name: str) -> bool:
        """A name of a gathering of many (`정상회의`), which a meeting with one person (`정상회담`) is not part of."""
        return False

    def told_past(self, view: View, m: EventMention) -> bool:
        """The mention's sentence ends in a past predicate (`열렸다`, `논의했다`), not a schedule (`참석한다`)."""
        return True

    def gathering(self, name: str) -> bool:
        """A gathering that is not talks between delegations (`비즈니스 포럼`, `라운드테이블`)."""
        return False

    def attended(self, view: View, m: EventMention) -> bool:
        """`열린 「X 포럼」에 참석했다`: the named gathering is what someone attended (not only a venue)."""
        return False

    def also_attended(self, view: View, m: EventMention) -> bool:
        """`Also in Madrid on Wednesday, …`, `같은 날 열린 X에도 참석했다`: another gathering of the day, told as
        attended besides what was reported before."""
        return False

    def day_of_other_clause(self, view: View, d: DateMention, of_event: bool = True) -> bool:
        """`"전날 북한이 …"고 말했다`, `전날 열린 G7 회의에 이어`: a relative day (`전날`, `이날`) quoted, or in an
        adnominal clause of another noun (`of_event`: an event's too, else `전날 도착한 장관` only), dates no
        meeting of the report."""
        return False

    # `같은 날`, `the same day`: a relative day that refers back to the last one told, not to the report's day.
    same_day_back: ClassVar[re.Pattern[str] | None] = None
    # `전날 뮌헨에서 모여`, `마주 앉았다`: a sentence telling people met, with no event noun.
    gathered: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")

    def recalled(self, view: View, m: EventMention) -> bool:
        """`…을 갖고 … 논의한 바 있습니다`, `had met`: the predicate tells of an event before the report's."""
        return False

    def clause_cut(self, view: View, prev: EventMention, nxt: EventMention) -> int | None:
        """Where the clause of `nxt` starts when a conjunction or connective ending joins it to the clause of
        `prev`, the meeting or signing told before it in the sentence (`…을 하고, 이어`, `…, and later`), else None."""
        return None

    def shared_subject(self, view: View, first: EventMention) -> tuple[int, int] | None:
        """The subject of the sentence's first event clause, shared by the clauses coordinated with it."""
        return None

    def asides(self, view: View, s: Sent) -> list[tuple[int, int]]:
        """Clauses set inside the sentence's own that tell another, past event (`X, who met Y on Tuesday, held talks
        with Z`): their people, parties and places are not the sentence's held event's. (Asked for each mention of
        the sentence and again for its people: found once per sentence, by `find_asides`; not to be changed.)"""
        memo = view.memo("asides")
        key = (s.start, s.end, s.text)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self.find_asides(view, s)
        return found

    def find_asides(self, view: View, s: Sent) -> list[tuple[int, int]]:
        """The grammar's own reading of `asides`."""
        return []

    def addressees(self, view: View, s: Sent) -> list[tuple[int, int]]:
        """Where the sentence names whom a letter handed over is addressed to (`X에게 보내는 친서를 전달`): not
        someone at the meeting."""
        return []

    @abstractmethod
    def specific(self, view: View, m: EventMention) -> bool:
        """The mention names one event (`제4차 경제안보대화`), not a generic noun (`회의`, `the talks`)."""

    @abstractmethod
    def names_event(self, name: str) -> bool:
        """A written name worth showing over a generic one."""

    def distinct_names(self, a: str, b: str, event_type: str) -> bool:
        """Two names of one day that cannot be one event."""
        return False

    bilateral: ClassVar[re.Pattern[str]]  # a bilateral meeting beside a named multilateral one
    this_event: ClassVar[re.Pattern[str]]  # `이번 회의`, `this meeting`: the event of the day in context
    summary_name: ClassVar[re.Pattern[str] | None] = None  # `a series of meetings`: several meetings summed up
    # `열린 X를 계기로`: a host gathering's venue span opening with the verb of its holding (its people are its own)
    held_venue: ClassVar[re.Pattern[str] | None] = None
    day_before: ClassVar[re.Pattern[str] | None] = None  # `전날`: a side meeting the day before is past
    # `… and agreed to …`, `…하고 … 논의했다`: what a meeting's sentence goes on to report of it
    news_content: ClassVar[re.Pattern[str] | None] = None
    day_after: ClassVar[re.Pattern[str] | None] = None  # `이튿날`: the day after the day in context
    # `today wrapped up her visit to A and B`: the day a trip ends, not the day of the meetings told without one
    trip_end: ClassVar[re.Pattern[str] | None] = None
    # `A and B agreed Thursday …, as A wrapped up a tour`: the trip's end told with what was done that day
    trip_end_with_act: ClassVar[re.Pattern[str] | None] = None
    # `ended a four-nation tour in the oil-producing country`: the trip ends at a stop, where the report is from, whose
    # meetings are of the report's day (after `trip_end`'s match)
    trip_end_stop: ClassVar[re.Pattern[str] | None] = None

    def trip_ended(self, view: View) -> int:
        """The index of an opening sentence that reports a trip ended (and nothing done that day), else -1."""
        if self.trip_end is None:
            return -1
        act, end, stop = self.trip_end_with_act, self.trip_end, self.trip_end_stop
        return next((s.idx for s in view.sents[:4] if (e := end.search(s.text))
                     and not (stop is not None and stop.match(s.text, e.end()))
                     and not (act is not None and act.search(s.text))), -1)
    # `also held talks with X a day earlier` in a trip report published days later: the day before is one of the
    # trip's days told in turn, held (English; a wire's `전날` side meeting stays in passing).
    day_before_told_later: ClassVar[bool] = False
    # `the X established in March`: an adnominal trigger's own phrase (its date) follows it (English), or
    # precedes it (`지난 3월 출범한 X`, Korean).
    participle_follows: ClassVar[bool] = False
    # `X, who represented Secretary of State Y`, `on behalf of President Y`: the one stood in for, who did not attend
    # (searched in the text before a person, up to the name's title words)
    stood_in_for: ClassVar[re.Pattern[str] | None] = None
    # `During the visit, he also met …`: an undated meeting somewhere in a trip of several days has no day.
    during_trip: ClassVar[re.Pattern[str] | None] = None
    # `14일부터 16일까지 … 릴레이 면담을 진행했다`, `held a series of bilateral meetings from June 3-5`: a series of
    # meetings told over a span of days, each on some day of it unless its own day is told
    meeting_series: ClassVar[re.Pattern[str] | None] = None
    # `이번 방문을 계기로`, `on the occasion of the visit`: what a visit brought about, on some day of it
    visit_occasion: ClassVar[re.Pattern[str] | None] = None
    # The same told after the person met (`, who met X during his stop in Abu Dhabi,`); matched after the trigger.
    trip_after: ClassVar[re.Pattern[str] | None] = None
    # `X arrived in Dodoma on Wednesday`: a trip's arrival with its day, the day of the meetings told next.
    arrival: ClassVar[re.Pattern[str] | None] = None
    # `칠레를 방문`, `visit to Chile`: the words after (Korean) or before (English) a country that make it a trip's
    # destination.
    visit_after_country: ClassVar[re.Pattern[str] | None] = None
    visit_before_country: ClassVar[re.Pattern[str] | None] = None
    # `당시 정책대화에는 …`, `At the time, the dialogue …`: the sentence refers back to a past event.
    back_reference: ClassVar[re.Pattern[str] | None] = None
    # `관련 보도자료: …`, `Related: …`: a page's links to other releases, not this release's text.
    page_links: ClassVar[re.Pattern[str] | None] = None
    # `6.24.(월)부터 6.28.(금)까지 … 방문하여`, `from June 24 to 28 … visit`: a range of days that is a trip's span.
    trip: ClassVar[re.Pattern[str] | None] = None
    # `wrapped up two days of talks on Sunday`, `이틀간의 협상을 11일 마무리했다`: a meeting told by its last day and
    # its length in days (group `n`); it is dated by its first day (records.md rule 6)
    ended_span: ClassVar[re.Pattern[str] | None] = None
    # `6.24~25 헤이그에서 열린 나토 정상회의에 참석한 후 … 방문`: a range that an adnominal `held` follows, before the
    # trip word, is the span of the meeting held, not of the trip.
    held_in_span: ClassVar[re.Pattern[str] | None] = None

    # ------------------------------------------------------------- document level

    at_meeting: ClassVar[re.Pattern[str]]  # `At the meeting, …`: the sentence belongs to the meeting
    # `During their talks, the two officials discussed …`: the two people the sentence before named
    pair_reference: ClassVar[re.Pattern[str] | None] = None
    # `At that meeting, …` after a sentence telling two meetings: the one named last
    at_that_meeting: ClassVar[re.Pattern[str] | None] = None
    same_parties: ClassVar[re.Pattern[str]]  # `3국`, `the two sides`: the parties named before
    # `양 정상`, `the two ministers`, `We`: the parties' people referred to by office (or as a joint statement's
    # voice), and the roles of the people it means (None: everyone of the meeting)
    referred_office: ClassVar[tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]] = ()
    # `Among the signatories were A and B`, `서명자는 A 장관과 B 장관이었다`: a sentence naming who signed, with no
    # event of its own; its people are the signing's (told before it), not the meeting's whose section it is in
    signatories: ClassVar[re.Pattern[str] | None] = None
    # `The partnership will …`, `It is …`, `동 연합은 …`, `SCRI will …`: a sentence opening with a reference to a thing
    # named before; group 1 is the noun or acronym referred by (none: a pronoun).
    referring_opening: ClassVar[re.Pattern[str] | None] = None
    # `They also agreed …`, `아울러 …`: a sentence going on with the one before it (its subject, its content)
    carrying_on: ClassVar[re.Pattern[str] | None] = None

    def refers_to(self, text: str, names: list[str]) -> bool:
        """The sentence opens by referring back to what one of `names` names: a pronoun, or a demonstrative with
        the name's head noun or acronym (`the Green Partnership` -> `The partnership`, `바이오 연합` -> `동 연합`)."""
        m = self.referring_opening.match(text) if self.referring_opening is not None else None
        if m is None:
            return False
        noun = next((g for g in m.groups() if g), None)
        return noun is None or any(self.name_head(noun, name) for name in names)

    def type_heads(self, type_: str) -> list[str]:
        """The nouns that head names of events of `type_` (`agreement`, `memorandum`, `양해각서`)."""
        return []

    def name_head(self, noun: str, name: str) -> bool:
        """`noun` is the head of `name` (`the Green Partnership` -> `partnership`) or its acronym (`… (SCRI)`)."""
        return _name_head(noun, name)

    def foreign_name(self, name: str) -> bool:
        """A name whose side the text must tell (in Korean text, a transliteration: Korean names go home)."""
        return True

    def subject_reference(self, s: Sent) -> str | None:
        """`He met …`, `The Secretary met …`, `Today I met …`: the sentence's subject refers to a person named
        before; returns the referring words (`he`, `secretary`, `i`), else None."""
        return None

    # `특사단은 …`, `The delegation then met …`: a delegation, formed in an earlier sentence, as the subject.
    delegation_subject: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    # The sentence forming it: its leader and members named (`X를 단장으로 하고 … 함께한 특사단`).
    delegation_formed: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    # The sentences right after it that name more of its members (`Joining Dr. Campbell were …`).
    delegation_more: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")

    def object_reference(self, s: Sent) -> tuple[str, int] | None:
        """`The Secretary met with the External Affairs Minister`: the one met is referred to by title only; returns
        the title, lower case (`external affairs minister`), and where it starts, else None."""
        return None

    def subject_reference_end(self, s: Sent) -> int:
        """How far into the sentence its subject runs: a person found before this is the subject itself (`The
        Prime Minister met President X`: X, after the verb, is not)."""
        return 40

    # `윤석열 대통령 중앙아시아 3개국 국빈 방문 주요 일정` over `① 6.10.(월) 한-X 정상회담 - A 대통령` lines: the line
    # heading a trip's schedule names who went to each item's meeting.
    schedule_header: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    schedule_item: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")

    def attends_unnamed(self, view: View, s: Sent) -> bool:
        """`10.15.(화)에는 … 라운드테이블에 참석하였다`: an attendance sentence that names no one and leaves out who
        attended (the person the text is about)."""
        return False

    def zero_subject(self, view: View, s: Sent) -> bool:
        """`같은 날 저녁에는 B 총리와 만찬 회담을 했다`: a meeting sentence that leaves out who met the partner (the
        person the text is about, named as a topic before)."""
        return False

    def others_attend(self, text: str) -> bool:
        """The sentence says who attended, and they are no delegation (`업계 관계자가 참석한 세션`, `attended by
        business leaders`): the event takes no one's people from another meeting of the day."""
        return False

    def named_by_family(self, name: str, text: str) -> bool:
        """`웡 장관` names `페니 웡`: a person named by family name and title."""
        return False

    # `Minister Hayashi`, `쫑 서기장`: one word of a person's name with a title beside it ({w}: the word).
    titled_name: ClassVar[str | None] = None

    def names_titled(self, words: frozenset[str], text: str) -> bool:
        """The text names a person of these name words by a title and one of the words (`With Minister Gan, …`)."""
        if self.titled_name is None:
            return False
        before, after = _titled_parts(self.titled_name)
        for w in words:
            if len(w) <= 1 and not "가" <= w <= "힣":
                continue
            # (each place the word stands, tried against the title pattern's two sides: one compiled pattern per
            # language, not one per name, which cost a Korean document ~4 ms of compiling per new name)
            if any(before.search(text, max(0, at - 80), at) and after.match(text, at + len(w))
                   for at in places(text, w)):
                return True
        return False

    # ------------------------------------------------------------- records

    levels: ClassVar[list[tuple[str, str]]]  # (level, pattern) over names and roles, highest first

    # A trip's place is marked by the words before it (`visited `) or after it (`를 방문`); a language gives one.
    trip_before: ClassVar[re.Pattern[str] | None] = None  # searched in the 12 characters before the place
    trip_after: ClassVar[re.Pattern[str] | None] = None  # matched right after the place
    # A trip sentence that names its days places only the events of its first week (else any event after it).
    trip_week: ClassVar[bool] = False

    # `In Hanoi, …` opening a paragraph: where the trip's stop told from there is
    paragraph_opening: ClassVar[re.Pattern[str] | None] = None

    def paragraph_place(self, view: View, before: int) -> Mention | None:
        """The place that opens the last paragraph so opened before `before` (`In Jakarta, …`)."""
        if self.paragraph_opening is None:
            return None
        for p in reversed(view.mentions_in(0, before, "PLACE")):
            line = view.text.rfind("\n", 0, p.start) + 1
            if self.paragraph_opening.fullmatch(view.text, line, p.start) and view.text.startswith(",", p.end):
                return p
        return None

    def trip_city(self, view: View, before: int, day: date | None = None) -> Mention | None:
        """The city of the last trip told before the event (`visited Washington, D.C., where he attended …`,
        `10.17~18 몽골 울란바토르를 방문하여`), for an event on `day`."""
        for p in reversed(view.mentions_in(0, before, "PLACE")):
            if not self._trip_marked(view, p) or self.dated_apart(view, p) or self.seat_of_power(view, p):
                continue
            return p if not self.trip_week or _in_trip_week(view, p, day) else None
        return None

    def _trip_marked(self, view: View, p: Mention) -> bool:
        if self.trip_before is not None and self.trip_before.search(view.text[max(0, p.start - 12):p.start]):
            return True
        return self.trip_after is not None and bool(self.trip_after.match(view.text, p.end))

    def seat_of_power(self, view: View, p: Mention) -> bool:
        """A capital standing for its government (`the government in Caracas`): no place anyone was."""
        return False

    def dated_apart(self, view: View, p: Mention) -> bool:
        """A place dated apart from the report (`was held in Washington in January`): not this trip's."""
        return False

    # `who is visiting Japan`, `his first visit to the Philippines`: searched in the 24 characters before a country.
    visit_before: ClassVar[re.Pattern[str] | None] = None

    def visited_host(self, view: View) -> str | None:
        """The one country the report's visit is to: with no city named, its capital is where the visitor met."""
        if self.visit_before is None:
            return None
        hosts = {c.id for c in view.mentions_in(0, len(view.text), "COUNTRY")
                 if self.visit_before.search(view.text[max(0, c.start - 24):c.start])}
        return next(iter(hosts)) if len(hosts) == 1 else None

    def wire_dateline(self, view: View) -> Mention | None:
        """A wire's dateline city (`(서울=연합뉴스)`): where the report was filed, the last guess of where."""
        return None

    def dateline_place(self, view: View, p: Mention) -> bool:
        """A place in the event day's sentence that says where."""
        return True

    def filed_from(self, view: View, p: Mention) -> bool:
        """The report's dateline place (where it was filed), not where an event was."""
        w = self.wire_dateline(view)
        return w is not None and w.start == p.start

    def remote(self, view: View, m: EventMention) -> bool:
        """A call or a videoconference (records.md rule 7: no city, no country, not the dateline's)."""
        return False

    # ------------------------------------------------------------- people

    @abstractmethod
    def people(self, view: View, s: Sent, ner: list[tuple[int, int]]) -> list[Person]: ...

    @abstractmethod
    def called_on(self, view: View, p: Person) -> bool:
        """The host of a courtesy call made on the side (not a delegate)."""

    attendance: ClassVar[re.Pattern[str]]  # a sentence that reports who attended
    attendance_future: ClassVar[re.Pattern[str]]  # … unless it reports who will
    # `attended …, where he said Korea will …`: a verb of saying after the attendance; a future after it is what was
    # said, not the attendance's time
    reported_after: ClassVar[re.Pattern[str] | None] = None
    participation: ClassVar[re.Pattern[str]]  # `참석했다`, `took part`: who attended, an enumeration follows

    @abstractmethod
    def head_marked(self, s: Sent) -> bool:
        """The sentence designates heads (`수석대표`, `led by`)."""

    def companion(self, view: View, s: Sent, start: int, end: int) -> bool:
        """The person at `start:end` is told as accompanying the principals (`accompanied by`, `배석했다`): a
        delegate, never a head."""
        return False

    # ------------------------------------------------------------- commitments

    @abstractmethod
    def keyword_key(self, keyword: str) -> str: ...

    @abstractmethod
    def keyword_pattern(self, alternation: str) -> str: ...

    @abstractmethod
    def fold(self, text: str) -> str:
        """Text as keywords are matched (lowercased where case does not matter)."""

    @abstractmethod
    def supply_chain_of(self, hay: str, prev: tuple[int, int, str] | None, cur: tuple[int, int, str],
                        nxt: tuple[int, int, str] | None) -> bool:
        """`핵심광물 공급망`, `supply chains for critical minerals`: a supply chain of another topic is about it."""

    def field_topics(self, text: str) -> list[str] | None:
        """`X 분야의 Y`: the field named decides the topic (its first); None: every topic named counts."""
        return None

    @abstractmethod
    def clauses(self, view: View, s: Sent) -> list[tuple[int, int]]: ...

    def clause_words(self, view: View, a: int, b: int) -> list[str]:
        """The words the topic classifier reads in the clause [a, b): lowercased words and punctuation marks."""
        return _WORDS.findall(view.text[a:b].lower())

    def has_clause_words(self, view: View, a: int, b: int) -> bool:
        """`clause_words` is not empty (asked of every clause of an event's sentences: a grammar may answer
        without making the words)."""
        return bool(self.clause_words(view, a, b))

    @abstractmethod
    def strength(self, text: str) -> str | None:
        """`strong` (agreed, decided), `weak` (discussed) or None."""

    shares_final_cue: ClassVar[bool] = False  # coordinated clauses share the sentence-final cue
    # a bare head noun's sentence (`회의는 … 주재로 진행됐다`) tells of the meeting at hand, its people included
    bare_mention_told: ClassVar[bool] = False
    # A sentence naming a held event reports who attended it with no attendance verb of its own (`Meeting in X on D,
    # A and B reviewed …`, `After their talks in X, A and B agreed …`).
    mention_attends: ClassVar[bool] = False
    # Right after a meeting noun, a time of its own before the day (`at their meeting in Bali last November`): a past
    # meeting, whose people the sentence names without their attending the held one.
    own_past_time: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    # A sentence that tells only an earlier event as an experience (`… 통화를 한 바 있다`): its people were there, not
    # at the event of the section it stands in.
    told_before: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    # A sentence that tells only a meeting ahead (`X was scheduled to meet President Y later in the day`): its people
    # are that meeting's, not of the event of the section it stands in.
    planned_meeting: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    # A sentence about who attended a ceremony that is no meeting (`이날 행사에는 X 대통령 등도 자리했다`): its people
    # were at the ceremony, not at the event of the section it stands in.
    ceremony_attended: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    # A commitment clause without a topic word is about the topic of the event's name (`양측은 협력 방안을
    # 구체화해 나가기로 했다` at a supply-chain dialogue: Korean leaves the object to the context), not `other`.
    name_topic_fallback: ClassVar[bool] = False
    # A clause that reports what one side said (`…을 지적하고,`): it does not share a weak final cue (`요청했다`).
    remark: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    # A discussion of ways to act (`discussed ways to …`): a listed discussion item even when no keyword names its
    # topic (records.md rule 10): `other`, as a firm commitment without a topic word.
    ways: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    # An adverbial of cause or time (`코로나19로 인한 위기`, `코로나19 이후`, `amid the pandemic`): the scene of what is
    # agreed, so its words name no topic of it.
    scene: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    continuation: ClassVar[re.Pattern[str]]  # `이를`, `이러한 협력`, `this`: the clause continues the one before

    # `양국은`, `the two leaders`: a subject that is the event's own parties.
    joint_subject: ClassVar[re.Pattern[str]]
    # `정부는`: a subject naming no country that is the publisher's own government (the language's home country
    # when the publisher is unknown).
    own_government: ClassVar[re.Pattern[str] | None] = None
    home_country: ClassVar[str | None] = None
    joint_act: ClassVar[re.Pattern[str]]  # `합의`, `discussed`: an act done with another side
    party_heads: ClassVar[re.Pattern[str]]  # `측`, `side`: a subject's last word that names a party
    conjunction: ClassVar[re.Pattern[str]]  # what joins the members of a subject (`과`, `and`, `,`)
    not_a_subject: ClassVar[re.Pattern[str]]  # a phrase that is no plain subject (English: a verb inside it)

    def subject_span(self, view: View, s: Sent, a: int, b: int) -> tuple[int, int] | None:
        """The subject phrase of the clause [a, b) (`미국과 일본은`, `Japan and the United States agreed`), or None."""
        return None

    def reported_speech(self, s: Sent) -> bool:
        """An official's account (`당국자는 "…"이라고 전했다`), not the parties' words."""
        return False

    def headline(self, view: View, s: Sent) -> bool:
        """A headline or caption that only reports a discussion (no final ending)."""
        return False

    def title_line(self, view: View, s: Sent) -> bool:
        """A title, subtitle or section heading that sums up what the body reports (`X 대통령과 정상회담`)."""
        return False

    def background(self, text: str) -> bool:
        """The clause agrees on or assesses what is or has been (`협력이 확대되고 있다는 데 공감하고`): scene-setting,
        not a commitment, whatever cue it has."""
        return False

    @abstractmethod
    def action(self, view: View, a: int, b: int, text: str, topic: str) -> str:
        """A short English verb phrase for the clause [a, b) about `topic`."""

    @abstractmethod
    def list_lead(self, text: str) -> bool:
        """`다음과 같이 협력하기로 하였다`, `decided the following:`: bullets after it carry its cue."""

    @abstractmethod
    def find_next(self, view: View, s: Sent, when: str | None) -> NextMeeting | None:
        """The announced next meeting in the sentence (`when` from its dates)."""


def _in_trip_week(view: View, p: Mention, day: date | None) -> bool:
    """`day` falls in the first week of the days the trip's sentence names, or the sentence names none (the trip
    told before its meetings places any event after it)."""
    s = next(x for x in view.sents if x.start <= p.start < x.end)
    days = [d.value for d in view.dates_in(s.start, s.end) if d.kind == "day" and d.value]
    return not days or bool(day and min(days) <= day <= min(days) + timedelta(days=6))


@functools.lru_cache(maxsize=65536)
def _name_head(noun: str, name: str) -> bool:
    """Asked for every sentence opening on a reference and every name told before it (cached: pure)."""
    head, acronyms = _head_and_acronyms(name)
    return noun.casefold().removesuffix("s") == head or noun in acronyms


@functools.lru_cache(maxsize=8192)
def _head_and_acronyms(name: str) -> tuple[str, tuple[str, ...]]:
    """A name's last word (casefolded, a plural's `s` off) and its glossed acronyms: asked of every sentence that
    opens by referring back, for every name before it (cached: a name's parts never change)."""
    words = re.findall(r"\w+", _GLOSS.sub("", name))
    head = words[-1].casefold().removesuffix("s") if words else ""
    return head, tuple(_GLOSS_ACRONYM.findall(name))
