#!/usr/bin/env bash
# Starts the kiosk. Login tokens go to the desktop's Secret Service through keyring. Where there is none
# (a bare console, a virtual screen, ssh), a private session bus and a throwaway gnome-keyring are
# started for this run only, so tokens never touch a plaintext file and vanish when the kiosk stops.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${KIOSK_PRIVATE_KEYRING:-}" ] && command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null \
   && ! .venv/bin/python -c 'import secretstorage, sys; secretstorage.dbus_init(); sys.exit(0)' 2>/dev/null; then
  KIOSK_PRIVATE_KEYRING=1 exec dbus-run-session -- "$0" "$@"
fi
run=(.venv/bin/python -m kiosk)
if [ "${1:-}" = --screen ]; then run=(.venv/bin/python scripts/demo_screens.py); shift; fi
if [ -n "${KIOSK_PRIVATE_KEYRING:-}" ]; then
  keyring_home=$(mktemp -d)
  trap 'rm -rf "$keyring_home"' EXIT
  secret=$(head -c 24 /dev/urandom | base64)
  eval "$(printf '%s' "$secret" | HOME=$keyring_home XDG_DATA_HOME=$keyring_home \
    gnome-keyring-daemon --unlock --components=secrets --daemonize)"
  export GNOME_KEYRING_CONTROL
  "${run[@]}" "$@"
  exit $?
fi
exec "${run[@]}" "$@"
