"""Index test fixtures: one analyzer per session, an empty index per test for each backend."""
from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from index.es_index import ElasticIndex
from index.model import Analyzer
from index.port import EventIndex
from index.tantivy_index import TantivyIndex

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
            ix: EventIndex = TantivyIndex(tmp_path / "index", analyze)
        else:
            url = request.getfixturevalue("es_url")
            ix = ElasticIndex(url, analyze, refresh=True, alias=where.setdefault("alias", fresh_alias()))
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
