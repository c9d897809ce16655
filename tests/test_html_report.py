"""The HTML report, opened in a real headless browser (Chromium driven by Playwright).

Needs `pip install playwright` and Debian's `chromium` package (/usr/bin/chromium, or the
path in NEWSLINT_CHROMIUM); Playwright's own browser download is not used. Without them
these tests skip and say why. A full-page screenshot is left in test-artifacts/.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SCRAPED, need_shared, run_cli

ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOT = ARTIFACTS / "html-report.png"
NEWLINE = re.compile(r"\r\n|\r|\n")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# A short article with HTML-like text to escape, nested findings (placeholders inside a
# long lede) and a finding that runs over several lines.
SMALL = """Council <b>budget</b> & "cuts" split [CITY] leaders

By Staff Writer

The council voted 5-4 on Tuesday to cut $XX million from the library budget amid protests
outside city hall, where residents & teachers who had gathered since early morning
chanted <slogans> and waved signs, and sources say the mayor, who had promised
no cuts to the libraries during her campaign last year, will sign it by the end of the week.

"It's fine," one resident said. The total is TK.

Share this article
"""


def _chromium() -> str:
    path = os.environ.get("NEWSLINT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.skip(f"Chromium is not installed ({path} is absent): apt-get install chromium")
    return path


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # not installed, or installed without what it needs to load
        pytest.skip(f"Playwright for Python is not installed ({exc}): pip install playwright")
    executable = _chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A report opened from a file:// URL, with every request it makes recorded; anything
    that is not file:// or data: is refused and fails the test."""

    def __init__(self, browser, path: Path, width: int = 1360):
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.requests: list[str] = []
        self.refused: list[str] = []
        self.problems: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        self.page.on(
            "console", lambda msg: msg.type == "error" and self.problems.append(f"console: {msg.text}")
        )
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_load_state("load")

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.refused.append(url)
            route.abort()

    def assert_offline(self) -> None:
        outside = [u for u in self.requests if not u.startswith(("file:", "data:"))]
        assert not outside and not self.refused, f"the page reached out: {outside + self.refused}"
        assert not self.problems, self.problems

    def highlights(self) -> list[dict]:
        """Every highlight with its attributes and its text (a finding split around a crossing
        one is its first part plus the parts that continue it)."""
        return self.page.evaluate(
            """() => Array.from(document.querySelectorAll('[data-rule]')).map(el => ({
                id: el.id, tag: el.tagName.toLowerCase(), rule: el.dataset.rule,
                severity: el.dataset.severity,
                line: +el.dataset.line, column: +el.dataset.column,
                end_line: +el.dataset.endLine, end_column: +el.dataset.endColumn,
                title: el.title,
                text: el.textContent + Array.from(document.querySelectorAll(
                    `[data-part-of="${el.id}"]`)).map(p => p.textContent).join(''),
            }))"""
        )

    def close(self) -> None:
        self.context.close()


def _source(path: Path) -> str:
    from newslint.readers import (
        decode,  # as newslint reads it: BOM dropped, UTF-16 allowed
    )

    return decode(path.read_bytes())


def _flagged(text: str, f: dict) -> str:
    """The text a finding covers, from its line and column (1-based, end exclusive)."""
    starts = [0] + [m.end() for m in NEWLINE.finditer(text)]
    start = starts[f["line"] - 1] + f["column"] - 1
    end = starts[f["end_line"] - 1] + f["end_column"] - 1
    return text[start:end]


def _same_text(a: str) -> str:
    return NEWLINE.sub("\n", a)  # an HTML parser reads CR LF and CR as LF


def _check_highlights(page: Page, report: dict, sources: dict[str, str]) -> None:
    marks = page.highlights()
    expected = sum(len(file["findings"]) for file in report["files"])
    assert len(marks) == expected, f"{len(marks)} highlights for {expected} findings"
    by_file: dict[str, list[dict]] = {}
    for section in page.page.query_selector_all("section.file"):
        path = section.get_attribute("data-path")
        ids = {el.get_attribute("id") for el in section.query_selector_all("[data-rule]")}
        by_file[path] = [m for m in marks if m["id"] in ids]
    for file in report["files"]:
        text = sources[file["path"]]
        for f in file["findings"]:
            key = ("rule", "line", "column", "end_line", "end_column")
            found = [m for m in by_file[file["path"]] if all(m[k] == f[k] for k in key)]
            assert len(found) == 1, f"{file['path']} {f['rule']} {f['line']}:{f['column']}: {len(found)} highlights"
            mark = found[0]
            assert mark["tag"] == "mark"
            assert mark["text"] == _same_text(_flagged(text, f)), f
            assert mark["severity"] == f["severity"]
            assert f["rule"] in mark["title"] and f["message"] in mark["title"]
            # Its entry in the side list links to it.
            link = page.page.query_selector(f'aside a[href="#{mark["id"]}"]')
            assert link is not None, f"no side-list link to {mark['id']}"


def _check_summary(page: Page, report: dict) -> None:
    summary = report["summary"]

    def number(selector: str) -> int:
        return int(page.page.inner_text(selector).strip())

    assert number('[data-summary="files"]') == summary["files"]
    assert number('[data-summary="findings"]') == summary["findings"]
    assert number('[data-summary="files-with-findings"]') == summary["files_with_findings"]
    table = '[data-summary="table"]'
    for severity in ("error", "warning", "info"):
        assert number(f'{table} [data-category="all"][data-severity="{severity}"]') == summary["by_severity"].get(severity, 0)
    for category, count in summary["by_category"].items():
        assert number(f'{table} [data-category="{category}"][data-severity="all"]') == count
    assert number(f'{table} [data-category="all"][data-severity="all"]') == summary["findings"]


def test_report_highlights_every_finding_in_place(browser, tmp_path):
    scraped = need_shared(SCRAPED)
    small = tmp_path / "council-draft.txt"
    small.write_text(SMALL, encoding="utf-8")
    html_path = tmp_path / "report.html"
    paths = [str(scraped), str(small)]

    written = run_cli("check", *paths, "--format", "html", "--output", str(html_path))
    assert written.returncode == 1, written.stderr.decode()
    listed = run_cli("check", *paths, "--format", "json")
    report = json.loads(listed.stdout)
    assert all(file["findings"] for file in report["files"])
    sources = {file["path"]: _source(Path(file["path"])) for file in report["files"]}

    page = Page(browser, html_path)
    try:
        html = html_path.read_text(encoding="utf-8")
        assert "<script src" not in html and "<link" not in html and "@import" not in html
        assert "<b>budget</b>" not in html and "&lt;b&gt;budget&lt;/b&gt;" in html  # escaped, not markup

        _check_summary(page, report)
        _check_highlights(page, report, sources)

        # Each file shows its path and its whole article, line breaks kept.
        for file in report["files"]:
            section = page.page.locator(f'section.file[data-path="{file["path"]}"]')
            assert file["path"] in section.locator("h2").inner_text()
            assert section.locator(".text").evaluate("el => el.textContent") == _same_text(sources[file["path"]])
            assert section.locator(".text").evaluate("el => getComputedStyle(el).whiteSpace") == "pre-wrap"
            assert section.locator("aside li").count() == len(file["findings"])

        # Severity is shown in colour: error red, warning amber, info blue.
        colours = page.page.evaluate(
            """() => Object.fromEntries(['error', 'warning', 'info'].map(s => {
                const el = document.querySelector(`mark[data-severity="${s}"]`);
                return [s, el && getComputedStyle(el).backgroundColor];
            }))"""
        )
        assert len(set(colours.values())) == 3, colours

        # The whole page, as on a screen tall enough that the side lists need not scroll.
        ARTIFACTS.mkdir(exist_ok=True)
        height = page.page.evaluate("document.documentElement.scrollHeight")
        page.page.set_viewport_size({"width": 1360, "height": min(height, 16000)})
        page.page.screenshot(path=str(SCREENSHOT), full_page=True)
        page.page.set_viewport_size({"width": 1360, "height": 900})

        # A side-list link jumps to its highlight; clicking the highlight marks the entry.
        first = page.page.locator("aside a.jump").last
        target = first.get_attribute("href")
        first.click()
        assert page.page.evaluate("location.hash") == target
        assert page.page.locator(target).is_visible()
        page.page.locator(target).click()
        assert page.page.locator(f"{target}-item").get_attribute("class").split().count("active") == 1
        page.assert_offline()
    finally:
        page.close()


def test_unreadable_file_shows_its_error(browser, tmp_path):
    (tmp_path / "ok.txt").write_text("Storm cuts power\n\nThe toll is TK, officials said.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    html_path = tmp_path / "report.html"
    result = run_cli("check", "ok.txt", "binary.txt", "missing.txt", "--format", "html", "--output", str(html_path), cwd=tmp_path)
    assert result.returncode == 2
    page = Page(browser, html_path)
    try:
        errors = page.page.locator("section.file [data-error]")
        assert errors.count() == 2
        assert "binary file" in errors.nth(0).inner_text()
        assert "no such file" in errors.nth(1).inner_text()
        assert page.page.locator('[data-summary="unreadable"]').inner_text() == "2"
        assert page.page.locator('mark[data-rule="PH002"]').inner_text() == "TK"
        page.assert_offline()
    finally:
        page.close()


def test_overlapping_crossing_and_empty_spans(browser, tmp_path):
    """Findings that nest, cross, coincide or cover nothing still get one highlight each."""
    from newslint.model.finding import FileResult, Finding
    from newslint.report.html import render

    text = "Alpha <beta> & gamma\r\ndelta \"epsilon\" zeta\n"

    def finding(rule: str, severity: str, start: int, end: int, suggestion=None) -> Finding:
        def where(offset: int) -> tuple[int, int]:
            line = text.count("\n", 0, offset) + 1
            return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

        (line, column), (end_line, end_column) = where(start), where(end)
        return Finding(rule, rule.lower(), "style", severity, line, column, end_line, end_column,
                       f"message for {rule} <&>", suggestion, start=start, end=end)

    findings = [
        finding("OUT1", "info", 0, 20),        # Alpha ... gamma
        finding("IN01", "error", 6, 12),       # <beta>, inside OUT1
        finding("SAME", "warning", 6, 12, ""),  # the same span again
        finding("CRS1", "warning", 15, 28),    # gamma\r\ndelta: crosses out of OUT1, over the line break
        finding("CRS2", "error", 24, 37),      # crosses CRS1's end
        finding("NIL1", "info", 22, 22, "x"),  # empty, at the start of line 2
    ]
    result = FileResult(path="overlap <test>.txt", findings=findings, text=text)
    html_path = tmp_path / "overlap.html"
    with html_path.open("w", encoding="utf-8") as out:
        render([result], out)

    page = Page(browser, html_path)
    try:
        marks = {m["rule"]: m for m in page.highlights()}
        assert sorted(marks) == sorted(f.rule for f in findings)
        for f in findings:
            assert marks[f.rule]["text"] == _same_text(text[f.start : f.end]), f.rule
            assert marks[f.rule]["severity"] == f.severity
        # The part where IN01 and OUT1 overlap names both findings on hover.
        assert "IN01" in marks["IN01"]["title"] and "OUT1" in marks["IN01"]["title"]
        assert page.page.locator(".text").evaluate("el => el.textContent") == _same_text(text)
        assert "overlap <test>.txt" in page.page.locator("h2").inner_text()
        page.assert_offline()
    finally:
        page.close()
