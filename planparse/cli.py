"""The ``planparse`` command: parse files and folders, score against gold files, print the schema.

``planparse PATH…`` (same as ``planparse parse PATH…``) reads every input,
parses it (in worker processes with ``--jobs``), and writes one of the formats
of :mod:`planparse.export`. Every input is accounted for: it is parsed, or it is
reported (stderr and ``errors.jsonl``) with an error kind and a message. The
last stderr line is the summary ``N files: P parsed, F failed``.

Exit status: 0 all parsed, 1 some input failed, 2 usage error or no input found,
130 interrupted.
"""

from __future__ import annotations

import argparse
import codecs
import concurrent.futures as cf
import contextlib
import fnmatch
import functools
import json
import multiprocessing
import os
import signal
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import IO, Any

from . import __version__
from .errors import ErrorKind, ReadError

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".docx", ".html", ".htm", ".pdf")
"""Suffixes taken from folders by default (compared case-insensitively)."""

FORMATS = ("json", "jsonl", "csv", "tree")
SKIPPED_IN_FOLDERS = ("readme", "changelog", "license", "licence")
"""File stems never taken from folders: a project's own notes, not policy documents."""
PROGRESS_MIN_FILES = 4
"""A progress bar is shown for runs of at least this many files (when stderr is a terminal)."""

EXAMPLES = """\
examples:
  planparse plan.docx                      outline of one document (tree on a terminal)
  planparse samples/ --format jsonl > plans.jsonl
  planparse reports/ -o out/ --format csv  out/targets.csv, out/responsibilities.csv, out/errors.jsonl
  planparse reports/ --glob '*.txt' --jobs 4 -o out/
  planparse old.txt --encoding gb18030
  planparse eval ../shared/corpus/dev --show-errors
  planparse schema > plan.schema.json

other commands:
  planparse parse PATH…       the same as planparse PATH… (use it for a file named eval/schema)
  planparse eval GOLD_DIR…    score the parser against *.gold.json files (see planparse eval --help)
  planparse schema            print the JSON Schema of the Plan output

inputs: files named on the command line are always tried. Folders are searched
recursively for files with a supported suffix ({}) or matching --glob;
with --all-files every other file found is listed as unsupported_format. Symbolic
links to folders are not followed; hidden files, Office lock files (~$*) and
README/CHANGELOG/LICENSE files are skipped.

every input is parsed or reported (stderr, and errors.jsonl with -o); the last line
on stderr is "N files: P parsed, F failed". exit status: 0 all parsed, 1 some failed,
2 usage error or no input found, 130 interrupted. Full reference: docs/cli.md.
""".format(" ".join(SUPPORTED_SUFFIXES))


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Input:
    """One file to parse: ``path`` to open, ``source`` as the user will see it, ``rel`` for -o layouts."""

    path: str
    rel: str
    explicit: bool  # named on the command line (always tried) rather than found in a folder
    supported: bool = True  # False: found in a folder with --all-files, suffix not supported


def _matches(name: str, rel: str, globs: Sequence[str] | None) -> bool:
    if not globs:
        return name.lower().endswith(SUPPORTED_SUFFIXES)
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in globs)


def collect_inputs(paths: Sequence[str], globs: Sequence[str] | None = None, all_files: bool = False) -> list[Input]:
    """Expand folders (recursively, deterministic order, no symlinked folders), keep named files.

    A path that does not exist is still an input (it will be reported as
    ``not_found``); the same path named twice is taken once.
    """
    out: list[Input] = []
    seen: set[str] = set()

    def add(item: Input) -> None:
        key = os.path.normpath(item.path)
        if key not in seen:
            seen.add(key)
            out.append(item)

    for given in paths:
        if not os.path.isdir(given):
            add(Input(given, os.path.basename(given) or given, explicit=True))
            continue
        visited: set[tuple[int, int]] = set()
        for root, dirs, files in os.walk(given, followlinks=False):
            with contextlib.suppress(OSError):
                st = os.stat(root)
                if (st.st_dev, st.st_ino) in visited:  # a loop through a bind mount or similar
                    dirs[:] = []
                    continue
                visited.add((st.st_dev, st.st_ino))
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith((".", "~$")):  # hidden files, Office lock files
                    continue
                if os.path.splitext(name)[0].lower() in SKIPPED_IN_FOLDERS:
                    continue
                path = os.path.join(root, name)
                rel = os.path.relpath(path, given)
                if _matches(name, rel, globs):
                    add(Input(path, rel, explicit=False))
                elif all_files:
                    add(Input(path, rel, explicit=False, supported=False))
    return out


# ---------------------------------------------------------------- work (runs in worker processes)


@dataclass(frozen=True)
class Options:
    encoding: str | None
    max_bytes: int
    fmt: str = "jsonl"  # the output format: each document is rendered where it is parsed


@dataclass
class Outcome:
    """What became of one input: its rendered output (see :func:`render`), or an error with kind and message."""

    source: str
    output: Any = None  # str, or (targets CSV rows, responsibilities CSV rows) for csv
    kind: ErrorKind | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.kind is None

    def error_record(self) -> dict[str, str]:
        from .export import display_path

        return {"source": display_path(self.source), "kind": str(self.kind), "message": display_path(self.message)}


def read_input(path: str, opts: Options) -> str:
    """Decode a file to text; every failure is a :class:`ReadError` a person can understand.

    The reader checks existence, type, size and encoding itself; what is left here is a format
    library choking on a damaged file, reported as ``corrupt``.
    """
    from .readers import read_text

    try:
        return read_text(path, encoding=opts.encoding, max_bytes=opts.max_bytes)
    except ReadError as e:
        if e.kind == "too_large":
            raise ReadError(path, e.kind, f"{e.message}; raise the limit with --max-size") from None
        raise
    except PermissionError:  # raised from inside a format library
        raise ReadError(path, "permission_denied", "permission denied (cannot read the file)") from None
    except Exception as e:  # a reader library choking on a damaged file
        raise ReadError(path, "corrupt", f"damaged or not the format its name says ({type(e).__name__}: {e})") from None


def process(item: Input, opts: Options) -> Outcome:
    """Read and parse one input; never raises for a bad file (KeyboardInterrupt still propagates)."""
    if not item.supported:
        ext = os.path.splitext(item.path)[1] or "(no suffix)"
        return Outcome(
            item.path,
            kind="unsupported_format",
            message=f"{ext} files are not supported (supported: {' '.join(SUPPORTED_SUFFIXES)})",
        )
    try:
        text = read_input(item.path, opts)
    except ReadError as e:
        return Outcome(item.path, kind=e.kind, message=e.message)
    try:
        from .parser import parse

        output = render(parse(text, source=item.path), item.path, opts.fmt)
    except Exception as e:
        return Outcome(item.path, kind="parse_error", message=f"the parser failed: {type(e).__name__}: {e}")
    return Outcome(item.path, output=output)


def render(plan: Any, source: str, fmt: str) -> str | tuple[str, str]:
    """A document's output in ``fmt``, made in the worker that parsed it (a string pickles faster
    than a Plan, and the parent, which writes every output, stays a small share of the run).

    jsonl: one line; json: the indented object; tree: the outline; csv: (targets rows,
    responsibilities rows) without headers, in the dialect of :func:`planparse.export.csv_writer`.
    """
    from . import export

    if fmt == "csv":
        return (export.csv_rows_text(export.target_rows(plan, source), export.TARGET_COLUMNS),
                export.csv_rows_text(export.responsibility_rows(plan, source), export.RESPONSIBILITY_COLUMNS))
    if fmt == "tree":
        return export.render_tree(plan, source)
    record = export.plan_record(plan, source)
    if fmt == "json":
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False)


def _process_pair(args: tuple[Input, Options]) -> Outcome:
    return process(*args)


WARM_UP_TEXT = (
    "临江市2025年城乡供水保障工作要点\n一、主要目标\n到2025年，全市农村自来水普及率达到百分之九十八以上，"
    "新建改造供水管网150公里。\n（一）强化水源保护。牵头单位：市水利局；配合单位：市生态环境局\n"
)
"""A short document of the usual shapes: parsing it compiles the rules' patterns and loads cn2an."""
LAZY_LOADERS = (("targets", "_jieba_posseg"), ("numerals", "_cn2an"))
"""The pipeline's functools.cache'd loaders of heavy libraries, called by :func:`warm_up`."""


@functools.cache
def warm_up() -> None:
    """Load the parser and its lazily loaded libraries (jieba's dictionary, cn2an) now.

    Each process pays about a second for these on its first document. With ``--jobs`` on a
    platform that forks, the parent warms up once before the pool starts and every worker
    inherits the loaded state; elsewhere each worker warms up in its initializer. Never raises:
    a failure here only means the first file pays instead.
    """
    from importlib import import_module

    with contextlib.suppress(Exception):
        from .parser import parse

        parse(WARM_UP_TEXT)
    for module, name in LAZY_LOADERS:
        with contextlib.suppress(Exception):
            loaded = getattr(import_module(f".{module}", __package__), name)()
            if hasattr(loaded, "lcut"):  # jieba builds its prefix dictionary on the first cut
                loaded.lcut("新建改造供水管网", HMM=False)


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    warm_up()  # a no-op in a forked worker whose parent warmed up


def default_jobs() -> int:
    """Usable CPU cores."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


WORKER_DIED = "the worker process died while parsing this file (out of memory, or a crash inside a library)"


def _chunk(n_items: int, workers: int) -> int:
    """Files per task: about 32 tasks per worker, so that the last tasks end together (a chunk of
    long reports finishing alone costs wall time), progress is steady and Ctrl-C stops quickly;
    at most 8 files, so thousands of files do not cost one round trip each."""
    return 1 if workers == 1 else max(1, min(8, n_items // (workers * 32)))


def _pool_map(items: Sequence[Input], opts: Options, workers: int) -> Iterator[Outcome]:
    """Outcomes of ``items`` in order from a pool of ``workers`` processes; raises BrokenProcessPool."""
    chunk = _chunk(len(items), workers)
    if multiprocessing.get_start_method() == "fork":
        warm_up()  # once here rather than once per worker: forked workers inherit it
    pool = cf.ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    try:
        yield from pool.map(_process_pair, [(it, opts) for it in items], chunksize=chunk)
    except BaseException:  # interrupted, pool broken, or the consumer stopped: drop pending work
        pool.shutdown(wait=True, cancel_futures=True)  # (terminating workers trips a CPython 3.11 race)
        raise
    pool.shutdown(wait=True)


def run_all(items: Sequence[Input], opts: Options, jobs: int) -> Iterator[Outcome]:
    """Outcomes in input order; in worker processes when ``jobs > 1`` and there are several files.

    A file that kills its worker (a crash in a C library, the OS's out-of-memory killer)
    must not end the run: when the pool breaks, the files that were in flight go through a
    single worker, one at a time, so the file it dies on is the culprit; that file is
    reported as ``parse_error`` and the run goes on with ``jobs`` workers again.
    """
    jobs = min(jobs, len(items))
    if jobs <= 1:
        for item in items:
            yield process(item, opts)
        return
    done, workers, suspects_end = 0, jobs, 0
    while done < len(items):
        try:
            for outcome in _pool_map(items[done:], opts, workers):
                done += 1
                yield outcome
                if workers == 1 and done >= suspects_end:  # past the files in flight: full speed
                    workers = jobs
                    break
        except BrokenProcessPool:
            if workers == 1:
                yield Outcome(items[done].path, kind="parse_error", message=WORKER_DIED)
                done += 1
                workers = jobs
            else:  # the culprit is among the chunks that were queued or running
                suspects_end = done + (workers + 1) * _chunk(len(items) - done, workers)
                workers = 1


# ---------------------------------------------------------------- output sinks


class Sink:
    """Receives plans in input order; ``close`` commits the output."""

    def add(self, outcome: Outcome, item: Input) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Commit outputs (only called when the run was not interrupted)."""

    def abort(self) -> None:
        """Drop partial outputs."""


class _AtomicFiles:
    """Several atomic_write contexts opened and committed together."""

    def __init__(self) -> None:
        self._stack = contextlib.ExitStack()

    def open(self, path: str, encoding: str = "utf-8") -> IO[str]:
        from .export import atomic_write

        return self._stack.enter_context(atomic_write(path, encoding=encoding))

    def commit(self) -> None:
        self._stack.close()

    def abort(self) -> None:
        with contextlib.suppress(KeyboardInterrupt):  # each atomic_write removes its temporary file
            self._stack.__exit__(KeyboardInterrupt, KeyboardInterrupt(), None)


class StreamSink(Sink):
    """jsonl / csv / tree to one stream (stdout, or an atomic file under -o)."""

    def __init__(self, fmt: str, stream: IO[str], files: _AtomicFiles | None = None,
                 resp_stream: IO[str] | None = None) -> None:
        from . import export

        self.fmt, self.stream, self.files, self.resp_stream = fmt, stream, files, resp_stream
        if fmt == "csv":  # the headers; the rows come rendered (render)
            export.csv_writer(stream, export.TARGET_COLUMNS)
            if resp_stream is not None:
                export.csv_writer(resp_stream, export.RESPONSIBILITY_COLUMNS)
        self.first = True

    def add(self, outcome: Outcome, item: Input) -> None:
        if self.fmt == "jsonl":
            self.stream.write(outcome.output + "\n")
        elif self.fmt == "tree":
            self.stream.write(("" if self.first else "\n") + outcome.output)
        elif self.fmt == "csv":
            targets, responsibilities = outcome.output
            self.stream.write(targets)
            if self.resp_stream is not None:
                self.resp_stream.write(responsibilities)
        self.first = False
        self.stream.flush()

    def close(self) -> None:
        if self.files is not None:
            self.files.commit()

    def abort(self) -> None:
        if self.files is not None:
            self.files.abort()


class JsonStdoutSink(Sink):
    """``--format json`` to stdout: one object for a single input, else an array."""

    def __init__(self, stream: IO[str], single: bool) -> None:
        self.stream, self.single, self.records = stream, single, []

    def add(self, outcome: Outcome, item: Input) -> None:
        self.records.append(outcome.output)  # each record already indented json text

    def close(self) -> None:
        if self.single and len(self.records) == 1:
            text = self.records[0]
        elif not self.records:
            text = "[]"
        else:  # byte for byte what json.dumps(list_of_records, indent=2) writes
            text = "[\n" + ",\n".join(textwrap.indent(r, "  ") for r in self.records) + "\n]"
        self.stream.write(text + "\n")


class JsonFilesSink(Sink):
    """``--format json -o DIR``: one ``.json`` per input, mirroring the input folder layout.

    Each file is written in full to a temporary file as its plan arrives and renamed into place
    only when the run completes, so an interrupted run leaves the folder as it was.
    """

    def __init__(self, outdir: str) -> None:
        self.outdir, self.used = outdir, set()
        self.staged: list[tuple[str, str]] = []

    def _name(self, item: Input) -> str:
        rel = item.rel  # relative to the folder given, or the base name of a file named directly
        stem, n = rel + ".json", 1
        while os.path.normcase(stem) in self.used:  # two inputs with the same name
            n += 1
            stem = f"{rel}~{n}.json"
        self.used.add(os.path.normcase(stem))
        return os.path.join(self.outdir, stem)

    def add(self, outcome: Outcome, item: Input) -> None:
        from .export import stage_file

        target = self._name(item)
        self.staged.append((stage_file(target, outcome.output + "\n"), target))

    def close(self) -> None:
        from .export import commit_staged

        commit_staged(self.staged)
        self.staged = []

    def abort(self) -> None:
        from .export import drop_staged

        drop_staged(self.staged)
        self.staged = []


def make_sink(fmt: str, outdir: str | None, n_inputs: int, files: _AtomicFiles) -> Sink:
    """The sink for a format and destination (see docs/cli.md for the file names)."""
    from .export import CSV_ENCODING

    if outdir is None:
        out = sys.stdout
        if fmt == "json":
            return JsonStdoutSink(out, single=n_inputs == 1)
        if fmt == "csv" and not out.isatty():
            out.write("\ufeff")  # BOM, as in the files: `> targets.csv` then opens in Excel
        return StreamSink(fmt, out)
    if fmt == "json":
        return JsonFilesSink(outdir)
    if fmt == "jsonl":
        return StreamSink(fmt, files.open(os.path.join(outdir, "plans.jsonl")), files)
    if fmt == "tree":
        return StreamSink(fmt, files.open(os.path.join(outdir, "outline.txt")), files)
    targets = files.open(os.path.join(outdir, "targets.csv"), encoding=CSV_ENCODING)
    resps = files.open(os.path.join(outdir, "responsibilities.csv"), encoding=CSV_ENCODING)
    return StreamSink("csv", targets, files, resp_stream=resps)


# ---------------------------------------------------------------- the parse command


def _positive_float(s: str) -> float:
    try:
        v = float(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {s!r}") from None
    if not v > 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return v


def _jobs(s: str) -> int:
    try:
        v = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {s!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return v


def _encoding(s: str) -> str:
    try:
        return codecs.lookup(s).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {s!r}") from None


def parse_parser(prog: str = "planparse") -> argparse.ArgumentParser:
    """Options of ``planparse [parse] PATH…``."""
    p = argparse.ArgumentParser(
        prog=prog,
        usage=f"{prog} PATH… [options]\n       planparse eval GOLD_DIR… [--show-errors] [--json]\n"
        "       planparse schema",
        description="Turn Chinese government policy documents (工作要点, 实施方案, 规划, 条例, 政府工作报告) "
        "into an outline, numeric targets and agency responsibilities.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files and folders to parse")
    p.add_argument("-f", "--format", choices=FORMATS, default=None,
                   help="output format (default: tree when stdout is a terminal and no -o, else jsonl)")
    p.add_argument("-o", "--output", metavar="DIR",
                   help="write files into DIR (json: one .json per input; jsonl: plans.jsonl; "
                   "csv: targets.csv + responsibilities.csv; tree: outline.txt) plus errors.jsonl")
    p.add_argument("--glob", action="append", metavar="PATTERN",
                   help="in folders, take files matching PATTERN (repeatable; default: the supported suffixes)")
    p.add_argument("--all-files", action="store_true",
                   help="in folders, also list every other file (reported as unsupported_format)")
    p.add_argument("--encoding", type=_encoding, help="decode text files with this encoding (e.g. gb18030)")
    p.add_argument("--max-size", type=_positive_float, default=50.0, metavar="MB",
                   help="skip files larger than this (default: 50)")
    p.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                   help="worker processes (default: all cores; 1 = in this process)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no per-file error lines")
    p.add_argument("--version", action="version", version=f"planparse {__version__}")
    return p


def _progress(total: int, quiet: bool) -> Any:
    """A tqdm bar on stderr, or None (quiet, few files, stderr not a terminal, tqdm not installed)."""
    if quiet or total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked after the bar exists
    return tqdm(total=total, file=sys.stderr, unit="file", leave=False)


def _say(msg: str, bar: Any = None) -> None:
    if bar is not None:
        bar.write(msg, file=sys.stderr)
    else:
        print(msg, file=sys.stderr)


def cmd_parse(argv: Sequence[str], prog: str = "planparse") -> int:
    """``planparse [parse] PATH…``: see the module docstring and docs/cli.md."""
    args = parse_parser(prog).parse_args(argv)
    fmt = args.format or ("tree" if args.output is None and sys.stdout.isatty() else "jsonl")
    items = collect_inputs(args.paths, args.glob, args.all_files)
    if not items:
        print(f"{prog}: error: no input files found in {' '.join(args.paths)} "
              f"(looked for {' '.join(args.glob or SUPPORTED_SUFFIXES)})", file=sys.stderr)
        return 2
    if args.output is not None and os.path.exists(args.output) and not os.path.isdir(args.output):
        print(f"{prog}: error: -o {args.output}: exists and is not a folder", file=sys.stderr)
        return 2
    opts = Options(encoding=args.encoding, max_bytes=int(args.max_size * 1024 * 1024), fmt=fmt)
    jobs = args.jobs or default_jobs()

    from .export import atomic_write

    files = _AtomicFiles()
    errors: list[dict[str, str]] = []
    parsed = 0
    bar = _progress(len(items), args.quiet)
    sink: Sink | None = None
    try:
        sink = make_sink(fmt, args.output, len(items), files)
        for item, outcome in zip(items, run_all(items, opts, jobs), strict=True):
            if outcome.ok:
                parsed += 1
                sink.add(outcome, item)
            else:
                rec = outcome.error_record()
                errors.append(rec)
                if not args.quiet:
                    _say(f"{prog}: {rec['source']}: {rec['kind']}: {rec['message']}", bar)
            if bar is not None:
                bar.update(1)
        sink.close()
        if args.output is not None:
            with atomic_write(os.path.join(args.output, "errors.jsonl")) as f:
                for rec in errors:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    except KeyboardInterrupt:
        if sink is not None:
            sink.abort()
        files.abort()
        if bar is not None:
            bar.close()
        print(f"\n{prog}: interrupted after {parsed + len(errors)} of {len(items)} files; "
              "no output file was changed by the unfinished part", file=sys.stderr)
        return 130
    except BaseException:  # e.g. disk full: no temporary file left behind, then the traceback
        if sink is not None:
            sink.abort()
        files.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
    n = len(items)
    print(f"{n} file{'s' if n != 1 else ''}: {parsed} parsed, {len(errors)} failed", file=sys.stderr)
    return 0 if not errors else 1


# ---------------------------------------------------------------- eval and schema


def cmd_eval(argv: Sequence[str], prog: str = "planparse eval") -> int:
    """``planparse eval GOLD_DIR…``: score the parser (rules of DATA-CONTRACT.md, as tools/score.py)."""
    p = argparse.ArgumentParser(
        prog=prog,
        description="Parse the document of every *.gold.json in GOLD_DIR and score sections, targets "
        "and responsibilities against the gold (precision, recall, F1).",
        epilog="example:\n  planparse eval ../shared/corpus/dev --show-errors",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("dirs", nargs="+", metavar="GOLD_DIR")
    p.add_argument("--json", action="store_true", help="print the totals and per-document counts as JSON")
    p.add_argument("--show-errors", action="store_true",
                   help="list missed and spurious sections, targets and responsibilities with their context")
    args = p.parse_args(argv)
    from .evaluate import evaluate, format_errors, format_report

    missing = [d for d in args.dirs if not os.path.isdir(d)]
    if missing:
        print(f"{prog}: error: not a folder: {' '.join(missing)}", file=sys.stderr)
        return 2
    report = evaluate(args.dirs)
    if not report.documents:
        print(f"{prog}: error: no *.gold.json files in {' '.join(args.dirs)}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_json(per_document=True), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    if args.show_errors:
        print(format_errors(report), file=sys.stdout if not args.json else sys.stderr)
    return 0


def cmd_schema(argv: Sequence[str], prog: str = "planparse schema") -> int:
    """``planparse schema``: the JSON Schema of the Plan model."""
    argparse.ArgumentParser(prog=prog, description="Print the JSON Schema of the Plan output.").parse_args(argv)
    from .models import Plan

    print(json.dumps(Plan.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "parse": lambda a: cmd_parse(a, prog="planparse parse"),
    "eval": cmd_eval,
    "schema": cmd_schema,
}


def _setup_streams() -> None:
    """UTF-8 output when piped (so `> out.jsonl` is UTF-8 everywhere); never crash on an odd character."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            if stream is sys.stdout and not stream.isatty():
                stream.reconfigure(encoding="utf-8", errors="backslashreplace")  # type: ignore[union-attr]
            else:
                stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def main(argv: Iterable[str] | None = None) -> int:
    """Entry point of the ``planparse`` console script and of ``python -m planparse``."""
    args = list(sys.argv[1:] if argv is None else argv)
    _setup_streams()
    try:
        if args and args[0] in COMMANDS:
            return COMMANDS[args[0]](args[1:])
        return cmd_parse(args)
    except BrokenPipeError:  # `planparse … | head`: the reader went away; stop quietly
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
