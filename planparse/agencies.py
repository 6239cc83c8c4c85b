"""Responsibility clauses and agency lists.

Five shapes of assignment are recognised, each a small rule:

* **labelled lists** — ``（牵头单位：A；配合单位：B、C）``, ``责任单位：A、B``, ``【牵头单位】A`` (in
  parentheses or on lines of their own), with deadlines or other fields (``6月底完成``,
  ``完成时限：…``, ``（3分）``) ignored;
* **verb parentheses** — ``（A牵头，B、C配合）``, ``（A、B等负责）``, ``（由A负责）``;
* **bare lists** — ``任务。（A、B）``: a parenthesis of nothing but agency names closing a task;
* **task tables** — ``｜``-separated rows under a header with 牵头单位 / 配合单位 columns;
* **prose** — ``A会同B…``, ``由A牵头…``, ``A、B在职责范围内，分别负责…``, ``X、Y等部门积极配合…``;
  not in regulations (their duty clauses are statutory) nor in government work reports.

Roles follow ANNOTATION.md: 牵头 → lead, 配合/参与/协办 → support, 责任单位/负责 → lead unless a
lead is named in the same assignment (then support) or the document says the first-listed
unit leads (then the first is lead, the others support).  A standalone responsibility line
closes the item it follows, or the chapter when the document only writes such lines after
the last item of a chapter.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from sys import maxsize as len_max

import regex as re

from .lexicon import agencies as lx
from .models import Responsibility
from .normalize import Normalized
from .outline import Node, Outline

# A parenthesis (or 〔…〕, 【…】), with at most one nested level (``各县（市、区）人民政府``).
_PAREN = re.compile(r"[(〔【](?:[^()〔〕【】\n]|\([^()\n]*\))*[)〕】]")
_CHUNK_SEP = frozenset(",;，；")
_SENTENCE = re.compile(r"[^。!?！？;；\n]+")
_NAME_CHARS = re.compile(r"[\p{Han}A-Za-z()、]+")
_ROLE_KEYS = sorted(lx.ROLE_LABELS, key=len, reverse=True)
_ORG_SUFFIXES = tuple(sorted(lx.ORG_SUFFIXES, key=len, reverse=True))
_GEO_SUFFIXES = tuple(sorted(lx.GEO_SUFFIXES, key=len, reverse=True))
_ANY_SUFFIX = _ORG_SUFFIXES + _GEO_SUFFIXES
_SUFFIX_LAST = frozenset(x[-1] for x in _ANY_SUFFIX) | {")"}
_TRAIL_PAREN = re.compile(r"\([^()]*\)$")
_BRACKET_LABEL = re.compile(r"[【\[〔](\p{Han}{2,8})[】\]〕]:?")
_WIDTH = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_BLANK = "\u25a1"  # stands in for a clause already read, so prose rules do not read it again
_PUNCT_STRIP = " \t\u3000。.、,;:：，；【】〔〕[]「」"
_CLAUSE_CUT = "。)】],;"  # a labelled list on a line starts after the last of these before its label


@dataclass(slots=True)
class _Found:
    """An assignment found in the clean text, before its section is decided."""

    start: int
    end: int
    lead: list[str]
    support: list[str]
    standalone: bool = False
    prose: bool = False  # read from a sentence, not from a label, parenthesis or table
    covers_above: bool = False  # a line that says it covers the items above (以上任务责任单位：…)


# --- agency names ------------------------------------------------------------------------


def _core(name: str) -> str:
    """The name without a trailing parenthesised gloss (``各县（市、区）`` → ``各县``)."""
    return _TRAIL_PAREN.sub("", name)


def is_generic(name: str) -> bool:
    """``有关部门``, ``各级政府``, ``其他有关单位``: not an agency name."""
    return bool(lx.GENERIC.fullmatch(name))


def is_agency(name: str, *, geo: bool = False, sector: bool = False) -> bool:
    """Whether ``name`` (folded) reads as one agency.

    ``geo`` accepts administrative areas (``达茂旗``, ``各区``), ``sector`` accepts bare
    sector names (``市场监管``) — both only where the clause shape says "assignment".
    """
    core = _core(name)
    if len(core) < 2 or len(name) > lx.MAX_NAME or core in lx.NOT_AGENCY or lx.NOT_IN_NAME.search(core):
        return False
    if core.endswith(lx.NOT_AGENCY_END) or core in _ANY_SUFFIX:
        return False  # 企业社会, 行业协会; a bare head (中心, 部门) names nobody
    if not _NAME_CHARS.fullmatch(name):
        return False
    if core.endswith(_ORG_SUFFIXES):
        return True
    if core.startswith("各") and core.endswith(_GEO_SUFFIXES):
        return True  # 各区, 各县区: the area governments, whatever the context
    if geo and (core.endswith(_GEO_SUFFIXES) or core.startswith("各")):
        return True
    return sector and len(core) <= 12


# --- list splitting ----------------------------------------------------------------------


def _depth0_split(folded: str, s: int, e: int, seps: frozenset[str]) -> list[tuple[int, int]]:
    """Pieces of ``[s, e)`` between separators outside parentheses."""
    out, depth, start = [], 0, s
    for i in range(s, e):
        ch = folded[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in seps:
            out.append((start, i))
            start = i + 1
    out.append((start, e))
    return out


def _depth(folded: str, s: int, i: int) -> int:
    """Parenthesis depth at ``i`` counting from ``s``."""
    return max(0, folded.count("(", s, i) - folded.count(")", s, i))


def _trim(folded: str, s: int, e: int) -> tuple[int, int]:
    while s < e and folded[s] in _PUNCT_STRIP:
        s += 1
    while e > s and folded[e - 1] in _PUNCT_STRIP:
        e -= 1
    return s, e


def _conj_split(folded: str, s: int, e: int, geo: bool) -> list[tuple[int, int]]:
    """Split ``A和B`` / ``A及B`` when both sides are agencies (``住房和城乡建设局`` stays whole)."""
    depth = 0
    for i in range(s, e - 1):
        ch = folded[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth or i < s + 2:
            continue
        for conj in lx.CONJUNCTIONS:
            if folded.startswith(conj, i):
                left, right = folded[s:i], folded[i + len(conj) : e]
                if is_agency(left, geo=geo and len(left) >= 3) and (
                    is_agency(right, geo=geo) or is_generic(right)
                ):
                    return [(s, i), *_conj_split(folded, i + len(conj), e, geo)]
    return [(s, e)]


def split_agencies(
    folded: str,
    s: int,
    e: int,
    *,
    geo: bool = True,
    sector: bool = False,
    stop_at_invalid: bool = False,
    spaced: Callable[[int], bool] | None = None,
) -> list[tuple[int, int]] | None:
    """Clean ranges of the agencies listed in ``[s, e)``; ``None`` when a piece is not an agency.

    Splits on 、，；, on 和/及 between two agencies, and (``spaced(i)``: the original had spaces
    before clean index ``i``) on spaces after a complete name; keeps ``各区、县级市`` whole; drops a
    trailing 等 / 等部门 and generic entries (``有关部门``).  With ``stop_at_invalid`` the list
    simply ends before the first piece that is not an agency (a deadline after a label).
    """
    s, e = _trim(folded, s, e)
    if s >= e:
        return None
    m = lx.LIST_LEAD_IN.match(folded, s, e)
    if m:
        s = m.end()
    tail = lx.SECTOR_TAIL.search(folded, s, e)
    sector = sector or tail is not None
    pieces = [_trim(folded, a, b) for a, b in _depth0_split(folded, s, e, lx.LIST_SEPARATORS)]
    if spaced is not None:
        pieces = [q for a, b in pieces for q in _space_split(folded, a, b, spaced)] if e - s < 400 else pieces
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if a >= b:
            continue
        bare = folded[slice(*_strip_etc(folded, a, b))]
        if merged and folded[merged[-1][0]] == "各" and lx.AREA_CONTINUES.fullmatch(bare):
            merged[-1] = (merged[-1][0], b)  # 各区、县级市: one entry
            continue
        merged.append((a, b))
    out: list[tuple[int, int]] = []
    for a, b in merged:
        a, b = _strip_etc(folded, a, b)
        if a >= b:
            continue
        if b - a > 2 * lx.MAX_NAME:  # too long for names: a clause
            if stop_at_invalid:
                return out or None
            return None
        for x, y in _conj_split(folded, a, b, geo):
            y = _drop_note(folded, x, y)
            name = folded[x:y]
            if is_generic(name):
                continue
            if _is_area_list(name) or is_agency(name, geo=geo, sector=sector):
                out.append((x, y))
            elif stop_at_invalid:
                return out or None
            else:
                return None
    return out


def _space_split(folded: str, a: int, b: int, spaced: Callable[[int], bool]) -> list[tuple[int, int]]:
    """``市发改委 市财政局`` (spaces dropped by normalisation): split after each complete name."""
    out = []
    for i in range(a + 2, b - 1):
        if folded[i - 1] in _SUFFIX_LAST and _core(folded[a:i]).endswith(_ANY_SUFFIX) and spaced(i):
            out.append((a, i))
            a = i
    out.append((a, b))
    return out


def _drop_note(folded: str, a: int, b: int) -> int:
    """End of a name without a trailing note in parentheses (``市发改委（具体由…负责）``);
    a ``（牵头）`` marker is kept for :func:`_list_groups` to read."""
    if b - a < 3 or folded[b - 1] != ")":
        return b
    m = _TRAIL_PAREN.search(folded, a, b)
    if m is None or m.start() <= a or lx.LEAD_MARK.fullmatch(folded, m.start(), b):
        return b
    inner = folded[m.start() + 1 : b - 1]
    if lx.NOT_IN_NAME.search(inner) or lx.ROLE_VERB.search(inner):
        return _trim(folded, a, m.start())[1]
    return b


def _strip_etc(folded: str, a: int, b: int) -> tuple[int, int]:
    m = lx.TRAILING_ETC.search(folded, a, b)
    if m and m.start() > a:
        b = m.start()
    return _trim(folded, a, b)


def _is_area_list(name: str) -> bool:
    """``各区、县级市`` merged by :func:`split_agencies`."""
    return name.startswith("各") and "、" in name and not lx.NOT_IN_NAME.search(name)


# --- labelled lists ----------------------------------------------------------------------


def _label_role(label: str) -> tuple[str, int] | None:
    """(role, length of the role key) when the Han run before a colon ends with a role label."""
    for key in _ROLE_KEYS:
        if label.endswith(key) and (len(key) > 2 or label == key):
            return lx.ROLE_LABELS[key], len(key)
    return None


def _labels(folded: str, s: int, e: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, colon end) of every ``<Han run>：`` (or ``【牵头单位】``) in ``[s, e)``:
    found from the colons and brackets, so that long runs of Han text cost nothing."""
    found = [(m.start(1), m.end(1), m.end()) for m in _BRACKET_LABEL.finditer(folded, s, e) if _label_role(m.group(1))]
    if found:
        yield from sorted(found + list(_colon_labels(folded, s, e)))
    else:
        yield from _colon_labels(folded, s, e)


def _colon_labels(folded: str, s: int, e: int) -> Iterator[tuple[int, int, int]]:
    pos = folded.find(":", s, e)
    while pos >= 0:
        j = pos
        while j > s and folded[j - 1] in " \t":
            j -= 1
        if j > s and folded[j - 1] == ")":  # 责任单位（部门）：
            k = folded.rfind("(", max(s, j - 8), j)
            j = k if k > s else j
        m = lx.LABEL.search(folded, max(s, j - lx.LABEL_MAX), j)
        if m:
            yield m.start(), m.end(), pos + 1
        pos = folded.find(":", pos + 1, e)


def _after_name(folded: str, start: int, end: int) -> int:
    """Where another field's label starts in a Han run glued to the list before it
    (``市住建局责任领导：`` once spaces are gone → the label starts after ``市住建局``)."""
    for p in range(end - 2, start + 1, -1):
        if is_agency(folded[start:p]):
            return p
    return start


def _labelled(
    folded: str, s: int, e: int, spaced: Callable[[int], bool] | None = None
) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """``[(role, agencies)]`` for the role labels in ``[s, e)``; ``None`` when there is none."""
    marks = []  # (key_start, list_start, role or None)
    for start, end, colon_end in _labels(folded, s, e):
        got = _label_role(folded[start:end])
        if got:
            role, n = got
            marks.append((end - n, colon_end, role))
        else:
            marks.append((_after_name(folded, start, end), colon_end, None))
    if not any(r for _, _, r in marks):
        return None
    groups = []
    for i, (_, ls, role) in enumerate(marks):
        if role is None:
            continue
        le = marks[i + 1][0] if i + 1 < len(marks) else e
        stop = folded.find("。", ls, le)  # a sentence after the list (…负责。具体任务…) is not part of it
        groups += _list_groups(folded, ls, stop if stop >= 0 else le, role, spaced)
    return groups


def _list_groups(
    folded: str, s: int, e: int, role: str, spaced: Callable[[int], bool] | None
) -> list[tuple[str, list[tuple[int, int]]]]:
    """The list after a role label (or under a role column): names, a ``（牵头）`` marker
    that makes one of them lead, or verb chunks (``责任单位：A牵头，B、C配合``)."""
    if any(_depth(folded, s, m.start()) == 0 for m in lx.ROLE_VERB.finditer(folded, s, e)):
        verbs = _verb_paren(folded, s, e)
        if verbs:
            return verbs
    names = split_agencies(folded, s, e, geo=True, stop_at_invalid=True, spaced=spaced) or []
    marked = []
    for k, (a, b) in enumerate(names):
        mk = lx.LEAD_MARK.search(folded, a, b)
        if mk and mk.start() > a:
            names[k] = (a, mk.start())
            marked.append(names[k])
    groups = [("lead", marked)] if marked else []
    groups.append((role, [n for n in names if n not in marked]))
    return groups


# --- tables -------------------------------------------------------------------------------


def _tables(folded: str, limit: int, spaced: Callable[[int], bool]) -> list[tuple[int, int, list]]:
    """Rows of a task table (cells joined by ``｜``) under a header naming role columns
    (``序号｜任务｜牵头单位｜配合单位｜完成时限``): (row start, row end, groups) per row."""
    out = []
    pos = folded.find("|", 0, limit)
    while pos >= 0:
        ls = folded.rfind("\n", 0, pos) + 1
        le = folded.find("\n", pos)
        le = limit if le < 0 or le > limit else le
        header = _depth0_split(folded, ls, le, frozenset("|"))
        roles = [_label_role(folded[a:b].strip().replace(" ", "")) for a, b in header]
        if any(r is not None and len(folded[a:b].strip()) == r[1] for r, (a, b) in zip(roles, header, strict=True)):
            row_s = le + 1
            while row_s < limit:
                row_e = folded.find("\n", row_s)
                row_e = limit if row_e < 0 or row_e > limit else row_e
                cells = _depth0_split(folded, row_s, row_e, frozenset("|"))
                if len(cells) != len(header):
                    break
                groups = []
                for r, (a, b) in zip(roles, cells, strict=True):
                    if r is not None:
                        groups += _list_groups(folded, a, b, r[0], spaced)
                out.append((row_s, row_e, groups))
                row_s = row_e + 1
            le = row_s - 1
        pos = folded.find("|", le + 1, limit) if le + 1 < limit else -1
    return out


# --- verb forms -------------------------------------------------------------------------


def _verb_chunk(folded: str, s: int, e: int, *, strict: bool) -> tuple[str, list[tuple[int, int]]] | None:
    """``A、B牵头`` / ``由A负责`` / ``X等部门积极配合…`` at the start of ``[s, e)``: (role, agencies).

    ``strict`` (prose) needs organisation names (or sector names before 等部门) and allows
    the task after the verb; otherwise (inside parentheses) areas count as agencies and
    only a short tail may follow the verb.
    """
    s, e = _trim(folded, s, e)
    for m in lx.ROLE_VERB.finditer(folded, s, e):
        v0, v1 = m.span()
        if v0 == s:
            return None  # 配合市发改委…: the agency after the verb is the one helped
        tail = folded[v1:e]
        if not strict and len(tail) > 4:
            continue
        by = None
        for b in lx.AGENT_BY.finditer(folded, s, v0):
            by = b
        if by is not None:
            # 由A负责: the agents are right after 由 (lead-in before it is free text)
            if strict and by.start() > s and not _lead_in_ok(folded[s : by.start()]):
                continue
            names = _subject(folded, by.end(), v0, geo=True)
        else:
            names = _subject(folded, s, v0, geo=not strict)
        if names is not None:
            return lx.VERB_ROLE[m.group("verb")], names
        return None
    return None


def _lead_in_ok(text: str) -> bool:
    """Free text before 由 in prose: a short circumstance (``技工院校内``, ``按分工``)."""
    return len(text) <= 8 and not re.search(r"[,;。]", text)


def _subject(folded: str, s: int, v0: int, *, geo: bool) -> list[tuple[int, int]] | None:
    """The agency list in ``[s, v0)`` before a role verb, allowing an adverb or short gap."""
    if v0 - s > 3 * lx.MAX_NAME:
        return None
    for p in range(v0, s + 1, -1):
        rest = folded[p:v0]
        if rest and not (lx.VERB_ADVERB.fullmatch(rest) or _gap(rest)):
            continue
        if p < v0 and folded[p - 1] in "、":
            continue
        names = split_agencies(folded, s, p, geo=geo)
        if names is not None:
            return names
    return None


def _gap(rest: str) -> bool:
    return bool(lx.SUBJECT_GAP.fullmatch(rest))


def _with_clause(folded: str, s: int, e: int, w: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """``A会同B…`` in ``[s, e)`` with 会同 at ``w``: (A as lead, B as support)."""
    s, _ = _trim(folded, s, e)
    lead: list[tuple[int, int]] = []
    if w > s and not lx.WITH_LEAD_IN.fullmatch(folded, s, w):
        got = _subject(folded, s, w, geo=False)  # 市发改委于6月底前会同…
        if got is None:
            return None
        lead = got
    b0 = w + 2
    stop = lx.VERB_STOP.search(folded, b0, e)
    b1 = min(stop.start() if stop else e, b0 + 3 * lx.MAX_NAME)
    support: list[tuple[int, int]] | None = None
    for p in range(b1, b0 + 1, -1):
        got = split_agencies(folded, b0, p, geo=False)
        if got is not None:
            support = got
            break
    if support is None:
        return None
    if not lead and not support:
        return None
    return lead, support


def _bare_list(folded: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """``任务。（市发展改革委、市财政局）``: a parenthesis of nothing but agency names that
    closes a sentence or stands on its own line is the task's list of responsible units.

    Names must be organisations (``市科技局``, ``各县（市、区）人民政府``), not bare areas
    or sectors, and the parenthesis must end its sentence or line, so that a gloss inside
    a sentence (``市政府办公室（市大数据中心）牵头…``) is not read as one.
    """
    if e - s < 4:
        return None  # （一）: no name of two characters fits (every heading number is such a parenthesis)
    after = folded[e] if e < len(folded) else "\n"
    if after not in "\n。;；":
        return None
    k = s
    while k > max(0, s - lx.MAX_NAME) and folded[k - 1] not in "\n。、,;:":
        k -= 1
    if k < s and is_agency(folded[k:s], geo=True):
        return None  # 市政府办公室（市大数据中心）: a second name of the agency before it
    names = split_agencies(folded, s + 1, e - 1, geo=False)
    if not names:
        return None
    return names


def _verb_split(folded: str, s: int, e: int) -> list[tuple[int, int]]:
    """Chunks of a parenthesis: at ，；, and at a 、 right after a role verb (``A牵头、B配合``)."""
    out = []
    for a, b in _depth0_split(folded, s, e, _CHUNK_SEP):
        for m in lx.ROLE_VERB.finditer(folded, a, b):
            if m.end() < b and folded[m.end()] == "、":
                out.append((a, m.end()))
                a = m.end() + 1
        out.append((a, b))
    return out


def _verb_paren(folded: str, s: int, e: int) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """A parenthesis made of ``list + role verb`` chunks (other chunks: deadlines, scores)."""
    groups = []
    pending: list[tuple[int, int]] = []  # a list of names with no verb of its own (``A、B，C负责``)
    for a, b in _verb_split(folded, s, e):
        if not lx.ROLE_VERB.search(folded, a, b):
            names = split_agencies(folded, *_trim(folded, a, b), geo=False)
            if names:
                pending += names
            continue
        got = _verb_chunk(folded, a, b, strict=False)
        if got is None:
            return None
        if pending:
            got = (got[0], pending + got[1])  # the names before it share its verb
            pending = []
        groups.append(got)
    if groups and pending and any(r == "lead" for r, _ in groups):
        groups.append(("support", pending))  # （A牵头，B、C）: the others of an assignment that names a lead
    return groups or None


# --- combining one assignment ----------------------------------------------------------


def _combine(
    chunks: list[tuple[str, list[tuple[int, int]]]], text: str, first_leads: bool, pool: dict[str, str]
) -> tuple[list[str], list[str]]:
    """Roles of one assignment: a named 牵头 turns 负责/责任单位 into support."""
    has_lead = any(r == "lead" and n for r, n in chunks)
    lead: list[str] = []
    support: list[str] = []
    first_done = False
    for role, names in chunks:
        strs = [pool.setdefault(n, n) for n in (text[a:b] for a, b in names)]  # one string per distinct name
        if role == "lead":
            lead += strs
        elif role == "support":
            support += strs
        elif has_lead:
            support += strs
        elif first_leads:
            for s in strs:
                (support if first_done else lead).append(s)
                first_done = True
        else:
            lead += strs
    return lead, support


# --- finding the clauses -----------------------------------------------------------------


def _standalone(folded: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` is all of its line (but for spaces and a final 。)."""
    ls = folded.rfind("\n", 0, s) + 1
    le = folded.find("\n", e)
    le = len(folded) if le < 0 else le
    return not folded[ls:s].strip(" \t。【[〔") and not folded[e:le].strip(" \t。;】]〕")


def _line_end(folded: str, s: int, le: int) -> int:
    """End of a labelled list on a line: the line end, or a 。 that ends the list."""
    stop = folded.find("。", s, le)
    return le if stop < 0 else stop


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` is inside one of ``ranges`` (sorted, not overlapping)."""
    k = bisect_right(ranges, (pos, len_max)) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]


def _find(
    norm: Normalized, limit: int, prose: bool, first_leads: bool, heads: dict[int, int]
) -> list[_Found]:
    """Every assignment in ``[0, limit)``, in text order.

    The passes go from the most to the least explicit shape, and each blanks out what it
    read, so a clause is read once: parentheses, task tables, labelled lines, then prose.
    """
    text, folded = norm.text, norm.folded
    found: list[_Found] = []
    pool: dict[str, str] = {}  # one string per distinct agency name (a long list repeats the same units)

    def spaced(i: int) -> bool:
        """Whether normalisation dropped spaces (and only spaces) before clean index ``i``."""
        o0, o1 = norm.to_orig(i - 1) + 1, norm.to_orig(i)
        return o1 > o0 and not norm.original[o0:o1].strip(" \t\u3000\u00a0")

    masked: list[tuple[int, int]] = []
    # 1. parentheses
    for m in _PAREN.finditer(folded, 0, limit):
        s, e = m.span()
        if folded.find(":", s, e) < 0 and not lx.ROLE_VERB.search(folded, s, e):
            bare = _bare_list(folded, s, e)
            if bare:
                masked.append((s, e))
                lead, support = _combine([("resp", bare)], text, first_leads, pool)
                found.append(_Found(s, e, lead, support, _standalone(folded, s, e)))
            continue
        groups = _labelled(folded, s + 1, e - 1, spaced)
        if groups is None:
            groups = _verb_paren(folded, s + 1, e - 1)
        if groups is None:
            if prose:
                found += _prose(folded, text, s + 1, e - 1, heads, pool)
            masked.append((s, e))
            continue
        masked.append((s, e))
        lead, support = _combine(groups, text, first_leads, pool)
        if lead or support:
            found.append(_Found(s, e, lead, support, _standalone(folded, s, e)))
    # 2. task tables (｜-separated rows under a 牵头单位/配合单位 header)
    for row_s, row_e, groups in _tables(folded, limit, spaced):
        masked.append((row_s, row_e))
        lead, support = _combine(groups, text, first_leads, pool)
        if lead or support:
            found.append(_Found(row_s, row_e, lead, support, False))
    masked.sort()
    # 3. labelled lines outside parentheses and tables
    parens = list(masked)
    starts = sorted(heads)
    lines: list[tuple[int, int, list[tuple[str, list[tuple[int, int]]]]]] = []
    for start, end, colon_end in _labels(folded, 0, limit):
        got = _label_role(folded[start:end])
        if not got or _inside(start, parens) or (lines and start < lines[-1][1]):
            continue
        ls = folded.rfind("\n", 0, start) + 1
        le = folded.find("\n", colon_end)
        le = limit if le < 0 or le > limit else le
        k = bisect_right(starts, start)
        if k < len(starts) and starts[k] < le:
            le = starts[k]  # a heading that starts later on the line (…？一、…) ends the list
            while le > colon_end and folded[le - 1] in "?!。;":
                le -= 1  # with the mark that ends the sentence before it
            if le <= colon_end:
                continue
        s = end - got[1]
        cut = max(folded.rfind(c, ls, s) for c in _CLAUSE_CUT)
        if cut >= ls:
            head = cut + 1
        elif not folded[ls:s].strip(" \t【[〔"):
            head = ls
        elif lx.LABEL_SCOPE.fullmatch(folded[ls:s].strip(" \t【[〔")):
            head = ls  # 以上任务责任单位：… — a scope phrase before the label
        else:
            continue  # a label in mid-sentence without a colon-list shape before it
        end = _line_end(folded, s, le)
        masked.append((head, le))
        groups = _labelled(folded, head, end, spaced)
        if groups:
            h, t = _trim(folded, head, end)
            prev = lines[-1] if lines else None
            if prev and not folded[prev[1] : h].strip(" \t\n【[〔】]〕") and _standalone(folded, h, t) and _standalone(
                folded, prev[0], prev[1]
            ):
                lines[-1] = (prev[0], t, prev[2] + groups)  # 牵头单位：… / 配合单位：… on two lines
            else:
                lines.append((h, t, groups))
    for h, t, groups in lines:
        lead, support = _combine(groups, text, first_leads, pool)
        if lead or support:
            scoped = lx.LABEL_SCOPE.match(folded, h) is not None
            found.append(_Found(h, t, lead, support, _standalone(folded, h, t), covers_above=scoped))
    # 4. prose sentences, with the clauses already read blanked out
    if prose:
        parts, pos = [], 0
        for a, b in sorted(masked):
            a = max(a, pos)
            if b > a:
                parts += [folded[pos:a], _BLANK * (b - a)]
                pos = b
        parts.append(folded[pos:])
        found += _prose("".join(parts), text, 0, limit, heads, pool)
    found.sort(key=lambda f: f.start)
    return found


def _prose(
    folded: str, text: str, s: int, e: int, heads: dict[int, int], pool: dict[str, str]
) -> list[_Found]:
    """Assignments written as sentences in ``[s, e)``.

    ``heads`` maps a heading's start to where its body starts, so that the numbering
    token (``64．``) is not read as part of the first sentence.
    """
    out: list[_Found] = []
    for m in _SENTENCE.finditer(folded, s, e):
        i, j = m.span()
        i = max(i, heads.get(i, i))
        if j > i and (
            lx.ROLE_VERB.search(folded, i, j) or lx.WITH.search(folded, i, j) or lx.DUTY_SUBJECT.search(folded, i, j)
        ):
            out += _prose_sentence(folded, text, i, j, pool)
    return out


def _prose_sentence(folded: str, text: str, s: int, e: int, pool: dict[str, str]) -> list[_Found]:
    """Assignments in one sentence: a chunk joins the previous one only after a 牵头 chunk
    (``A牵头，B、C按职责分工负责``); otherwise every chunk is its own assignment."""
    groups: list[tuple[list[tuple[str, list[tuple[int, int]]]], list[tuple[int, int]]]] = []
    pieces = [p for p in _verb_split(folded, s, e) if p[1] > p[0]]
    k = 0
    while k < len(pieces):
        a, b = pieces[k]
        if lx.DUTY_SCOPE_END.search(folded, a, b) and k + 1 < len(pieces):
            b = pieces[k + 1][1]  # A在职责范围内，分别负责…
            k += 1
        k += 1
        if lx.PAST.search(folded, a, b):
            continue  # 过去五年，A牵头完成了…: a result reported, not a task assigned
        chunks: list[tuple[str, list[tuple[int, int]]]] = []
        w = lx.WITH.search(folded, a, b)
        if w:
            got = _with_clause(folded, a, b, w.start())
            if got:
                if got[0]:
                    chunks.append(("lead", got[0]))
                if got[1]:
                    chunks.append(("support", got[1]))
        elif lx.ROLE_VERB.search(folded, a, b):
            one = _verb_chunk(folded, a, b, strict=True)
            if one and one[1]:
                chunks.append(one)
        elif (duty := lx.DUTY_SUBJECT.search(folded, a, b)) is not None:
            names = _subject(folded, _trim(folded, a, b)[0], duty.start(), geo=True)
            if names:
                chunks.append(("resp", names))  # 各县（市、区）人民政府是…的责任主体
        if not chunks:
            continue
        span = _trim(folded, a, b)
        if groups and chunks[0][0] != "lead" and any(r == "lead" for r, _ in groups[-1][0]):
            groups[-1][0].extend(chunks)
            groups[-1][1].append(span)
        else:
            groups.append((chunks, [span]))
    out = []
    for chunks, spans in groups:
        lead, support = _combine(chunks, text, False, pool)
        if lead or support:
            out.append(_Found(spans[0][0], spans[-1][1], lead, support, False, prose=True))
    return out


# --- sections --------------------------------------------------------------------------


def _parents(outline: Outline) -> dict[int, Node | None]:
    """``id(node)`` → its parent (None for a chapter), for every node of the outline."""
    out: dict[int, Node | None] = {}
    stack: list[tuple[Node, Node | None]] = [(r, None) for r in outline.roots]
    while stack:  # no recursive closure: it would be a reference cycle keeping the outline alive until gc
        n, parent = stack.pop()
        out[id(n)] = parent
        stack.extend((c, n) for c in n.children)
    return out


def _closing_candidates(
    f: _Found, n: Node, parents: dict[int, Node | None], lines: list[int]
) -> list[Node]:
    """Sections a standalone line may close: its own section, and each ancestor it ends too.

    A line after the last item of a chapter ends the item and the chapter, unless an
    earlier item of that chapter has a line of its own (then lines go with items); a line
    between a heading and its first sub-item belongs to that heading only.  ``lines``:
    sorted starts of all standalone lines.
    """
    cands = [n]
    if n.children and f.start < n.children[-1].end:
        return cands  # a lead-in line before the sub-items
    p = parents.get(id(n))
    while p is not None and p.children and p.children[-1] is n:
        k = bisect_right(lines, n.start - 1)
        if k > 0 and lines[k - 1] >= p.start:
            break  # another line in this section before the item: per-item lines
        cands.append(p)
        n, p = p, parents.get(id(p))
    return cands


_ORDINAL_DIGITS = re.compile(r"[0-9０-９]+")
_ORDINAL_HAN = re.compile(r"[一二三四五六七八九十百零〇]+")


def _style(node: Node) -> str:
    """The numbering style of a heading: ``（三）`` → ``(九)``, ``12．`` → ``9.``."""
    return _ORDINAL_HAN.sub("九", _ORDINAL_DIGITS.sub("9", node.number.translate(_WIDTH)))


def _sections(found: list[_Found], outline: Outline) -> list[tuple[int, ...]]:
    """Section path for every assignment.

    Parentheses and prose inside an item belong to that item.  Standalone lines follow the
    document's pattern: the one numbering style (``一、``, ``（一）``, ``1.``) at which every such
    line can close a section, and which leaves the fewest sections of that style without a
    line or in-text assignment (``（牵头责任单位…）`` after the last （N） of each 一、 → the 一、;
    a line after every item → the item); ties go to the deeper style.  A line after an item
    that already has its own parenthesis closes the enclosing section.
    """
    parents = _parents(outline)
    nodes = [outline.node_at(f.start) for f in found]
    # sections that carry their own label or parenthesis inside their text
    inline = {id(n): n for f, n in zip(found, nodes, strict=True) if n is not None and not f.standalone and not f.prose}
    cands: dict[int, list[Node]] = {}
    lines = sorted(f.start for f in found if f.standalone)
    for i, (f, n) in enumerate(zip(found, nodes, strict=True)):
        if f.standalone and n is not None:
            cs = _closing_candidates(f, n, parents, lines)
            # a line after an item that already has its own assignment closes something larger
            cands[i] = [c for c in cs if id(c) not in inline] or cs
    best = None
    if cands:
        styles = {_style(c) for cs in cands.values() for c in cs}
        scored = []
        for st in styles:
            chosen = {id(c): c for cs in cands.values() for c in cs if _style(c) == st}
            chosen.update({k: c for k, c in inline.items() if _style(c) == st})
            attachable = sum(any(_style(c) == st for c in cs) for cs in cands.values())
            groups: dict[int, int] = {}
            for c in chosen.values():
                p = parents.get(id(c))
                siblings = p.children if p is not None else outline.roots
                groups[id(p)] = sum(1 for x in siblings if _style(x) == st)
            coverage = len(chosen) / max(1, sum(groups.values()))
            depth = sum(c.level for c in chosen.values()) / max(1, len(chosen))
            scored.append((attachable, coverage, depth, st))
        best = max(scored)[3]
    owners = {id(n) for n in nodes if n is not None}  # sections an assignment stands in
    paths = []
    for i, n in enumerate(nodes):
        if n is None:
            paths.append(())
            continue
        cs = cands.get(i, [])
        if found[i].covers_above and len(cs) > 1:
            paths.append(cs[1].path)  # 以上任务…: the section whose items it follows, not the last item
            continue
        pick = next((c for c in cs if _style(c) == best), n)
        k = cs.index(pick) if pick in cs else -1
        if 0 <= k < len(cs) - 1 and _alone_among_siblings(pick, parents, owners):
            pick = cs[k + 1]  # the only assignment of its siblings, after the last: it covers their section
        paths.append(pick.path)
    return paths


def _alone_among_siblings(item: Node, parents: dict[int, Node | None], owners: set[int]) -> bool:
    """Whether ``item`` is the last of several siblings and none of the others has an assignment of
    its own (``1、… 2、… （牵头部门：…）`` in a section whose other items have none): the line after it
    then closes the section, even where other sections give every item its own line."""
    p = parents.get(id(item))
    if p is None or len(p.children) < 2 or p.children[-1] is not item:
        return False
    return not any(_owns(c, owners) for c in p.children[:-1])


def _owns(node: Node, owners: set[int]) -> bool:
    """Whether ``node`` or a descendant holds an assignment."""
    return id(node) in owners or any(_owns(c, owners) for c in node.children)


# --- entry point -------------------------------------------------------------------------


def extract_responsibilities(norm: Normalized, outline: Outline) -> list[Responsibility]:
    """Every agency assignment, attached to the section it covers, with original span."""
    folded = norm.folded
    limit = min(outline.body_end, len(folded))
    articles = len(lx.ARTICLE_LINE.findall(folded, 0, limit))
    report = lx.WORK_REPORT_SALUTATION.search(folded, 0, limit) or (
        outline.title is not None and lx.WORK_REPORT_TITLE.search(outline.title)
    )
    prose = articles < lx.REGULATION_MIN_ARTICLES and not report
    first_leads = lx.FIRST_LISTED_LEADS.search(folded) is not None
    heads = {n.start: n.head_end for n in outline.flat()}
    found = _find(norm, limit, prose, first_leads, heads)
    if outline.roots:
        # After the first heading, the text outside every section is an attachment's title lines
        # (附件 / its name, between the main body's last section and the attachment's 一、): not the
        # preamble, and closing no section of the body (the attachment title comes between).
        first = outline.roots[0].start
        found = [f for f in found if f.start < first or outline.node_at(f.start) is not None]
    paths = _sections(found, outline)
    # Pop the findings in text order so each is freed once built: on a document of nothing but
    # agency lists, findings and items side by side were a third of the peak memory.
    out = []
    found.reverse()
    for path in paths:
        f = found.pop()
        out.append(
            Responsibility.built(
                lead=f.lead,
                support=f.support,
                section=list(path),
                text=norm.orig_text(f.start, f.end),
                span=norm.orig_span(f.start, f.end),
            )
        )
    return out
