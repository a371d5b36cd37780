"""Index test fixtures: one analyzer per session, an empty index per test for each backend."""
from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# pytest puts `tests/` on sys.path (conftest.py files without __init__.py), where `tests/index` would
# shadow the `index` package as a namespace package: put the repository root first.
_ROOT = str(Path(__file__).resolve().parents[2])
if sys.path[:1] != [_ROOT]:
    sys.path.insert(0, _ROOT)
if getattr(sys.modules.get("index"), "__file__", "") is None:
    del sys.modules["index"]

from index.es_index import ElasticIndex  # noqa: E402 - after the sys.path fix above
from index.model import Analyzer  # noqa: E402 - after the sys.path fix above
from index.port import EventIndex  # noqa: E402 - after the sys.path fix above
from index.tantivy_index import TantivyIndex  # noqa: E402 - after the sys.path fix above
from readout.vocabulary import vocabulary  # noqa: E402 - after the sys.path fix above

BACKENDS = ["tantivy", "es"]
_aliases = itertools.count()


@pytest.fixture(scope="session")
def analyze() -> Analyzer:
    """extract's analysis when present, else a minimal Kiwi analyzer (one Kiwi per session: ~2 s, 500 MB)."""
    try:
        from extract.analysis import analyze as extract_analyze
    except ImportError:
        from kiwipiepy import Kiwi

        kiwi = Kiwi()

        def fallback(text: str, lang: str | None = None) -> list[str]:
            if lang and not lang.startswith("ko"):
                return text.lower().split()
            return [t.form.lower() for t in kiwi.tokenize(text)
                    if t.tag.split("-")[0] in ("NNG", "NNP", "NR", "VV", "VA", "XR", "SL", "SH", "SN")]

        return fallback
    return extract_analyze


def fresh_alias() -> str:
    return f"t{next(_aliases)}-readout-events"


@pytest.fixture
def make_index(request: pytest.FixtureRequest, tmp_path: Path, analyze: Analyzer
               ) -> Iterator[Callable[[str], EventIndex]]:
    """`make_index(backend)` opens an empty index; calling it again with the same backend reopens the same one."""
    opened: list[EventIndex] = []
    where: dict[str, str] = {}

    def make(backend: str) -> EventIndex:
        if backend == "tantivy":
            ix: EventIndex = TantivyIndex(tmp_path / "index", analyze, vocabulary())
        else:
            url = request.getfixturevalue("es_url")
            ix = ElasticIndex(url, analyze, refresh=True, alias=where.setdefault("alias", fresh_alias()),
                              vocab=vocabulary())
        opened.append(ix)
        return ix

    yield make
    for ix in opened:
        ix.close()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def index(make_index: Callable[[str], EventIndex], backend: str) -> EventIndex:
    return make_index(backend)
