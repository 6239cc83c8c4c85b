"""Score parser output against gold files (``planparse-gold/1``, rules of DATA-CONTRACT.md).

The numbers agree with ``tools/score.py`` of the shared corpus:

- sections match on ``path`` (paths are compared as sets: a duplicated path
  counts once); over the matches, the share of equal titles after width
  normalisation;
- targets: only predicted items of kind ``target`` (or without kind) count;
  a pair needs the same value and unit and an indicator similarity ≥ 0.5
  (character F1; 0.8 when one indicator contains the other; at least 0.6 when
  the prediction's span overlaps the gold clause in the document); pairs are
  taken greedily, best similarity first, each item at most once;
- responsibilities: sets of ``(section path, role, normalised agency)`` triples.

Plans are handled as JSON dicts (``plan.model_dump(mode="json")``), so output of
any version of the parser, or of another tool, can be scored.
"""

from __future__ import annotations

import glob
import json
import os
import time
import traceback
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

Json = dict[str, Any]

_WIDTH = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ",", "；": ";", "％": "%", " ": "", "\u3000": ""})
ATTRIBUTES = ("indicator", "comparator", "section", "year", "commitment")
"""Target attributes whose agreement is reported over matched pairs."""


def norm(s: object) -> str:
    """Compare form of a string: NFKC, full-width punctuation folded, spaces dropped; ``None`` → ``""``."""
    if s is None:
        return ""
    return unicodedata.normalize("NFKC", str(s)).translate(_WIDTH).strip()


def char_f1(a: object, b: object) -> float:
    """F1 of the character multisets of two normalised strings."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return 0.0
    common = sum((Counter(na) & Counter(nb)).values())
    if not common:
        return 0.0
    p, r = common / len(na), common / len(nb)
    return 2 * p * r / (p + r)


def indicator_similarity(a: object, b: object) -> float:
    """Character F1, raised to 0.8 when one indicator contains the other."""
    na, nb = norm(a), norm(b)
    sim = char_f1(a, b)
    if na and nb and (na in nb or nb in na):
        sim = max(sim, 0.8)
    return sim


def _first(d: object, *names: str, default: Any = None) -> Any:
    """The first of ``names`` that ``d`` has with a non-null value."""
    if isinstance(d, dict):
        for n in names:
            if d.get(n) is not None:
                return d[n]
    return default


def flatten(plan: Json) -> tuple[list[Json], list[Json], list[Json]]:
    """Sections (depth first), targets and responsibilities, each item with its ``section`` path set."""
    sections: list[Json] = []

    def walk(secs: Iterable[Json] | None) -> None:
        for s in secs or []:
            sections.append(s)
            walk(s.get("children"))

    walk(plan.get("sections"))
    targets: list[Json] = []
    resps: list[Json] = []
    for s in sections:
        path = list(s.get("path") or [])
        for t in s.get("targets") or []:
            targets.append({**t, "section": path if t.get("section") is None else t["section"]})
        rs = s.get("responsibilities")
        if rs is None and s.get("responsibility"):
            rs = [s["responsibility"]]
        for r in rs or []:
            resps.append({**r, "section": path if r.get("section") is None else r["section"]})
    for t in plan.get("targets") or []:
        targets.append({**t, "section": [] if t.get("section") is None else t["section"]})
    for r in plan.get("responsibilities") or []:
        resps.append({**r, "section": [] if r.get("section") is None else r["section"]})
    return sections, targets, resps


def _span(item: Json) -> tuple[int, int] | None:
    sp = item.get("span")
    if not sp:
        return None
    if isinstance(sp, dict):
        return int(sp["start"]), int(sp["end"])
    return int(sp[0]), int(sp[1])


def gold_locations(gold_target: Json, text: str | None) -> list[tuple[int, int]]:
    """Every occurrence of the gold target's clause (``text``, when given) in the document."""
    clause = gold_target.get("text")
    if not clause or text is None:
        return []
    out, i = [], text.find(clause)
    while i >= 0:
        out.append((i, i + len(clause)))
        i = text.find(clause, i + 1)
    return out


def value_match(gold_value: object, pred: Json) -> bool:
    """Masked gold values compare with ``value_text``; numeric ones with ``value``; others as text."""
    gv = norm(gold_value).lower()
    if "x" in gv or "×" in gv:
        return norm(pred.get("value_text")).lower().replace("×", "x") == gv.replace("×", "x")
    try:
        g = float(gv)
    except ValueError:
        return norm(pred.get("value_text")) == gv
    v = pred.get("value")
    if v is None:
        return False
    try:
        return abs(float(v) - g) <= 1e-9 * max(1.0, abs(g))
    except (TypeError, ValueError):
        return False


def unit_match(gold_unit: object, pred: Json) -> bool:
    """The predicted unit equals the gold unit, or one of the gold's accepted spellings."""
    units = gold_unit if isinstance(gold_unit, list) else [gold_unit]
    pu = norm(pred.get("unit"))
    return any(norm(u) == pu for u in units)


Triple = tuple[tuple[int, ...], str, str]


def triples(resps: Iterable[Json]) -> set[Triple]:
    """``(section path, role, agency)`` for every agency named by ``resps``."""
    out: set[Triple] = set()
    for r in resps:
        path = tuple(r.get("section") or [])
        for role in ("lead", "support"):
            for a in r.get(role) or []:
                name = a if isinstance(a, str) else _first(a, "name", "text", default="")
                out.add((path, role, norm(name)))
    return out


@dataclass
class Counts:
    """True positives, predicted and gold counts, with precision/recall/F1."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        return self

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> Json:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "pred": self.pred, "gold": self.gold}


@dataclass
class DocScore:
    """The score of one document, with the items that did not match (for ``--show-errors``)."""

    document: str
    sections: Counts
    titles: int
    targets: Counts
    responsibilities: Counts
    attrs: dict[str, int]
    pairs: int
    missed_targets: list[Json] = field(default_factory=list)
    spurious_targets: list[Json] = field(default_factory=list)
    missed_sections: list[tuple[tuple[int, ...], str]] = field(default_factory=list)
    spurious_sections: list[tuple[tuple[int, ...], str]] = field(default_factory=list)
    wrong_titles: list[tuple[tuple[int, ...], str, str]] = field(default_factory=list)
    missed_responsibilities: list[Triple] = field(default_factory=list)
    spurious_responsibilities: list[Triple] = field(default_factory=list)
    text: str | None = None
    crash: str | None = None
    span_errors: int = 0


def score_document(gold: Json, plan: Json, text: str | None = None, document: str = "") -> DocScore:
    """Score one parsed plan (a JSON dict) against its gold; ``text`` lets gold clauses locate targets."""
    psecs, ptargets, presps = flatten(plan)
    gsec = {tuple(s["path"]): norm(s.get("title")) for s in gold.get("sections", [])}
    psec = {tuple(_first(s, "path", default=[])): norm(_first(s, "title", default="")) for s in psecs}
    common = gsec.keys() & psec.keys()
    titles = sum(gsec[k] == psec[k] for k in common)

    ptargets = [t for t in ptargets if (t.get("kind") or "target") == "target"]
    gtargets: list[Json] = list(gold.get("targets", []))
    cands: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gtargets):
        where = gold_locations(g, text)
        for pi, p in enumerate(ptargets):
            if not (value_match(g["value"], p) and unit_match(g["unit"], p)):
                continue
            sim = indicator_similarity(g["indicator"], p.get("indicator"))
            sp = _span(p)
            if where and sp and any(sp[0] < we and ws < sp[1] for ws, we in where):
                sim = max(sim, 0.6)  # same place in the text, same quantity
            if sim >= 0.5:
                cands.append((sim, gi, pi))
    cands.sort(reverse=True)  # ties: later gold and later prediction first, as score.py does
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _sim, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    attrs = dict.fromkeys(ATTRIBUTES, 0)
    for gi, pi in pairs:
        g, p = gtargets[gi], ptargets[pi]
        attrs["indicator"] += norm(g["indicator"]) == norm(p.get("indicator"))
        attrs["comparator"] += norm(g["comparator"]) == norm(p.get("comparator"))
        attrs["section"] += list(g["section"]) == list(p.get("section") or [])
        attrs["year"] += norm(g.get("year")) == norm(p.get("year"))
        attrs["commitment"] += norm(g.get("commitment")) == norm(p.get("commitment"))

    gr, pr = triples(gold.get("responsibilities", [])), triples(presps)
    return DocScore(
        document=document or str(gold.get("document", "")),
        sections=Counts(len(common), len(psec), len(gsec)),
        titles=titles,
        targets=Counts(len(pairs), len(ptargets), len(gtargets)),
        responsibilities=Counts(len(gr & pr), len(pr), len(gr)),
        attrs=attrs,
        pairs=len(pairs),
        missed_targets=[g for i, g in enumerate(gtargets) if i not in used_g],
        spurious_targets=[p for i, p in enumerate(ptargets) if i not in used_p],
        missed_sections=sorted((k, gsec[k]) for k in gsec.keys() - psec.keys()),
        spurious_sections=sorted((k, psec[k]) for k in psec.keys() - gsec.keys()),
        wrong_titles=sorted((k, gsec[k], psec[k]) for k in common if gsec[k] != psec[k]),
        missed_responsibilities=sorted(gr - pr),
        spurious_responsibilities=sorted(pr - gr),
        text=text,
    )


def count_span_errors(plan: Json, text: str) -> int:
    """Items whose ``span`` does not cut their ``text`` out of the document (the grounding invariant)."""
    _, targets, resps = flatten(plan)
    bad = 0
    for item in targets + resps:
        sp = _span(item)
        if sp is not None and item.get("text") is not None and text[sp[0]:sp[1]] != item["text"]:
            bad += 1
    return bad


@dataclass
class Report:
    """Totals over every scored document."""

    docs: list[DocScore]
    elapsed: float = 0.0
    chars: int = 0

    @property
    def documents(self) -> int:
        return len(self.docs)

    def total(self, name: str) -> Counts:
        out = Counts()
        for d in self.docs:
            out += getattr(d, name)
        return out

    @property
    def crashes(self) -> list[DocScore]:
        return [d for d in self.docs if d.crash is not None]

    def to_json(self, per_document: bool = False) -> Json:
        """The totals, with the keys and rounding of ``score.py --json``; per-document counts on request."""
        npairs = sum(d.pairs for d in self.docs)
        attrs: dict[str, int] = {}
        for d in self.docs:
            for k, v in d.attrs.items():
                attrs[k] = attrs.get(k, 0) + v
        sec = self.total("sections")
        out: Json = {
            "documents": self.documents,
            "crashes": len(self.crashes),
            "span_errors": sum(d.span_errors for d in self.docs),
            "chars_per_s": round(self.chars / self.elapsed) if self.elapsed else None,
        }
        for name in ("sections", "targets", "responsibilities"):
            out[name] = self.total(name).to_json()
        out["target_attrs"] = {k: round(v / npairs, 3) if npairs else None for k, v in attrs.items()}
        out["section_titles"] = round(sum(d.titles for d in self.docs) / sec.tp, 3) if sec.tp else None
        if per_document:
            out["per_document"] = [
                {"document": d.document, "sections": d.sections.to_json(), "targets": d.targets.to_json(),
                 "responsibilities": d.responsibilities.to_json(), "span_errors": d.span_errors,
                 "crash": d.crash}
                for d in self.docs
            ]
        return out


def _default_parse(text: str) -> Json:
    from .parser import parse

    return parse(text).model_dump(mode="json")


def read_document(path: str) -> str:
    """The text a gold file's spans and clauses refer to.

    UTF-8 ``.txt``/``.md`` files are read as ``tools/score.py`` reads them (``newline=""``:
    CRLF stays, a BOM stays); other formats and encodings (``.docx``, ``.html``, GB18030)
    through :func:`planparse.readers.read_text`, where score.py could not read them at all.
    """
    if path.lower().endswith((".txt", ".md")):
        try:
            with open(path, encoding="utf-8", newline="") as f:
                return f.read()
        except UnicodeDecodeError:
            pass
    from .readers import read_text

    return read_text(path)


def evaluate(dirs: Sequence[str], parse: Callable[[str], Json] | None = None) -> Report:
    """Parse the document of every ``*.gold.json`` in ``dirs`` (sorted, as score.py) and score it.

    Documents are read by :func:`read_document` (UTF-8 text as score.py reads it, with
    CRLF kept, as the parser must cope with it). A parser exception is a crash: the document
    scores as an empty plan and the run goes on.
    """
    run = parse or _default_parse
    docs: list[DocScore] = []
    elapsed, chars = 0.0, 0
    for d in dirs:
        for gf in sorted(glob.glob(os.path.join(d, "*.gold.json"))):
            with open(gf, encoding="utf-8") as f:
                gold = json.load(f)
            text = read_document(os.path.join(os.path.dirname(gf), gold["document"]))
            chars += len(text)
            crash = None
            try:
                t0 = time.perf_counter()
                plan = run(text)
                elapsed += time.perf_counter() - t0
            except Exception:
                crash = traceback.format_exc(limit=3)
                plan = {"sections": []}
            score = score_document(gold, plan, text, document=str(gold["document"]))
            score.crash = crash
            score.span_errors = count_span_errors(plan, text)
            docs.append(score)
    return Report(docs, elapsed=elapsed, chars=chars)


# ---------------------------------------------------------------- text output


def _pct(x: float) -> str:
    return f"{x:.3f}"


def format_report(report: Report) -> str:
    """Per-document table, then totals, as plain text."""
    rows = [("document", "sections tp/pred/gold", "titles", "targets tp/pred/gold", "F1", "resp tp/pred/gold", "F1")]
    for d in report.docs:
        s, t, r = d.sections, d.targets, d.responsibilities
        rows.append((
            d.document + (" CRASH" if d.crash else ""),
            f"{s.tp}/{s.pred}/{s.gold}",
            f"{d.titles}/{s.tp}",
            f"{t.tp}/{t.pred}/{t.gold}",
            _pct(t.f1),
            f"{r.tp}/{r.pred}/{r.gold}",
            _pct(r.f1),
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.append("")
    j = report.to_json()
    for name in ("sections", "targets", "responsibilities"):
        o = j[name]
        lines.append(f"{name:17s} P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}  "
                     f"({o['tp']} of {o['gold']} gold, {o['pred']} predicted)")
    lines.append(f"section titles right (share of matched): {j['section_titles']}")
    lines.append(f"target attributes (share of matched): {j['target_attrs']}")
    lines.append(f"documents {j['documents']}  crashes {j['crashes']}  span errors {j['span_errors']}  "
                 f"chars/s {j['chars_per_s']}")
    return "\n".join(lines)


def _context(text: str | None, clause: str | None, span: tuple[int, int] | None, width: int = 24) -> str:
    """The clause with a little text either side, on one line."""
    if text is None:
        return clause or ""
    if span is None and clause:
        i = text.find(clause)
        span = (i, i + len(clause)) if i >= 0 else None
    if span is None:
        return clause or ""
    s, e = span
    snippet = text[max(0, s - width):s] + "【" + text[s:e] + "】" + text[e:e + width]
    return " ".join(snippet.split())


def _path(p: Iterable[int]) -> str:
    return ".".join(map(str, p)) or "-"


def format_errors(report: Report) -> str:
    """Every missed and spurious item per document, with where it stands in the text."""
    out: list[str] = []
    for d in report.docs:
        out.append(f"## {d.document}")
        start = len(out)
        if d.crash:
            out.append("   CRASH " + d.crash.rstrip().replace("\n", "\n         "))
        for path, title in d.missed_sections:
            out.append(f"   MISSED section   {_path(path)} {title}")
        for path, title in d.spurious_sections:
            out.append(f"   SPURIOUS section {_path(path)} {title}")
        for path, g, p in d.wrong_titles:
            out.append(f"   TITLE    section {_path(path)} gold {g!r} predicted {p!r}")
        for g in d.missed_targets:
            out.append(f"   MISSED target    {_path(g.get('section') or [])} {g.get('indicator')} "
                       f"{g.get('comparator')} {g.get('value')} {g.get('unit')}")
            if g.get("text"):
                out.append(f"        in: {_context(d.text, g.get('text'), None)}")
        for p in d.spurious_targets:
            out.append(f"   SPURIOUS target  {_path(p.get('section') or [])} {p.get('indicator')} "
                       f"{p.get('comparator')} {p.get('value_text')} {p.get('unit')}")
            out.append(f"        in: {_context(d.text, p.get('text'), _span(p))}")
        for path, role, agency in d.missed_responsibilities:
            out.append(f"   MISSED resp      {_path(path)} {role} {agency}")
        for path, role, agency in d.spurious_responsibilities:
            out.append(f"   SPURIOUS resp    {_path(path)} {role} {agency}")
        if len(out) == start:
            out.append("   (no errors)")
    return "\n".join(out)
