"""`python -m kiosk.portal.sandbox --port 8765 --db sandbox.sqlite3`: the sandbox portal in the foreground.

Its OpenAPI document, the contract's reference, is served at /openapi.json (and /docs).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from kiosk.portal.sandbox.app import create_app


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.portal.sandbox", description="Cổng dịch vụ công thử nghiệm (Portal API v1)."
    )
    parser.add_argument("--port", type=int, default=8765, help="TCP port (default 8765)")
    parser.add_argument("--db", type=Path, required=True, help="SQLite file, created when missing")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument(
        "--catalog", type=Path, default=None, help="procedure folder (default: assets/procedures)"
    )
    args = parser.parse_args(argv)
    app = create_app(args.db, catalog_dir=args.catalog)
    print(f"Sandbox portal: http://{args.host}:{args.port}  (OpenAPI: /openapi.json)", flush=True)
    uvicorn.run(
        app, host=args.host, port=args.port, log_level="warning", access_log=False, server_header=False
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
