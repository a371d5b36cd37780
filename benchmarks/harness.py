"""What every benchmark shares: the machine's load, interleaved A/B rounds, median and spread, JSON results.

A figure is the median of at least five rounds; sides compared with each other run interleaved
(A B A B ...) so a burst of load on the shared cores hits both. `Report.save()` writes the figures to
`benchmarks/results/<name>.json` (date, commit, load before and after) beside the printed table;
`--quick` (CI-sized) runs write `<name>-quick.json`.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"
MIN_ROUNDS = 5


def load() -> list[float]:
    """1, 5 and 15 minute load averages (the machine is shared: every figure carries it)."""
    return [round(x, 2) for x in os.getloadavg()]


def summary(samples: list[float]) -> dict[str, Any]:
    """Median, min, max and spread ((max - min) / median) of a figure's rounds."""
    med = statistics.median(samples)
    return {"median": round(med, 4), "min": round(min(samples), 4), "max": round(max(samples), 4),
            "spread": round((max(samples) - min(samples)) / med, 3) if med else None, "n": len(samples),
            "samples": [round(s, 4) for s in samples]}


def interleaved(sides: Mapping[str, Callable[[], float]], rounds: int = MIN_ROUNDS) -> dict[str, list[float]]:
    """Run each side once per round, in turn, `rounds` times; returns each side's samples."""
    out: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(max(rounds, 1)):
        for name, fn in sides.items():
            out[name].append(fn())
    return out


def timed_rate(fn: Callable[[], int], min_seconds: float) -> float:
    """Calls `fn` (which returns the units it processed) until `min_seconds` passed; units per second."""
    units, start = 0, time.perf_counter()
    while True:
        units += fn()
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return units / elapsed


def _num(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.3g}"


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=Path(__file__).parent, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


@dataclass
class Report:
    """One benchmark run: figures with their rounds, ratios and targets, printed and saved as JSON."""

    name: str
    params: dict[str, Any] = field(default_factory=dict)
    figures: dict[str, Any] = field(default_factory=dict)
    load_before: list[float] = field(default_factory=load)

    def __post_init__(self) -> None:
        print(f"[{self.name}] load average {self.load_before} (1/5/15 min) on {os.cpu_count()} cores; {self.params}")

    def add(self, key: str, samples: list[float] | float, unit: str, note: str = "") -> dict[str, Any]:
        """Records a figure (rounds or a single value) and prints it: median [min–max] unit."""
        rounds = samples if isinstance(samples, list) else [samples]
        fig = {**summary(rounds), "unit": unit, "load": load()}
        if note:
            fig["note"] = note
        self.figures[key] = fig
        span = f" [{_num(fig['min'])}–{_num(fig['max'])}, n={fig['n']}]" if len(rounds) > 1 else ""
        print(f"  {key:44} {_num(fig['median']):>10} {unit}{span}{'  ' + note if note else ''}")
        return fig

    def ratio(self, key: str, num: list[float], den: list[float], target: float | None = None,
              higher_is_better: bool = True) -> float:
        """Per-round ratios of two interleaved sides; the median is the figure."""
        per_round = [a / b for a, b in zip(num, den, strict=True) if b]
        fig = self.add(key, per_round, "x", "" if target is None else f"target {'≥' if higher_is_better else '≤'} "
                       f"{target}")
        if target is not None:
            fig["target"] = target
            fig["met"] = fig["median"] >= target if higher_is_better else fig["median"] <= target
        return fig["median"]

    def save(self) -> Path:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"{self.name}{'-quick' if self.params.get('quick') else ''}.json"  # CI runs apart
        doc = {"benchmark": self.name, "date": datetime.now(UTC).isoformat(timespec="seconds"), "commit": _commit(),
               "cores": os.cpu_count(), "python": sys.version.split()[0], "argv": sys.argv[1:],
               "load_before": self.load_before, "load_after": load(), "params": self.params, "figures": self.figures}
        path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        print(f"[{self.name}] load average after {doc['load_after']}; figures written to {path}")
        return path
