"""The paraphrase grids of round 32 — delegates (grid32den, grid32dko) and multi-event reports (grid32eev,
grid32kev), in tests/extract/grids/: passed cells per dimension may not fall below the counts recorded when round
32's rules went in (a cell counts under each of its non-base values; `all` is every cell once).
`python -m tests.extract.grids.grid32den` prints the table and the failing cells."""
from __future__ import annotations

import pytest

from tests.extract.grids import grid32den, grid32dko, grid32eev, grid32kev
from tests.extract.grids.common import assert_floors

# (before round 32's rules, at 7875455: en 35, 6, 29, 18, 31 and 73 of 148; ko 39, 4, 37, 41, 29 and 92 of 164;
# at 0ab8394: eev 50, 51, 40, 46, 41 and 125 of 193; kev 53, 53, 48, 52, 50 and 127 of 199)
FLOORS = {
    "grid32den": {"partner": 46, "company": 40, "lead": 56, "distractor": 42, "later": 47, "all": 127},
    "grid32dko": {"partner": 64, "company": 62, "lead": 49, "distractor": 65, "later": 45, "all": 154},
    "grid32eev": {"connector": 63, "day": 57, "place": 52, "kind": 69, "frame": 60, "all": 157},
    "grid32kev": {"connector": 67, "day": 63, "place": 55, "kind": 59, "frame": 62, "all": 149},
}


@pytest.mark.parametrize("grid", [grid32den, grid32dko, grid32eev, grid32kev], ids=["den", "dko", "eev", "kev"])
def test_grid_passes_at_least_the_recorded_cells(grid) -> None:  # noqa: ANN001
    assert_floors(grid.GRID, FLOORS[grid.GRID.name])
