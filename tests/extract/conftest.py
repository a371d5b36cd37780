"""Extraction test fixtures: the Korean and English pipelines load once per session."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from extract.pipeline import english_nlp, korean_nlp, run
from extract.view import View


@pytest.fixture(scope="session")
def ko_nlp() -> Language:
    return korean_nlp()


@pytest.fixture(scope="session")
def en_nlp() -> Language:
    return english_nlp()


@pytest.fixture(scope="session")
def view(ko_nlp: Language, en_nlp: Language) -> Callable[..., View]:
    """`view(text, lang, published)`: the analysed document the components share."""
    def make(text: str, lang: str = "ko", published: date | None = None, home: str | None = None) -> View:
        return run(text, lang, published, None, home)._.readout.view
    return make
