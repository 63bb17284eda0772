#!/usr/bin/env bash
# Starts the kiosk. Without a desktop session bus (a bare console, ssh), one is started for keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-run-session >/dev/null; then
  exec dbus-run-session -- "$0" "$@"
fi
if [ -z "${GNOME_KEYRING_CONTROL:-}" ] && command -v gnome-keyring-daemon >/dev/null \
   && ! .venv/bin/python -c 'import keyring, sys; from keyring.backends import fail; sys.exit(isinstance(keyring.get_keyring(), fail.Keyring))' 2>/dev/null; then
  eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets --daemonize)" || true
  export GNOME_KEYRING_CONTROL
fi
exec .venv/bin/python -m kiosk "$@"
