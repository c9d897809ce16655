"""A self-contained HTML page an editor opens in a browser: the run's summary, then each
article with every finding highlighted in place and listed beside it.

No network: the CSS is inline, the fonts are the reader's own, and the only script is a few
lines that tie a clicked highlight to its entry in the side list.

Highlights nest. Findings are opened in order of start (the longer one outside when two
start together), so a finding inside another sits inside its element. Two findings that
cross (each covers part of the other) cannot both be one element: the one that opened later
is closed where the earlier one ends and reopened as a continuation (`data-part-of` names
its first part, which carries the finding's `id` and `data-*` attributes). Every piece's
`title` lists all the findings covering it, innermost first.
"""

from __future__ import annotations

import html
from collections import Counter

from newslint.model.document import NEWLINE
from newslint.report import summary
from newslint.report.terminal import safe_for_terminal
from newslint.rules.rule import CATEGORIES, SEVERITIES

_EXCERPT = 80  # characters of flagged text quoted in the side list
_HTML_SPACE = "\t\n\r\f"  # the only control characters HTML allows in text


def escape(text: str) -> str:
    """text for HTML: markup escaped, and control characters (which HTML forbids, and
    which copy pasted from a CMS can carry) shown as their control pictures."""
    return html.escape(safe_for_terminal(text, keep=_HTML_SPACE))


def render(results, stream, registry=None) -> None:
    stream.write(_page(results))


# -- the page ------------------------------------------------------------------------------


def _page(results) -> str:
    total = summary(results)
    title = "newslint report"
    if len(results) == 1:
        title += f": {results[0].path}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newslint">',
        # Nothing may load from anywhere: no fonts, scripts, images or frames from outside.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        _header(results, total),
        "<main>",
    ]
    for index, result in enumerate(results, 1):
        parts.append(_file_section(index, result))
    if not results:
        parts.append('<p class="empty">No files were checked.</p>')
    parts += ["</main>", f"<script>{_JS}</script>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _header(results, total: dict) -> str:
    counts = Counter((f.category, f.severity) for r in results for f in r.findings)
    unreadable = sum(1 for r in results if r.error)
    facts = [
        _fact("files", total["files"], "file checked" if total["files"] == 1 else "files checked"),
        _fact("files-with-findings", total["files_with_findings"], "with findings"),
        _fact("findings", total["findings"], "finding" if total["findings"] == 1 else "findings"),
    ]
    if unreadable:
        facts.append(_fact("unreadable", unreadable, "could not be read", "bad"))
    crashes = sum(len(r.crashes) for r in results)
    if crashes:
        facts.append(_fact("internal-errors", crashes, "rule failures", "bad"))

    head = "".join(f'<th scope="col" class="num sev-{s}">{_badge(s)}</th>' for s in SEVERITIES)
    rows = []
    for category in CATEGORIES:
        row = [counts.get((category, s), 0) for s in SEVERITIES]
        if not any(row):
            continue
        cells = "".join(
            f'<td class="num{" zero" if not n else ""}" data-category="{category}" data-severity="{s}">{n}</td>'
            for s, n in zip(SEVERITIES, row)
        )
        rows.append(
            f'<tr><th scope="row">{escape(category)}</th>{cells}'
            f'<td class="num total" data-category="{category}" data-severity="all">{sum(row)}</td></tr>'
        )
    by_severity = [sum(counts.get((c, s), 0) for c in CATEGORIES) for s in SEVERITIES]
    total_cells = "".join(
        f'<td class="num" data-category="all" data-severity="{s}">{n}</td>' for s, n in zip(SEVERITIES, by_severity)
    )
    table = (
        '<table class="summary" data-summary="table">'
        "<caption>Findings by category and severity</caption>"
        f'<thead><tr><th scope="col">category</th>{head}<th scope="col" class="num">total</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody>"
        f'<tfoot><tr><th scope="row">total</th>{total_cells}'
        f'<td class="num total" data-category="all" data-severity="all">{sum(by_severity)}</td></tr></tfoot>'
        "</table>"
    )
    if not rows:
        table = '<p class="clean-run" data-summary="table">No findings: the copy is clean.</p>'

    files = []
    for index, result in enumerate(results, 1):
        if result.error:
            state = '<span class="state bad">could not be read</span>'
        elif result.findings:
            n = len(result.findings)
            state = f'<span class="state">{n} finding{"" if n == 1 else "s"}</span>'
        else:
            state = '<span class="state ok">clean</span>'
        files.append(f'<li><a href="#file-{index}">{escape(result.path)}</a> {state}</li>')
    contents = f'<nav class="files" aria-label="Files"><ol>{"".join(files)}</ol></nav>' if len(results) > 1 else ""

    legend = (
        '<p class="legend" aria-label="Highlight key">'
        + "".join(f'<span class="key"><mark class="hl sev-{s}">{s}</mark></span>' for s in SEVERITIES)
        + '<span class="hint">Hover a highlight for its message; click it to find it in the list.</span></p>'
    )
    return (
        '<header class="run" data-summary="run">'
        '<h1><span class="brand">newslint</span> report</h1>'
        f'<ul class="facts">{"".join(facts)}</ul>'
        f'<div class="overview">{table}{contents}</div>'
        f"{legend}"
        "</header>"
    )


def _fact(key: str, value: int, label: str, cls: str = "") -> str:
    return f'<li class="{cls}"><strong data-summary="{key}">{value}</strong> {escape(label)}</li>'


def _badge(severity: str) -> str:
    return f'<span class="badge sev-{escape(severity)}">{escape(severity)}</span>'


# -- one file ------------------------------------------------------------------------------


def _file_section(index: int, result) -> str:
    path = escape(result.path)
    out = [f'<section class="file" id="file-{index}" data-path="{path}">']
    counts = Counter(f.severity for f in result.findings)
    chips = "".join(
        f'<span class="chip sev-{s}">{counts[s]} {s}{"" if counts[s] == 1 else "s"}</span>'
        for s in SEVERITIES
        if counts[s]
    )
    out.append(f'<h2><span class="path">{path}</span>{chips}</h2>')
    if result.error:
        reason = result.error.removeprefix(f"{result.path}: ")  # the path heads the section already
        out.append(f'<p class="error" role="alert" data-error>Could not be read: {escape(reason)}</p>')
    for crash in result.crashes:
        out.append(f'<p class="error" data-internal-error>Internal error, this rule was skipped: {escape(crash)}</p>')
    if result.error:
        out.append("</section>")
        return "\n".join(out)

    ordered = sorted(result.findings, key=lambda f: (f.line, f.column, f.end_line, f.end_column, f.rule))
    ids = {id(f): f"f{index}-{n}" for n, f in enumerate(ordered, 1)}
    numbers = {id(f): n for n, f in enumerate(ordered, 1)}
    article = _article(result.text, result.findings, ids, numbers)
    out.append('<div class="layout">')
    out.append(f'<article class="copy" aria-label="Article text of {path}">{article}</article>')
    out.append(_side_list(result.text, ordered, ids))
    out.append("</div>")
    out.append("</section>")
    return "\n".join(out)


def _side_list(text: str, ordered, ids) -> str:
    if not ordered:
        return '<aside class="findings"><p class="clean">No findings in this file.</p></aside>'
    items = []
    for n, f in enumerate(ordered, 1):
        anchor = ids[id(f)]
        start, end = _span(text, f)
        flagged = text[start:end]
        shown = " ".join(flagged.split())
        if len(shown) > _EXCERPT:
            shown = shown[: _EXCERPT - 1].rstrip() + "…"
        shown = escape(shown)
        quote = f'<q class="flagged">{shown}</q>' if shown else ""
        suggestion = ""
        if f.suggestion is not None:
            if not f.suggestion:
                what = f"<del>{shown}</del>" if shown else "it"
                suggestion = f'<p class="suggestion"><span class="label">Suggestion:</span> delete {what}</p>'
            elif shown:
                suggestion = (
                    f'<p class="suggestion"><span class="label">Suggestion:</span> <del>{shown}</del> '
                    f'<span aria-label="becomes">→</span> <ins>{escape(f.suggestion)}</ins></p>'
                )
            else:
                suggestion = f'<p class="suggestion"><span class="label">Suggestion:</span> insert <ins>{escape(f.suggestion)}</ins></p>'
            quote = ""  # the suggestion quotes the flagged text already
        where = f"{f.line}:{f.column}"
        items.append(
            f'<li id="{anchor}-item" class="item sev-{escape(f.severity)}" data-finding="{anchor}">'
            f'<a class="jump" href="#{anchor}" aria-label="Finding {n} at line {f.line}, column {f.column}">'
            f'<span class="n">{n}</span><span class="where">{where}</span></a> '
            f"{_badge(f.severity)} "
            f'<code class="rule">{escape(f.rule)}</code> <span class="name">{escape(f.name)}</span>'
            f'<p class="message">{escape(f.message)}</p>{quote}{suggestion}</li>'
        )
    return (
        '<aside class="findings" aria-label="Findings">'
        f'<ol class="finding-list">{"".join(items)}</ol></aside>'
    )


# -- the article with highlights -----------------------------------------------------------


def _span(text: str, f) -> tuple[int, int]:
    """The finding's [start, end) in text, clamped; from line/column when offsets are unset."""
    start, end = f.start, f.end
    if start == end == 0 and (f.end_line, f.end_column) != (1, 1):
        starts = [0] + [m.end() for m in NEWLINE.finditer(text)]

        def offset(line: int, column: int) -> int:
            if line < 1:
                return 0
            if line > len(starts):
                return len(text)
            return starts[line - 1] + column - 1

        start, end = offset(f.line, f.column), offset(f.end_line, f.end_column)
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return start, end


class _Open:
    """A finding's element while it is open; `parts` counts its pieces so far."""

    __slots__ = ("finding", "anchor", "number", "start", "end", "parts")

    def __init__(self, finding, anchor: str, number: int, start: int, end: int):
        self.finding, self.anchor, self.number = finding, anchor, number
        self.start, self.end, self.parts = start, end, 0


def _article(text: str, findings, ids, numbers) -> str:
    spans = []
    for order, f in enumerate(findings):
        start, end = _span(text, f)
        spans.append((start, -end, order, f, end))
    spans.sort(key=lambda s: s[:3])

    opening: dict[int, list] = {}
    for start, _neg, _order, f, end in spans:
        opening.setdefault(start, []).append((f, end))
    bounds = sorted({0, len(text), *opening, *(end for *_, end in spans)})

    out: list[str] = []
    stack: list[_Open] = []
    cursor = 0
    for pos in bounds:
        out.append(escape(text[cursor:pos]))
        cursor = pos
        ending = [i for i, item in enumerate(stack) if item.end <= pos]
        if ending:
            # Close everything from the lowest ending element up; reopen, as continuations,
            # the elements above it that have further to go.
            lowest = ending[0]
            above = stack[lowest:]
            out.append("</mark>" * len(above))
            del stack[lowest:]
            for item in above:
                if item.end > pos:
                    out.append(_open_tag(item, stack))
                    stack.append(item)
        for f, end in opening.get(pos, ()):
            item = _Open(f, ids[id(f)], numbers[id(f)], pos, end)
            out.append(_open_tag(item, stack))
            if end == pos:  # an empty span: a marker between two characters
                out.append("</mark>")
            else:
                stack.append(item)
    out.append("</mark>" * len(stack))  # nothing should be left open; close it all the same
    return f'<div class="text">{"".join(out)}</div>'


def _open_tag(item: _Open, enclosing: list[_Open]) -> str:
    f = item.finding
    sev = escape(f.severity)
    covering = [item.finding, *(outer.finding for outer in reversed(enclosing))]
    title = escape("\n\n".join(_describe(g) for g in covering))
    classes = f"hl sev-{sev}"
    item.parts += 1
    if item.parts > 1:
        return (
            f'<mark class="{classes} cont" data-part-of="{item.anchor}" title="{title}" '
            f'data-n="{item.number}">'
        )
    empty = " empty" if item.end == item.start else ""
    return (
        f'<mark class="{classes}{empty}" id="{item.anchor}" data-n="{item.number}" '
        f'data-rule="{escape(f.rule)}" data-name="{escape(f.name)}" data-category="{escape(f.category)}" '
        f'data-severity="{sev}" data-line="{f.line}" data-column="{f.column}" '
        f'data-end-line="{f.end_line}" data-end-column="{f.end_column}" '
        f'title="{title}" tabindex="0">'
    )


def _describe(f) -> str:
    line = f"{f.rule} {f.severity} ({f.name}, {f.line}:{f.column}): {f.message}"
    if f.suggestion is not None:
        line += f"\nSuggestion: {f.suggestion!r}" if f.suggestion else "\nSuggestion: delete it"
    return line


# -- style and script ----------------------------------------------------------------------

_CSS = """
:root {
  --ink: #1d1d1f; --muted: #5b5b62; --rule: #dcd9d2; --paper: #ffffff; --desk: #f4f2ed;
  --error: #b3261e; --error-bg: #fde3e1; --warning: #8a4b00; --warning-line: #c77800; --warning-bg: #fff0c2;
  --info: #1b57b5; --info-bg: #e1ecfd; --ok: #1e6b3a;
  --serif: "Iowan Old Style", "Charter", "Source Serif Pro", Georgia, "Times New Roman", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; padding: 1.5rem; background: var(--desk); color: var(--ink); font: 15px/1.5 var(--sans); }
header.run, section.file { max-width: 84rem; margin: 0 auto 1.5rem; background: var(--paper);
  border: 1px solid var(--rule); border-radius: 10px; padding: 1.25rem 1.5rem; }
h1 { margin: 0 0 .75rem; font-size: 1.5rem; font-weight: 650; letter-spacing: -.01em; }
h1 .brand { font-family: var(--serif); font-style: italic; }
.facts { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 0 0 1rem; padding: 0; color: var(--muted); }
.facts strong { color: var(--ink); font-size: 1.35rem; font-variant-numeric: tabular-nums; margin-right: .15rem; }
.facts .bad strong { color: var(--error); }
.overview { display: flex; flex-wrap: wrap; gap: 1.5rem 3rem; align-items: flex-start; }
table.summary { border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.summary caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
table.summary th, table.summary td { padding: .3rem .8rem; border-bottom: 1px solid var(--rule); text-align: left; }
table.summary thead th { border-bottom: 2px solid var(--ink); font-weight: 600; }
table.summary tfoot th, table.summary tfoot td { border-top: 2px solid var(--ink); border-bottom: 0; font-weight: 700; }
table.summary .num { text-align: right; }
table.summary .zero { color: #a3a09a; }
table.summary tbody th { font-weight: 500; }
.clean-run { color: var(--ok); font-weight: 600; margin: 0; }
nav.files ol { margin: 1.8rem 0 0; padding-left: 1.4rem; }
nav.files a { color: var(--ink); font-family: var(--mono); font-size: .9em; }
.state { color: var(--muted); font-size: .9em; margin-left: .4rem; }
.state.bad { color: var(--error); font-weight: 600; } .state.ok { color: var(--ok); }
.legend { margin: 1.1rem 0 0; color: var(--muted); font-size: .9em; display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: baseline; }
.legend .key mark { font-family: var(--serif); font-size: 1.05em; padding: 0 .25em; cursor: default; }
.legend .hint { margin-left: .5rem; }
h2 { margin: 0 0 1rem; font-size: 1.05rem; font-weight: 600; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; }
h2 .path { font-family: var(--mono); margin-right: .5rem; overflow-wrap: anywhere; }
.chip { font-size: .75rem; font-weight: 600; border-radius: 999px; padding: .1rem .6rem; border: 1px solid currentColor; }
.chip.sev-error { color: var(--error); background: var(--error-bg); }
.chip.sev-warning { color: var(--warning); background: var(--warning-bg); }
.chip.sev-info { color: var(--info); background: var(--info-bg); }
.error { margin: 0 0 .75rem; padding: .6rem .9rem; border-left: 4px solid var(--error); background: var(--error-bg); color: #5c1410; }
.layout { display: grid; grid-template-columns: minmax(0, 46rem) minmax(19rem, 28rem); gap: 2.5rem; align-items: start;
  justify-content: space-between; }
article.copy { min-width: 0; }
.text { font-family: var(--serif); font-size: 1.12rem; line-height: 1.75; white-space: pre-wrap; overflow-wrap: anywhere;
  tab-size: 4; }
mark.hl { color: inherit; background: var(--bg); border-bottom: 2px solid var(--line); border-radius: 2px;
  padding: 0 0 1px; background-clip: content-box; -webkit-box-decoration-break: clone; box-decoration-break: clone; cursor: pointer; }
mark.hl .hl { padding-bottom: 4px; }
mark.hl .hl .hl { padding-bottom: 7px; }
.sev-error { --bg: var(--error-bg); --line: var(--error); --dark: var(--error); }
.sev-warning { --bg: var(--warning-bg); --line: var(--warning-line); --dark: var(--warning); }
.sev-info { --bg: var(--info-bg); --line: var(--info); --dark: var(--info); }
mark.hl.sev-warning { border-bottom-style: dashed; }
mark.hl.sev-info { border-bottom-style: dotted; }
mark.hl[id]::before { content: attr(data-n); font: 700 .6em/1 var(--sans); vertical-align: .7em; color: var(--dark);
  margin: 0 .15em 0 .05em; }
mark.hl.empty { border-bottom: 0; border-left: 2px solid var(--line); padding: 0 .1em; }
mark.hl:hover { filter: saturate(2.2) brightness(.97); }
mark.hl:focus-visible, .jump:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; }
mark.hl:target { outline: 3px solid var(--dark); outline-offset: 2px; animation: flash 1.2s ease-out; }
@keyframes flash { from { box-shadow: 0 0 0 6px var(--bg); } to { box-shadow: 0 0 0 0 transparent; } }
aside.findings { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; overscroll-behavior: contain;
  padding-right: .25rem; }
aside .clean { color: var(--ok); font-weight: 600; margin: 0; }
.finding-list { list-style: none; margin: 0; padding: 0; display: grid; gap: .6rem; }
.item { border: 1px solid var(--rule); border-left: 4px solid var(--line); border-radius: 6px; padding: .55rem .75rem;
  background: var(--paper); break-inside: avoid; }
.item.active, .item:target { background: var(--bg); }
.jump { text-decoration: none; color: var(--ink); font-variant-numeric: tabular-nums; margin-right: .25rem; }
.jump .n { display: inline-block; min-width: 1.5em; padding: 0 .3em; margin-right: .4rem; border-radius: 4px; text-align: center;
  background: var(--dark); color: #fff; font-weight: 700; font-size: .8rem; }
.jump .where { color: var(--muted); font-size: .85rem; text-decoration: underline; text-underline-offset: 2px; }
.jump:hover .where { color: var(--ink); }
.badge { display: inline-block; font-size: .68rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  color: var(--dark); border: 1px solid currentColor; border-radius: 3px; padding: 0 .3rem; vertical-align: .1em; }
code.rule { font: 600 .85rem var(--mono); }
.name { color: var(--muted); font-size: .85rem; }
.message { margin: .3rem 0 0; }
.flagged { display: block; margin: .3rem 0 0; font-family: var(--serif); color: var(--muted); font-size: .95rem; }
.suggestion { margin: .3rem 0 0; font-size: .9rem; }
.suggestion ins { text-decoration: none; background: #dcf3e3; color: #0f4d27; padding: 0 .25em; border-radius: 3px; font-family: var(--serif); }
.suggestion .label { color: var(--muted); }
.suggestion del { color: #7a1d17; text-decoration-color: var(--error); font-family: var(--serif); }
.empty { text-align: center; color: var(--muted); }
@media (max-width: 60rem) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  aside.findings { position: static; max-height: none; }
}
@media print {
  body { background: #fff; padding: 0; font-size: 11pt; }
  header.run, section.file { border: 0; padding: 0; margin-bottom: 1.5rem; max-width: none; }
  section.file { break-before: page; }
  .layout { grid-template-columns: minmax(0, 1fr); }
  aside.findings { position: static; max-height: none; overflow: visible; }
  .legend .hint, nav.files { display: none; }
  .text { max-width: none; font-size: 11.5pt; }
  mark.hl:target { outline: 0; animation: none; }
}
"""
_JS = """
function pick(e) {  // a clicked highlight (or Enter on one) shows its entry in the side list
  var m = e.target.closest && e.target.closest("mark.hl[data-n]"); if (!m || (e.key && e.key !== "Enter")) return;
  var li = document.getElementById((m.id || m.dataset.partOf) + "-item"); if (!li) return;
  document.querySelectorAll(".item.active").forEach(function (x) { x.classList.remove("active"); });
  li.classList.add("active"); li.scrollIntoView({block: "nearest"});
}
document.addEventListener("click", pick); document.addEventListener("keydown", pick);
"""
