"""Compare the .docx reader with the plain-text versions of the same documents.

For every ``X.docx`` in ``DOCX_DIR`` with an ``X.txt`` in ``TXT_DIR`` (default: the 143 city work
reports in ``../shared/corpus/scale``), read both with :func:`planparse.read_text` and print the
character-level similarity after whitespace normalisation, then the mean and the minimum.

Similarity is difflib's ratio ``2·M / (|a| + |b|)`` over characters, computed in two steps to stay
fast on 50k-character documents: paragraphs are aligned first, and characters are matched only
inside paragraphs that differ.

    .venv/bin/python benchmarks/docx_vs_txt.py            # per-file table + summary
    .venv/bin/python benchmarks/docx_vs_txt.py --show 3   # also the first differences of the 3 worst
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import sys
import time
from pathlib import Path

from planparse.errors import ReadError
from planparse.readers import read_text

SCALE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scale"


def paragraphs(text: str) -> list[str]:
    """Non-empty lines with all whitespace removed (layout differs between the two versions)."""
    return [s for s in ("".join(line.split()) for line in text.splitlines()) if s]


def similarity(a: list[str], b: list[str]) -> float:
    """Character-level difflib ratio of ``"".join(a)`` and ``"".join(b)``, aligned by paragraph."""
    total = sum(map(len, a)) + sum(map(len, b))
    if total == 0:
        return 1.0
    matched = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            matched += sum(len(s) for s in a[i1:i2])
        elif op == "replace":
            x, y = "".join(a[i1:i2]), "".join(b[j1:j2])
            sm = difflib.SequenceMatcher(None, x, y, autojunk=len(x) + len(y) > 40_000)
            matched += sum(m.size for m in sm.get_matching_blocks())
    return 2 * matched / total


def first_differences(a: list[str], b: list[str], n: int = 3) -> list[str]:
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            out.append(f"  {op}: docx {a[i1:i2][:2]!r:.160}\n  {' ' * len(op)}  txt  {b[j1:j2][:2]!r:.160}")
            if len(out) >= n:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docx-dir", type=Path, default=SCALE / "work-reports-2024-docx")
    ap.add_argument("--txt-dir", type=Path, default=SCALE / "work-reports-2024-txt")
    ap.add_argument("--show", type=int, default=0, help="print the first differences of the N worst files")
    args = ap.parse_args(argv)
    if not args.docx_dir.is_dir() or not args.txt_dir.is_dir():
        print(f"corpus not found: {args.docx_dir} / {args.txt_dir}", file=sys.stderr)
        return 2
    rows: list[tuple[float, str, list[str], list[str]]] = []
    failures = 0
    t_read = 0.0
    n_chars = 0
    for docx_path in sorted(args.docx_dir.glob("*.docx")):
        txt_path = args.txt_dir / (docx_path.stem + ".txt")
        if not txt_path.exists():
            continue
        try:
            t0 = time.perf_counter()
            got = read_text(docx_path)
            t_read += time.perf_counter() - t0
            want = read_text(txt_path)
        except ReadError as e:
            failures += 1
            print(f"{'FAIL':>6}  {docx_path.stem}  {e.kind}: {e.message}")
            continue
        n_chars += len(got)
        a, b = paragraphs(got), paragraphs(want)
        score = similarity(a, b)
        rows.append((score, docx_path.stem, a, b))
        print(f"{score:6.4f}  {docx_path.stem}")
    if not rows:
        print("no pairs compared", file=sys.stderr)
        return 1
    scores = [r[0] for r in rows]
    worst = min(rows, key=lambda r: r[0])
    print(
        f"\nfiles {len(rows)}  failures {failures}  mean {statistics.mean(scores):.4f}  "
        f"median {statistics.median(scores):.4f}  min {worst[0]:.4f} ({worst[1]})  "
        f"≥0.99: {sum(s >= 0.99 for s in scores)}  docx read {n_chars / max(t_read, 1e-9):,.0f} chars/s"
    )
    for score, name, a, b in sorted(rows, key=lambda r: r[0])[: args.show]:
        print(f"\n{name} {score:.4f}")
        print("\n".join(first_differences(a, b)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
