"""Warm throughput, per-stage time, import time and peak memory of ``planparse.parse``.

    .venv/bin/python benchmarks/throughput.py                 # corpus + samples, table
    .venv/bin/python benchmarks/throughput.py --json          # machine-readable
    .venv/bin/python benchmarks/throughput.py --importtime    # + the slowest modules of ``import planparse``

Throughput is measured warm (every document parsed once first, so lazy loaders such as jieba's
dictionary are paid before the clock starts) over the 143 work reports of
``../shared/corpus/scale/work-reports-2024-txt`` and over ``samples/``; the best of ``--repeat`` passes
is reported, as wall time and as CPU time of this process (the CPU figure is the honest one on a
shared machine).  Per-stage times call the stage functions of ``planparse/parser.py`` directly.
Targets: >= 300,000 chars/s per core warm, ``import planparse`` <= 150 ms (also reported: ``from planparse
import parse``, which loads the whole pipeline, and import + first parse).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "scale" / "work-reports-2024-txt"
DEFAULT_SAMPLES = ROOT / "samples"
TARGET_CPS = 300_000
TARGET_IMPORT_MS = 150


def load_texts(folder: Path, pattern: str) -> list[tuple[str, str]]:
    """(name, text) of every document in ``folder``: .txt read with ``newline=""``, others via read_text."""
    import planparse

    out = []
    for p in sorted(folder.glob(pattern)):
        if p.suffix == ".txt":
            with open(p, encoding="utf-8", newline="") as f:
                try:
                    text = f.read()
                except UnicodeDecodeError:
                    text = planparse.read_text(p)
        elif p.suffix in {".docx", ".html", ".htm", ".pdf", ".md"}:
            try:
                text = planparse.read_text(p)
            except Exception as exc:  # noqa: BLE001 - an optional reader missing: report, go on
                print(f"skip {p.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
        else:
            continue
        out.append((p.name, text))
    return out


def throughput(docs: list[tuple[str, str]], repeat: int) -> dict:
    """Best-of-``repeat`` warm wall and CPU time of parsing every document."""
    import planparse

    for _, t in docs:  # warm-up: lazy loaders, pydantic validators, regex caches
        planparse.parse(t)
    chars = sum(len(t) for _, t in docs)
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        for _, t in docs:
            planparse.parse(t)
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return {
        "documents": len(docs),
        "chars": chars,
        "wall_s": min(walls),
        "cpu_s": min(cpus),
        "chars_per_s_wall": chars / min(walls),
        "chars_per_s_cpu": chars / min(cpus),
    }


def per_stage(docs: list[tuple[str, str]], repeat: int) -> dict[str, float]:
    """CPU seconds spent in each stage over all documents (best of ``repeat`` per stage)."""
    from planparse import parser as P

    best: dict[str, float] = {}
    for _ in range(repeat):
        acc = dict.fromkeys(("normalize", "outline", "targets", "agencies", "assemble"), 0.0)
        for _, text in docs:
            c = time.process_time()
            norm = P.normalize(text)
            c1 = time.process_time()
            outline = P.build_outline(norm)
            c2 = time.process_time()
            targets = P.extract_targets(norm, outline)
            c3 = time.process_time()
            resps = P.extract_responsibilities(norm, outline)
            c4 = time.process_time()
            P.assemble(norm, outline, targets, resps)
            c5 = time.process_time()
            for k, v in zip(acc, (c1 - c, c2 - c1, c3 - c2, c4 - c3, c5 - c4), strict=True):
                acc[k] += v
        for k, v in acc.items():
            best[k] = min(best.get(k, v), v)
    return best


def import_time(runs: int, code: str = "import planparse") -> dict:
    """Median / min milliseconds of ``code`` in a fresh interpreter (perf_counter around it)."""
    prog = f"import time\nt = time.perf_counter()\n{code}\nprint(time.perf_counter() - t)"
    ms = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, cwd=ROOT, check=True)
        ms.append(float(out.stdout.strip().splitlines()[-1]) * 1000)
    return {"code": code, "runs": runs, "median_ms": statistics.median(ms), "min_ms": min(ms)}


def importtime_top(n: int = 12) -> list[tuple[str, int, int]]:
    """The ``n`` modules with the largest cumulative time in ``python -X importtime -c 'from planparse import parse'``
    (``import planparse`` alone loads nothing: the pipeline loads on first use)."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "from planparse import parse"], capture_output=True,
                         text=True, cwd=ROOT, check=True).stderr
    rows = []
    for line in out.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cum_us, name = (x.strip() for x in line[len("import time:"):].split("|"))
        rows.append((name, int(self_us), int(cum_us)))
    return sorted(rows, key=lambda r: -r[2])[:n]


def peak_memory(docs: list[tuple[str, str]]) -> dict:
    """tracemalloc peak while parsing the largest document, and the process's max RSS."""
    import planparse

    name, text = max(docs, key=lambda d: len(d[1]))
    tracemalloc.start()
    planparse.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "largest_document": name,
        "largest_chars": len(text),
        "tracemalloc_peak_mb": peak / 2**20,
        "peak_over_input_utf8": peak / max(len(text.encode("utf-8", "surrogatepass")), 1),
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (best is reported)")
    ap.add_argument("--import-runs", type=int, default=9)
    ap.add_argument("--importtime", action="store_true", help="also list the slowest imported modules")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    report: dict = {"python": sys.version.split()[0], "cpus": os.cpu_count(),
                    "loadavg": os.getloadavg()[0]}
    report["import"] = import_time(args.import_runs)
    report["import_pipeline"] = import_time(args.import_runs, "from planparse import parse")
    report["import_and_first_parse"] = import_time(
        max(3, args.import_runs // 2), "import planparse\nplanparse.parse('一、总体目标\\n（一）新建幼儿园12所。')"
    )
    if args.importtime:
        report["importtime_top"] = importtime_top()
    sets = {}
    if args.corpus.is_dir():
        sets["corpus"] = load_texts(args.corpus, "*.txt")
    else:
        print(f"no corpus at {args.corpus}: skipped", file=sys.stderr)
    if args.samples.is_dir():
        sets["samples"] = load_texts(args.samples, "*")
    for key, docs in sets.items():
        if docs:
            report[key] = throughput(docs, args.repeat)
            report[key]["stages_cpu_s"] = per_stage(docs, args.repeat)
    if sets.get("corpus"):
        report["memory"] = peak_memory(sets["corpus"])

    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"python {report['python']}, {report['cpus']} cpus, load average {report['loadavg']:.1f}")
    for k in ("import", "import_pipeline", "import_and_first_parse"):
        r = report[k]
        ok = "ok" if k != "import" or r["median_ms"] <= TARGET_IMPORT_MS else f"OVER {TARGET_IMPORT_MS} ms"
        print(f"{k:<24} median {r['median_ms']:7.1f} ms  min {r['min_ms']:7.1f} ms  ({r['runs']} runs) {ok}")
    for name, self_us, cum_us in report.get("importtime_top", []):
        print(f"    {cum_us / 1000:7.1f} ms cumulative {self_us / 1000:6.1f} ms self  {name}")
    for key in ("corpus", "samples"):
        if key not in report:
            continue
        r = report[key]
        ok = "ok" if r["chars_per_s_cpu"] >= TARGET_CPS else f"UNDER {TARGET_CPS:,}"
        print(f"\n{key}: {r['documents']} documents, {r['chars']:,} chars")
        print(f"  warm throughput  {r['chars_per_s_wall']:>12,.0f} chars/s wall   {r['chars_per_s_cpu']:>12,.0f} "
              f"chars/s CPU  ({r['cpu_s']:.2f} s CPU) {ok}")
        total = sum(r["stages_cpu_s"].values()) or 1.0
        for stage, s in r["stages_cpu_s"].items():
            print(f"  {stage:<10} {s * 1000:9.1f} ms CPU  {100 * s / total:5.1f} %  {r['chars'] / s if s else 0:>14,.0f} chars/s")
    if "memory" in report:
        m = report["memory"]
        print(f"\nmemory: largest document {m['largest_document']} ({m['largest_chars']:,} chars): tracemalloc peak "
              f"{m['tracemalloc_peak_mb']:.1f} MB = {m['peak_over_input_utf8']:.1f}x its UTF-8 size; "
              f"process max RSS {m['maxrss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
