"""Regression for DESIGN.md's first pitfall: PySide6 6.12 on Python 3.11 drops a reference to None on
every Qt call that returns nothing, and the process aborts after ~14,000 calls (`none_dealloc`)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

CALLS = 50_000

SCRIPT = f"""
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range({CALLS}):
    label.setText("Nguyễn Thị Hoà")  # returns nothing: the call that leaked a None reference
    label.setEnabled(i % 2 == 0)
print("made", 2 * {CALLS}, "calls")
"""


def test_fifty_thousand_void_qt_calls_do_not_abort_the_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"made {2 * CALLS} calls" in done.stdout


def test_the_project_refuses_python_older_than_3_12() -> None:
    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["requires-python"] == ">=3.12"
    assert sys.version_info >= (3, 12)
