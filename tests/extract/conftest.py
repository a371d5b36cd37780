"""Extraction test fixtures: the Korean and English pipelines load once per session."""
from __future__ import annotations

import os
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


# Rule tests state what the keyword rules give; the shipped default (`both`) adds the classifier's topics on top.
# The quality gate (floors, snapshot) and the classifier's own tests score the default or set their mode.
_DEFAULT_MODE_FILES = {"test_extract_eval.py", "test_extract_snapshot.py", "test_topic_model.py"}


@pytest.fixture(autouse=True)
def _rules_topics(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.path.name not in _DEFAULT_MODE_FILES and "READOUT_TOPICS" not in os.environ:
        monkeypatch.setenv("READOUT_TOPICS", "rules")
