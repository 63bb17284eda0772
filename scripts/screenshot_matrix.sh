#!/usr/bin/env bash
# Takes the issue-4 screenshot set: home, a question with the on-screen keyboard open, an error, the idle
# warning and check-your-answers — in both palettes, Vietnamese and English, landscape and portrait, at
# the largest text step. Output: docs/screenshots/matrix/<screen>-<palette>-<lang>-<orientation>.png
# Usage: scripts/screenshot_matrix.sh [screen ...]   (needs ../shared/tools/shoot; it stops stray
# gnome-keyring daemons between shots, so do not run it while the tests run)
set -euo pipefail
cd "$(dirname "$0")/.."
shoot=${SHOOT:-../shared/tools/shoot}
out=docs/screenshots/matrix
mkdir -p "$out"
screens=("$@")
[ ${#screens[@]} -gt 0 ] || screens=(home question question-error idle review)
for screen in "${screens[@]}"; do
  for palette in normal high_contrast; do
    for lang in vi en; do
      for size in 1920x1080 1080x1920; do
        orientation=landscape; [ "$size" = 1080x1920 ] && orientation=portrait
        extra=(); [ "$screen" = question ] && extra=(--keyboard)
        "$shoot" "$out/$screen-$palette-$lang-$orientation.png" --size "$size" --wait 11 -- \
          scripts/run.sh --screen "$screen" --palette "$palette" --lang "$lang" --step max "${extra[@]}" \
          >/dev/null 2>&1 || echo "screenshot_matrix: $screen $palette $lang $orientation failed" >&2
        pkill -f gnome-keyring-daemon 2>/dev/null || true
      done
    done
  done
done
ls "$out"
