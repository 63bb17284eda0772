"""`python -m kiosk`: start the kiosk (see `--help`)."""

from __future__ import annotations

import sys

from kiosk.app import main

if __name__ == "__main__":
    sys.exit(main())
