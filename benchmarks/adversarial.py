"""Adversarial inputs: time per MB as input grows, peak memory, and degenerate documents.

    nice -n 19 .venv/bin/python benchmarks/adversarial.py                  # everything (minutes)
    .venv/bin/python benchmarks/adversarial.py --sizes 1,2 --kinds one_line  # a quick look
    .venv/bin/python benchmarks/adversarial.py --probes-only --json

Scaling inputs (``--kinds``), each built at 1, 2, 5 and 10 MB of UTF-8 (``--sizes``):

* ``one_line``   -- the whole document on one line, no punctuation (CJK words and numbers);
* ``paren_lines`` -- nothing but lines of ``（一）``;
* ``dotted``     -- one nested-looking number ``1.1.1.1…``;
* ``dadao``      -- ``达到`` repeated;
* ``baifenzhi``  -- ``百分之`` repeated (a value every three characters, no stop: was quadratic);
* ``list_items`` -- ``12、`` repeated (one list of 10^5+ values: was quadratic);
* ``agency_lists`` -- nothing but labelled lists of agencies, one a line (every line an output item);
* ``target_lines`` -- nothing but target sentences, three targets a line (every clause an output item);
* ``corpus``     -- real work reports concatenated (the baseline a linear parser should match).

Every case runs in a fresh subprocess (so memory figures do not mix) with a time limit, and small sizes
are parsed several times with the best CPU time kept (``--repeat-mb``: on a shared machine a 0.1 s
run is mostly noise); a kind whose
1 MB time already predicts more than the limit at a bigger size is not run at that size.  The
10 MB / 1 MB time ratio must stay <= 12 (linear, with slack for noise) and the tracemalloc peak
<= 10x the input's UTF-8 size.  Next to the peak, ``output`` is what ``parse`` returned, still held
when it returns: on item-dense inputs (``target_lines``: a target every 17 characters, ~1 kB of
pydantic object each) the result alone exceeds 10x, and the rest of the peak is working memory.

Probes: fixed degenerate documents (10^5 lines of ``（一）``, ``1.`` x 10^5, ``达到`` x 5*10^4, a
10^4-digit number followed by ``%``, ``百分之`` with nothing after, a document of only agency lists,
a document of only a footer): no exception, every item grounded, and what came out.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "scale" / "work-reports-2024-txt"
MB = 1_000_000  # bytes of UTF-8

_WORDS = ["推进", "学前教育", "普惠性", "幼儿园", "新建", "改扩建", "城镇", "新增就业", "人数", "覆盖率", "达到",
          "以上", "全市", "12", "95", "2025年", "xx", "万人", "所", "个", "提高", "质量", "建设", "完善", "机制"]


_AGENCIES = ["市教育局", "市财政局", "市人力资源社会保障局", "市卫生健康委", "市住房城乡建设局", "市民政局",
             "市发展改革委", "市自然资源局", "市生态环境局", "市交通运输局", "市农业农村局", "市商务局"]


def _agency_line(i: int) -> str:
    a = _AGENCIES
    return f"（牵头单位：{a[i % 12]}；配合单位：{a[(i + 1) % 12]}、{a[(i + 5) % 12]}、{'东西南北中'[i % 5]}区人民政府）"


def _target_line(i: int) -> str:
    return (f"到{2025 + i % 6}年，全市新建幼儿园{i % 90 + 10}所，学前三年毛入园率达到{90 + i % 9}%以上，"
            f"城镇新增就业人数不少于{i % 7 + 2}.{i % 10}万人。")


def build(kind: str, nbytes: int) -> str:
    """An adversarial document of about ``nbytes`` bytes of UTF-8."""
    if kind == "one_line":
        out, size, i = [], 0, 0
        while size < nbytes:
            w = _WORDS[(i * 7 + i // 3) % len(_WORDS)]
            out.append(w)
            size += len(w.encode())
            i += 1
        return "".join(out)
    if kind == "paren_lines":
        return "（一）\n" * (nbytes // len("（一）\n".encode()))
    if kind == "dotted":
        return "1." * (nbytes // 2)
    if kind == "dadao":
        return "达到" * (nbytes // 6)
    if kind == "baifenzhi":
        return "百分之" * (nbytes // 9)
    if kind == "list_items":
        return "12、" * (nbytes // 5)
    if kind in ("agency_lists", "target_lines"):
        line = _agency_line if kind == "agency_lists" else _target_line
        out, size, i = [], 0, 0
        while size < nbytes:
            out.append(line(i))
            size += len(out[-1].encode()) + 1
            i += 1
        return "\n".join(out)
    if kind == "corpus":
        docs = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
        out, size, i = [], 0, 0
        while size < nbytes and docs:
            out.append(docs[i % len(docs)])
            size += len(out[-1].encode())
            i += 1
        text = "\n".join(out)
        return text[: len(text) * nbytes // max(size, 1)]
    raise ValueError(kind)


PROBES = {
    "paren_lines_1e5": lambda: "（一）\n" * 100_000,
    "dotted_1e5": lambda: "1." * 100_000,
    "dadao_5e4": lambda: "达到" * 50_000,
    "digits_1e4_percent": lambda: "一、总体目标\n到2025年，覆盖率达到" + "1" * 10_000 + "%。\n",
    "digits_1e4_bare": lambda: "新建幼儿园" + "9" * 10_000 + "所",
    "baifenzhi_alone": lambda: "百分之",
    "baifenzhi_at_end": lambda: "一、目标\n全市覆盖率达到百分之",
    "agency_lists_only": lambda: "\n".join(
        f"（牵头单位：市教育局；配合单位：市财政局、市人力资源社会保障局、{n}区人民政府）"
        for n in ("东", "西", "南", "北", "中") * 400
    ),
    "footer_only": lambda: "来源：网络\n版权所有 © 2024 某市人民政府 ICP备12345678号\n扫一扫在手机打开当前页\n"
                           "打印本页 关闭窗口\n- 1 -\n",
}

# --- child: one case in a fresh interpreter ----------------------------------------------


def _grounding_errors(plan: object, text: str) -> int:
    bad = 0
    for it in list(plan.all_targets()) + list(plan.all_responsibilities()):  # type: ignore[attr-defined]
        s, e = it.span
        bad += not (0 <= s <= e <= len(text) and text[s:e] == it.text)
    return bad


def _warm_up(planparse: object) -> None:
    """Parse real text first, so lazy loaders (jieba's dictionary, pydantic validators) are not timed."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:3]]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))
              if "gb18030" not in p.name]
    for t in texts or ["一、总体目标\n（一）扩大资源。到2025年，学前三年毛入园率达到95%以上，新建幼儿园12所。"]:
        planparse.parse(t)  # type: ignore[attr-defined]
    import importlib

    for module, loader, probe in (("planparse.targets", "_tokens", "学前三年毛入园率"),
                                  ("planparse.numerals", "_cn2an", None)):
        fn = getattr(importlib.import_module(module), loader, None)  # private lazy loaders, if still there
        if fn is not None:
            fn(probe) if probe else fn()


def run_case(spec: dict) -> dict:
    """Parse one input; wall/CPU time; tracemalloc peak in a second pass when asked."""
    import resource
    import tracemalloc

    import planparse

    text = PROBES[spec["probe"]]() if "probe" in spec else build(spec["kind"], spec["bytes"])
    nbytes = len(text.encode("utf-8"))
    _warm_up(planparse)
    out: dict = {"chars": len(text), "bytes": nbytes}
    walls, cpus = [], []
    for _ in range(max(1, spec.get("repeat", 1))):  # best of n: short cases are the noisiest
        w, c = time.perf_counter(), time.process_time()
        try:
            plan = planparse.parse(text)
        except Exception as exc:  # noqa: BLE001 - the finding
            out["error"] = f"{type(exc).__name__}: {exc}"[:300]
            return out
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    out["wall_s"], out["cpu_s"], out["runs"] = min(walls), min(cpus), len(cpus)
    out["sections"] = sum(1 for _ in plan.iter_sections())
    targets = plan.all_targets()
    out["targets"] = len(targets)
    out["responsibilities"] = len(plan.all_responsibilities())
    out["grounding_errors"] = _grounding_errors(plan, text)
    out["values"] = [
        {"value": t.value if t.value is None or math.isfinite(t.value) else repr(t.value),
         "value_text_len": len(t.value_text), "unit": t.unit} for t in targets[:3]
    ]
    try:
        plan.model_dump_json()
    except Exception as exc:  # noqa: BLE001
        out["json_error"] = f"{type(exc).__name__}: {exc}"[:200]
    if spec.get("memory"):
        del plan
        tracemalloc.start()
        kept = planparse.parse(text)
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del kept
        out["peak_mb"] = peak / 2**20
        out["peak_over_input"] = peak / max(nbytes, 1)
        # what parse() returned, still held: the part of the peak that is the result, not working memory
        out["output_over_input"] = held / max(nbytes, 1)
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _spawn(spec: dict, limit: float) -> dict:
    try:
        p = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)], capture_output=True, text=True,
                           timeout=limit, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"timeout_s": limit}
    if p.returncode != 0:
        return {"error": p.stderr.strip().splitlines()[-1] if p.stderr.strip() else f"exit {p.returncode}"}
    return json.loads(p.stdout)


# --- parent -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--sizes", default="1,2,5,10", help="MB of UTF-8, comma-separated")
    ap.add_argument("--kinds", default="one_line,paren_lines,dotted,dadao,baifenzhi,list_items,agency_lists,target_lines,corpus")
    ap.add_argument("--memory", default="1,10", help="sizes (MB) whose tracemalloc peak is measured too")
    ap.add_argument("--limit", type=float, default=600, help="seconds a case may take")
    ap.add_argument("--repeat-mb", type=float, default=3.0,
                    help="a size of S MB is parsed round(this / S) times (at least once); its best CPU time counts")
    ap.add_argument("--probes-only", action="store_true")
    ap.add_argument("--no-probes", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(run_case(json.loads(args.child))))
        return 0

    sizes = [float(s) for s in args.sizes.split(",") if s]
    mem_sizes = {float(s) for s in args.memory.split(",") if s}
    report: dict = {"scaling": {}, "probes": {}}
    if not args.probes_only:
        for kind in args.kinds.split(","):
            if kind == "corpus" and not CORPUS.is_dir():
                continue
            rows = report["scaling"][kind] = {}
            for mb in sizes:
                first = rows.get(str(sizes[0]))
                if first and "wall_s" in first and first["wall_s"] * (mb / sizes[0]) ** 2 > args.limit * 3:
                    rows[str(mb)] = {"skipped": "a quadratic extrapolation of the first size exceeds the limit"}
                    continue
                repeat = max(1, round(args.repeat_mb / mb))  # 3 runs at 1 MB, 1 at 5 and 10 MB (default)
                r = _spawn({"kind": kind, "bytes": int(mb * MB), "memory": mb in mem_sizes, "repeat": repeat},
                           args.limit * repeat)
                rows[str(mb)] = r
                if not args.json:
                    _print_scaling_row(kind, mb, r)
                if "wall_s" not in r:
                    break
            a, b = rows.get(str(sizes[0]), {}), rows.get(str(sizes[-1]), {})
            if "cpu_s" in a and "cpu_s" in b and a["cpu_s"] > 0:
                report["scaling"][kind]["ratio"] = b["cpu_s"] / a["cpu_s"]
                if not args.json:
                    print(f"  {kind}: {sizes[-1]:g} MB / {sizes[0]:g} MB CPU time ratio "
                          f"{b['cpu_s'] / a['cpu_s']:.1f} (linear: {sizes[-1] / sizes[0]:g}, limit 12)")
    if not args.no_probes:
        for name in PROBES:
            r = report["probes"][name] = _spawn({"probe": name, "memory": True}, args.limit)
            if not args.json:
                _print_probe(name, r)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


def _print_scaling_row(kind: str, mb: float, r: dict) -> None:
    if "wall_s" not in r:
        print(f"{kind:<12} {mb:5g} MB  {r}", flush=True)
        return
    mem = (f"  peak {r['peak_mb']:7.1f} MB = {r['peak_over_input']:4.1f}x input "
           f"(output {r['output_over_input']:4.1f}x)" if "peak_mb" in r else "")
    print(f"{kind:<12} {mb:5g} MB  {r['chars']:>10,} chars  {r['cpu_s']:7.2f} s CPU  "
          f"{r['cpu_s'] / (r['bytes'] / MB):6.2f} s/MB  {r['chars'] / r['cpu_s']:>10,.0f} chars/s{mem}  "
          f"rss {r['maxrss_mb']:.0f} MB  sections {r['sections']} targets {r['targets']}", flush=True)


def _print_probe(name: str, r: dict) -> None:
    if "wall_s" not in r:
        print(f"probe {name:<20} FAILED {r}", flush=True)
        return
    extra = f" json_error={r['json_error']}" if "json_error" in r else ""
    print(f"probe {name:<20} {r['chars']:>8,} chars {r['cpu_s']:6.2f} s  peak {r.get('peak_over_input', 0):5.1f}x (output {r.get('output_over_input', 0):5.1f}x)  "
          f"sections {r['sections']} targets {r['targets']} responsibilities {r['responsibilities']} "
          f"grounding errors {r['grounding_errors']} values {r['values']}{extra}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
