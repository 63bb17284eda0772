#!/usr/bin/env bash
# Prints the path of a Python 3.12 or newer interpreter, or explains why there is none.
# pyenv shims for versions that are not selected refuse to run, so each candidate is tried for real.
set -u
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }
candidates=()
[ -n "${KIOSK_PYTHON:-}" ] && candidates+=("$KIOSK_PYTHON")
candidates+=(python3.12 python3.13 python3.14 python3)
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root)
  for p in $(ls -d "$root"/versions/3.1[2-9]* 2>/dev/null | sort -V); do candidates+=("$p/bin/python3"); done
fi
for c in "${candidates[@]}"; do
  if ok "$c"; then command -v "$c" 2>/dev/null || echo "$c"; exit 0; fi
done
echo "No Python 3.12 or newer found. Install python3.12 (Debian: apt-get install python3.12 python3.12-venv)," >&2
echo "or set KIOSK_PYTHON=/path/to/python3.12. Python 3.11 is not supported: PySide6 aborts on it." >&2
exit 1
