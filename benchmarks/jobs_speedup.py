"""Wall time of the ``planparse`` command with ``--jobs 1`` and ``--jobs 2`` (issue #3 wants ≥ 1.6×).

Runs the real command in a fresh interpreter (start-up, imports, worker processes, output writing
included — what a user waits for) over the 143 city work reports of
``../shared/corpus/scale/work-reports-2024-txt/``, writing ``-f FORMAT`` outputs to a temporary
folder, ``--repeat`` times per setting in alternation, and prints the best wall time, the CPU time
of the whole process tree, the load average before each run, and the ratio of the best times.
It also prints an estimate for idle cores, ``S + (CPU − S) / N``, where ``S`` is the CPU time of
what parallelism cannot hide (interpreter start, imports, the parser's warm-up), measured alone.

The machine is shared: look at ``uptime`` first, and read the ratio only from runs with a low load
(a busy second core makes ``--jobs 2`` look slow, not ``--jobs 1``). CPU time per setting shows the
work that parallelism cannot hide (imports and lexicon loading per worker, pickling results back).

    .venv/bin/python benchmarks/jobs_speedup.py                 # jsonl, 2 repeats
    .venv/bin/python benchmarks/jobs_speedup.py --repeat 3 --format csv --jobs 1,2
    .venv/bin/python benchmarks/jobs_speedup.py --json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCALE_TXT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scale" / "work-reports-2024-txt"


def run_once(corpus: Path, jobs: int, fmt: str) -> dict[str, float]:
    """One run of ``python -m planparse CORPUS -o TMP -f FMT --jobs N -q``: wall and tree CPU seconds."""
    with tempfile.TemporaryDirectory(prefix="planparse-jobs-") as out:
        load = os.getloadavg()[0]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "planparse", str(corpus), "-o", out, "-f", fmt, "--jobs", str(jobs), "-q"],
            capture_output=True, text=True, check=False,
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"planparse --jobs {jobs} failed (exit {proc.returncode}):\n{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "load": load, "summary": proc.stderr.strip().splitlines()[-1]}


WARM_UP = "import planparse.export, planparse.cli as c; c.warm_up()"


def serial_cpu() -> float:
    """CPU seconds of what no parallelism hides: interpreter start, imports, the parser's warm-up."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", WARM_UP], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", nargs="?", type=Path, default=SCALE_TXT, help="folder of documents")
    p.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default: 1,2)")
    p.add_argument("--repeat", type=int, default=2, help="runs per setting, alternating (default: 2)")
    p.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "json", "tree"])
    p.add_argument("--json", action="store_true", help="machine-readable output")
    args = p.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: not a folder (the shared corpus is not checked out beside the repo)", file=sys.stderr)
        return 2
    settings = [int(j) for j in args.jobs.split(",")]
    runs: dict[int, list[dict[str, float]]] = {j: [] for j in settings}
    n_files = sum(1 for f in args.corpus.rglob("*") if f.is_file())
    for _ in range(args.repeat):
        for jobs in settings:
            r = run_once(args.corpus, jobs, args.format)
            runs[jobs].append(r)
            if not args.json:
                print(f"  --jobs {jobs}: {r['wall']:6.2f} s wall, {r['cpu']:6.2f} s CPU "
                      f"(load before {r['load']:.2f}; {r['summary']})", file=sys.stderr)
    best = {j: min(r["wall"] for r in rs) for j, rs in runs.items()}
    base = best[settings[0]]
    # What the wall time would be on N idle cores, from CPU times: the serial part S plus the rest
    # of the run's CPU shared by N workers. An estimate, for a shared machine; measured walls rule.
    serial = min(serial_cpu() for _ in range(3))
    cpu = {j: min(r["cpu"] for r in rs) for j, rs in runs.items()}
    ideal = {j: serial + (cpu[j] - serial) / j if j > 1 else cpu[j] for j in settings}
    result = {
        "corpus": str(args.corpus), "files": n_files, "format": args.format, "cores": os.cpu_count(),
        "best_wall_s": best, "speedup_vs_first": {j: base / t for j, t in best.items()},
        "serial_cpu_s": serial, "idle_cores_wall_estimate_s": ideal,
        "idle_cores_speedup_estimate": {j: ideal[settings[0]] / ideal[j] for j in settings},
        "runs": {j: rs for j, rs in runs.items()},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{n_files} files, -f {args.format}, {os.cpu_count()} cores, best of {args.repeat}:")
    for j in settings:
        print(f"  --jobs {j}: {best[j]:6.2f} s wall   {cpu[j]:6.2f} s CPU   speed-up ×{base / best[j]:.2f}"
              f"   (on idle cores, estimated from CPU: {ideal[j]:5.2f} s, ×{ideal[settings[0]] / ideal[j]:.2f})")
    print(f"  serial part (start-up, imports, warm-up): {serial:.2f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
