"""No tracked file of the repo holds text copied from the shared dev set (issue #16, round 18).

The dev set (../shared/eval/dev/docs.jsonl, beside the repo here and in CI) is read only to compare. Texts are
compared with whitespace runs collapsed to one space; JSON files string by string, decoded, so an escaped quote or
newline hides nothing. A run of text shared with a dev document is copied when it is at least WINDOW characters long
once every real name in it counts as one character: the names the gazetteers hold (series, officials, roles,
organisations, places, groups; 12 characters or more, any case) and the set formulas below. Two writers reporting the
same meeting share its official title (the Japan-US "Economic 2+2" ministerial meeting's, 100 characters, is a gold
event `name`), a leader's name with his full title, the denuclearization formula (up to 86 characters) or a
ministry's anniversary formula; what is left of such a run is a few words (`ministerial meeting of the … (the …)`,
under 45 characters), while a shared sentence or a page footer keeps most of its length (191 of 205 characters in
the one this test was written for). 50 characters is about eight English words or a short Korean clause (60
until round 26).
"""
from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "docs.jsonl"
GAZETTEERS = ROOT / "extract" / "gazetteers"
WINDOW = 50
SEED = 20  # dev runs of SEED characters are indexed; a file is probed every WINDOW - SEED + 1 characters
MIN_NAME = 12  # shorter gazetteer strings are words (`President`, `Minister`), not names
# Set formulas of diplomatic writing, shared by writers who never read each other (a run may end inside one).
FORMULAS = ("commitment to the complete denuclearization of", "Korean Peninsula", "anniversary of the normalization of")
CLOSED = frozenset({"sealed", "unseen"})  # held-out splits: a finding there names no text
_SPACE = re.compile(r"\s+")


def normalised(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def strings(value: object) -> Iterator[str]:
    """Every string in a decoded JSON or YAML value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def texts(path: Path) -> Iterator[str]:
    """The text of a file as compared: JSON string by string, other text whole; nothing for a binary file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return
    if "\0" in raw:
        return
    if path.suffix in (".json", ".jsonl"):
        for line in raw.splitlines() if path.suffix == ".jsonl" else [raw]:
            try:
                yield from strings(json.loads(line))
            except json.JSONDecodeError:
                yield line
        return
    yield raw


def names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Any of the names (longest first), any case."""
    found = sorted({normalised(n) for n in names if len(n) >= MIN_NAME}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, found)), re.IGNORECASE)


def gazetteer_names() -> list[str]:
    return [s for path in sorted(GAZETTEERS.glob("*/*.yaml")) if path.parent.name != "topics"
            for s in strings(yaml.safe_load(path.read_text(encoding="utf-8")))]


class DevIndex:
    """The dev documents' text with every SEED-character run indexed, to find the runs a text shares with them."""

    def __init__(self, docs: list[tuple[str, str]], names: re.Pattern[str]) -> None:
        self.docs = docs
        self.names = names
        self.seeds: dict[str, list[tuple[int, int]]] = {}
        for d, (_, text) in enumerate(docs):
            for i in range(len(text) - SEED + 1):
                self.seeds.setdefault(text[i:i + SEED], []).append((d, i))

    def runs(self, text: str) -> Iterator[tuple[str, str]]:
        """(dev id, run) for every maximal run of at least WINDOW characters the text shares with a dev text: such a
        run holds a whole probed seed, since probes are WINDOW - SEED + 1 apart."""
        seen: set[tuple[int, int, int]] = set()
        for p in range(0, len(text) - SEED + 1, WINDOW - SEED + 1):
            for d, q in self.seeds.get(text[p:p + SEED], ()):
                dev = self.docs[d][1]
                a, b = p, q
                while a > 0 and b > 0 and text[a - 1] == dev[b - 1]:
                    a, b = a - 1, b - 1
                end = p + SEED
                while end < len(text) and end - a + b < len(dev) and text[end] == dev[end - a + b]:
                    end += 1
                if end - a >= WINDOW and (d, a, b) not in seen:
                    seen.add((d, a, b))
                    yield self.docs[d][0], text[a:end].strip()

    def copied(self, text: str) -> Iterator[tuple[str, str]]:
        """The shared runs still WINDOW characters long with each name counted as one character."""
        for doc, run in self.runs(normalised(text)):
            if len(self.names.sub("§", run)) >= WINDOW:
                yield doc, run


def dev_index() -> DevIndex:
    docs = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return DevIndex([(d["id"], normalised(f"{d.get('title') or ''}\n{d.get('text') or ''}")) for d in docs],
                    names_pattern([*gazetteer_names(), *FORMULAS]))


def tracked() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout
    return [ROOT / p for p in out.decode("utf-8").split("\0") if p]


def copied(index: DevIndex, files: list[Path]) -> list[str]:
    """`file: dev id: run` for every copied run (its length only in a held-out split, whose text is not read)."""
    return [f"{f}: {doc}: " + (f"{len(run)} characters" if CLOSED & set(f.parts) else run[:120])
            for f in files if f.is_file() for t in texts(f) for doc, run in index.copied(t)]


def test_a_copied_run_is_found_and_a_shared_name_is_not(tmp_path: Path) -> None:
    dev = ("Foreign Minister Penny Wong and Minister for Foreign Affairs Kamikawa Yoko held the Australia-Japan "
           "Foreign and Defence Ministerial Consultations in Canberra and agreed to deepen cooperation on critical "
           "minerals and to hold the next round in Tokyo.")
    index = DevIndex([("d1", normalised(dev))], names_pattern(["Australia-Japan Foreign and Defence Ministerial "
                                                               "Consultations", "Minister for Foreign Affairs"]))
    own = tmp_path / "own.md"  # the series name with the dev text's words around it: 95 characters, 36 once named
    own.write_text("Minister for Foreign Affairs Kamikawa Yoko held the Australia-Japan Foreign and Defence "
                   "Ministerial Consultations in Perth.\n", encoding="utf-8")
    quoted = tmp_path / "quoted.jsonl"  # a clause of the dev text, its spaces and quotes changed by JSON
    quoted.write_text(json.dumps({"text": "They said they agreed to deepen cooperation on critical\n"
                                          "minerals   and to hold the next round in Tokyo soon."}) + "\n",
                      encoding="utf-8")
    binary = tmp_path / "model.bin"
    binary.write_bytes(b"\0" + dev.encode("utf-8"))
    sealed = tmp_path / "sealed" / "docs.jsonl"
    sealed.parent.mkdir()
    sealed.write_text(json.dumps({"text": dev}) + "\n", encoding="utf-8")
    found = copied(index, [own, quoted, binary, sealed])
    assert found == [f"{quoted}: d1: agreed to deepen cooperation on critical minerals and to hold the next round "
                     "in Tokyo", f"{sealed}: d1: {len(normalised(dev))} characters"]


def test_no_tracked_file_holds_dev_text() -> None:
    found = copied(dev_index(), tracked())
    assert not found, f"{len(found)} runs shared with the dev set ({WINDOW}+ characters besides names):\n" + "\n".join(
        s.removeprefix(f"{ROOT}/") for s in found)
