"""Shared fixtures: every test gets its own clip cache, so no test depends on another's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Tests are deterministic: hypothesis draws the same examples on every run and every machine
# (found failures are kept as @example in the tests), and writes no example database.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile("deterministic")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("READALOUD_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the end-to-end tests that build the same short texts repeatedly."""
    return tmp_path_factory.mktemp("shared-cache")
