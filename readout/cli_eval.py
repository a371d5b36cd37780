"""`readout eval`: scores events against gold events (`extract/evaluate.py`), extracting documents first if asked."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from extract.evaluate import (
    ERROR_KINDS,
    LABELS,
    MEASURES,
    TIES,
    Counts,
    Event,
    GoldDocument,
    M,
    Report,
    read_jsonl,
    score,
)
from readout.cli_extract import _read, err, extract_each
from readout.console import make_console

console = make_console()
SEALED = "sealed"  # the sealed split is scored only when named (by hand, at the end of a round)
# Splits never walked into: the sealed split, and `unseen` sets waiting to be scored once at a round's start.
CLOSED = frozenset({SEALED, "unseen"})


@dataclass(frozen=True)
class EvalSet:
    name: str
    gold: Path
    docs: Path | None = None  # extracted unless `events` is given; then it only gives each document's language
    events: Path | None = None

    def files(self) -> list[Path]:
        return [p for p in (self.gold, self.docs, self.events) if p is not None]


def find_sets(root: Path) -> list[EvalSet]:
    """Every folder at or below `root` holding docs.jsonl and gold.jsonl; closed splits below it are skipped."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in CLOSED)
        if "gold.jsonl" in files and "docs.jsonl" in files:
            found.append(EvalSet(folder, Path(folder, "gold.jsonl"), docs=Path(folder, "docs.jsonl")))
    return found


def plan(folders: list[Path], gold: list[Path], docs: list[Path], events: list[Path]) -> list[EvalSet]:
    """The sets to score; a ValueError says what is wrong with the arguments."""
    if gold and len(docs or events) != len(gold) or events and docs and len(docs) != len(events):
        raise ValueError("give one --docs or --events (or both) per --gold, in the same order")
    if not gold and (docs or events):
        raise ValueError("--docs and --events need a --gold each")
    if not gold and not folders:
        raise ValueError("give --gold with --docs or --events, or folders holding docs.jsonl and gold.jsonl")
    sets = [EvalSet(str(g.parent if g.name == "gold.jsonl" else g), g,
                    docs[i] if docs else None, events[i] if events else None) for i, g in enumerate(gold)]
    for folder in folders:
        found = find_sets(folder) if folder.is_dir() else []
        if not found:
            raise FileNotFoundError(f"{folder}: no folder with docs.jsonl and gold.jsonl at or below it")
        sets += found
    return sets


def extract_docs(path: Path) -> tuple[dict[str, str | None], list[dict]]:
    """Documents read as `readout extract` reads them, then extracted: (language by document id, event dicts)."""
    docs, _ = _read(path)
    events = [e.model_dump(mode="json") for _, records in extract_each(docs) for e in records or []]
    return {d.id: d.lang for d in docs}, events


def _say(message: object) -> None:
    err.print(str(message), markup=False, highlight=False, soft_wrap=True)


def _load(path: Path, model: type[M]) -> list[M]:
    rows, bad = read_jsonl(path, model)
    for line in bad:
        _say(line)
    return rows


def score_set(s: EvalSet, ties: tuple[str, ...] = ("shared",)) -> list[Report] | None:
    """Reads, extracts when needed, and scores one set under each tie rule; None when no gold document could be
    read."""
    gold = _load(s.gold, GoldDocument)
    if not gold:
        _say(f"{s.gold}: no readable gold documents")
        return None
    langs: dict[str, str | None] = {}
    if s.events is not None:
        events = _load(s.events, Event)
        if s.docs is not None:
            langs = {d.id: d.lang for d in _read(s.docs)[0]}
    elif s.docs is not None:
        langs, raw = extract_docs(s.docs)
        events = [Event.model_validate(r) for r in raw]
    ids = {g.id for g in gold}
    if s.docs is not None and (absent := sorted(ids - set(langs))):
        _say(f"{s.name}: {len(absent)} gold document(s) not among the documents: {', '.join(absent[:5])}")
    if others := {str(e.doc_id) for e in events} - ids:
        _say(f"{s.name}: events of {len(others)} document(s) not in the gold ignored")
    return [score(gold, events, langs, rule) for rule in ties]


def _fmt(figure: float | None) -> str:
    return "-" if figure is None else f"{figure:.3f}"


def table(title: str, report: Report) -> Table:
    """Measures by row; all documents, then each language, then precision/recall and counts over all."""
    t = Table(title=title)
    t.add_column("measure")
    for scope, s in [("all", report.total), *report.by_lang.items()]:
        t.add_column(f"{scope} ({s.documents})", justify="right")
    t.add_column("p / r", justify="right")
    t.add_column("counts")
    for name in MEASURES:
        m = report.total.measure(name)
        cells = [_fmt(m.figure), *(_fmt(s.measure(name).figure) for s in report.by_lang.values())]
        if isinstance(m, Counts):
            t.add_row(LABELS[name], *cells, f"{m.p:.3f} / {m.r:.3f}", f"tp {m.tp} fp {m.fp} fn {m.fn}")
        else:
            t.add_row(LABELS[name], *cells, "", f"{m.ok}/{m.n}")
    return t


def print_errors(report: Report) -> None:
    for doc in report.documents:
        if doc.errors:
            console.print(f"{doc.doc_id} ({doc.lang})", style="bold", markup=False, highlight=False)
            for finding in doc.errors:
                console.print(f"  {finding}", markup=False, highlight=False)


def kinds_table(title: str, report: Report) -> Table:
    """Event errors by kind (`extract.evaluate.error_kinds`), all documents and each language."""
    t = Table(title=title)
    t.add_column("event error")
    counts = [report.kinds(), *(report.kinds(lang) for lang in report.by_lang)]
    for scope in ("all", *report.by_lang):
        t.add_column(scope, justify="right")
    for kind in ERROR_KINDS:
        t.add_row(kind, *(str(c[kind]) for c in counts))
    return t


def run_eval(sets: list[EvalSet], as_json: bool, errors: bool, ties: str = "shared", kinds: bool = False) -> int:
    """Figures under the shared tie rule; with `ties="best"` (a diagnostic) the figures under that rule too;
    with `kinds`, the event errors counted by kind."""
    missing = [str(p) for s in sets for p in s.files() if not p.is_file()]
    if missing:
        _say(f"no such file: {', '.join(missing)}")
        return 1
    rules = tuple(dict.fromkeys(("shared", ties)))
    scored = [(s.name, r) for s in sets if (r := score_set(s, rules)) is not None]
    if not scored:
        return 1
    if len(scored) > 1:
        scored.append((f"total: {len(scored)} sets", [Report.of([d for _, r in scored for d in r[k].documents])
                                                      for k in range(len(rules))]))
    for name, (report, *others) in scored:
        if as_json:
            extra = {f"ties_{rule}": r.as_dict(errors=False) for rule, r in zip(rules[1:], others, strict=True)}
            if kinds:
                extra["event_error_kinds"] = dict(report.kinds())
            print(json.dumps({"set": name, **report.as_dict(errors), **extra}, ensure_ascii=False))
            continue
        if errors and not name.startswith("total"):
            print_errors(report)
        console.print(table(name, report))
        if kinds:
            console.print(kinds_table(f"{name}: event errors by kind", report))
        for rule, r in zip(rules[1:], others, strict=True):
            console.print(table(f"{name} (--ties {rule}: a diagnostic, not the shared scorer's figures)", r))
    return 0


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        folders: Annotated[list[Path] | None, typer.Argument(
            help="folders holding docs.jsonl and gold.jsonl, searched below (`sealed`, `unseen` only when named)",
            show_default=False)] = None,
        gold: Annotated[list[Path] | None, typer.Option("--gold", help="gold events, a document a line")] = None,
        docs: Annotated[list[Path] | None, typer.Option("--docs", help="documents to extract, one per --gold")] = None,
        events: Annotated[list[Path] | None, typer.Option(
            "--events", help="extracted events, one file per --gold (with --docs, these are scored)")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="one JSON object per set (and a total)")] = False,
        errors: Annotated[bool, typer.Option("--errors", help="list the errors of each document")] = False,
        ties: Annotated[str, typer.Option(
            "--ties", help="`best` also prints the figures when a gold event takes, among predictions tied on "
            "type, date and participant overlap, the one agreeing best on delegates and topics (a diagnostic; "
            "the figures and floors stay on the shared scorer's rule, the later of equals)")] = "shared",
        kinds: Annotated[bool, typer.Option(
            "--kinds", help="also count the event errors by kind: a date off, the wrong type, found as mentioned, "
            "missed, spurious (a missed event and a spurious one differing only in date or type count once)")] = False,
    ) -> None:
        """Score events against gold events (../shared/eval/records.md), overall and per language."""
        if ties not in TIES:
            _say(f"--ties: one of {', '.join(TIES)}")
            raise typer.Exit(2)
        try:
            sets = plan(folders or [], gold or [], docs or [], events or [])
        except (ValueError, FileNotFoundError) as exc:
            _say(str(exc))
            raise typer.Exit(1 if isinstance(exc, FileNotFoundError) else 2) from None
        raise typer.Exit(run_eval(sets, as_json, errors, ties, kinds))
