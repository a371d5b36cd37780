"""Index changes as notices on `events.merged`: each real-world event once, then its updates."""
from __future__ import annotations

from index.model import MergedEvent
from index.plan import Change
from streams.records import Commitment, Delegate, EventNotice, EventRecord, Location, NextMeeting, stable_id


def as_record(ev: MergedEvent) -> EventRecord:
    """The merged event in the shape every follower already reads (`id` = `key`; the evidence of every
    report, so a follower's free text finds it in either language)."""
    first = ev.reports[0] if ev.reports else None
    evidence = " ".join(dict.fromkeys(r.evidence for r in ev.reports if r.evidence))
    return EventRecord(
        id=ev.key, key=ev.key, doc_id=first.doc_id if first else ev.key, url=first.url if first else None,
        source=first.source if first else None, lang=first.lang if first else None, type=ev.type,
        mentioned=ev.mentioned, name=ev.name, series=ev.series, ordinal=ev.ordinal, level=ev.level, date=ev.date,
        date_text=ev.date_text, location=Location(city=ev.location.city, country=ev.location.country),
        participants=ev.participants,
        delegates=[Delegate(name=p.name, name_en=p.name_en, country=p.country, role=p.role,
                            organization=p.organization, head=p.head, person_id=p.person_id) for p in ev.delegates],
        commitments=[Commitment(topic=c.topic, action=c.action, text=c.text, parties=c.parties)
                     for c in ev.commitments],
        topics=ev.topics, next=NextMeeting(ordinal=ev.next.ordinal, when=ev.next.when) if ev.next else None,
        evidence=evidence, extractor=first.extractor if first else "",
        published=first.published if first else None)


def notice(change: Change) -> EventNotice:
    reports = sorted(f"{r.doc_id}/{r.id}" for r in change.event.reports)
    return EventNotice(
        id=stable_id(change.kind, change.key, *reports, *change.changes), kind=change.kind,  # type: ignore[arg-type]
        key=change.key, aliases=change.event.aliases, event=as_record(change.event),
        previous=as_record(change.previous) if change.previous else None, changes=change.changes,
        reports=len(change.event.reports))
