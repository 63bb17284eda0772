#!/usr/bin/env bash
# Runs the test suite inside a private D-Bus session with a real Secret Service (gnome-keyring),
# so keyring is tested the way it runs on a kiosk, never against a plaintext backend.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${KIOSK_IN_DBUS:-}" ] && command -v dbus-run-session >/dev/null; then
  KIOSK_IN_DBUS=1 exec dbus-run-session -- "$0" "$@"
fi
if [ -n "${KIOSK_IN_DBUS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
  keyring_home=$(mktemp -d)
  trap 'rm -rf "$keyring_home"' EXIT
  # A fresh, unlocked login keyring that lives only as long as this run.
  eval "$(printf 'kiosk-test' | HOME=$keyring_home XDG_DATA_HOME=$keyring_home \
    gnome-keyring-daemon --unlock --components=secrets --daemonize)"
  export GNOME_KEYRING_CONTROL
fi
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check kiosk tests
.venv/bin/ruff format --check --quiet kiosk tests
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
