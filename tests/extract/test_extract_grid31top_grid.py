"""The commitment-topic paraphrase grid (`tests/extract/grids/grid31top.py`) under the keyword rules: the passing cells
per language and dimension must not fall below the counts recorded here (870411c passed 245 of 250 cells, round 31's
end all 250)."""
from __future__ import annotations

import io

from tests.extract.grids import grid31top

# Passing cells per `lang.dimension` (cells varying that dimension, one-factor and pairwise) and the base cells.
FLOORS = {"en.base": 1, "en.cue": 32, "en.list": 20, "en.topic": 90,
          "ko.base": 1, "ko.cue": 28, "ko.list": 25, "ko.topic": 91}


def test_grid_passes_at_least_the_recorded_cells() -> None:
    results = grid31top.run()
    got = grid31top.dimension_passes(results)
    low = {k: (got.get(k, 0), n) for k, n in FLOORS.items() if got.get(k, 0) < n}
    if low:
        out = io.StringIO()
        grid31top.report(results, out)
        raise AssertionError(f"below the floor (got, floor): {low}\n{out.getvalue()}")
