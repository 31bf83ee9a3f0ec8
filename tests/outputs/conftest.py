"""Fixtures over the hand-built sample corpus in sample.py."""

from __future__ import annotations

import pytest

from rasad.corpus.model import Corpus
from rasad.document import Document
from tests.outputs import sample


@pytest.fixture
def docs() -> list[Document]:
    return [sample.first_doc(), sample.second_doc()]


@pytest.fixture
def resolved_corpus() -> Corpus:
    return sample.resolved_corpus()
