"""The date paraphrase grids of round 33 (grid33ed, grid33kd, in tests/extract/grids/): passed cells per dimension may
not fall below the counts recorded when round 33's rules went in (a cell counts under each of its non-base values;
`all` is every cell once). `python -m tests.extract.grids.grid33ed` prints the table and the failing cells."""
from __future__ import annotations

import pytest

from tests.extract.grids import grid33ed, grid33kd
from tests.extract.grids.common import assert_floors

# (before round 33's rules, at 6d789d2: ed 52, 40, 52, 69, 38 and 139 of 195; kd 172 of 220)
FLOORS = {
    "grid33ed": {"published": 57, "day": 53, "zone": 53, "where": 69, "frame": 41, "all": 152},
    "grid33kd": {"published": 52, "day": 65, "zone": 77, "where": 50, "frame": 75, "source": 68, "all": 200},
}


@pytest.mark.parametrize("grid", [grid33ed, grid33kd], ids=["ed", "kd"])
def test_grid_passes_at_least_the_recorded_cells(grid) -> None:  # noqa: ANN001
    assert_floors(grid.GRID, FLOORS[grid.GRID.name])
