"""Repair: `readout doctor` (what is wrong and what to do), `readout index rebuild` (the index from the
`events` topic: the bus is the source of truth) and `readout dlq replay` (dead letters back to their topic)."""
from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from index.port import EventIndex
from readout.lock import holder
from readout.settings import Settings
from streams.bus import Bus, Message, UnknownTopic, open_bus
from streams.records import DeadLetter, EventRecord
from streams.topics import EVENTS

BATCH = 500


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    todo: str = ""


def read_topic(bus: Bus, topic: str) -> Iterator[list[Message]]:
    """Every record of `topic` from the beginning, batch by batch (a reader: commits nothing)."""
    try:
        reader = bus.consumer(None, [topic], from_beginning=True)
    except UnknownTopic:
        return
    with reader:
        while batch := reader.poll(BATCH, 2.0):
            yield batch


def bus_file(settings: Settings) -> Path | None:
    return Path(settings.bus_url.removeprefix("local://").split("?")[0]) / "log.sqlite" \
        if settings.bus_url.startswith("local://") else None


def check_bus(settings: Settings) -> Check:
    path = bus_file(settings)
    if path is not None:
        if not path.exists():
            return Check("bus", True, f"no log yet at {path}")
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
                result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            result = [str(exc)]
        if result != ["ok"]:
            return Check("bus", False, f"{path} is corrupt: {'; '.join(result[:3])}",
                         "stop Readout, move the data dir's bus aside and restore it from a backup; the index can "
                         "then be rebuilt with `readout index rebuild`")
    try:
        with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
            n = len(bus.topics())
    except Exception as exc:  # noqa: BLE001 - reported, not raised: this is the doctor
        return Check("bus", False, f"{settings.bus_url}: {type(exc).__name__}: {exc}",
                     "start the broker or fix READOUT_BUS")
    return Check("bus", True, f"{settings.bus_url}: {n} topics, quick_check ok" if path else
                 f"{settings.bus_url}: {n} topics")


def check_topics(settings: Settings) -> list[Check]:
    out = []
    try:
        with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
            infos = bus.topics()
    except Exception:  # noqa: BLE001 - the bus check says why
        return []
    for info in infos:
        if info.name.startswith("dlq.") and info.size:
            out.append(Check(info.name, False, f"{info.size} dead letter(s)",
                             f"see them with `readout tail {info.name} --from-beginning`; after a fix, "
                             f"`readout dlq replay {info.name}`"))
        lagging = {g: n for g, n in info.lag.items() if n}
        if lagging and not info.name.startswith("dlq."):
            out.append(Check(f"offsets {info.name}", True, ", ".join(f"{g} is {n} behind" for g, n in lagging.items()),
                             "`readout run` works them off"))
    return out


def check_index(settings: Settings, open_index: Callable[[], EventIndex]) -> Check:
    try:
        with open_index() as index:
            count = index.count()
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return Check("index", False, f"{settings.index_url} cannot be opened: {type(exc).__name__}: {exc}",
                     "`readout index rebuild` rebuilds it from the events topic")
    keys: set[str] = set()
    try:
        with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
            for batch in read_topic(bus, EVENTS):
                keys.update(m.key or "" for m in batch)
    except Exception:  # noqa: BLE001 - the bus check says why
        return Check("index", True, f"{settings.index_url}: {count} merged events")
    if keys and not count:
        return Check("index", False, f"{settings.index_url} is empty but the events topic holds {len(keys)} keys",
                     "`readout index rebuild`")
    return Check("index", True, f"{settings.index_url}: {count} merged events from {len(keys)} event keys on "
                 f"{EVENTS} (reports of one event merge, so fewer is normal)")


def check_lock(settings: Settings) -> Check:
    who = holder(settings.data_dir)
    if who is None:
        return Check("lock", True, "no writer holds the data dir")
    return Check("lock", True, f"held by pid {who.get('pid')} ({who.get('command')})",
                 "stop it before a rebuild or another writer")


def doctor(settings: Settings, open_index: Callable[[], EventIndex]) -> list[Check]:
    checks = [check_lock(settings), check_bus(settings)]
    if checks[-1].ok:
        checks += [check_index(settings, open_index), *check_topics(settings)]
    else:
        checks.append(check_index(settings, open_index))
    return checks


def replay_dead_letters(bus: Bus, dlq_topic: str, contains: str | None = None,
                        dry_run: bool = False) -> tuple[int, int]:
    """Publish each dead letter's original payload to its original topic with its key: (replayed, skipped)."""
    replayed = skipped = 0
    for batch in read_topic(bus, dlq_topic):
        out = []
        for m in batch:
            letter = DeadLetter.model_validate_json(m.value)
            text = f"{letter.key}\n{letter.error}\n{letter.payload}"
            if contains and contains not in text:
                skipped += 1
                continue
            out.append((letter.topic, letter.key, letter.payload.encode("utf-8")))
        if not dry_run:
            bus.publish_many(out)
        replayed += len(out)
    return replayed, skipped


def index_from_topic(bus: Bus, index: EventIndex, progress: Callable[[int, int], None]) -> tuple[int, int]:
    """Write every report on `events` into `index`: (written, refused)."""
    written = refused = 0
    for batch in read_topic(bus, EVENTS):
        records, bad = [], 0
        for m in batch:
            try:
                records.append(EventRecord.model_validate_json(m.value))
            except ValueError:
                bad += 1
        failed = index.write(records)
        refused += bad + len(failed)
        written += len(records) - len(failed)
        progress(written, refused)
    index.refresh()
    return written, refused


def rebuild_tantivy(path: Path, build: Callable[[Path], tuple[int, int]]) -> tuple[int, int]:
    """Build a fresh index beside the old one, then swap the directories (the old one is kept as *.old)."""
    fresh, old = path.with_name(path.name + ".rebuild"), path.with_name(path.name + f".old-{int(time.time())}")
    shutil.rmtree(fresh, ignore_errors=True)
    result = build(fresh)
    if path.exists():
        path.rename(old)
    fresh.rename(path)
    shutil.rmtree(old, ignore_errors=True)
    return result
