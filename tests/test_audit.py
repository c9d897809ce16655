"""`newslint audit` on a real Dask cluster (distributed.LocalCluster, two worker processes)
over a generated archive of 20,000+ short articles, in Parquet and in JSON Lines, whose
defects are injected at known places: the audit must report exactly those, agree between
the two formats, and agree with the single-process path (lint_text in a loop) and with
`newslint check` on a folder of the same articles.

The generator (make_archive, write_parquet, write_jsonl) is also what bench/audit_speed.py
measures on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

try:
    import distributed  # noqa: F401
    import pyarrow  # noqa: F401

    HAVE_ARCHIVE = True
except ImportError:
    HAVE_ARCHIVE = False

needs_archive = pytest.mark.skipif(
    not HAVE_ARCHIVE,
    reason="dask[distributed] and pyarrow are not installed (the archive extra: pip install '.[archive]')",
)

ARTICLES = 20_000
PARTITION = 2_000

# -- the generated archive ------------------------------------------------------------------

CITIES = ["Brookfield", "Port Allard", "Riverton", "Millbrook", "Eastvale", "Kingsford", "Ashby", "Lakemont"]
FIRST = ["Elena", "Marcus", "Priya", "Tomas", "Grace", "Samuel", "Aisha", "Jonah"]
LAST = ["Vasquez", "Okafor", "Lindqvist", "Haddad", "Moreau", "Brennan", "Tanaka", "Castillo"]
OUTLETS = ["Valley Courier", "Harbor Ledger", "Metro Wire"]

# Clean copy: each template lints to no finding at all (test_templates_are_clean).
TEMPLATES = [
    ("{city} council approves ${n} million budget for road repairs", [
        "The {city} City Council approved a ${n} million budget on Tuesday that pays for road repairs and two new parks.",
        "The plan passed after a short public hearing in which residents asked about bus routes and street lighting.",
        "\"We have waited a long time for this,\" said {first} {last}, who chairs the finance committee.",
        "Work on the first streets is expected to begin in the spring, the city engineer's office said.",
    ]),
    ("{city} library to extend opening hours after survey", [
        "The public library in {city} will stay open until 9 p.m. on weekdays from next month, its board said on Monday.",
        "A survey of {m} residents found that most wanted evening hours for study and job searches.",
        "\"People told us clearly what they needed,\" said {first} {last}, the library's director.",
        "The change will be paid for from the existing budget, according to the board.",
    ]),
    ("Storm knocks out power to homes in {city}", [
        "A storm brought down trees and power lines across {city} overnight, leaving {m} homes without electricity, the utility said.",
        "Crews worked through the morning to restore service, and most customers had power again by noon.",
        "\"Our teams were out as soon as the wind dropped,\" said {first} {last}, a spokesperson for the utility.",
        "The weather service said calmer conditions were expected for the rest of the week.",
    ]),
    ("{city} school board hires {n} new teachers", [
        "The {city} school board voted on Thursday to hire {n} teachers for the coming year, the district said.",
        "The new staff will start in August and will reduce class sizes in the early grades.",
        "\"Smaller classes make a real difference for young readers,\" said {first} {last}, the board's chair.",
    ]),
]

# Injected defects: (rule, every, remainder) - article i carries the defect when i % every == remainder.
DEFECTS = {"PH002": (7, 3), "JK001": (11, 5), "SC001": (13, 6), "AT001": (17, 8)}
SOURCED = (19, 2)  # a casualty figure with its source: must not be flagged


def make_article(i: int, rng: random.Random) -> tuple[dict, list[str]]:
    """One article as a row (id, headline, byline, body, date, outlet, url) and the rules
    its injected defects must trigger, once each."""
    headline, paragraphs = TEMPLATES[i % len(TEMPLATES)]
    values = dict(city=rng.choice(CITIES), first=rng.choice(FIRST), last=rng.choice(LAST),
                  n=rng.randint(12, 95), m=rng.randint(120, 900))
    headline = headline.format(**values)
    body = [p.format(**values) for p in paragraphs]
    expected = []
    if i % DEFECTS["PH002"][0] == DEFECTS["PH002"][1]:
        body[1] += " The final cost is TK."
        expected.append("PH002")
    if i % DEFECTS["AT001"][0] == DEFECTS["AT001"][1]:
        body.insert(2, f"At least {rng.randint(3, 40)} people were killed in a crash on the highway outside the city on Sunday.")
        expected.append("AT001")
    elif i % SOURCED[0] == SOURCED[1]:
        body.insert(2, f"At least {rng.randint(3, 40)} people were killed in a crash on the highway outside the city on Sunday, police said.")
    if i % DEFECTS["SC001"][0] == DEFECTS["SC001"][1]:
        body.insert(0, "Meta description: Read the latest local news from our newsroom.")
        expected.append("SC001")
    if i % DEFECTS["JK001"][0] == DEFECTS["JK001"][1]:
        body.append("You may also like")
        expected.append("JK001")
    row = {
        "id": f"a{i:06d}",
        "headline": headline,
        "byline": None if i % 5 == 4 else f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "body": "\n\n".join(body),
        "date": dt.date(2023 + (i % 24) // 12, 1 + i % 12, 1 + i % 28),
        "outlet": OUTLETS[i % len(OUTLETS)],
        "url": f"https://news.example/{i}",
    }
    return row, sorted(expected)


def make_archive(n: int = ARTICLES, seed: int = 7) -> tuple[list[dict], dict[str, list[str]]]:
    rng = random.Random(seed)
    rows, expected = [], {}
    for i in range(n):
        row, rules = make_article(i, rng)
        rows.append(row)
        expected[row["id"]] = rules
    return rows, expected


EMPTY_ROW = {"id": "empty-1", "headline": "", "byline": None, "body": "", "date": None, "outlet": "Metro Wire", "url": None}

# The Parquet archive uses its own column names (read through --columns) and hive folders
# per outlet (outlet=Metro Wire/...), so the outlet comes from the folder name.
PARQUET_COLUMNS = {"id": "story_id", "headline": "title", "body": "text", "date": "published"}


def write_parquet(rows: list[dict], folder: Path, row_group_size: int = 5000) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    renamed = {v: k for k, v in PARQUET_COLUMNS.items()}
    for outlet in OUTLETS:
        part = folder / f"outlet={outlet}"
        part.mkdir(parents=True, exist_ok=True)
        subset = [{PARQUET_COLUMNS.get(k, k): v for k, v in r.items() if k != "outlet"} for r in rows if r["outlet"] == outlet]
        schema = pa.schema([(name, pa.date32() if name == "published" else pa.string())
                            for name in (PARQUET_COLUMNS.get(k, k) for k in ("id", "headline", "byline", "body", "date", "url"))])
        assert set(renamed) <= set(schema.names)
        pq.write_table(pa.Table.from_pylist(subset, schema=schema), part / "part-0.parquet", row_group_size=row_group_size)
    return folder


def write_jsonl(rows: list[dict], path: Path, bad_lines: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i, row in enumerate(rows):
            out.write(json.dumps({**row, "date": row["date"].isoformat() if row["date"] else None}) + "\n")
            if i < bad_lines:
                out.write("{this line is not json\n")
    return path


def article_text(row: dict) -> str:
    from newslint.audit import row_text

    return row_text(row["headline"], row["byline"], row["body"])


# -- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as local, Client(local) as client:
        yield local, client


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    rows, expected = make_archive()
    write_parquet(rows + [EMPTY_ROW], folder / "stories.parquet")
    write_jsonl(rows + [EMPTY_ROW], folder / "stories.jsonl", bad_lines=1)
    return folder, rows, expected


def read_findings(out: Path) -> list[dict]:
    import pyarrow.dataset as ds

    rows = ds.dataset(out / "findings", format="parquet").to_table().to_pylist()
    return sorted(rows, key=lambda r: (r["article_id"], r["line"], r["column"], r["end_line"], r["end_column"], r["rule"]))


@pytest.fixture(scope="module")
def parquet_run(cluster, archive, tmp_path_factory):
    from newslint.audit import audit

    folder, _, _ = archive
    out = tmp_path_factory.mktemp("parquet-audit")
    summary = audit(folder / "stories.parquet", out, columns=PARQUET_COLUMNS,
                    scheduler=cluster[0].scheduler_address, partition_size=PARTITION)
    return summary, read_findings(out), out


@pytest.fixture(scope="module")
def jsonl_run(cluster, archive, tmp_path_factory):
    from newslint.audit import audit

    folder, _, _ = archive
    out = tmp_path_factory.mktemp("jsonl-audit")
    summary = audit(folder / "stories.jsonl", out, client=cluster[1], partition_size=PARTITION)
    return summary, read_findings(out), out


# -- what the audit finds -------------------------------------------------------------------


def test_templates_are_clean():
    """The generator's premise: without injected defects an article has no finding."""
    from newslint.engine.config import Config
    from newslint.engine.lint import lint_text

    rng = random.Random(1)
    for i in range(len(TEMPLATES) * 5):
        row, expected = make_article(i * 19 * 17 * 13 * 11 * 7 + 1, rng)  # i % every never hits a defect
        assert expected == []
        assert lint_text(article_text(row), path=f"{row['id']}.txt", config=Config()) == []


def _check_injected(summary, findings, expected, unreadable):
    got = {}
    for f in findings:
        got.setdefault(f["article_id"], []).append(f["rule"])
    want = {article: rules for article, rules in expected.items() if rules}
    assert {a: sorted(r) for a, r in got.items()} == want
    injected = Counter(rule for rules in expected.values() for rule in rules)
    assert Counter(f["rule"] for f in findings) == injected
    for rule, (every, remainder) in DEFECTS.items():
        assert injected[rule] == len(range(remainder, ARTICLES, every))
    assert summary["articles"] == ARTICLES + unreadable
    assert summary["articles_unreadable"] == unreadable
    assert summary["findings"] == len(findings)
    assert summary["articles_clean"] == sum(1 for rules in expected.values() if not rules)
    assert summary["articles_with_findings"] == len(want)
    by_rule = {r["rule"]: r for r in summary["by_rule"]}
    assert {rule: r["articles"] for rule, r in by_rule.items()} == dict(injected)
    assert {r["outlet"] for r in summary["by_outlet"]} == set(OUTLETS)
    assert sum(r["articles"] for r in summary["by_month"]) == ARTICLES
    assert len(summary["by_month"]) == 24
    assert summary["partition_size"] <= PARTITION
    # Memory stays bounded: workers hold a partition at a time (bench/audit_speed.py measures it).
    assert summary["worker_peak_memory_mib"] and max(summary["worker_peak_memory_mib"].values()) < 1024


@needs_archive
def test_parquet_audit_reports_exactly_the_injected_defects(parquet_run, archive):
    summary, findings, out = parquet_run
    _check_injected(summary, findings, archive[2], unreadable=1)
    assert summary["partitions"] >= 10  # row groups of 5,000 cut into row ranges
    assert summary["unreadable"] == [{"id": "empty-1", "reason": "empty article (no headline and no body)"}]
    assert (out / "summary.html").is_file() and json.loads((out / "summary.json").read_text()) == summary


@needs_archive
def test_jsonl_audit_reports_exactly_the_injected_defects(jsonl_run, archive):
    summary, findings, _ = jsonl_run
    _check_injected(summary, findings, archive[2], unreadable=2)
    reasons = sorted(r["reason"] for r in summary["unreadable"])
    assert reasons[0] == "empty article (no headline and no body)"
    assert reasons[1].startswith("the line at byte ") and reasons[1].endswith("is not a JSON object")


@needs_archive
def test_parquet_and_jsonl_agree_row_for_row(parquet_run, jsonl_run):
    assert parquet_run[1] == jsonl_run[1]
    keys = ("by_rule", "by_category", "by_outlet", "by_month", "top_articles", "articles_clean", "findings")
    assert {k: parquet_run[0][k] for k in keys} == {k: jsonl_run[0][k] for k in keys}


@needs_archive
def test_findings_rows_carry_the_article_and_the_flagged_text(parquet_run):
    findings = parquet_run[1]
    tk = next(f for f in findings if f["rule"] == "PH002")
    assert tk["text"] == "TK" and tk["name"] == "tk-marker" and tk["severity"] == "error"
    assert tk["outlet"] in OUTLETS and tk["month"] == tk["date"][:7]
    junk = next(f for f in findings if f["rule"] == "JK001")
    assert junk["text"] == "You may also like" and junk["column"] == 1


@needs_archive
def test_same_findings_as_lint_text_in_one_process(parquet_run, archive):
    """The single-process path over a sample: lint_text in a loop gives the same rows."""
    from newslint.audit import row_path
    from newslint.engine.config import Config
    from newslint.engine.lint import lint_text

    _, rows, _ = archive
    by_article = {}
    for f in parquet_run[1]:
        by_article.setdefault(f["article_id"], []).append(f)
    config = Config()
    fields = ("rule", "name", "category", "severity", "line", "column", "end_line", "end_column", "message", "suggestion")
    sample = rows[::20]
    for row in sample:
        text = article_text(row)
        local = lint_text(text, path=row_path(row["id"], config), config=config)
        want = sorted(
            ({**{k: getattr(f, k) for k in fields}, "text": text[f.start : f.end]} for f in local),
            key=lambda f: (f["line"], f["column"], f["end_line"], f["end_column"], f["rule"]),
        )
        got = [{k: f[k] for k in (*fields, "text")} for f in by_article.get(row["id"], [])]
        assert got == want, row["id"]
    assert sum(1 for row in sample if by_article.get(row["id"])) > 200


@needs_archive
def test_same_findings_as_newslint_check_on_a_folder(parquet_run, archive, cluster, tmp_path):
    """Rows, written out as the .txt articles they stand for, get the same findings from
    `newslint check`; and auditing that folder (files mode) does too."""
    from newslint.audit import audit

    _, rows, expected = archive
    sample = [r for r in rows if expected[r["id"]]][:150] + [r for r in rows if not expected[r["id"]]][:50]
    folder = tmp_path / "desk"
    (folder / "sub").mkdir(parents=True)
    for n, row in enumerate(sample):
        where = folder / "sub" if n % 2 else folder
        (where / f"{row['id']}.txt").write_text(article_text(row), encoding="utf-8")
    result = run_cli("check", "--format", "json", str(folder))
    assert result.returncode == 1, result.stderr.decode()
    report = json.loads(result.stdout)
    # Lines a source repeats (JK012) are counted by folder in `check` and by outlet in a
    # Parquet audit: they are left out of the rows' comparison, not the folder's.
    whole = {Path(f["path"]).stem: f["findings"] for f in report["files"]}
    checked = {stem: [x for x in findings if x["rule"] != "JK012"] for stem, findings in whole.items()}
    assert len(checked) == len(sample)

    def rows_of(findings):
        out = {}
        for f in findings:
            out.setdefault(Path(f["article_id"]).stem, []).append(
                {k: f[k] for k in ("rule", "name", "category", "severity", "line", "column", "end_line", "end_column", "message", "suggestion")}
            )
        return out

    def order(findings):
        return sorted(findings, key=lambda f: (f["line"], f["column"], f["end_line"], f["end_column"], f["rule"]))

    audited_rows = rows_of(f for f in parquet_run[1] if f["article_id"] in checked)
    for article, findings in checked.items():
        assert order(audited_rows.get(article, [])) == order(findings), article

    out = tmp_path / "files-audit"
    summary = audit(folder, out, client=cluster[1], partition_size=10)
    assert summary["input_format"] == "files" and summary["articles"] == len(sample)
    audited_files = rows_of(read_findings(out))
    for article, findings in whole.items():
        assert order(audited_files.get(article, [])) == order(rows_of([{**f, "article_id": article} for f in findings]).get(article, [])), article
    assert summary["partitions"] == 20


_BOILERPLATE = "Got a story for us? Email the newsdesk at news@example.com."


def _desk_story(n: int, tail: str = "") -> str:
    return (f"Council backs plan {n}\n\nThe council voted {n + 3}-2 on Tuesday to back plan {n}, "
            f"the transport office said.\n\nWork begins in May, officials said.\n\n{tail}")


@needs_archive
def test_an_audit_finds_the_lines_a_source_repeats_across_partitions_as_check_does(cluster, tmp_path):
    """Batch boilerplate (JK012) runs in an audit too: a first pass counts each source's
    furniture-shaped lines over the whole archive, so a line split across partitions is
    found, by folder for files as `newslint check` finds it, and by outlet for rows."""
    from newslint.audit import audit

    archive = tmp_path / "archive"
    desk, other = archive / "desk", archive / "other"
    desk.mkdir(parents=True)
    other.mkdir()
    for n in range(4):
        (desk / f"d{n}.txt").write_text(_desk_story(n, _BOILERPLATE + "\n"), encoding="utf-8")
    for n in range(2):  # two articles of another folder: not enough to be boilerplate
        (other / f"o{n}.txt").write_text(_desk_story(n, _BOILERPLATE + "\n"), encoding="utf-8")
    # Nor two and one that cannot be linted (its front matter is never closed): it is an error, not an article.
    (other / "broken.md").write_text("---\ntitle: Council backs plan\n\n" + _BOILERPLATE + "\n", encoding="utf-8")
    report = json.loads(run_cli("check", "--format", "json", str(archive)).stdout)
    checked = {Path(f["path"]).stem: [x["line"] for x in f["findings"] if x["rule"] == "JK012"] for f in report["files"]}
    assert checked == {"d0": [7], "d1": [7], "d2": [7], "d3": [7], "o0": [], "o1": [], "broken": []}

    out = tmp_path / "audit-files"
    summary = audit(archive, out, client=cluster[1], partition_size=1)
    assert summary["partitions"] == 7
    audited = {Path(f["article_id"]).stem: f["line"] for f in read_findings(out) if f["rule"] == "JK012"}
    assert audited == {"d0": 7, "d1": 7, "d2": 7, "d3": 7}

    rows = [{"id": f"m{n}", "headline": f"Council backs plan {n}", "outlet": "Metro" if n < 3 else "Post",
             "body": f"The council voted on Tuesday to back plan {n}.\n\n{_BOILERPLATE}"} for n in range(5)]
    source = tmp_path / "rows.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "audit-rows"
    audit(source, out, client=cluster[1], partition_size=1)
    assert sorted(f["article_id"] for f in read_findings(out) if f["rule"] == "JK012") == ["m0", "m1", "m2"]

    out = tmp_path / "audit-without"
    audit(source, out, client=cluster[1], partition_size=1, ignore=["JK012"])
    assert not [f for f in read_findings(out) if f["rule"] == "JK012"]


@needs_archive
def test_grammar_is_off_in_the_workers(jsonl_run, cluster):
    _, client = cluster
    assert set(client.run(lambda: os.environ.get("NEWSLINT_LANGUAGETOOL")).values()) == {"off"}


# -- the command ----------------------------------------------------------------------------


def _parser():
    from newslint.audit import add_parser

    parser = argparse.ArgumentParser(prog="newslint")
    add_parser(parser.add_subparsers(dest="command", required=True))
    return parser


def _small_jsonl(tmp_path: Path, n: int = 60) -> Path:
    rows, _ = make_archive(n, seed=3)
    return write_jsonl(rows, tmp_path / "small.jsonl")


@needs_archive
def test_command_on_an_existing_cluster_prints_and_writes_the_summary(cluster, tmp_path, capsys):
    source = _small_jsonl(tmp_path)
    args = _parser().parse_args(["audit", str(source), "--out", str(tmp_path / "out"), "--scheduler", cluster[0].scheduler_address])
    assert args.func(args) == 0
    printed = capsys.readouterr().out
    assert "newslint audit" in printed and "60 articles" in printed and "Findings by category" in printed
    page = (tmp_path / "out" / "summary.html").read_text()
    assert "<svg" in page and "Content-Security-Policy" in page
    for outside in ("src=", "<link", "@import", "url(", "<script"):
        assert outside not in page  # self-contained: nothing loads from anywhere
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["articles"] == 60 and summary["workers"] == 2


@needs_archive
def test_command_starts_a_local_cluster_with_workers(tmp_path):
    source = _small_jsonl(tmp_path, 40)
    args = _parser().parse_args(["audit", str(source), "--out", str(tmp_path / "out"), "--workers", "2", "--quiet"])
    assert args.func(args) == 0
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["workers"] == 2 and summary["articles"] == 40


@needs_archive
@pytest.mark.parametrize(
    "extra, message",
    [
        (["--columns", "body"], "--columns: expected FIELD=COLUMN"),
        (["--columns", "bdy=text"], "--columns: unknown field 'bdy'"),
        (["--columns", "body=text"], "no body (column 'text')"),
        (["--select", "tk-markr"], "unknown rule, category or pack 'tk-markr'"),
        (["--partition-size", "0"], "--partition-size must be at least 1"),
    ],
)
def test_usage_errors_exit_2_with_one_line(tmp_path, capsys, extra, message):
    source = _small_jsonl(tmp_path, 5)
    args = _parser().parse_args(["audit", str(source), "--out", str(tmp_path / "out"), *extra])
    assert args.func(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("newslint: error: ") and err.count("\n") == 1


@needs_archive
def test_missing_source_is_a_usage_error(tmp_path, capsys):
    args = _parser().parse_args(["audit", str(tmp_path / "nowhere.parquet"), "--out", str(tmp_path / "out")])
    assert args.func(args) == 2
    assert "no such file or folder" in capsys.readouterr().err


@needs_archive
def test_config_is_picklable_for_the_workers():
    import pickle

    from newslint.engine.config import find_config

    config = find_config(ROOT / "examples")
    assert config.path is not None
    assert pickle.loads(pickle.dumps(config)) == config


def test_without_the_extra_the_error_is_one_line():
    code = (
        "import sys, argparse\n"
        "sys.modules['dask'] = None; sys.modules['distributed'] = None\n"
        "from newslint.audit import add_parser\n"
        "p = argparse.ArgumentParser(); add_parser(p.add_subparsers(dest='command'))\n"
        "args = p.parse_args(['audit', 'x.parquet', '--out', 'o'])\n"
        "sys.exit(args.func(args))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr == "newslint audit needs the archive extra: pip install 'newslint[archive]'\n"


def test_importing_the_module_does_not_import_dask_or_arrow():
    code = "import sys, newslint.audit, newslint.cli.app; print(sorted(m for m in ('dask', 'distributed', 'pyarrow', 'pandas') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# -- the output folder: a user's file is never lost (issue 11) --------------------------------


@pytest.fixture(scope="module")
def threads():
    """A one-thread cluster inside the test process: cheap to start, and what a test
    patches in newslint is what the worker runs."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0",
                      silence_logs=logging.ERROR) as local:
        yield local.scheduler_address


@pytest.fixture
def in_process(threads, monkeypatch):
    monkeypatch.setenv("NEWSLINT_LANGUAGETOOL", "off")  # the workers set it in this process: put it back after
    return threads


def _audit(capsys, *argv) -> tuple[int, str]:
    """Run `newslint audit ARGV` in this process: (exit code, stderr)."""
    args = _parser().parse_args(["audit", *map(str, argv)])
    code = args.func(args)
    return code, capsys.readouterr().err


def _one_error_line(err: str, *fragments: str) -> None:
    assert err.startswith("newslint: error: ") and err.count("\n") == 1, err
    for fragment in fragments:
        assert fragment in err, err


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (not following links) with its bytes: what must not change."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def _write_rows_parquet(rows: list[dict], path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist([{k: r.get(k) for k in ("id", "headline", "byline", "body")} for r in rows])
    pq.write_table(table, path)
    return path


def _manifest(out: Path) -> dict:
    return json.loads((out / ".newslint-audit.json").read_text())["files"]


@needs_archive
def test_out_holding_the_source_is_refused_and_the_source_kept(in_process, tmp_path, capsys):
    """`newslint audit lake/articles --out lake` used to delete lake/articles/part-*.parquet."""
    rows, _ = make_archive(30, seed=5)
    lake = tmp_path / "lake"
    _write_rows_parquet(rows, lake / "articles" / "part-00000.parquet")
    before = _tree(lake)
    code, err = _audit(capsys, lake / "articles", "--out", lake, "--scheduler", in_process)
    assert code == 2
    _one_error_line(err, f"SOURCE {lake / 'articles'} is in {lake / 'articles'}, which the audit writes")
    assert _tree(lake) == before


@needs_archive
@pytest.mark.parametrize("where", ["out is source", "out inside source", "source in out/findings"])
def test_out_overlapping_the_source_is_refused(in_process, tmp_path, capsys, where):
    archive = tmp_path / "archive"
    archive.mkdir()
    _small_jsonl(archive, 10)
    source, out = {
        "out is source": (archive, archive),
        "out inside source": (archive, archive / "audit"),
        "source in out/findings": (archive / "small.jsonl", tmp_path),
    }[where]
    if where == "source in out/findings":
        (tmp_path / "findings").mkdir()
        source = (archive / "small.jsonl").rename(tmp_path / "findings" / "small.jsonl")
    before = _tree(tmp_path)
    code, err = _audit(capsys, source, "--out", out, "--scheduler", in_process)
    assert code == 2
    _one_error_line(err, "--out: ", "SOURCE")
    assert _tree(tmp_path) == before
    assert not (archive / "audit").exists()


@needs_archive
@pytest.mark.parametrize("held", ["summary.json", "summary.html", "findings/part-00000.parquet", "articles/part-00007.parquet"])
def test_out_with_files_newslint_did_not_write_is_refused(in_process, tmp_path, capsys, held):
    source = _small_jsonl(tmp_path, 10)
    out = tmp_path / "out"
    (out / held).parent.mkdir(parents=True, exist_ok=True)
    (out / held).write_text("the user's own file\n")
    before = _tree(out)
    code, err = _audit(capsys, source, "--out", out, "--scheduler", in_process)
    assert code == 2
    _one_error_line(err, f"--out: {out} already holds {held.split('/')[0]}", "newslint audit did not write them")
    assert _tree(out) == before


@needs_archive
@pytest.mark.parametrize("earlier_audit", [False, True])
def test_a_symlinked_findings_folder_is_refused_and_its_files_kept(in_process, tmp_path, capsys, earlier_audit):
    source = _small_jsonl(tmp_path, 10)
    out = tmp_path / "out"
    if earlier_audit:
        assert _audit(capsys, source, "--out", out, "--scheduler", in_process, "--quiet")[0] == 0
        for part in (out / "findings").iterdir():
            part.unlink()
        (out / "findings").rmdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "part-00000.parquet").write_text("someone else's data\n")
    out.mkdir(exist_ok=True)
    (out / "findings").symlink_to(elsewhere, target_is_directory=True)
    before = _tree(elsewhere)
    code, err = _audit(capsys, source, "--out", out, "--scheduler", in_process)
    assert code == 2
    _one_error_line(err, f"--out: {out / 'findings'} is a symlink")
    assert _tree(elsewhere) == before


@needs_archive
def test_a_second_audit_replaces_only_the_first_ones_files(in_process, tmp_path, capsys):
    """The earlier audit's parts go (fewer partitions this time: no stale part left over);
    the user's files in OUT stay, and so does a SOURCE inside OUT that the audit does not write."""
    out = tmp_path / "out"
    (out / "data").mkdir(parents=True)
    source = _small_jsonl(out / "data", 40)
    (out / "notes.txt").write_text("mine\n")
    assert _audit(capsys, source, "--out", out, "--scheduler", in_process, "--partition-size", "2", "--quiet")[0] == 0
    first = sorted(p.name for p in (out / "findings").iterdir())
    assert len(first) > 10 and set(_manifest(out)) == {f"{s}/{n}" for s in ("findings", "articles") for n in first} | {"summary.json", "summary.html"}
    (out / "findings" / "README.md").write_text("what these files are\n")
    users = {name: (out / name).read_bytes() for name in ("notes.txt", "findings/README.md", "data/small.jsonl")}

    assert _audit(capsys, source, "--out", out, "--scheduler", in_process, "--partition-size", "5", "--quiet")[0] == 0
    second = sorted(p.name for p in (out / "articles").iterdir())
    assert 0 < len(second) < len(first) and second == [f"part-{i:05d}.parquet" for i in range(len(second))]
    assert sorted(p.name for p in (out / "findings").glob("part-*")) == second  # no stale part of the first run
    assert {name: (out / name).read_bytes() for name in users} == users
    listed = _manifest(out)
    assert set(listed) == {f"{s}/{n}" for s in ("findings", "articles") for n in second} | {"summary.json", "summary.html"}
    for name, (size, mtime_ns) in listed.items():
        assert (out / name).stat().st_size == size and (out / name).stat().st_mtime_ns == mtime_ns
    assert not [p for p in out.rglob("*.tmp")]  # every file was written whole, then renamed
    assert json.loads((out / "summary.json").read_text())["articles"] == 40


@needs_archive
@pytest.mark.parametrize("change", ["edited", "symlinked", "bad manifest"])
def test_a_listed_file_that_is_no_longer_what_the_audit_wrote_is_kept(in_process, tmp_path, capsys, change):
    source = _small_jsonl(tmp_path, 10)
    out = tmp_path / "out"
    assert _audit(capsys, source, "--out", out, "--scheduler", in_process, "--quiet")[0] == 0
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me\n")
    if change == "edited":
        (out / "summary.html").write_text("<p>my annotated copy of the audit</p>\n")
        named = f"{out / 'summary.html'} has changed since newslint audit wrote it"
    elif change == "symlinked":
        (out / "articles" / "part-00000.parquet").unlink()
        (out / "articles" / "part-00000.parquet").symlink_to(precious)
        named = f"{out / 'articles' / 'part-00000.parquet'} is no longer a regular file"
    else:
        manifest = json.loads((out / ".newslint-audit.json").read_text())
        manifest["files"]["../precious.txt"] = None
        (out / ".newslint-audit.json").write_text(json.dumps(manifest))
        named = "it lists '../precious.txt', which an audit never writes"
    before = _tree(tmp_path)
    code, err = _audit(capsys, source, "--out", out, "--scheduler", in_process)
    assert code == 2
    _one_error_line(err, named)
    assert _tree(tmp_path) == before


# -- max-file-size applies to rows too (issue 11) ---------------------------------------------


@needs_archive
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_a_row_over_max_file_size_is_skipped_counted_and_noted(in_process, tmp_path, capsys, fmt):
    """The limit is the row text's size in UTF-8 bytes: the big row has fewer characters
    than the limit but more bytes, so counting characters would lint it."""
    config = tmp_path / "newslint.toml"
    config.write_text("max-file-size = 400\n")
    small = {"id": "small", "headline": "Council meets", "byline": None, "body": "The final cost is TK.", "date": None}
    big = {"id": "big", "headline": "Café opens", "byline": None, "body": "The cost is TK. " + "é" * 300, "date": None}
    assert len(article_text(big)) < 400 < len(article_text(big).encode("utf-8"))
    if fmt == "jsonl":
        source = write_jsonl([small, big], tmp_path / "rows.jsonl")
    else:
        source = _write_rows_parquet([small, big], tmp_path / "rows.parquet")
    out = tmp_path / "out"
    code, err = _audit(capsys, source, "--out", out, "--scheduler", in_process, "--config", config)
    assert code == 0, err
    assert "newslint: note: 1 article(s) skipped, over max-file-size (400 bytes)" in err
    summary = json.loads((out / "summary.json").read_text())
    size = len(article_text(big).encode("utf-8"))
    assert summary["articles_skipped"] == 1 and summary["articles_unreadable"] == 0
    assert summary["articles_linted"] == 1 and summary["max_file_size"] == 400
    assert summary["skipped"] == [{"id": "big", "reason": f"skipped, {size:,} bytes is over max-file-size (400 bytes)"}]
    assert {f["article_id"] for f in read_findings(out)} == {"small"}  # the big row was not linted
    import pyarrow.dataset as ds

    articles = {a["article_id"]: a for a in ds.dataset(out / "articles").to_table().to_pylist()}
    assert articles["big"]["error"] == summary["skipped"][0]["reason"] and articles["big"]["findings"] == 0
    assert articles["small"]["error"] is None and articles["small"]["findings"] == 1
    assert "skipped over max-file-size" in (out / "summary.html").read_text()


def test_row_size_is_measured_in_utf8_bytes():
    from newslint.audit import utf8_size_over

    assert utf8_size_over("a" * 100, 100) is None
    assert utf8_size_over("a" * 101, 100) == 101
    assert utf8_size_over("é" * 50, 100) is None and utf8_size_over("é" * 51, 100) == 102
    assert utf8_size_over("\ud800" * 40, 100) == 120  # a lone surrogate (JSON allows one) counts its 3 bytes


# -- a rule that fails is reported, not dropped (issue 11) ------------------------------------


FAILURE = "internal error in rule XT901 (fragile): ValueError: cannot parse"


def _failing_lint_text(monkeypatch):
    """lint_text as it is once rule crashes ride on its result (.crashes): a rule fails on
    articles saying "explode"; lint_text itself fails on one saying "meltdown"."""
    import newslint.engine.lint

    real = newslint.engine.lint.lint_text

    class Found(list):
        crashes: list = []

    def lint_text(text, path="<text>", config=None, select=None, ignore=()):
        if "meltdown" in text:
            raise RuntimeError("meltdown")
        found = Found(real(text, path=path, config=config, select=select, ignore=ignore))
        found.crashes = [FAILURE] if "explode" in text else []
        return found

    monkeypatch.setattr(newslint.engine.lint, "lint_text", lint_text)


@needs_archive
def test_rule_failures_are_counted_listed_and_exit_2(in_process, tmp_path, capsys, monkeypatch):
    _failing_lint_text(monkeypatch)
    rows = [
        {"id": "ok", "headline": "Council meets", "byline": None, "body": "The cost is TK.", "date": None},
        {"id": "boom-1", "headline": "Storm", "byline": None, "body": "Crews explode the myth. The toll is TK.", "date": None},
        {"id": "boom-2", "headline": "Storm", "byline": None, "body": "They explode again.", "date": None},
        {"id": "melt", "headline": "Plant", "byline": None, "body": "A meltdown was averted.", "date": None},
    ]
    source = write_jsonl(rows, tmp_path / "rows.jsonl")
    out = tmp_path / "out"
    code, err = _audit(capsys, source, "--out", out, "--scheduler", in_process, "--quiet")
    assert code == 2  # as `newslint check` when a rule crashed
    last = err.splitlines()[-1]
    assert last.startswith("newslint: error: 3 rule failure(s) in 3 article(s), the first in ")
    summary = json.loads((out / "summary.json").read_text())
    assert summary["rule_failures"] == 3 and summary["articles_with_rule_failures"] == 3
    # boom-2 has no findings, but a rule failed on it: not clean; melt was not linted at all.
    assert (summary["articles_linted"], summary["articles_with_findings"], summary["articles_clean"]) == (3, 2, 0)
    messages = sorted((m["id"], m["message"]) for m in summary["rule_failure_messages"])
    assert messages == [("boom-1", FAILURE), ("boom-2", FAILURE), ("melt", "internal error: RuntimeError: meltdown")]
    assert {f["article_id"] for f in read_findings(out)} == {"ok", "boom-1"}  # the other rules still ran
    import pyarrow.dataset as ds

    articles = {a["article_id"]: a for a in ds.dataset(out / "articles").to_table().to_pylist()}
    assert articles["boom-1"]["crashes"] == [FAILURE] and articles["ok"]["crashes"] == []
    assert articles["melt"]["crashes"] == ["internal error: RuntimeError: meltdown"]
    page = (out / "summary.html").read_text()
    assert "rule failures" in page and "XT901 (fragile)" in page


@needs_archive
def test_a_run_without_rule_failures_says_none_and_exits_0(in_process, tmp_path, capsys):
    source = _small_jsonl(tmp_path, 10)
    code, err = _audit(capsys, source, "--out", tmp_path / "out", "--scheduler", in_process, "--quiet")
    assert code == 0 and "rule failure" not in err
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["rule_failures"] == 0 and summary["rule_failure_messages"] == []


def _lint_text_reports_crashes() -> bool:
    from newslint.engine.config import Config
    from newslint.engine.lint import lint_text

    return hasattr(lint_text("Headline\n\nA body.\n", path="probe.txt", config=Config()), "crashes")


@needs_archive
def test_a_crashing_plugin_rule_fails_the_audit_command(tmp_path):
    """End to end, as a user meets it: `newslint audit` in worker processes, a rule plugin
    installed through an entry point (as tests/test_engine.py installs one)."""
    if not _lint_text_reports_crashes():
        pytest.skip("newslint.engine.lint.lint_text does not yet carry .crashes on its result")
    site = tmp_path / "site"
    info = site / "crashy-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: crashy\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[newslint.rules]\ncrashy = crashy_rules:RULES\n")
    (site / "crashy_rules.py").write_text(
        "from newslint.rules.rule import Example, Rule\n"
        "def _check(doc, options):\n"
        "    if 'explode' in doc.text:\n"
        "        raise ValueError('cannot parse')\n"
        "    return []\n"
        "RULES = [Rule(code='XT901', name='fragile', category='style', severity='info', summary='Fragile',\n"
        "              why='For the test.', check=_check, examples=(Example('[[x]]', bad=True), Example('y', bad=False)))]\n"
    )
    rows = [{"id": "boom", "headline": "Storm", "byline": None, "body": "Crews explode the myth.", "date": None},
            {"id": "ok", "headline": "Council", "byline": None, "body": "The cost is TK.", "date": None}]
    source = write_jsonl(rows, tmp_path / "rows.jsonl")
    result = run_cli("audit", str(source), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet",
                     env={"PYTHONPATH": str(site)})
    assert result.returncode == 2, result.stderr.decode()
    assert "1 rule failure(s) in 1 article(s), the first in boom: " + FAILURE in result.stderr.decode()
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["rule_failures"] == 1 and summary["rule_failure_messages"][0]["message"].startswith(FAILURE)
