"""The ``mppdata`` command line.

Exit codes: 0 success, 1 invalid data (``validate``), 2 usage errors.
``mppdata --version`` answers without importing pandas.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with a one-line hint, as argparse does
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``mppdata`` command.

    Examples
    --------
    >>> build_parser().parse_args(["validate", "data"]).path
    'data'
    """
    from mppdata import __version__

    parser = _Parser(prog="mppdata", description="The mppdata dataset on the command line.")
    parser.add_argument("--version", action="version", version=f"mppdata {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p = sub.add_parser("summary", help="counts, date range, languages, event types, stances")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p = sub.add_parser("validate", help="validate the bundled data or a folder of table files")
    p.add_argument("path", nargs="?", default=None, help="folder holding the table CSV files")
    p.add_argument("--json", action="store_true", help="print problems as JSON lines")
    sub.add_parser("tables", help="list the tables with one line each")
    p = sub.add_parser("audit", help="print random statements and events with their source addresses")
    p.add_argument(
        "--sample", type=_non_negative, default=10, metavar="N", help="records of each kind (default 10)"
    )
    p.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Examples
    --------
    >>> main(["tables"])  # doctest: +ELLIPSIS
    sources...
    0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if args.command == "summary":
        from mppdata.overview import format_summary, summary

        s = summary()
        print(json.dumps(s, indent=2) if args.json else format_summary(s))
        return 0
    if args.command == "audit":
        from mppdata.audit import audit_sample, format_audit

        print(format_audit(audit_sample(args.sample, seed=args.seed)), end="")
        return 0
    if args.command == "tables":
        from mppdata.tables import TABLES

        for spec in TABLES.values():
            print(f"{spec.name:<12} {spec.description}")
        return 0
    if args.command == "validate":
        from mppdata.validation import DataDirError, validate

        try:
            report = validate(args.path)
        except DataDirError as exc:
            print(f"mppdata validate: error: {exc}", file=sys.stderr)
            return 2
        if args.json:
            for p in report.problems:
                print(json.dumps(p.to_dict(), ensure_ascii=False))
        else:
            print(report)
        return 0 if report.ok else 1
    return 2  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":
    raise SystemExit(main())
