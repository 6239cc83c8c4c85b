"""No regular expression of planparse backtracks catastrophically.

Every compiled pattern is collected by walking the globals of every ``planparse`` module (and the
lists, tuples, dicts and dataclasses they hold), so a pattern added tomorrow is covered without
touching this file.  Each one meets worst-case strings of ~10^4 characters:

* long runs of every character class that matters (digits, CJK numerals, ``（``, ``1.``, spaces,
  ``达到`` …), bare and followed by a character that makes the match fail;
* *pumped* strings built from the pattern itself: for every repetition in its syntax tree, a string the
  pattern would match with that repetition taken ~10^4 characters long, then truncated or followed by
  NUL -- the input shape that makes nested quantifiers over overlapping classes explode.

``search``, ``fullmatch`` and ``finditer`` run with the ``regex`` module's ``timeout=`` (TimeoutError on
expiry); patterns of the standard ``re`` module, which has no timeout, run in a subprocess with one.
"""

from __future__ import annotations

import dataclasses
import importlib
import pickle
import pkgutil
import re as std_re
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator

import pytest
import regex

try:  # the stdlib's regex parser, to walk a pattern's syntax tree
    import re._constants as sre_c
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

import planparse

TIMEOUT_S = 2.0  # per call; a linear pattern needs milliseconds on these inputs
SCREEN_N = 500  # the screen that picks which recipes run at full size
SCREEN_TIMEOUT_S = 0.25  # per call at screen size: a linear pattern needs well under 1 ms
N = 10_000  # length of a run

# --- collecting the patterns ----------------------------------------------------------


def _modules() -> Iterator[object]:
    yield planparse
    for info in pkgutil.walk_packages(planparse.__path__, "planparse."):
        if info.name.endswith("__main__"):
            continue  # running it is the command line
        try:
            yield importlib.import_module(info.name)
        except ImportError:  # an optional dependency (docx, pdf, ...) is missing
            continue


def _walk(obj: object, name: str, seen: set[int], depth: int = 0) -> Iterator[tuple[str, object]]:
    if id(obj) in seen or depth > 6:
        return
    seen.add(id(obj))
    if isinstance(obj, (regex.Pattern, std_re.Pattern)):
        yield name, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _walk(v, f"{name}[{k!r}]", seen, depth + 1)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, v in enumerate(obj):
            yield from _walk(v, f"{name}[{i}]", seen, depth + 1)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _walk(getattr(obj, f.name, None), f"{name}.{f.name}", seen, depth + 1)
    elif isinstance(obj, type) and obj.__module__.startswith("planparse"):
        for k, v in vars(obj).items():
            yield from _walk(v, f"{name}.{k}", seen, depth + 1)


def collect_patterns() -> dict[str, regex.Pattern | std_re.Pattern]:
    """Every compiled pattern reachable from a planparse module's globals, by dotted name."""
    found: dict[str, regex.Pattern | std_re.Pattern] = {}
    seen: set[int] = set()
    for mod in _modules():
        for k, v in vars(mod).items():
            if isinstance(v, type(sys)):
                continue  # another module: walked on its own
            for name, pat in _walk(v, f"{mod.__name__}.{k}", seen):
                found.setdefault(name, pat)
    return found


PATTERNS = collect_patterns()

# --- building worst-case strings ------------------------------------------------------

RUNS = [
    "1", "0", "９", "一", "十", "〇", "中", "国", "（", "）", "(", ")", "1.", "1．", "1、", "一、", "（一）", "(1)",
    "①", "第", "第一", "条", "章", " ", "\u3000", "\t", "\n", "\r\n", "达到", "以上", "不低于", "百分之", "%", "‰",
    "x", "X", "×", "x.", ".", "。", "，", "、", "：", ":", "；", "—", "…", "·", "-", "1.1.", "1,", "12.5", "万",
    "《", "》", "牵头", "市教育局", "负责", "局、", "单位：", "a", "a ", "http", "号", "年", "月", "日", "专栏",
]
FAIL_CHARS = ["\x00", "!", "中", "1", "\n"]


def _sre_parse(pattern: str, flags: int) -> object | None:
    """The stdlib syntax tree of a pattern (regex-only syntax such as ``\\p{Han}`` rewritten first)."""
    src = std_re.sub(r"\\[pP]\{Han\}", "[\u4e00-\u9fff]", pattern)
    src = std_re.sub(r"\\[pP]\{[^}]*\}", "[a-z]", src)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "possible nested set" FutureWarnings of the stdlib parser
            return sre_parse.parse(src, flags & (std_re.I | std_re.M | std_re.S | std_re.X | std_re.U))
    except Exception:  # noqa: BLE001 - syntax the stdlib does not know: fall back to the runs
        return None


def _class_chars(items: list) -> list[str]:
    c = sre_c
    reps = {"CATEGORY_DIGIT": "1", "CATEGORY_SPACE": " ", "CATEGORY_WORD": "a", "CATEGORY_NOT_DIGIT": "中",
            "CATEGORY_NOT_SPACE": "中", "CATEGORY_NOT_WORD": "。"}
    out: list[str] = []
    negate = False
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            out.append(chr(av))
        elif op is c.RANGE:
            out += [chr(av[0]), chr(av[1])]
        elif op is c.CATEGORY:
            out.append(reps.get(str(av), "a"))
    if negate:
        return [c for c in "中a1 。（x" if c not in out][:2] or ["\x01"]
    return out or ["a"]


def _examples(sub: object, pump: int | None, n: int, k: int = 3) -> list[str]:
    """Up to ``k`` strings matched by ``sub``; the repeat whose id is ``pump`` is taken ~``n`` chars long."""
    c = sre_c
    possessive = getattr(c, "POSSESSIVE_REPEAT", None)  # Python >= 3.11
    seq: list[list[str]] = []
    for op, av in sub:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            alts = [chr(av)]
        elif op is c.NOT_LITERAL:
            alts = ["a" if av != ord("a") else "b"]
        elif op is c.ANY:
            alts = ["a"]
        elif op is c.IN:
            alts = _class_chars(av)
        elif op is c.BRANCH:
            alts = [e for alt in av[1] for e in _examples(alt, pump, n, 1)] or [""]
        elif op is c.SUBPATTERN:
            alts = _examples(av[-1], pump, n, k)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or (possessive is not None and op is possessive):
            lo, hi, body = av
            bodies = _examples(body, pump, n, k) or [""]
            if id(av) == pump:
                alts = [b * min(hi, max(lo, n // max(len(b), 1))) for b in bodies if b]
            else:
                alts = [b * max(lo, 1) for b in bodies]
        elif op is getattr(c, "ATOMIC_GROUP", None):
            alts = _examples(av, pump, n, k)
        elif op is c.GROUPREF_EXISTS:
            alts = _examples(av[1], pump, n, k)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT, c.GROUPREF):
            alts = [""]
        else:
            alts = [""]
        seq.append(alts or [""])
    if not seq:
        return [""]
    width = min(k, max(len(a) for a in seq))
    return ["".join(a[i % len(a)] for a in seq) for i in range(width)]


def _repeats(sub: object) -> Iterator[tuple]:
    """Every repetition node ``(lo, hi, body)`` of a syntax tree that can be pumped long."""
    for _op, av in sub:  # type: ignore[attr-defined]
        children = []
        if isinstance(av, tuple) and len(av) == 3 and isinstance(av[0], int) and hasattr(av[2], "data"):
            if av[1] - av[0] >= 20:  # {1,6} cannot be pumped; + * {0,60} can
                yield av
            children = [av[2]]
        elif isinstance(av, tuple) and av and hasattr(av[-1], "data"):
            children = [av[-1]]
        elif isinstance(av, tuple) and len(av) == 2 and isinstance(av[1], list):
            children = [a for a in av[1] if hasattr(a, "data")]
        elif hasattr(av, "data"):
            children = [av]
        for ch in children:
            yield from _repeats(ch)


def _consumes_run(pat: regex.Pattern | std_re.Pattern, run: str) -> bool:
    """Whether the pattern can eat a long stretch of ``run`` repeated (else the run cannot make it backtrack).

    Checked on a short sample with ``partial=True`` (a match may continue past the sample's end).
    """
    sample = run * 24
    if isinstance(pat.pattern, bytes):
        sample = sample.encode("utf-8")  # type: ignore[assignment]
    rx = pat if isinstance(pat, regex.Pattern) else regex.compile(pat.pattern, pat.flags)
    try:
        return any(m.end() - m.start() >= 8 * len(run) for m in rx.finditer(sample, partial=True, timeout=1))
    except TimeoutError:
        return True


def attack_strings(pat: regex.Pattern | std_re.Pattern, n: int = N) -> dict[tuple, str]:
    """Worst-case inputs of ~``n`` chars for one pattern, by recipe: runs it can consume, and strings
    pumped from its own syntax tree (same recipes for every ``n``, so a screen at small ``n`` picks
    the recipes worth running at full size)."""
    source = pat.pattern.decode("utf-8", "replace") if isinstance(pat.pattern, bytes) else pat.pattern
    literal_chars = sorted({c for c in source if ord(c) > 127} - set("".join(RUNS)))
    out: dict[tuple, str] = {}
    for r in RUNS + literal_chars:
        if _consumes_run(pat, r):
            run = r * (n // len(r))
            out[("run", r)] = run
            out[("run+nul", r)] = run + "\x00"
            out[("cjk+run+nul", r)] = "中" + run + "\x00"
    tree = _sre_parse(source, pat.flags)
    if tree is not None:
        for i, rep in enumerate(_repeats(tree)):
            for j, s in enumerate(_examples(tree, id(rep), n)):
                if len(s) < n // 10:
                    continue  # the repetition could not be pumped (bounded by the pattern)
                out[("pump", i, j, "")] = s
                out[("pump", i, j, "-1")] = s[:-1]
                out[("pump", i, j, "head")] = s[: len(s) * 9 // 10] + "\x00"
                for f in FAIL_CHARS:
                    out[("pump", i, j, f)] = s + f
    return out


def nested_quantifiers(pat: regex.Pattern | std_re.Pattern) -> list[str]:
    """Repetitions of unbounded length nested inside another unbounded one (static audit)."""
    source = pat.pattern.decode("utf-8", "replace") if isinstance(pat.pattern, bytes) else pat.pattern
    tree = _sre_parse(source, pat.flags)
    if tree is None:
        return []
    found: list[str] = []
    for lo, hi, body in _repeats(tree):
        for ilo, ihi, _ in _repeats(body):
            if hi > 1000 and ihi > 1000:
                found.append(f"{{{ilo},{ihi}}} inside {{{lo},{hi}}}")
    return sorted(set(found))


# --- running with a bound -----------------------------------------------------------------


METHODS = ("search", "fullmatch", "finditer")


def _call(pat: regex.Pattern, how: str, s: str, timeout: float) -> float:
    """Seconds one call takes (``timeout`` + 1 when it hit the bound)."""
    subject = s.encode("utf-8") if isinstance(pat.pattern, bytes) else s
    t = time.perf_counter()
    try:
        if how == "finditer":
            for _ in pat.finditer(subject, timeout=timeout):
                pass
        else:
            getattr(pat, how)(subject, timeout=timeout)
    except TimeoutError:
        return timeout + 1
    return time.perf_counter() - t


def _time_regex(pat: regex.Pattern, screen_n: int = SCREEN_N, keep: int = 6) -> tuple[float, str]:
    """Worst seconds of a search / fullmatch / finditer call on a ~N-char worst-case string, and which.

    Every recipe and method is screened at ``screen_n`` chars; the ``keep`` slowest run at full size."""
    timed = []
    for key, s in attack_strings(pat, screen_n).items():
        for how in METHODS:
            t = _call(pat, how, s, SCREEN_TIMEOUT_S)
            timed.append((t, key, how))
            if t > SCREEN_TIMEOUT_S:
                break  # super-linear already at screen size: this is the call to run at full size
        if timed[-1][0] > SCREEN_TIMEOUT_S:
            break
    timed.sort(reverse=True)
    big = attack_strings(pat, N)
    worst, what = 0.0, "no input it can consume"
    for _, key, how in timed[:keep]:
        if key not in big:
            continue
        t = _call(pat, how, big[key], TIMEOUT_S)
        if t >= worst:
            worst, what = t, f"{how} on {big[key][:16]!r}… ({len(big[key])} chars, recipe {key})"
        if t > TIMEOUT_S:
            break
    return worst, what


_STD_RUNNER = r"""
import pickle, re, sys, time
pattern, flags, small, big, methods, keep = pickle.load(sys.stdin.buffer)
p = re.compile(pattern, flags)
enc = (lambda s: s.encode("utf-8")) if isinstance(pattern, bytes) else (lambda s: s)
def call(how, s):
    t = time.perf_counter()
    if how == "finditer":
        for _ in p.finditer(s):
            pass
    else:
        getattr(p, how)(s)
    return time.perf_counter() - t
timed = []
for i, s in enumerate(small):
    for how in methods:
        timed.append((call(how, enc(s)), i, how))
    if timed[-1][0] > 0.25:
        break
timed.sort(reverse=True)
worst = (0.0, -1, "")
for _, i, how in timed[:keep]:
    worst = max(worst, (call(how, enc(big[i])), i, how))
    print(*worst, flush=True)
"""


def _time_std(pat: std_re.Pattern, screen_n: int = SCREEN_N, keep: int = 6) -> tuple[float, str]:
    """The same for a stdlib ``re`` pattern, which has no ``timeout=``: in a subprocess killed at a bound."""
    small, big = attack_strings(pat, screen_n), attack_strings(pat, N)
    keys = [k for k in small if k in big]
    data = pickle.dumps((pat.pattern, pat.flags, [small[k] for k in keys], [big[k] for k in keys], METHODS, keep))
    bound = TIMEOUT_S * 3
    try:
        out = subprocess.run([sys.executable, "-c", _STD_RUNNER], input=data, capture_output=True,
                             timeout=bound, check=True).stdout.decode()
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode()
        last = out.split("\n")[-2].split(" ") if out.count("\n") else ["0", "-1", "?"]
        return bound, f"stdlib re: over {bound} s in all (worst finished call {float(last[0]):.2f} s, {last[2]} " \
                      f"on recipe {keys[int(last[1])] if int(last[1]) >= 0 else '?'})"
    if not keys:
        return 0.0, "no input it can consume"
    t, i, how = out.split("\n")[-2].split(" ")
    return float(t), f"stdlib re: {how} on {big[keys[int(i)]][:16]!r}… (recipe {keys[int(i)]})"


def worst_time(pat: regex.Pattern | std_re.Pattern) -> tuple[float, str]:
    """Worst seconds a call takes on worst-case input, with a description of that call."""
    return _time_regex(pat) if isinstance(pat, regex.Pattern) else _time_std(pat)


# --- tests -----------------------------------------------------------------------------------


def test_patterns_are_collected() -> None:
    """The walk finds the patterns of every stage (guards against an empty, vacuous audit)."""
    assert len(PATTERNS) >= 10
    modules = {name.split("[")[0].rsplit(".", 1)[0] for name in PATTERNS}
    assert "planparse.normalize" in modules


def test_harness_catches_a_catastrophic_pattern() -> None:
    """The pumped inputs do find the classic exponential pattern, so a pass below means something."""
    worst, what = worst_time(regex.compile(r"(?:a|aa)+$"))
    assert worst > TIMEOUT_S, what


# Patterns known to be super-linear when this file was last run, with the finding for their owner.
KNOWN_SLOW: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=False, reason=KNOWN_SLOW[n])) if n in KNOWN_SLOW else n
        for n in sorted(PATTERNS)
    ],
)
def test_pattern_is_linear_on_worst_case_input(name: str) -> None:
    """No call on a ~10^4-character worst-case string comes near the bound (a linear one takes ms)."""
    worst, what = worst_time(PATTERNS[name])
    assert worst < TIMEOUT_S, f"{name}: {what}: {worst:.2f} s"
