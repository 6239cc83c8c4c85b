"""Acceptance checks of issue #3 (the command, readers, packaging, docs) and the file-level part of #4.

The two "How it is checked" scenarios are run here end to end: a folder of good files in every
supported format and encoding plus one bad file of each kind the issues name goes through the
command, and every input must come out parsed or reported. Items that other test modules already
specify are referenced, not repeated:

=====================================================  ==================================================
issue item                                             where it is checked
=====================================================  ==================================================
#3 README: two commands work on a fresh machine        test_readme_quick_start_is_two_self_sufficient_
                                                       commands; by hand in a fresh clone (.ci/run's
                                                       header: git clone -q . /tmp/x && /tmp/x/.ci/run)
#3 .ci/run runs exactly the README's test command      test_ci_runs_exactly_the_readme_test_command
#3 console script ``planparse`` + ``python -m``        test_console_script_is_declared_and_installed;
                                                       test_cli::test_python_dash_m_runs_a_folder
#3 ``--help`` shows examples                           test_cli::test_python_dash_m_help_shows_examples;
                                                       test_every_option_of_the_help_is_in_docs_cli
#3 ``planparse parse`` = default; recursive; --glob    test_cli::test_parse_subcommand_is_the_default_
                                                       command, ::test_glob_selects_files_in_folders
#3 formats json / jsonl / csv / tree                   test_cli (test_json_*, test_jsonl_*, test_csv_*,
                                                       test_tree_is_readable_outline)
#3 CSV columns, UTF-8 with BOM                         test_export::test_target_rows_have_exactly_the_
                                                       contract_columns…, ::test_csv_encoding_is_utf8_
                                                       with_bom_for_excel; test_issue3_folder…
#3 -o layout, errors.jsonl, atomic writes              test_cli::test_json_output_dir_mirrors_the_folder_
                                                       layout; test_export::test_interrupted_atomic_
                                                       write…; test_sigint_…
#3 --jobs: input order; progress bar; --quiet          test_cli::test_jobs_2_gives_the_same_output_as_
                                                       jobs_1, ::test_progress_bar_only_on_a_terminal…,
                                                       ::test_quiet_keeps_only_the_summary
#3 every input accounted for; summary; exit 0/1/2      test_issue3_folder…, test_issue4_hostile_folder…;
                                                       test_cli::test_usage_errors_exit_2,
                                                       ::test_all_parsed_exits_0_and_any_failure_exits_1
#3 each error kind                                     test_issue4_hostile_folder… (empty, undecodable,
                                                       corrupt, too_large, permission_denied,
                                                       unsupported_format, not_found);
                                                       test_cli::test_parser_exception_is_parse_error…;
                                                       test_readers::test_missing_extra_names_the_pip_
                                                       command, ::test_is_directory
#3 ``planparse eval`` agrees with score.py             test_evaluate::test_totals_agree_with_score_py_…
#3 ``planparse schema``                                test_cli::test_schema_is_the_plan_json_schema
#3 readers: encodings, --encoding, not confident       test_readers (test_text_encodings_*, test_encoding_
                                                       override, test_undecodable_text_is_refused…)
#3 readers: .docx tables + list numbering; .html       test_readers (test_docx_*, test_html_*, test_pdf_*)
     chrome dropped; .pdf; .doc/.wps unsupported;      test_readers::test_unsupported_formats
#3 extras, message naming the extra                    test_readers::test_missing_extra_names_the_pip_
                                                       command; test_pyproject_extras…
#3 .docx reader vs .txt on the 143 reports             test_readers::test_docx_matches_txt_on_a_corpus_
                                                       sample; benchmarks/docx_vs_txt.py (all 143)
#3 pyproject PEP 621, Python >= 3.10, ranges           test_pyproject_declares_python_and_ranges
#3 samples                                             test_samples
#3 --jobs 2 ≥ 1.6× --jobs 1                            benchmarks/jobs_speedup.py (not a test)
#4 0-byte file, binary .txt, mixed encodings,          test_issue4_hostile_folder_nothing_lost
     truncated / zip-bomb / external-entity .docx,     (one folder, every kind at once, both --jobs 1
     10^5 nested .html tags, encrypted and             and --jobs 2); unit-level cases in test_readers
     image-only .pdf, unreadable file, symlink loop,   (test_docx_truncated_is_corrupt, test_zip_bomb_*,
     names with spaces / Chinese / undecodable bytes,  test_docx_with_dtd_or_external_entities_…,
     file over --max-size                              test_html_100000_nested_tags_do_not_crash,
                                                       test_pdf_encrypted_*) and test_cli
                                                       (test_symlink_loop_…, test_odd_file_names,
                                                       test_undecodable_file_name_…)
#4 SIGINT leaves no partial outputs; rerun identical   test_sigint_leaves_outputs_as_they_were_and_rerun_
                                                       is_identical (a real SIGINT to the process group);
                                                       test_cli::test_rerun_gives_the_same_outputs
#4 nothing lost: parsed + errors == inputs             test_issue3_folder…, test_issue4_hostile_folder…
=====================================================  ==================================================

The unreadable file: the tests may run as root, who can read a ``chmod 000`` file, so the reader's
``open`` is wrapped to refuse files without read permission the way the kernel does for others.
"""

from __future__ import annotations

import builtins
import errno
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planparse import cli, readers
from planparse.export import RESPONSIBILITY_COLUMNS, TARGET_COLUMNS

sys.path.insert(0, str(Path(__file__).parent))
from fixtures_files import (  # noqa: E402
    DocxSpec,
    Level,
    Para,
    Table,
    forge_zip_sizes,
    make_docx,
    make_image_pdf,
    make_pdf,
    replace_in_zip,
)

REPO = Path(__file__).resolve().parents[1]
TITLE = "临江市2025年城乡供水保障工作要点"
BODY = [
    ("一、", 0, "主要目标"),
    ("", None, "全市农村自来水普及率达到98%以上，新建改造供水管网150公里。"),
    ("二、", 0, "重点任务"),
    ("（一）", 1, "强化水源保护。完成县级水源地规范化建设5处。"),
    ("", None, "牵头单位：市水利局；配合单位：市生态环境局"),
    ("（二）", 1, "提升供水水质。农村集中供水工程水质达标率不低于90%。"),
]
DOC = "\n".join([TITLE] + [number + text for number, _, text in BODY]) + "\n"
FORK = multiprocessing.get_start_method() == "fork"
SUMMARY = re.compile(r"^(\d+) files?: (\d+) parsed, (\d+) failed$")


# ---------------------------------------------------------------- building the folders


def _docx(path: Path) -> Path:
    """The document as Word writes it: headings numbered by list numbering (numPr), not typed."""
    levels = [Level("chineseCounting", "%1、", suff="nothing"), Level("chineseCounting", "（%2）", suff="nothing")]
    blocks: list[Para | Table] = [Para(TITLE)]
    blocks += [Para(text, num=None if ilvl is None else (1, ilvl)) for _, ilvl, text in BODY]
    return make_docx(path, DocxSpec(blocks=blocks, lists={1: levels}, nums={1: (1, {})}))


def _html(path: Path) -> Path:
    """A saved government page: navigation, font-size bar, share/print bar and a script around the text."""
    paragraphs = "".join(f"<p>{number}{text}</p>" for number, _, text in BODY)
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE}_临江市人民政府</title>"
        "<script>var _hmt = _hmt || [];</script></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/zwgk/'>政务公开</a> | <a href='/hdjl/'>互动交流</a></div>"
        f"<div class='article'><h1>{TITLE}</h1><div class='info'>【字体：大 中 小】 发布时间：2025-02-14</div>"
        f"<div class='TRS_Editor'>{paragraphs}</div></div>"
        "<div class='share'>分享到： 打印本页 关闭窗口</div><div class='footer'>主办：临江市人民政府办公室</div>"
        "</body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path


def _good_files(root: Path) -> list[Path]:
    """The same document in every supported format and text encoding."""
    files = []
    for name, encoding in [
        ("utf8.txt", "utf-8"),
        ("utf8-bom.txt", "utf-8-sig"),
        ("gb18030.txt", "gb18030"),
        ("utf16-bom.txt", "utf-16"),  # Notepad's "Unicode"
        ("utf16le-nobom.txt", "utf-16-le"),
    ]:
        (root / name).write_bytes(DOC.encode(encoding))
        files.append(root / name)
    files.append(_docx(root / "plan.docx"))
    files.append(_html(root / "page.html"))
    files.append(make_pdf(root / "plan.pdf", [DOC.splitlines()[:4], DOC.splitlines()[4:]]))
    return files


def _unreadable(path: Path) -> Path:
    path.write_text(DOC, encoding="utf-8")
    path.chmod(0)
    return path


@pytest.fixture
def permissions_enforced(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader's open() refuses files without read permission, for root too (see module docstring)."""
    real_open = builtins.open

    def open_as_a_user(file, mode="r", *args, **kwargs):  # noqa: ANN001, ANN202
        if "r" in mode and not os.stat(file).st_mode & 0o444:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(readers, "open", open_as_a_user, raising=False)


@pytest.fixture
def issue3_folder(tmp_path: Path, permissions_enforced: None) -> tuple[Path, list[Path], dict[str, str]]:
    """Issue #3's folder: good files, an empty file, a binary .txt, a corrupt .docx, an unreadable file."""
    root = tmp_path / "policies"
    (root / "2025").mkdir(parents=True)
    good = _good_files(root / "2025")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 16)
    whole = _docx(tmp_path / "whole.docx").read_bytes()
    (root / "corrupt.docx").write_bytes(whole[: len(whole) // 2])  # a download cut short
    _unreadable(root / "unreadable.txt")
    bad = {"empty.txt": "empty", "binary.txt": "undecodable", "corrupt.docx": "corrupt",
           "unreadable.txt": "permission_denied"}
    return root, good, bad


@pytest.fixture
def hostile_folder(issue3_folder, tmp_path: Path) -> tuple[Path, list[Path], dict[str, str], int]:
    """Issue #4's hostile files added to issue #3's folder; returns (root, good, bad kinds, input count)."""
    root, good, bad = issue3_folder
    h = root / "hostile"
    (h / "sub").mkdir(parents=True)
    # Each text half is fine alone; together they are two encodings in one file.
    (h / "mixed-encoding.txt").write_bytes(DOC[:40].encode("utf-8") + DOC[40:].encode("gb18030"))
    whole = _docx(tmp_path / "base.docx")
    (h / "bomb.docx").write_bytes(forge_zip_sizes(whole.read_bytes(), "word/document.xml", 4 * 1024**3 - 1))
    xxe = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<!DOCTYPE w:document [<!ENTITY leak SYSTEM "file:///etc/passwd">]>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&leak;</w:t></w:r></w:p></w:body></w:document>"
    )
    replace_in_zip(whole, h / "external-entity.docx", {"word/document.xml": xxe.encode()})
    nested = "<div><span><table><b>" * 25_000  # 10^5 unclosed tags around the text
    (h / "nested.html").write_text(f"<html><body><p>{TITLE}</p>{nested}{DOC}</body></html>", encoding="utf-8")
    _encrypted_pdf(h / "encrypted.pdf", tmp_path)
    make_image_pdf(h / "scan.pdf")
    (h / "legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    (h / "huge.txt").write_bytes(DOC.encode() * (1024 * 1024 // len(DOC.encode()) + 1))  # over --max-size 1
    os.symlink(h / "gone.txt", h / "dangling.txt")
    os.symlink(root, h / "sub" / "loop")  # a symlink loop back to the top
    for name in ["有 空格 的 文件.txt", "临江市供水工作要点.txt"]:
        (h / name).write_text(DOC, encoding="utf-8")
        good.append(h / name)
    raw = os.path.join(os.fsencode(h), b"bad\xff\xfe-name.txt")
    with open(raw, "wb") as f:  # a name that is not UTF-8 (saved by an old GBK tool)
        f.write(DOC.encode("gb18030"))
    good.append(h / os.fsdecode(b"bad\xff\xfe-name.txt"))
    bad = {**bad, "mixed-encoding.txt": "undecodable", "bomb.docx": "too_large", "external-entity.docx": "corrupt",
           "encrypted.pdf": "corrupt", "scan.pdf": "empty", "legacy.doc": "unsupported_format",
           "huge.txt": "too_large", "dangling.txt": "not_found"}
    good.append(h / "nested.html")  # deep but readable: it must parse, not crash
    return root, good, bad, len(good) + len(bad)


def _encrypted_pdf(path: Path, tmp_path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    for page in PdfReader(make_pdf(tmp_path / "plain.pdf", [DOC.splitlines()])).pages:
        w.add_page(page)
    w.encrypt(user_password="linjiang", owner_password="owner", algorithm="AES-256")
    with open(path, "wb") as f:
        w.write(f)
    return path


# ---------------------------------------------------------------- helpers


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    rc = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def shown(path: Path) -> str:
    """A path as the command prints it (undecodable bytes as \\xNN)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def walk_sections(record: dict) -> list[dict]:
    out, stack = [], list(reversed(record["sections"]))
    while stack:
        sec = stack.pop()
        out.append(sec)
        stack.extend(reversed(sec["children"]))
    return out


def targets_of(record: dict) -> list[dict]:
    return record["targets"] + [t for s in walk_sections(record) for t in s["targets"]]


def responsibilities_of(record: dict) -> list[dict]:
    return record["responsibilities"] + [r for s in walk_sections(record) for r in s["responsibilities"]]


def content(record: dict) -> tuple:
    """What a reader must not change: title, section paths and titles, targets, agencies (not offsets)."""
    return (
        record["title"],
        [(s["path"], s["title"]) for s in walk_sections(record)],
        sorted((t["indicator"], t["value"], t["unit"], t["comparator"]) for t in targets_of(record)),
        sorted((tuple(r["lead"]), tuple(r["support"])) for r in responsibilities_of(record)),
    )


def check_accounting(out: Path, err: str, good: list[Path], bad: dict[str, str], n_inputs: int) -> list[dict]:
    """Every good file parsed, every bad one in errors.jsonl and on stderr; nothing lost; returns the plans."""
    plans = read_jsonl(out / "plans.jsonl")
    errors = read_jsonl(out / "errors.jsonl")
    assert sorted(p["source"] for p in plans) == sorted(shown(g) for g in good)
    assert {Path(e["source"]).name: e["kind"] for e in errors} == bad
    assert len(plans) + len(errors) == n_inputs  # nothing lost
    assert SUMMARY.match(err.splitlines()[-1]).groups() == (str(n_inputs), str(len(plans)), str(len(errors)))
    for e in errors:  # a person reads the file name, the kind and a message on stderr
        assert e["message"].strip()
        line = f"planparse: {e['source']}: {e['kind']}: {e['message']}"
        assert line in err.splitlines()
    return plans


# ---------------------------------------------------------------- issue #3: "How it is checked"


def test_issue3_folder_good_files_parsed_bad_ones_reported_outputs_load_in_pandas(
    capsys, issue3_folder, tmp_path: Path
) -> None:
    pd = pytest.importorskip("pandas")
    root, good, bad = issue3_folder
    rc, _, err = run(capsys, root, "-o", tmp_path / "jsonl", "--jobs", "1")
    assert rc == 1
    plans = check_accounting(tmp_path / "jsonl", err, good, bad, len(good) + len(bad))

    # Every format and encoding gives the same document (the readers lose nothing the parser needs).
    reference = content(plans[0])
    assert reference[0] == TITLE and reference[2] and reference[3]
    assert all(content(p) == reference for p in plans), [p["source"] for p in plans if content(p) != reference]

    df = pd.read_json(tmp_path / "jsonl" / "plans.jsonl", lines=True)
    assert len(df) == len(good) and list(df["source"]) == [p["source"] for p in plans]

    rc, _, _ = run(capsys, root, "-o", tmp_path / "csv", "-f", "csv", "--jobs", "1")
    assert rc == 1
    targets = pd.read_csv(tmp_path / "csv" / "targets.csv", keep_default_na=False)
    resps = pd.read_csv(tmp_path / "csv" / "responsibilities.csv", keep_default_na=False)
    assert tuple(targets.columns) == TARGET_COLUMNS and tuple(resps.columns) == RESPONSIBILITY_COLUMNS
    assert targets.groupby("source").size().to_dict() == {p["source"]: len(targets_of(p)) for p in plans}
    agencies = {p["source"]: sum(len(r["lead"]) + len(r["support"]) or 1 for r in responsibilities_of(p))
                for p in plans}
    assert resps.groupby("source").size().to_dict() == agencies
    assert (tmp_path / "csv" / "targets.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel
    assert read_jsonl(tmp_path / "csv" / "errors.jsonl") == read_jsonl(tmp_path / "jsonl" / "errors.jsonl")


# ---------------------------------------------------------------- issue #4: hostile files, nothing lost


@pytest.mark.parametrize("jobs", [1, pytest.param(2, marks=pytest.mark.skipif(
    not FORK, reason="the permission check reaches worker processes only when they are forked"))])
def test_issue4_hostile_folder_nothing_lost(capsys, hostile_folder, tmp_path: Path, jobs: int) -> None:
    root, good, bad, n_inputs = hostile_folder
    started = time.monotonic()
    rc, _, err = run(capsys, root, "-o", tmp_path / "out", "--all-files", "--max-size", "1", "--jobs", jobs)
    assert rc == 1
    assert time.monotonic() - started < 60  # no hang on the loop, the nested tags or the bomb
    plans = check_accounting(tmp_path / "out", err, good, bad, n_inputs)
    assert all(p["title"] == TITLE and content(p)[2] for p in plans)  # whatever the name, the document is read


# ---------------------------------------------------------------- issue #4: interrupting a run


SLOW_MAIN = """
import pathlib, sys, time
import planparse.parser as parser
from planparse import cli
started, real = pathlib.Path(sys.argv[1]), parser.parse
def slow_parse(text, **kw):
    if "二、重点任务" in text:  # the test's documents, not the command's warm-up text
        started.touch()
        time.sleep(0.25)
    return real(text, **kw)
parser.parse = slow_parse
sys.exit(cli.main(sys.argv[2:]))
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
@pytest.mark.parametrize(("fmt", "jobs"), [("jsonl", 1), ("csv", 2), ("json", 2)])
def test_sigint_leaves_outputs_as_they_were_and_rerun_is_identical(capsys, tmp_path: Path, fmt: str, jobs: int) -> None:
    if jobs > 1 and not FORK:
        pytest.skip("the slowed-down parser reaches worker processes only when they are forked")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for i in range(16):
        (folder / ("sub" if i % 2 else "") / f"{i:02d}.txt").write_text(DOC.replace("150", str(100 + i)),
                                                                       encoding="utf-8")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    assert run(capsys, folder, "-o", out, "-f", fmt, "--jobs", "1")[0] == 0
    before = snapshot(out)

    for target in (out, fresh):  # over the previous run's outputs, and into a new folder
        started = tmp_path / f"started-{target.name}"
        proc = subprocess.Popen(
            [sys.executable, "-c", SLOW_MAIN, str(started), str(folder), "-o", str(target), "-f", fmt,
             "--jobs", str(jobs)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while not started.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)  # a few files into the run
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground process group
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert "interrupted" in err.splitlines()[-1]
    assert snapshot(out) == before  # not one output file changed, no temporary left
    assert not fresh.exists() or snapshot(fresh) == {}

    assert run(capsys, folder, "-o", out, "-f", fmt, "--jobs", str(jobs))[0] == 0
    assert snapshot(out) == before


# ---------------------------------------------------------------- packaging, README, CI, docs


def _quick_start() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start\n.*?```sh\n(.*?)```", readme, re.S)
    assert block, "README has no Quick start sh block"
    return [line for line in block[1].splitlines() if line.strip()]


def test_readme_quick_start_is_two_self_sufficient_commands() -> None:
    install_and_run, test = _quick_start()
    for command in (install_and_run, test):  # each one creates the venv it uses: it works alone
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install -q -e ")
    assert install_and_run.endswith(".venv/bin/planparse samples/ --format tree") and "'.[all]'" in install_and_run
    assert test.endswith(".venv/bin/pytest") and "'.[dev]'" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    declared = re.search(r'^TEST_COMMAND="(.*)"$', script, re.M)
    assert declared and declared[1] == _quick_start()[1]
    assert 'bash -c "$TEST_COMMAND"' in script
    assert os.access(REPO / ".ci" / "run", os.X_OK)


def _pyproject() -> dict:
    tomllib = pytest.importorskip("tomllib")  # Python >= 3.11
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_pyproject_declares_python_and_ranges() -> None:
    project = _pyproject()["project"]
    assert project["requires-python"] == ">=3.10"
    requirements = project["dependencies"] + [r for reqs in project["optional-dependencies"].values() for r in reqs]
    for req in requirements:
        if req.startswith("planparse["):
            continue
        assert ">=" in req, f"{req}: no lower bound"


def test_pyproject_extras_cover_every_reader() -> None:
    extras = _pyproject()["project"]["optional-dependencies"]
    assert set(extras) >= {"docx", "html", "pdf", "all", "dev"}
    assert any(r.startswith("cryptography") for r in extras["pdf"]), "AES-encrypted PDFs need cryptography"
    in_all = {name for req in extras["all"] for name in re.findall(r"[\w-]+", req.partition("[")[2])}
    assert in_all >= {"docx", "html", "pdf"}, "planparse[all] must install every reader"


def test_console_script_is_declared_and_installed() -> None:
    from importlib.metadata import entry_points

    assert _pyproject()["project"]["scripts"] == {"planparse": "planparse.cli:main"}
    scripts = {ep.name: ep.value for ep in entry_points(group="console_scripts")}
    assert scripts.get("planparse") == "planparse.cli:main"


def test_every_option_of_the_help_is_in_docs_cli() -> None:
    docs = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    options = [o for a in cli.parse_parser()._actions for o in a.option_strings if o.startswith("--")]
    assert options and [o for o in options if o not in docs and o not in ("--help", "--version")] == []
    from typing import get_args

    from planparse.errors import ErrorKind

    missing = [k for k in get_args(ErrorKind) if f"`{k}`" not in docs]
    assert missing == [], f"error kinds not documented in docs/cli.md: {missing}"
