#!/usr/bin/env bash
# Runs the test suite inside a private D-Bus session with a real Secret Service (gnome-keyring),
# so keyring is tested the way it runs on a kiosk, never against a plaintext backend.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${KIOSK_WITH_KEYRING:-}" ]; then
  exec scripts/with-keyring.sh scripts/test.sh "$@"  # a private D-Bus session, a fresh gnome-keyring
fi
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check kiosk tests
.venv/bin/ruff format --check --quiet kiosk tests
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
