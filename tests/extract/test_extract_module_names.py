"""A module-level name bound twice in `extract/` leaves the first binding dead: every function reads the last one.
Two `_SINCE` patterns of `extract/lang/en/__init__.py` did that, so the guard written against the first never ran
(found in round 74); a second `_FOR_MEETING` in `extract/lang/en/events.py` was dead the same way."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[2] / "extract"


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(n for n, c in names.items() if c > 1)


def test_the_check_finds_a_name_bound_twice() -> None:
    source = "import re\n_A = re.compile('a')\n\ndef f():\n    return _A\n\n_A = re.compile('b')\n_B = 1\n"
    assert _bound_twice(source) == ["_A"]


def test_no_module_level_name_is_bound_twice_in_extract() -> None:
    found = {str(p.relative_to(EXTRACT)): names for p in sorted(EXTRACT.rglob("*.py"))
             if (names := _bound_twice(p.read_text(encoding="utf-8")))}
    assert found == {}
