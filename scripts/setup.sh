#!/usr/bin/env bash
# Makes the project ready to run: system libraries (Debian), a .venv with Python 3.12+, the project installed.
# Idempotent and quick when nothing changed. Usage: scripts/setup.sh [run|test|bundle]
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-run}

# --- system libraries Qt needs (and, for tests, a real Secret Service for keyring) -------------
if [ -f /etc/debian_version ] && command -v dpkg-query >/dev/null; then
  pkgs=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-noto-core)
  case $what in
    run) pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
                libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 gnome-keyring dbus-bin dbus-daemon
                libpulse0  # libpulse0: QtMultimedia (camera) will not load without it
                # "Đọc to": Qt's speechd plug-in links libspeechd2; espeak-ng has the Vietnamese voice
                libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng) ;;
    test) pkgs+=(gnome-keyring dbus-bin dbus-daemon
                 xvfb xauth libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
                 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1) ;;
                 # xvfb … libx11-xcb1: tests/ui/test_keyboard.py runs the on-screen keyboard on a virtual X screen
    bundle) pkgs+=(binutils) ;;
  esac
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup: installing Debian packages: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# --- virtual environment -------------------------------------------------------------------------
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
  py=$(scripts/find-python.sh)
  echo "setup: creating .venv with $py" >&2
  rm -rf .venv
  "$py" -m venv .venv
fi
extras=test; [ "$what" = bundle ] && extras="test,bundle"
stamp=.venv/.installed-$extras
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing the kiosk and its packages into .venv ($extras)" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[$extras]"
  touch "$stamp"
fi

# --- translations: assets/i18n/*.ts -> kiosk_en.qm (quiet and quick when up to date) --------------
.venv/bin/python scripts/i18n.py build
