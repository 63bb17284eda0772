#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a real Secret Service (a fresh, unlocked
# gnome-keyring that lives only as long as the command), so keyring is used the way it runs on a
# kiosk, never against a plaintext backend and never touching the user's own keyring.
# Usage: scripts/with-keyring.sh COMMAND [ARGS...]   (scripts/test.sh and `make soak` use it)
set -euo pipefail
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
export KIOSK_WITH_KEYRING=1
"$@"
