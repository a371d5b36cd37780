"""What a write does to the index: which merged events to store and delete, and what changed.

Given the stored events a batch could touch (found by `identity.probes`) and the incoming reports,
the newest version of each document wins, the touched reports are clustered again from scratch and
every resulting event keeps the key of the stored event it mostly came from. Pure: no I/O.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from index.identity import Features, cluster
from index.lexicon import Vocabulary
from index.merge import merge, primary
from index.model import MergedEvent
from streams.records import EventRecord, stable_id

ReportKey = tuple[str, str]  # (doc_id, id)


class Stored:
    """What the index keeps per merged event: the event and the reports it was computed from.

    The event can be given as a loader: a write reads many stored events and needs few of them parsed."""

    def __init__(self, event: MergedEvent | Callable[[], MergedEvent], records: list[EventRecord]) -> None:
        self._event = event
        self.records = records

    @property
    def event(self) -> MergedEvent:
        if not isinstance(self._event, MergedEvent):
            self._event = self._event()
        return self._event


@dataclass
class Change:
    kind: str  # new | updated | removed
    key: str
    event: MergedEvent
    changes: list[str] = field(default_factory=list)
    reports: list[ReportKey] = field(default_factory=list)  # the incoming reports this change carries
    previous: MergedEvent | None = None  # before an update or removal


@dataclass
class Plan:
    docs: list[Stored] = field(default_factory=list)
    deletes: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    stale: list[ReportKey] = field(default_factory=list)  # older versions than what is stored: no-ops


def _pool(stored: dict[str, Stored], incoming: Sequence[EventRecord]) -> tuple[dict[ReportKey, EventRecord],
                                                                                 list[ReportKey]]:
    """Stored reports with the incoming ones applied: the newest version of a document wins.

    A document's reports of one version (one extraction) stand together, whichever batches they arrive
    in; a newer version replaces all of them, wherever they were merged. Reports without a version
    (files indexed by hand, old records) replace only the same report.
    """
    pool = {(r.doc_id, r.id): r for s in stored.values() for r in s.records}
    docs: dict[str, set[ReportKey]] = {}
    for x in pool:
        docs.setdefault(x[0], set()).add(x)
    stale: list[ReportKey] = []
    for r in incoming:
        k = (r.doc_id, r.id)
        same_doc = sorted(docs.setdefault(r.doc_id, set()))
        mine = r.version_order()
        if any(pool[x].version_order() > mine for x in same_doc):
            stale.append(k)
            continue
        drop = [x for x in same_doc if pool[x].version_order() < mine or x == k]
        for x in drop:
            del pool[x]
            docs[r.doc_id].discard(x)
        pool[k] = r
        docs[r.doc_id].add(k)
    return pool, stale


def _new_key(group: Sequence[EventRecord], taken: set[str]) -> str:
    first = primary(group)
    if first.key not in taken:
        return first.key
    return f"{first.key}~{stable_id(first.doc_id, first.id, length=6)}"


def plan(stored: dict[str, Stored], incoming: Sequence[EventRecord], vocab: Vocabulary,
         cache: dict[tuple[str, str], Features] | None = None, *, known: set[str] | None = None) -> Plan:
    """`known`: keys that exist in the index outside `stored` (a new event must not take one)."""
    pool, stale = _pool(stored, incoming)
    owner = {(r.doc_id, r.id): key for key, s in stored.items() for r in s.records}
    incoming_keys = {(r.doc_id, r.id) for r in incoming} - set(stale)
    groups = cluster(list(pool.values()), vocab, cache)
    # Largest groups choose first: an event keeps the key of the stored event most of its reports come from.
    order = sorted(range(len(groups)), key=lambda i: (-len(groups[i]), groups[i][0].doc_id, groups[i][0].id))
    taken: set[str] = set(known or ())
    keys: dict[int, str] = {}
    for i in order:
        votes = Counter(owner[(r.doc_id, r.id)] for r in groups[i] if (r.doc_id, r.id) in owner)
        reuse = [k for k, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])) if k not in taken]
        keys[i] = reuse[0] if reuse else _new_key(groups[i], taken | set(stored))
        taken.add(keys[i])
    out = Plan(stale=stale)
    for i, group in enumerate(groups):
        key = keys[i]
        ids = {(r.doc_id, r.id) for r in group}
        if not ids & incoming_keys and key in stored and ids == {(r.doc_id, r.id) for r in stored[key].records}:
            continue  # a stored event the batch did not touch: as it was
        former = {owner[(r.doc_id, r.id)] for r in group if (r.doc_id, r.id) in owner}
        aliases = former | {a for k in former for a in stored[k].event.aliases}
        event = merge(group, key, vocab=vocab, aliases=aliases)
        before = stored.get(key)
        if before is not None and before.event == event and _same(before.records, group):
            continue  # a replay: nothing to write
        out.docs.append(Stored(event, list(group)))
        carried = [(r.doc_id, r.id) for r in group if (r.doc_id, r.id) in incoming_keys]
        if before is None and not former:
            out.changes.append(Change("new", key, event, [], carried))
            continue
        previous = before.event if before is not None else stored[sorted(former)[0]].event
        merged_in = [stored[k].event for k in sorted(former - {key})]
        what = diff(previous, event) + [f"merged with {e.name or e.key}" for e in merged_in]
        if what:
            out.changes.append(Change("updated", key, event, what, carried, previous))
    kept = set(keys.values())
    for key in sorted(set(stored) - kept):
        out.deletes.append(key)
        if not any(key in d.event.aliases for d in out.docs):
            out.changes.append(Change("removed", key, stored[key].event, ["no report of this event is left"],
                                      previous=stored[key].event))
    return out


def _same(a: Sequence[EventRecord], b: Sequence[EventRecord]) -> bool:
    def dump(rs: Sequence[EventRecord]) -> list[dict[str, object]]:
        return [r.model_dump() for r in sorted(rs, key=lambda r: (r.doc_id, r.id))]

    return dump(a) == dump(b)


def diff(before: MergedEvent, after: MergedEvent) -> list[str]:
    """What a reader would notice: new reports, people, parties, topics, commitments, and moved facts.

    A document found again (another source listing the same page, a re-fetch) is no change.
    """
    out: list[str] = []
    old_docs = {r.doc_id for r in before.reports}
    for r in after.reports:
        if r.doc_id not in old_docs:
            out.append(f"new report: {r.source or r.doc_id} ({r.lang or '?'})")
    gone = old_docs - {r.doc_id for r in after.reports}
    out += [f"report withdrawn: {d}" for d in sorted(gone)]
    old_people = {n for p in before.delegates for n in [p.person, *p.names]}
    out += [f"new delegate: {p.name_en or p.name}" for p in after.delegates
            if p.person not in old_people and not set(p.names) & old_people]
    out += [f"new participant: {c}" for c in after.participants if c not in before.participants]
    out += [f"new topic: {t}" for t in after.topics if t not in before.topics]
    old_commitments = {(c.topic, c.action.casefold()) for c in before.commitments}
    out += [f"new commitment: {c.action} ({c.topic})" for c in after.commitments
            if (c.topic, c.action.casefold()) not in old_commitments]
    for label, a, b in (("date", before.date, after.date), ("place", before.location.city, after.location.city),
                        ("type", before.type, after.type)):
        if a != b and b:
            out.append(f"{label}: {a or '—'} → {b}")
    return out
