"""The view tests' index, on each backend, holding tests/views/data.py; an API client over it."""
from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from data import records
from fastapi.testclient import TestClient

from extract.analysis import analyze
from index.es_index import ElasticIndex
from index.port import EventIndex
from index.tantivy_index import TantivyIndex
from readout.app import build_app
from readout.settings import Settings

_aliases = itertools.count()


def open_backend(backend: str, path: Path, request: pytest.FixtureRequest) -> EventIndex:
    if backend == "tantivy":
        return TantivyIndex(path / "index", analyze)
    return ElasticIndex(request.getfixturevalue("es_url"), analyze, refresh=True,
                        alias=f"views{next(_aliases)}-readout-events")


@pytest.fixture(scope="module", params=["tantivy", "es"])
def views_index(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EventIndex]:
    index = open_backend(request.param, tmp_path_factory.mktemp("views"), request)
    assert index.write(records()) == {}
    index.refresh()
    yield index
    index.close()


@pytest.fixture(scope="module")
def client(views_index: EventIndex, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data = tmp_path_factory.mktemp("views-app")
    settings = Settings(data_dir=data, bus=f"local://{data / 'bus'}", index=f"tantivy://{data / 'unused'}")
    with TestClient(build_app(settings, index=views_index), raise_server_exceptions=False) as c:
        yield c
