"""Round 21, which meeting a sentence belongs to: a sentence naming by title the one person met at a side meeting
told before it is that meeting's, not the section's first meeting (sentences are our own)."""
from extract.pipeline import extract_document
from streams.records import DocumentRecord


def _by_meeting(text: str, published: str, lang: str = "en") -> dict[str, tuple[set[str], set[str]]]:
    """Each held event's delegates' names and topics, keyed by the event's name or type and date."""
    events = extract_document(DocumentRecord(id="t", text=text, lang=lang, published=published))
    out: dict[str, tuple[set[str], set[str]]] = {}
    for e in events:
        if e.mentioned:
            continue
        topics = {str(c.topic) for c in e.commitments}
        out[" ".join(d.name for d in e.delegates)] = ({d.name for d in e.delegates}, topics)
    return out


def _topics_with(meetings: dict[str, tuple[set[str], set[str]]], person: str) -> set[str]:
    return set().union(*(t for names, t in meetings.values() if any(person in n for n in names)))


def test_a_sentence_naming_the_second_ministers_title_is_his_meetings() -> None:
    text = ("In Tokyo on November 15, 2021, Secretary of Commerce Gina Raimondo met with Minister of Economy, Trade "
            "and Industry Hagiuda Koichi and discussed steel tariffs. Later that day, she also met with Minister for "
            "Foreign Affairs Hayashi Yoshimasa. The Secretary and Minister Hayashi agreed to strengthen cooperation "
            "on semiconductor supply chains.")
    meetings = _by_meeting(text, "2021-11-16")
    assert "semiconductors" in _topics_with(meetings, "Hayashi")
    assert "semiconductors" not in _topics_with(meetings, "Hagiuda")


def test_a_later_meeting_then_a_sentence_naming_the_ministers_title() -> None:
    text = ("In Tokyo on March 16, 2021, Secretary of State Antony Blinken met with Prime Minister Suga Yoshihide and "
            "discussed the Quad. Later that day, he also met with Minister of Defense Kishi Nobuo. Secretary Blinken "
            "and Minister Kishi agreed to deepen cooperation on maritime security in the East China Sea.")
    meetings = _by_meeting(text, "2021-03-17")
    assert "maritime_security" in _topics_with(meetings, "Kishi")
    assert "maritime_security" not in _topics_with(meetings, "Suga")
