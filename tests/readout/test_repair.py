"""Repair tools on both index backends: `readout doctor` finds a damaged index or bus and says what to do,
`readout index rebuild` rebuilds the index from the events topic, `readout dlq replay` re-publishes dead
letters; real errors (a damaged database, a full disk) are plain words, never a traceback."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from readout.errors import plain_error
from streams.bus import open_bus
from streams.local import LocalBus
from streams.records import DeadLetter, DocumentRecord, EventRecord
from streams.services import noida
from streams.topics import EVENTS, RAW_DOCUMENTS, dlq

pytestmark = pytest.mark.timeout(300)
ROOT = Path(__file__).parents[2]
REPORTS = [EventRecord(id=f"r{i}", key=f"statement:2024-05-{i + 1:02d}:KOR", doc_id=f"d{i}", type="statement",
                       date=f"2024-05-{i + 1:02d}", participants=["KOR"], name=f"statement {i}") for i in range(8)]


def readout(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "readout", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=240)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    bus_url = f"local://{tmp_path / 'bus'}"
    with open_bus(bus_url) as bus:
        bus.ensure_topics([EVENTS, RAW_DOCUMENTS, dlq("extract")])
        bus.publish_many((EVENTS, r.key, r) for r in REPORTS)
        doc = DocumentRecord(id="slow", text="한미 정상회담이 5일 서울에서 열렸다.", lang="ko")
        bus.publish(dlq("extract"), "slow", DeadLetter(stage="extract", topic=RAW_DOCUMENTS, key="slow",
                                                       payload=doc.model_dump_json(), error="BudgetExceeded: …"))
    out = {**os.environ, "READOUT_DATA_DIR": str(tmp_path), "READOUT_BUS": bus_url}
    out.pop("READOUT_LOCK_FD", None)
    return out


def merged_count(env: dict[str, str]) -> int:
    done = readout(env, "export")
    assert done.returncode == 0, done.stderr
    return len(done.stdout.splitlines())


def test_tantivy_damaged_index_doctor_rebuild_and_replay(env: dict[str, str], tmp_path: Path) -> None:
    assert readout(env, "index", "rebuild").returncode == 0
    assert merged_count(env) == len(REPORTS)
    meta = tmp_path / "index" / "meta.json"
    meta.write_bytes(b"\x00garbage" + meta.read_bytes()[8:])
    search = readout(env, "search", "statement")
    assert search.returncode == 4 and "Traceback" not in search.stderr
    assert "readout index rebuild" in " ".join(search.stderr.split())
    checked = readout(env, "doctor")
    assert checked.returncode == 1 and "cannot be opened" in checked.stdout and "dlq.extract" in checked.stdout
    rebuilt = readout(env, "index", "rebuild")
    assert rebuilt.returncode == 0 and f"{len(REPORTS)} report(s) written, 0 refused" in rebuilt.stderr
    assert merged_count(env) == len(REPORTS)
    replayed = readout(env, "dlq", "replay", "dlq.extract", "--filter", "BudgetExceeded")
    assert replayed.returncode == 0 and "replayed 1 dead letter(s)" in replayed.stdout
    with open_bus(env["READOUT_BUS"]) as bus, bus.consumer(None, [RAW_DOCUMENTS]) as reader:
        [msg] = reader.poll(10, 2.0)
    assert msg.key == "slow" and DocumentRecord.model_validate_json(msg.value).id == "slow"
    print(f"\ntantivy: damaged index rebuilt from the bus, {len(REPORTS)}/{len(REPORTS)} events, lost 0; "
          "1 dead letter replayed")


def test_damaged_bus_is_named_in_plain_words(env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "bus" / "log.sqlite"
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page in the middle
    db.write_bytes(bytes(data))
    for path in db.parent.glob("log.sqlite-*"):
        path.unlink()
    topics = readout(env, "topics")
    assert topics.returncode == 4 and "Traceback" not in topics.stderr, topics.stderr
    assert "readout doctor" in topics.stderr
    checked = readout(env, "doctor")
    assert checked.returncode == 1 and "corrupt" in checked.stdout


@pytest.fixture
def own_es() -> Iterator[str]:
    with noida() as url:  # its own: the rebuild swaps the default alias, which other tests use
        yield url


@pytest.mark.es
def test_elasticsearch_rebuild_from_the_bus(env: dict[str, str], own_es: str) -> None:
    es_env = {**env, "READOUT_INDEX": own_es}
    assert readout(es_env, "index", "rebuild").returncode == 0
    assert merged_count(es_env) == len(REPORTS)
    again = readout(es_env, "index", "rebuild")  # a second rebuild swaps a fresh index in again
    assert again.returncode == 0, again.stderr
    assert merged_count(es_env) == len(REPORTS)
    checked = readout(es_env, "doctor")
    assert f"{len(REPORTS)} merged events" in " ".join(checked.stdout.split())
    print(f"\nelasticsearch: rebuilt twice from the bus, {len(REPORTS)}/{len(REPORTS)} events, lost 0")


def test_full_disk_under_the_bus_says_so(tmp_path: Path) -> None:
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)]).returncode != 0:
        pytest.fail("this test needs a small tmpfs (root)")
    try:
        bus = LocalBus(mnt / "bus")
        bus.ensure_topics([RAW_DOCUMENTS])
        with pytest.raises(sqlite3.OperationalError) as caught:
            for i in range(10_000):
                bus.publish(RAW_DOCUMENTS, str(i), DocumentRecord(id=str(i), text="x" * 4000))
        assert "full" in str(caught.value) and "cannot rollback" not in str(caught.value)
        assert "no space left" in (plain_error(caught.value) or "")
        bus.close()
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
