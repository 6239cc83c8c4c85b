"""The planparse command: formats, -o outputs, error accounting, exit codes, parallel runs, odd paths.

Most tests call :func:`planparse.cli.main` in-process; a few run ``python -m planparse``.
Documents are short clauses written for these tests.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import planparse.parser
from planparse import cli
from planparse.export import RESPONSIBILITY_COLUMNS, TARGET_COLUMNS
from planparse.models import Plan, Section, Target

GOOD = "临江市2025年就业工作要点\n一、稳定就业\n（一）扩大就业。城镇新增就业2万人以上。\n（二）兜牢底线。零就业家庭动态清零。\n"
GOOD_2 = "临江市2025年教育工作要点\n一、学前教育\n（一）扩大资源。新建公办幼儿园12所。\n二、义务教育\n（一）优化布局。\n"
SUMMARY = re.compile(r"^(\d+) files?: (\d+) parsed, (\d+) failed$")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


def summary(err: str) -> tuple[int, int, int]:
    last = err.rstrip("\n").splitlines()[-1]
    m = SUMMARY.match(last)
    assert m, f"last stderr line is not the summary: {last!r}"
    return int(m[1]), int(m[2]), int(m[3])


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A folder with two good documents, one in a subfolder."""
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / "jiuye.txt").write_text(GOOD, encoding="utf-8")
    (root / "sub" / "jiaoyu.txt").write_text(GOOD_2, encoding="utf-8")
    return root


@pytest.fixture
def mixed(docs: Path) -> Path:
    """Good documents plus one file of each failure kind the command can meet in a folder."""
    (docs / "empty.txt").write_bytes(b"")
    (docs / "blank.md").write_text("  \n\u3000\n", encoding="utf-8")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (docs / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    return docs


# ---------------------------------------------------------------- formats


def test_jsonl_one_plan_per_line_in_input_order_with_source_as_given(capsys, docs: Path) -> None:
    rc, out, err = run(capsys, docs, "--format", "jsonl")
    assert rc == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in records] == [str(docs / "jiuye.txt"), str(docs / "sub" / "jiaoyu.txt")]
    assert records[0] == {**planparse.parse(GOOD).model_dump(mode="json"), "source": str(docs / "jiuye.txt")}
    assert summary(err) == (2, 2, 0)


def test_default_format_when_piped_is_jsonl(capsys, docs: Path) -> None:
    _, out, _ = run(capsys, docs / "jiuye.txt")
    assert json.loads(out)["sections"][0]["title"] == planparse.parse(GOOD).sections[0].title


def test_json_to_stdout_is_an_object_for_one_file_and_an_array_for_several(capsys, docs: Path) -> None:
    _, one, _ = run(capsys, docs / "jiuye.txt", "--format", "json")
    _, many, _ = run(capsys, docs, "--format", "json")
    assert isinstance(json.loads(one), dict)
    assert [p["source"] for p in json.loads(many)] == [str(docs / "jiuye.txt"), str(docs / "sub" / "jiaoyu.txt")]
    Plan.model_validate(json.loads(one))
    for text in (one, many):  # records rendered in the workers are joined into standard indented JSON
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def test_json_output_dir_mirrors_the_folder_layout(capsys, docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rc, _, _ = run(capsys, docs, "--format", "json", "-o", out)
    assert rc == 0
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["errors.jsonl", "jiuye.txt.json", os.path.join("sub", "jiaoyu.txt.json")]
    plan = json.loads((out / "sub" / "jiaoyu.txt.json").read_text(encoding="utf-8"))
    assert plan["source"] == str(docs / "sub" / "jiaoyu.txt")
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == ""


def test_json_output_dir_keeps_two_inputs_with_the_same_name_apart(capsys, tmp_path: Path) -> None:
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "plan.txt").write_text(GOOD if d == "a" else GOOD_2, encoding="utf-8")
    out = tmp_path / "out"
    run(capsys, tmp_path / "a" / "plan.txt", tmp_path / "b" / "plan.txt", "--format", "json", "-o", out)
    sources = {json.loads(p.read_text(encoding="utf-8"))["source"] for p in out.glob("plan.txt*.json")}
    assert sources == {str(tmp_path / "a" / "plan.txt"), str(tmp_path / "b" / "plan.txt")}


def test_tree_is_readable_outline(capsys, docs: Path) -> None:
    rc, out, _ = run(capsys, docs / "jiuye.txt", "--format", "tree")
    assert rc == 0
    assert out.splitlines()[0] == str(docs / "jiuye.txt")
    for sec in planparse.parse(GOOD).iter_sections():
        assert any(line.strip().startswith(f"{sec.number} {sec.title}") for line in out.splitlines())


def test_csv_output_dir_has_both_files_with_exact_columns_loadable_by_pandas(capsys, docs: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "out"
    rc, stdout, _ = run(capsys, docs, "--format", "csv", "-o", out)
    assert rc == 0 and stdout == ""
    assert (out / "targets.csv").read_bytes().startswith(b"\xef\xbb\xbfsource,")
    targets = pd.read_csv(out / "targets.csv", encoding="utf-8-sig")
    resps = pd.read_csv(out / "responsibilities.csv", encoding="utf-8-sig")
    assert tuple(targets.columns) == TARGET_COLUMNS
    assert tuple(resps.columns) == RESPONSIBILITY_COLUMNS
    expected = sum(len(planparse.parse(t).all_targets()) for t in (GOOD, GOOD_2))
    assert len(targets) == expected


def fake_parse(text: str, *, source: str | None = None) -> Plan:
    """A stand-in parser with one target per line containing 个 (to test the writers with known rows)."""
    if "BOOM" in text:
        raise ValueError("cannot cope")
    if "STOP" in text:
        raise KeyboardInterrupt
    targets = []
    for m in re.finditer(r"[^\n]*个[^\n]*\n?", text):
        targets.append(Target(indicator="示范点", comparator=">=", value=float(len(targets) + 1),
                              value_text=str(len(targets) + 1), unit="个", section=[1],
                              text=m.group(), span=(m.start(), m.end())))
    sec = Section(path=[1], number="一、", level=1, title="示范", span=(0, len(text)), targets=targets)
    return Plan(source=source, sections=[sec])


@pytest.fixture
def fake_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(planparse.parser, "parse", fake_parse)


def test_csv_one_row_per_target_and_newlines_inside_text_survive(capsys, fake_parser, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("建成示范点3个，\n覆盖“东区,西区”\n再建5个\n", encoding="utf-8")
    out = tmp_path / "out"
    run(capsys, tmp_path / "in", "--format", "csv", "-o", out, "--jobs", "1")
    df = pd.read_csv(out / "targets.csv", encoding="utf-8-sig", keep_default_na=False)
    assert len(df) == 2
    assert list(df["text"]) == ["建成示范点3个，\n", "再建5个\n"]
    assert list(df["section_path"].astype(str)) == ["1", "1"]


def test_csv_to_stdout_is_targets_only_with_bom(capsys, docs: Path) -> None:
    _, out, _ = run(capsys, docs, "--format", "csv")
    assert out.startswith("\ufeff" + ",".join(TARGET_COLUMNS))


def test_jsonl_output_dir_loads_with_pandas_one_row_per_document(capsys, docs: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "out"
    run(capsys, docs, "-o", out)  # jsonl is the default with -o
    df = pd.read_json(out / "plans.jsonl", lines=True)
    assert list(df["source"]) == [str(docs / "jiuye.txt"), str(docs / "sub" / "jiaoyu.txt")]


def test_schema_is_the_plan_json_schema(capsys) -> None:
    rc, out, _ = run(capsys, "schema")
    assert rc == 0
    assert json.loads(out) == Plan.model_json_schema()


def test_parse_subcommand_is_the_default_command(capsys, docs: Path) -> None:
    assert run(capsys, "parse", docs, "-f", "jsonl")[1] == run(capsys, docs, "-f", "jsonl")[1]


# ---------------------------------------------------------------- errors and accounting


def errors_by_name(out: Path) -> dict[str, dict]:
    return {Path(r["source"]).name: r for r in read_jsonl(out / "errors.jsonl")}


def test_every_input_is_parsed_or_listed_with_its_error_kind(capsys, mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rc, _, err = run(capsys, mixed, "-o", out, "--all-files")
    assert rc == 1
    errors = errors_by_name(out)
    assert {name: r["kind"] for name, r in errors.items()} == {
        "empty.txt": "empty",
        "blank.md": "empty",
        "binary.txt": "undecodable",
        "notes.doc": "unsupported_format",
    }
    parsed = read_jsonl(out / "plans.jsonl")
    total, n_ok, n_failed = summary(err)
    assert (total, n_ok, n_failed) == (6, 2, 4)
    assert len(parsed) + len(errors) == total
    for name, rec in errors.items():  # each failure is also said on stderr, with kind and a message
        assert rec["message"]
        assert any(name in line and rec["kind"] in line for line in err.splitlines())


def test_without_all_files_unknown_suffixes_in_folders_are_not_inputs(capsys, mixed: Path) -> None:
    _, _, err = run(capsys, mixed)
    assert summary(err) == (5, 2, 3)
    assert "notes.doc" not in err


def test_a_named_file_is_always_tried_whatever_its_suffix(capsys, tmp_path: Path) -> None:
    odd = tmp_path / "plan.text"
    odd.write_text(GOOD, encoding="utf-8")
    rc, out, _ = run(capsys, odd)
    assert rc == 0 and json.loads(out)["source"] == str(odd)


def test_named_doc_file_fails_with_a_reason(capsys, mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rc, _, _ = run(capsys, mixed / "notes.doc", "-o", out)
    assert rc == 1
    assert errors_by_name(out)["notes.doc"]["kind"] in {"unsupported_format", "undecodable", "corrupt"}


def test_damaged_docx_is_corrupt(capsys, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "broken.docx").write_bytes(b"PK\x03\x04 cut short")
    out = tmp_path / "out"
    rc, _, _ = run(capsys, tmp_path / "in", "-o", out)
    assert rc == 1 and errors_by_name(out)["broken.docx"]["kind"] == "corrupt"


def test_missing_file_is_not_found(capsys, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rc, _, err = run(capsys, tmp_path / "nowhere.txt", "-o", out)
    assert rc == 1
    assert errors_by_name(out)["nowhere.txt"]["kind"] == "not_found"
    assert summary(err) == (1, 0, 1)


def test_broken_symlink_and_fifo_in_a_folder_are_reported_not_waited_on(capsys, docs: Path, tmp_path: Path) -> None:
    try:
        os.symlink(docs / "gone.txt", docs / "dangling.txt")
        os.mkfifo(docs / "pipe.txt")
    except (OSError, AttributeError, NotImplementedError):
        pytest.skip("cannot create symbolic links or FIFOs here")
    out = tmp_path / "out"
    rc, _, err = run(capsys, docs, "-o", out)
    errors = errors_by_name(out)
    assert rc == 1 and summary(err) == (4, 2, 2)
    assert errors["dangling.txt"]["kind"] == "not_found" and "symbolic link" in errors["dangling.txt"]["message"]
    assert errors["pipe.txt"]["kind"] == "unsupported_format"


def test_file_over_max_size_is_too_large(capsys, docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rc, _, _ = run(capsys, docs / "jiuye.txt", "--max-size", "0.0001", "-o", out)
    assert rc == 1
    rec = errors_by_name(out)["jiuye.txt"]
    assert rec["kind"] == "too_large" and "--max-size" in rec["message"]


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file_is_permission_denied(capsys, docs: Path, tmp_path: Path) -> None:
    f = docs / "jiuye.txt"
    f.chmod(0)
    try:
        out = tmp_path / "out"
        run(capsys, f, "-o", out)
        assert errors_by_name(out)["jiuye.txt"]["kind"] == "permission_denied"
    finally:
        f.chmod(0o644)


def test_permission_error_from_the_reader_is_permission_denied(capsys, monkeypatch, docs: Path, tmp_path: Path) -> None:
    def deny(path, encoding=None, **kw):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("planparse.readers.read_text", deny)
    out = tmp_path / "out"
    rc, _, _ = run(capsys, docs, "-o", out, "--jobs", "1")
    assert rc == 1
    assert {r["kind"] for r in read_jsonl(out / "errors.jsonl")} == {"permission_denied"}


def test_parser_exception_is_parse_error_and_the_run_goes_on(capsys, fake_parser, docs: Path, tmp_path: Path) -> None:
    (docs / "bad.txt").write_text("一、BOOM\n", encoding="utf-8")
    out = tmp_path / "out"
    rc, _, err = run(capsys, docs, "-o", out, "--jobs", "1")
    assert rc == 1
    rec = errors_by_name(out)["bad.txt"]
    assert rec["kind"] == "parse_error" and "cannot cope" in rec["message"]
    assert summary(err) == (3, 2, 1)


def test_encoding_override(capsys, tmp_path: Path) -> None:
    f = tmp_path / "gbk.txt"
    f.write_bytes(GOOD.encode("gb18030"))
    rc, out, _ = run(capsys, f, "--encoding", "gb18030")
    assert rc == 0
    assert json.loads(out)["sections"] == planparse.parse(GOOD).model_dump(mode="json")["sections"]


# ---------------------------------------------------------------- exit codes


@pytest.mark.parametrize(
    "args",
    [
        [],  # no PATH
        ["--jobs", "0", "x.txt"],
        ["--format", "xml", "x.txt"],
        ["--encoding", "no-such-codec", "x.txt"],
        ["--max-size", "-1", "x.txt"],
    ],
)
def test_usage_errors_exit_2(capsys, args: list[str]) -> None:
    with pytest.raises(SystemExit) as e:
        cli.main(args)
    assert e.value.code == 2


def test_folder_without_inputs_exits_2(capsys, tmp_path: Path) -> None:
    (tmp_path / "readme.doc").write_bytes(b"x")
    rc, _, err = run(capsys, tmp_path)
    assert rc == 2 and "no input files" in err


def test_output_path_that_is_a_file_exits_2(capsys, docs: Path, tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("", encoding="utf-8")
    assert run(capsys, docs, "-o", tmp_path / "taken")[0] == 2


def test_all_parsed_exits_0_and_any_failure_exits_1(capsys, mixed: Path, docs: Path) -> None:
    assert run(capsys, docs / "jiuye.txt")[0] == 0
    assert run(capsys, mixed)[0] == 1


def test_quiet_keeps_only_the_summary(capsys, mixed: Path) -> None:
    _, _, err = run(capsys, mixed, "--quiet")
    assert err.splitlines() == ["5 files: 2 parsed, 3 failed"]


# ---------------------------------------------------------------- atomic outputs and reruns


def test_interrupted_run_leaves_no_half_written_file(capsys, fake_parser, docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "plans.jsonl").write_text("previous run\n", encoding="utf-8")
    (docs / "zz-stop.txt").write_text("一、STOP\n", encoding="utf-8")  # sorted last: interrupts mid-run
    rc, _, err = run(capsys, docs, "-o", out, "--jobs", "1")
    assert rc == 130 and "interrupted" in err
    assert sorted(p.name for p in out.iterdir()) == ["plans.jsonl"]
    assert (out / "plans.jsonl").read_text(encoding="utf-8") == "previous run\n"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "tree"])
def test_rerun_gives_the_same_outputs(capsys, fmt: str, mixed: Path, tmp_path: Path) -> None:
    def snapshot(out: Path) -> dict[str, bytes]:
        return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}

    out = tmp_path / "out"
    run(capsys, mixed, "-o", out, "-f", fmt, "--jobs", "1")
    first = snapshot(out)
    run(capsys, mixed, "-o", out, "-f", fmt, "--jobs", "1")
    assert snapshot(out) == first
    assert not [name for name in first if name.endswith(".tmp")]


# ---------------------------------------------------------------- parallel runs and odd paths


def test_jobs_2_gives_the_same_output_as_jobs_1(capsys, mixed: Path) -> None:
    for i in range(3):
        (mixed / f"copy{i}.txt").write_text(GOOD_2.replace("12", str(10 + i)), encoding="utf-8")
    rc1, one, err1 = run(capsys, mixed, "--jobs", "1")
    rc2, two, err2 = run(capsys, mixed, "--jobs", "2")
    assert (rc1, one) == (rc2, two)
    assert err1.splitlines()[-1] == err2.splitlines()[-1] == "8 files: 5 parsed, 3 failed"


def test_symlink_loop_does_not_hang_and_files_count_once(capsys, docs: Path) -> None:
    try:
        os.symlink(docs, docs / "sub" / "loop")
        os.symlink("..", docs / "sub" / "up")
    except (OSError, NotImplementedError):
        pytest.skip("cannot create symbolic links here")
    _, out, err = run(capsys, docs)
    assert summary(err) == (2, 2, 0)
    assert len(out.splitlines()) == 2


@pytest.mark.parametrize("name", ["有 空格 的 文件.txt", "临江市（2025）工作要点.txt", "a'b\"c.txt"])
def test_odd_file_names(capsys, tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    rc, out, _ = run(capsys, tmp_path)
    assert rc == 0 and json.loads(out)["source"] == str(tmp_path / name)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the file system must accept non-UTF-8 names")
def test_undecodable_file_name_is_parsed_and_shown_escaped(capsys, tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/bad\xff name.txt"
    try:
        with open(raw, "wb") as f:
            f.write(GOOD.encode("utf-8"))
    except OSError:
        pytest.skip("file system refuses non-UTF-8 names")
    out = tmp_path / "out"
    rc, _, err = run(capsys, tmp_path, "-o", out, "-f", "json")
    assert rc == 0, err
    record = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert record["source"].endswith("bad\\xff name.txt")


def test_python_dash_m_help_shows_examples() -> None:
    proc = subprocess.run([sys.executable, "-m", "planparse", "--help"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0
    assert "examples:" in proc.stdout and "planparse eval" in proc.stdout


def test_python_dash_m_runs_a_folder(docs: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "planparse", str(docs), "-f", "jsonl"],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert proc.returncode == 0
    assert proc.stderr.splitlines()[-1] == "2 files: 2 parsed, 0 failed"
    assert len(proc.stdout.splitlines()) == 2


# ---------------------------------------------------------------- selection and progress


def test_glob_selects_files_in_folders(capsys, docs: Path) -> None:
    (docs / "notes.md").write_text(GOOD, encoding="utf-8")
    _, out, err = run(capsys, docs, "--glob", "*.md")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(docs / "notes.md")]
    _, out, _ = run(capsys, docs, "--glob", "sub/*")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(docs / "sub" / "jiaoyu.txt")]


def test_the_same_file_given_twice_is_parsed_once(capsys, docs: Path) -> None:
    _, out, err = run(capsys, docs / "jiuye.txt", docs / "jiuye.txt", docs)
    assert summary(err) == (2, 2, 0)


class _Terminal:
    def isatty(self) -> bool:
        return True

    def write(self, s: str) -> int:
        return len(s)

    def flush(self) -> None:
        pass


def test_progress_bar_only_on_a_terminal_for_several_files_and_not_when_quiet(monkeypatch) -> None:
    pytest.importorskip("tqdm")
    monkeypatch.setattr(sys, "stderr", _Terminal())
    bar = cli._progress(10, quiet=False)
    assert bar is not None
    bar.close()
    assert cli._progress(2, quiet=False) is None
    assert cli._progress(10, quiet=True) is None


def test_progress_falls_back_silently_without_tqdm(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stderr", _Terminal())
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now raises ImportError
    assert cli._progress(10, quiet=False) is None


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork",
    reason="the stand-in parser reaches worker processes only when they are forked",
)
def test_a_file_that_kills_its_worker_is_reported_and_the_run_goes_on(capsys, monkeypatch, tmp_path: Path) -> None:
    def deadly_parse(text: str, *, source: str | None = None) -> Plan:
        if "DIE" in text:
            os._exit(3)  # as a segfault in a C extension or the OOM killer would
        return fake_parse(text, source=source)

    monkeypatch.setattr(planparse.parser, "parse", deadly_parse)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02d}.txt").write_text("一、DIE\n" if i in (3, 9) else f"一、建成{i}个\n", encoding="utf-8")
    out = tmp_path / "out"
    rc, _, err = run(capsys, folder, "-o", out, "--jobs", "2")
    assert rc == 1
    assert summary(err) == (12, 10, 2)
    errors = errors_by_name(out)
    assert set(errors) == {"03.txt", "09.txt"} and {r["kind"] for r in errors.values()} == {"parse_error"}
    assert [Path(r["source"]).name for r in read_jsonl(out / "plans.jsonl")] == [
        f"{i:02d}.txt" for i in range(12) if i not in (3, 9)]


def test_warm_up_leaves_nothing_for_the_first_document_to_load() -> None:
    """--jobs warms the pipeline once (parent before fork, or each worker): jieba, cn2an, the parser."""
    probe = (
        "import sys; from planparse import cli; cli.warm_up(); import jieba;"
        "before = set(sys.modules); import planparse.parser as p;"
        f"p.parse({GOOD + '（三）提高比例。县（市、区）通过国家认定的比例达到80%。'!r});"
        "print(jieba.dt.initialized, sorted(set(sys.modules) - before))"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "[]"]
    assert "prefix dict" not in proc.stderr  # jieba's loading chatter stays off stderr
