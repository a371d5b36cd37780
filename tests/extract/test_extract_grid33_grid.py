"""The date paraphrase grids of round 33 (grid33ed, grid33kd, in tests/extract/grids/): passed cells per dimension may
not fall below the counts recorded when round 33's rules went in (a cell counts under each of its non-base values;
`all` is every cell once). `python -m tests.extract.grids.grid33ed` prints the table and the failing cells."""
from __future__ import annotations

import pytest

from tests.extract.grids import grid33ed, grid33kd
from tests.extract.grids.common import assert_floors

# (before round 33's rules, at 6d789d2: ed 52, 40, 52, 69, 38 and 139 of 195; kd 172 of 220)
FLOORS = {
    "grid33ed": {"published": 58, "day": 60, "zone": 55, "where": 72, "frame": 52, "all": 165},
    "grid33kd": {"published": 52, "day": 66, "zone": 78, "where": 53, "frame": 75, "source": 69, "all": 203},
}


@pytest.mark.parametrize("grid", [grid33ed, grid33kd], ids=["ed", "kd"])
def test_grid_passes_at_least_the_recorded_cells(grid) -> None:  # noqa: ANN001
    assert_floors(grid.GRID, FLOORS[grid.GRID.name])
