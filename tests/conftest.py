"""Shared test fixtures.

Tests that read third-party data (the seed corpus, ANERcorp, ANT) use the
`shared_dir` fixture and the `shared` marker: they skip, saying why, where
`../shared` beside the checkout is absent (a fresh clone elsewhere), and run
in CI, where it is present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus" / "seeds" / "gold.json").exists():
        pytest.skip(f"needs the shared corpus at {SHARED} (present beside the checkout in CI)")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
