"""`python -m kiosk.portal.sandbox --port 8765 --db sandbox.sqlite3`: the sandbox portal in the foreground.

Its OpenAPI document, the contract's reference, is served at /openapi.json (and /docs).
Faults for /api/v1 requests: --latency-ms N [--latency-rate R] --error-rate R --drop-rate R
--lost-response-rate R [--fault-seed S] (see faults.py).
For demos: --auto-pay-seconds N (a payment started N seconds ago reads as paid), --office-pace SECONDS
(a dossier moves received -> in_review -> result_ready -> returned, one step per SECONDS);
--lookup-allowance N (failed lookups per client address in 10 minutes before it has to wait).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import uvicorn

from kiosk.portal.sandbox.app import create_app
from kiosk.portal.sandbox.faults import FaultInjector, Faults
from kiosk.portal.sandbox.throttle import LookupLimits


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a rate is a number between 0 and 1") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("a rate is a number between 0 and 1")
    return value


def _milliseconds(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("milliseconds: a whole number >= 0") from None
    if value < 0:
        raise argparse.ArgumentTypeError("milliseconds: a whole number >= 0")
    return value


def _seconds(text: str) -> timedelta:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("seconds: a number >= 0") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("seconds: a number >= 0")
    return timedelta(seconds=value)


def _pace(text: str) -> timedelta:
    value = _seconds(text)
    if value <= timedelta(0):
        raise argparse.ArgumentTypeError("seconds: a number > 0")
    return value


def _allowance(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a whole number >= 1") from None
    if value < 1:
        raise argparse.ArgumentTypeError("a whole number >= 1")
    return value


def add_demo_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("what happens after submission (demos)")
    group.add_argument(
        "--auto-pay-seconds",
        type=_seconds,
        default=None,
        dest="auto_pay",
        metavar="N",
        help="a payment started N seconds ago reads as paid (default: only a reported bank transfer pays)",
    )
    group.add_argument(
        "--office-pace",
        type=_pace,
        default=None,
        dest="office_pace",
        metavar="SECONDS",
        help="dossiers move received -> in_review -> result_ready -> returned, one step per SECONDS",
    )
    group.add_argument(
        "--lookup-allowance",
        type=_allowance,
        default=LookupLimits().allowance,
        metavar="N",
        help="failed lookups per client address in 10 minutes before it has to wait (default 10)",
    )


def add_fault_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("faults (for /api/v1 requests)")
    group.add_argument("--latency-ms", type=_milliseconds, default=0, help="added latency (default 0)")
    group.add_argument(
        "--latency-rate", type=_rate, default=1.0, help="share of requests delayed (default 1)"
    )
    group.add_argument("--error-rate", type=_rate, default=0.0, help="share answered 5xx, nothing done")
    group.add_argument(
        "--drop-rate", type=_rate, default=0.0, help="share whose connection is dropped, nothing done"
    )
    group.add_argument(
        "--lost-response-rate",
        type=_rate,
        default=0.0,
        help="share fully processed, then dropped before the answer",
    )
    group.add_argument("--fault-seed", type=int, default=None, help="random seed for reproducible faults")


def faults_from_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Faults:
    try:
        return Faults(
            latency_ms=args.latency_ms,
            latency_rate=args.latency_rate,
            error_rate=args.error_rate,
            drop_rate=args.drop_rate,
            lost_response_rate=args.lost_response_rate,
            seed=args.fault_seed,
        )
    except ValueError as exc:
        parser.error(str(exc))


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
    add_demo_arguments(parser)
    add_fault_arguments(parser)
    args = parser.parse_args(argv)
    faults = faults_from_args(parser, args)
    app = FaultInjector(
        create_app(
            args.db,
            catalog_dir=args.catalog,
            auto_pay=args.auto_pay,
            office_pace=args.office_pace,
            lookup_limits=LookupLimits(allowance=args.lookup_allowance),
        ),
        faults,
    )
    print(f"Sandbox portal: http://{args.host}:{args.port}  (OpenAPI: /openapi.json)", flush=True)
    if faults.active:
        print(f"Injecting faults: {faults}", flush=True)
    uvicorn.run(
        app, host=args.host, port=args.port, log_level="warning", access_log=False, server_header=False
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
