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
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if not 0 <= value < 2**32:
        raise argparse.ArgumentTypeError(f"must be between 0 and {2**32 - 1}, got {value}")
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
    p.add_argument("--all", action="store_true", help="print every problem (default: 20 per file and rule)")
    sub.add_parser("tables", help="list the tables with one line each")
    p = sub.add_parser("cite", help="how to cite this version")
    p.add_argument("--format", choices=["bibtex", "apa", "cff"], default="bibtex")
    p = sub.add_parser("export", help="write the data as csv, parquet or a Hugging Face dataset folder")
    p.add_argument("--format", choices=["csv", "parquet", "hf"], required=True)
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument("out", help="destination folder (must not exist unless --force)")
    p = sub.add_parser("diff", help="records added, removed and changed between two releases")
    p.add_argument("old", help="folder of table files, or a version like 0.1.0")
    p.add_argument("new", help="folder of table files, or a version like 0.2.0")
    p.add_argument("--json", action="store_true", help="print the differences as JSON")
    p = sub.add_parser("push", help="upload the Hugging Face export and tag the release")
    p.add_argument("--repo-id", default=None, metavar="ORG/NAME", help="Hub dataset repo")
    p.add_argument("--dry-run", action="store_true", help="list files and tag; upload nothing")
    p = sub.add_parser("agreement", help="inter-annotator agreement of the stance labels")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p = sub.add_parser(
        "curate", help="check or merge a staged batch of candidate records (docs/contributing-data.md)"
    )
    p.add_argument("action", choices=["check", "merge"], help="check: report only; merge: add what passes")
    p.add_argument("batch", help="staging file (JSON Lines)")
    p.add_argument(
        "--data", default=None, metavar="DIR", help="data folder (default: the repository's data/)"
    )
    p = sub.add_parser("figures", help="published numbers of a metric, side by side with their sources")
    p.add_argument("metric", nargs="?", default=None, help="a metric of docs/codebook.md section 8 (default: all)")
    p.add_argument("--as-of", default=None, metavar="YYYY-MM-DD", help="only figures with this cut-off or earlier")
    p.add_argument("--latest", action="store_true", help="only each producer's most recent figure")
    p.add_argument("--place", default=None, metavar="PLACE_ID", help="only figures for this place")
    p.add_argument("--totals", action="store_true", help="only totals (no breakdowns)")
    p = sub.add_parser("audit", help="print random statements and events with their evidence passages")
    p.add_argument(
        "--sample", type=_non_negative, default=10, metavar="N", help="records of each kind (default 10)"
    )
    p.add_argument("--seed", type=_seed, default=0, metavar="S", help="random seed, 0 to 2**32-1 (default 0)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Exit codes: 0 success; 1 invalid data (``validate``) or a failed upload/agreement; 2 a
    usage or environment error (bad path, unreadable or malformed input, damaged install),
    always as one ``mppdata COMMAND: error: ...`` line on stderr, never a traceback; 130 on
    Ctrl-C; 128+N when an export is stopped by signal N; 141 when the reader of the output
    goes away (``mppdata validate | head``).

    Examples
    --------
    >>> main(["tables"])  # doctest: +ELLIPSIS
    sources...
    0
    """
    _tolerant_output()
    try:
        return _main(argv)
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except KeyboardInterrupt:
        print("mppdata: interrupted", file=sys.stderr)
        return 130


def _tolerant_output() -> None:
    """Never fail on a terminal that cannot show a character (e.g. LANG=C and Spanish text)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # pragma: no cover - a closed or unusual stream
                pass


def _silence_stdout() -> None:
    # after a broken pipe, Python would fail again flushing stdout at exit
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # pragma: no cover
        pass


def _main(argv: Sequence[str] | None) -> int:
    from mppdata.contract.errors import MppdataError

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return _dispatch(args)
    except MppdataError as exc:
        from mppdata.release.exports import ExportInterrupted

        print(f"mppdata {args.command}: error: {_one_line(exc)}", file=sys.stderr)
        if isinstance(exc, ExportInterrupted):
            return 128 + exc.signum
        return 1 if args.command in {"push", "agreement"} else 2
    except BrokenPipeError:
        raise
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        print(f"mppdata {args.command}: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2


def _one_line(exc: Exception) -> str:
    from mppdata.contract.errors import ValidationError

    if isinstance(exc, ValidationError) and exc.problems:
        more = len(exc.problems) - 1
        return str(exc.problems[0]) + (f" (and {more} more problem(s))" if more else "")
    return " ".join(str(exc).split())


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "summary":
        from mppdata.analysis.overview import format_summary, summary

        s = summary()
        print(json.dumps(s, indent=2, ensure_ascii=False) if args.json else format_summary(s))
        return 0
    if args.command == "cite":
        from mppdata.release.citation import cite

        print(cite(args.format), end="")
        return 0
    if args.command in {"export", "diff", "push", "agreement"}:
        return _run_data_command(args)
    if args.command == "audit":
        from mppdata.analysis.audit import audit_sample, format_audit

        print(format_audit(audit_sample(args.sample, seed=args.seed)), end="")
        return 0
    if args.command == "curate":
        return _curate(args)
    if args.command == "figures":
        from mppdata.analysis.figures import figures, format_figures

        table = figures(
            args.metric, as_of=args.as_of, latest=args.latest, place=args.place, include_breakdowns=not args.totals
        )
        print(format_figures(table), end="")
        return 0
    if args.command == "tables":
        from mppdata.contract.tables import TABLES

        for spec in TABLES.values():
            print(f"{spec.name:<12} {spec.description}")
        return 0
    if args.command == "validate":
        from mppdata.validation.checks import SHOWN_PER_RULE, validate

        report = validate(args.path)
        if args.json:
            for p in report.problems:
                print(json.dumps(p.to_dict(), ensure_ascii=False))
        else:
            print(report.format(per_rule=None if args.all else SHOWN_PER_RULE))
        return 0 if report.ok else 1
    return 2  # pragma: no cover - argparse rejects unknown commands


def _curate(args: argparse.Namespace) -> int:
    from mppdata.curation.merge import merge_batch

    report = merge_batch(args.batch, args.data, dry_run=args.action == "check")
    print(report)
    if args.action == "merge" and args.data is None and any(report.added.values()):
        _regenerate_docs()
    return 1 if report.rejected else 0


def _regenerate_docs() -> None:
    """After a merge into the repository's data/, refresh every generated file."""
    from pathlib import Path

    from mppdata.release.generate import main as generate
    from mppdata.storage.resources import bundled_data_dir

    root = Path(bundled_data_dir()).parent
    if (root / "pyproject.toml").is_file():
        generate([str(root)])


def _run_data_command(args: argparse.Namespace) -> int:
    if args.command == "export":
        import time

        from mppdata.release.exports import export

        start = time.perf_counter()
        out = export(args.out, format=args.format, overwrite=args.force)
        files = sorted(p for p in out.rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in files)
        print(
            f"wrote {len(files)} files ({size / 1024:.0f} KiB) to {out} in {time.perf_counter() - start:.2f} s"
        )
        return 0
    if args.command == "diff":
        from mppdata.release.record_diff import diff

        report = diff(args.old, args.new)
        print(report.to_json() if args.json else report)
        return 0
    if args.command == "push":
        from mppdata.release.hub import push

        plan = push(args.repo_id, dry_run=args.dry_run)
        verb = "uploaded" if plan["uploaded"] else "would upload"
        print(f"{verb} {len(plan['files'])} files to {plan['repo_id']} and tag {plan['tag']}:")
        for name in plan["files"]:
            print(f"  {name}")
        return 0
    from mppdata.analysis.reliability import agreement

    report = agreement()
    print(json.dumps(report.to_dict(), indent=2, default=str) if args.json else report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
