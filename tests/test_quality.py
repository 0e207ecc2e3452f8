"""The code stays typed and linted: mypy --strict and ruff, as configured in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> list[str]:
    if shutil.which(name) is None and not (Path(sys.executable).parent / name).exists():
        pytest.skip(f"{name} is not installed (pip install '.[test]')")
    return [sys.executable, "-m", name]


def test_ruff() -> None:
    result = subprocess.run([*_tool("ruff"), "check", "src", "tests", "benchmarks"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = subprocess.run([*_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_shell_strings() -> None:
    """Subprocesses get argument lists; no shell ever interprets a title or a path."""
    offenders = [str(p) for p in (ROOT / "src").rglob("*.py")
                 if "shell=True" in p.read_text("utf-8") or "os.system(" in p.read_text("utf-8")]
    assert offenders == []
