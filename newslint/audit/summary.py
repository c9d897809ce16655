"""The audit's summary, three ways: summary.json (the contract other tools read),
summary.html (one self-contained page: inline CSS, inline SVG charts, no network) and a
rich table in the terminal. All three come from the one summary dict that
newslint.audit builds."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

SEVERITIES = ("error", "warning", "info")


def write_reports(summary: dict, out: Path) -> tuple[str, ...]:
    """OUT/summary.json and OUT/summary.html, each written whole or not at all (and never
    through a symlink); returns their names, for the audit's manifest."""
    from newslint.files import write_new

    write_new(out / "summary.json", json.dumps(summary, indent=1, ensure_ascii=False) + "\n")
    write_new(out / "summary.html", render_html(summary))
    return ("summary.json", "summary.html")


# -- terminal ------------------------------------------------------------------------------


def print_summary(summary: dict, console=None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console(highlight=False)
    style = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    clean = summary["share_clean"]
    console.print(
        f"[bold]newslint audit[/] of {escape_rich(summary['source'])}: "
        f"{summary['articles']:,} articles, "
        f"[green]{_pct(clean)} clean[/], {summary['findings']:,} findings, "
        f"{summary['articles_with_errors']:,} articles with errors"
        + (f", [red]{summary['articles_unreadable']:,} could not be linted[/]" if summary["articles_unreadable"] else "")
        + (f", [yellow]{summary.get('articles_skipped', 0):,} skipped over max-file-size[/]" if summary.get("articles_skipped") else "")
        + (f", [bold red]{summary.get('rule_failures', 0):,} rule failures[/]" if summary.get("rule_failures") else "")
        + f" ({summary['seconds']:.1f} s on {summary['workers']} worker{'s' if summary['workers'] != 1 else ''})",
        soft_wrap=True,
    )
    if summary["by_category"]:
        table = Table(title="Findings by category", title_justify="left")
        table.add_column("category")
        for severity in SEVERITIES:
            table.add_column(severity, justify="right", style=style[severity])
        table.add_column("total", justify="right", style="bold")
        table.add_column("articles", justify="right")
        for row in summary["by_category"]:
            table.add_row(Text(row["category"]), *(f"{row[s]:,}" for s in SEVERITIES), f"{row['findings']:,}", f"{row['articles']:,}")
        console.print(table)

        rules = Table(title="Rules (most findings first)", title_justify="left")
        for name, justify in (("code", "left"), ("name", "left"), ("category", "left"), ("findings", "right"), ("articles", "right"), ("share of articles", "right")):
            rules.add_column(name, justify=justify)
        for row in summary["by_rule"][:10]:
            rules.add_row(Text(row["rule"]), Text(row["name"]), Text(row["category"]), f"{row['findings']:,}", f"{row['articles']:,}",
                          _pct(row["articles"] / summary["articles_linted"] if summary["articles_linted"] else None))
        if len(summary["by_rule"]) > 10:
            rules.caption = f"and {len(summary['by_rule']) - 10} more rules in summary.html"
        console.print(rules)
    for key, label, rows in (("outlet", "By outlet", summary["by_outlet"][:10]), ("month", "By month", summary["by_month"][-24:])):
        if not rows:
            continue
        table = Table(title=label, title_justify="left")
        for name, justify in ((key, "left"), ("articles", "right"), ("with findings", "right"), ("findings", "right"), ("errors", "right"), ("clean", "right")):
            table.add_column(name, justify=justify)
        for row in rows:
            table.add_row(Text(str(row[key] if row[key] is not None else "(none)")), f"{row['articles']:,}", f"{row['articles_with_findings']:,}",
                          f"{row['findings']:,}", f"{row['errors']:,}", _pct(row["share_clean"]))
        console.print(table)
    if summary["top_articles"]:
        table = Table(title="Articles with the most errors", title_justify="left")
        for name, justify in (("article", "left"), ("outlet", "left"), ("date", "left"), ("errors", "right"), ("warnings", "right"), ("info", "right")):
            table.add_column(name, justify=justify)
        for row in summary["top_articles"][:10]:
            table.add_row(Text(row["id"]), Text(row["outlet"] or ""), Text(row["date"] or ""), str(row["errors"]), str(row["warnings"]), str(row["infos"]))
        console.print(table)
    out = summary["out"]
    console.print(f"findings: {out}/findings/  articles: {out}/articles/  summary: {out}/summary.html, {out}/summary.json",
                  soft_wrap=True, markup=False)


def escape_rich(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def _pct(share) -> str:
    if share is None:
        return "–"
    value = 100 * share
    if 0 < value < 0.1:
        return "<0.1%"
    if 99.9 < value < 100:
        return ">99.9%"
    return f"{value:.1f}%"


# -- HTML ----------------------------------------------------------------------------------


def render_html(summary: dict) -> str:
    title = f"newslint audit: {summary['source']}"
    sections = [
        _overview(summary),
        _categories(summary),
        _rules(summary),
        _outlets(summary),
        _months(summary),
        _top_articles(summary),
        _failures(summary),
        _unreadable(summary),
        _skipped(summary),
    ]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="newslint audit">',
            # Nothing may load from anywhere: no fonts, scripts, images or frames from outside.
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
            f"<title>{escape(title)}</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            *[s for s in sections if s],
            _footer(summary),
            "</body>",
            "</html>",
            "",
        ]
    )


def _overview(s: dict) -> str:
    linted = s["articles_linted"]
    warned = s["articles_with_findings"] - s["articles_with_errors"]
    incomplete = linted - s["articles_clean"] - s["articles_with_findings"]  # no findings, but a rule failed
    skipped, failures = s.get("articles_skipped", 0), s.get("rule_failures", 0)
    facts = [
        ("articles", f"{s['articles']:,}", "articles audited", ""),
        ("share-clean", _pct(s["share_clean"]), "clean (no findings)", "ok"),
        ("findings", f"{s['findings']:,}", "findings", ""),
        ("articles-with-errors", f"{s['articles_with_errors']:,}", "articles with errors", "bad" if s["articles_with_errors"] else ""),
    ]
    if s["articles_unreadable"]:
        facts.append(("unreadable", f"{s['articles_unreadable']:,}", "could not be linted", "bad"))
    if skipped:
        facts.append(("skipped", f"{skipped:,}", "skipped over max-file-size", "bad"))
    if failures:
        facts.append(("rule-failures", f"{failures:,}", f"rule failures in {s['articles_with_rule_failures']:,} articles", "bad"))
    items = "".join(
        f'<li class="{cls}"><strong data-summary="{key}">{value}</strong> {escape(label)}</li>' for key, value, label, cls in facts
    )
    segments = [
        (s["articles_clean"], "clean", "clean"),
        (warned, "warned", "warnings or info only"),
        (s["articles_with_errors"], "errored", "with errors"),
        (incomplete, "incomplete", "no findings, but a rule failed"),
        (s["articles_unreadable"], "unreadable", "could not be linted"),
        (skipped, "skipped", "skipped over max-file-size"),
    ]
    bar = _share_bar(segments, s["articles"])
    legend = "".join(
        f'<span class="key"><i class="swatch {cls}"></i>{escape(label)}: {n:,} ({_pct(n / s["articles"] if s["articles"] else None)})</span>'
        for n, cls, label in segments
        if n or cls not in ("unreadable", "skipped", "incomplete")
    )
    meta = (
        f"{escape(s['input_format'])} source <code>{escape(s['source'])}</code> · "
        f"{escape(s['started'])} · {s['seconds']:.1f} s on {s['workers']} worker{'s' if s['workers'] != 1 else ''}, "
        f"{s['partitions']:,} partitions"
        + (f" · config <code>{escape(s['config'])}</code>" if s.get("config") else "")
    )
    return (
        '<header class="panel run" data-summary="run">'
        '<h1><span class="brand">newslint</span> audit</h1>'
        f'<p class="meta">{meta}</p>'
        f'<ul class="facts">{items}</ul>'
        f'<figure class="share" aria-label="Share of articles by outcome">{bar}<figcaption class="legend">{legend}</figcaption></figure>'
        "</header>"
    )


def _share_bar(segments, total: int) -> str:
    width, height = 1000, 28
    if not total:
        return f'<svg viewBox="0 0 {width} {height}" class="chart" role="img" aria-label="no articles"></svg>'
    x, parts = 0.0, []
    for n, cls, label in segments:
        if not n:
            continue
        w = width * n / total
        parts.append(f'<rect class="{cls}" x="{x:.2f}" y="0" width="{w:.2f}" height="{height}"><title>{escape(label)}: {n:,}</title></rect>')
        x += w
    return f'<svg viewBox="0 0 {width} {height}" preserveAspectRatio="none" class="chart bar-share" role="img" aria-label="articles by outcome">{"".join(parts)}</svg>'


def _section(key: str, title: str, lead: str, body: str) -> str:
    return f'<section class="panel" data-section="{key}"><h2>{escape(title)}</h2><p class="lead">{lead}</p>{body}</section>'


def _categories(s: dict) -> str:
    if not s["by_category"]:
        return _section("categories", "Findings by category", "No findings: every article that could be linted is clean.", "")
    rows = [
        (row["category"], [(row[sev], f"sev-{sev}", f"{row[sev]:,} {sev}") for sev in SEVERITIES],
         f"{row['findings']:,} in {row['articles']:,} articles")
        for row in s["by_category"]
    ]
    table = _table(
        ["category", *SEVERITIES, "total", "articles"],
        [[row["category"], *(f"{row[sev]:,}" for sev in SEVERITIES), f"{row['findings']:,}", f"{row['articles']:,}"] for row in s["by_category"]],
        numeric=range(1, 6),
    )
    legend = "".join(f'<span class="key"><i class="swatch sev-{sev}"></i>{sev}</span>' for sev in SEVERITIES)
    return _section("categories", "Findings by category", "Bars split by severity.",
                    f'{_hbars(rows)}<p class="legend">{legend}</p>{table}')


def _rules(s: dict) -> str:
    if not s["by_rule"]:
        return ""
    linted = s["articles_linted"] or 1
    shown = sorted(s["by_rule"], key=lambda r: (-r["articles"], r["rule"]))[:15]
    rows = [
        (f"{r['rule']} {r['name']}", [(r["articles"], f"cat-{_css(r['category'])}", f"{r['articles']:,} articles")],
         f"{_pct(r['articles'] / linted)} of articles · {r['findings']:,} findings")
        for r in shown
    ]
    table = _table(
        ["code", "name", "category", "findings", "articles", "share of articles"],
        [[r["rule"], r["name"], r["category"], f"{r['findings']:,}", f"{r['articles']:,}", _pct(r["articles"] / linted)] for r in s["by_rule"]],
        numeric=range(3, 6),
    )
    more = f"All {len(s['by_rule'])} rules" if len(s["by_rule"]) > len(shown) else "Every rule that fired"
    categories = dict.fromkeys(r["category"] for r in shown)
    legend = "".join(f'<span class="key"><i class="swatch cat-{_css(c)}"></i>{escape(c)}</span>' for c in categories)
    return _section(
        "rules", "Rules",
        f"How many articles each rule flags (the {len(shown)} most widespread), coloured by category.",
        _hbars(rows) + f'<p class="legend">{legend}</p>' + f"<details><summary>{more}, as a table</summary>{table}</details>",
    )


def _outlets(s: dict) -> str:
    rows_in = s["by_outlet"]
    if not rows_in:
        return ""
    shown = sorted(rows_in, key=lambda r: (-r["articles"], str(r["outlet"])))[:20]
    rows = []
    for r in shown:
        share = r["articles_with_findings"] / r["articles"] if r["articles"] else 0
        label = r["outlet"] if r["outlet"] is not None else "(no outlet)"
        rows.append((label, [(share, "warned", f"{_pct(share)} of {r['articles']:,} articles have findings")],
                     f"{_pct(share)} of {r['articles']:,} · {r['findings']:,} findings"))
    table = _table(
        ["outlet", "articles", "with findings", "findings", "errors", "clean"],
        [[r["outlet"] if r["outlet"] is not None else "(no outlet)", f"{r['articles']:,}", f"{r['articles_with_findings']:,}",
          f"{r['findings']:,}", f"{r['errors']:,}", _pct(r["share_clean"])] for r in rows_in],
        numeric=range(1, 6),
    )
    return _section("outlets", "By outlet or feed",
                    f"Share of each outlet's articles with at least one finding (the {len(shown)} largest outlets).",
                    _hbars(rows, scale=1.0) + f"<details><summary>All {len(rows_in)} outlets, as a table</summary>{table}</details>")


def _months(s: dict) -> str:
    months = s["by_month"]
    if not months:
        return ""
    columns = [
        (m["month"], [(m["errors"], "sev-error", f"{m['errors']:,} errors"), (m["findings"] - m["errors"], "sev-warning", f"{m['findings'] - m['errors']:,} warnings and info")],
         f"{m['month']}: {m['findings']:,} findings in {m['articles']:,} articles ({_pct(m['share_clean'])} clean)")
        for m in months
    ]
    table = _table(
        ["month", "articles", "with findings", "findings", "errors", "clean"],
        [[m["month"], f"{m['articles']:,}", f"{m['articles_with_findings']:,}", f"{m['findings']:,}", f"{m['errors']:,}", _pct(m["share_clean"])] for m in months],
        numeric=range(1, 6),
    )
    undated = s.get("articles_without_month", 0)
    note = f" {undated:,} articles have no readable date and are left out." if undated else ""
    legend = '<p class="legend"><span class="key"><i class="swatch sev-error"></i>errors</span><span class="key"><i class="swatch sev-warning"></i>warnings and info</span></p>'
    return _section("months", "By month", f"Findings per month of publication.{note}",
                    _columns(columns) + legend + f"<details><summary>Every month, as a table</summary>{table}</details>")


def _top_articles(s: dict) -> str:
    top = s["top_articles"]
    if not top:
        return ""
    table = _table(
        ["article", "outlet", "date", "errors", "warnings", "info", "findings"],
        [[r["id"], r["outlet"] or "", r["date"] or "", str(r["errors"]), str(r["warnings"]), str(r["infos"]), str(r["findings"])] for r in top],
        numeric=range(3, 7), mono={0},
    )
    return _section("top-articles", "Articles with the most errors",
                    "Ranked by findings of error severity, then by all findings. Their findings are in findings/ under article_id.", table)


def _listed(rows: list, total: int, field: str, column: str, css: str) -> str:
    """The first of some articles with why, and how many more the articles/ table holds."""
    items = "".join(f"<li><code>{escape(r['id'])}</code>: {escape(r[field])}</li>" for r in rows)
    more = total - len(rows)
    tail = f"<p>and {more:,} more: articles/ has each one's in the {column} column.</p>" if more > 0 else ""
    return f'<ul class="{css}">{items}</ul>{tail}'


def _unreadable(s: dict) -> str:
    if not s["unreadable"]:
        return ""
    return _section("unreadable", "Articles that could not be linted", "Not counted as clean or as flagged.",
                    _listed(s["unreadable"], s["articles_unreadable"], "reason", "error", "unreadable"))


def _failures(s: dict) -> str:
    """Rules that crashed or timed out: their findings are missing from those articles."""
    if not s.get("rule_failures"):
        return ""
    return _section("rule-failures", "Rule failures",
                    f"{s['rule_failures']:,} rule failures in {s['articles_with_rule_failures']:,} articles: a rule crashed or "
                    "timed out, so those articles may lack findings the figures above would count.",
                    _listed(s["rule_failure_messages"], s["rule_failures"], "message", "crashes", "reasons"))


def _skipped(s: dict) -> str:
    if not s.get("articles_skipped"):
        return ""
    return _section("skipped", "Articles skipped over max-file-size",
                    "Not linted, as <code>newslint check</code> skips such files; not counted as clean or as flagged.",
                    _listed(s["skipped"], s["articles_skipped"], "reason", "error", "reasons"))


def _footer(s: dict) -> str:
    out = escape(s["out"])
    return (
        '<footer class="panel">'
        f"<p>Every finding is a row of the Parquet dataset <code>{out}/findings/</code> and every article a row of "
        f"<code>{out}/articles/</code>; the figures above are in <code>{out}/summary.json</code>. For example:</p>"
        "<pre>import pyarrow.dataset as ds\n"
        f"findings = ds.dataset(\"{out}/findings\").to_table(filter=ds.field(\"rule\") == \"JK001\")</pre>"
        "</footer>"
    )


def _css(text: str) -> str:
    return "".join(c if c.isalnum() or c == "-" else "-" for c in text.lower())


def _table(head, rows, numeric=(), mono=()) -> str:
    numeric = set(numeric)
    thead = "".join(f'<th scope="col"{" class=num" if i in numeric else ""}>{escape(h)}</th>' for i, h in enumerate(head))
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            cls = " ".join(c for c in ("num" if i in numeric else "", "mono" if i in mono else "") if c)
            attr = f' class="{cls}"' if cls else ""
            cells.append(f"<td{attr}>{escape(str(value))}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f'<table class="data"><thead><tr>{thead}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _short(label: str, limit: int = 30) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _hbars(rows, scale: float | None = None) -> str:
    """Horizontal bars: rows of (label, [(value, css class, tooltip)], note). Segments
    stack; the longest total (or `scale`) fills the plot width."""
    label_w, plot_w, note_w, bar_h, gap = 270, 500, 250, 20, 8
    width = label_w + plot_w + note_w
    height = len(rows) * (bar_h + gap)
    top = scale or max((sum(v for v, _, _ in segs) for _, segs, _ in rows), default=0) or 1
    parts = []
    for i, (label, segments, note) in enumerate(rows):
        y = i * (bar_h + gap)
        text_y = y + bar_h * 0.72
        parts.append(f'<text class="label" x="{label_w - 10}" y="{text_y:.1f}" text-anchor="end"><title>{escape(str(label))}</title>{escape(_short(str(label)))}</text>')
        parts.append(f'<rect class="track" x="{label_w}" y="{y}" width="{plot_w}" height="{bar_h}"/>')
        x = float(label_w)
        for value, cls, tip in segments:
            if value <= 0:
                continue
            w = plot_w * value / top
            parts.append(f'<rect class="{cls}" x="{x:.2f}" y="{y}" width="{max(w, 1):.2f}" height="{bar_h}"><title>{escape(str(label))}: {escape(tip)}</title></rect>')
            x += w
        parts.append(f'<text class="note" x="{x + 8:.1f}" y="{text_y:.1f}">{escape(note)}</text>')
    return (
        f'<svg class="chart hbars" viewBox="0 0 {width} {height}" width="{width}" role="img" '
        f'aria-label="bar chart">{"".join(parts)}</svg>'
    )


def _columns(columns) -> str:
    """Vertical stacked columns: (label, [(value, css class, tooltip)], tooltip)."""
    n = len(columns)
    left, plot_h, bottom = 56, 220, 46
    slot = max(6.0, min(60.0, 900 / max(1, n)))
    width = left + slot * n + 10
    height = plot_h + bottom + 10
    top = max((sum(v for v, _, _ in segs) for _, segs, _ in columns), default=0) or 1
    step = max(1, -(-62 // int(slot)))  # a label is about 60 px wide: keep them from colliding
    parts = []
    for fraction in (0, 0.5, 1):
        y = 10 + plot_h * (1 - fraction)
        parts.append(f'<line class="grid" x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{round(top * fraction):,}</text>')
    for i, (label, segments, tip) in enumerate(columns):
        x = left + i * slot + slot * 0.12
        w = slot * 0.76
        base = 10 + plot_h
        group = [f"<title>{escape(tip)}</title>"]
        for value, cls, _ in segments:
            if value <= 0:
                continue
            h = plot_h * value / top
            base -= h
            group.append(f'<rect class="{cls}" x="{x:.2f}" y="{base:.2f}" width="{w:.2f}" height="{h:.2f}"/>')
        parts.append(f'<g class="column">{"".join(group)}</g>')
        if i % step == 0:
            cx = x + w / 2
            parts.append(f'<text class="axis" x="{cx:.1f}" y="{plot_h + 26}" text-anchor="middle">{escape(str(label))}</text>')
    return (f'<svg class="chart columns" viewBox="0 0 {width:.0f} {height}" width="{width:.0f}" role="img" '
            f'aria-label="column chart">{"".join(parts)}</svg>')


_CSS = """
:root {
  --ink: #1d1d1f; --muted: #5b5b62; --rule: #dcd9d2; --paper: #ffffff; --desk: #f4f2ed;
  --error: #b3261e; --warning: #c77800; --info: #1b57b5; --ok: #1e7a40; --grey: #a3a09a; --track: #f1efe9;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --serif: "Iowan Old Style", "Charter", "Source Serif Pro", Georgia, "Times New Roman", serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; padding: 1.5rem; background: var(--desk); color: var(--ink); font: 15px/1.5 var(--sans); }
.panel { max-width: 84rem; margin: 0 auto 1.25rem; background: var(--paper); border: 1px solid var(--rule);
  border-radius: 10px; padding: 1.25rem 1.5rem; }
h1 { margin: 0 0 .25rem; font-size: 1.5rem; font-weight: 650; }
h1 .brand { font-family: var(--serif); font-style: italic; }
h2 { margin: 0 0 .2rem; font-size: 1.1rem; }
.meta, .lead { color: var(--muted); margin: 0 0 1rem; }
code, .mono { font-family: var(--mono); font-size: .9em; overflow-wrap: anywhere; }
.facts { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 2.5rem; margin: 0 0 1rem; padding: 0; color: var(--muted); }
.facts strong { display: block; color: var(--ink); font-size: 2rem; line-height: 1.1; font-variant-numeric: tabular-nums; }
.facts .ok strong { color: var(--ok); } .facts .bad strong { color: var(--error); }
figure.share { margin: 0; }
.chart { display: block; max-width: 100%; height: auto; font-family: var(--sans); }
.bar-share { width: 100%; height: 28px; border-radius: 6px; overflow: hidden; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1.25rem; margin: .5rem 0 0; color: var(--muted); font-size: .9em; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .35em; vertical-align: -.05em; }
.clean { fill: var(--ok); background: var(--ok); }
.warned { fill: var(--warning); background: var(--warning); }
.errored { fill: var(--error); background: var(--error); }
.unreadable { fill: var(--grey); background: var(--grey); }
.skipped { fill: #cfccc5; background: #cfccc5; }
.incomplete { fill: #6b2f8a; background: #6b2f8a; }
.sev-error { fill: var(--error); background: var(--error); }
.sev-warning { fill: var(--warning); background: var(--warning); }
.sev-info { fill: var(--info); background: var(--info); }
.cat-placeholder { --c: #b3261e; } .cat-scaffolding { --c: #8e3c8c; } .cat-junk { --c: #c77800; }
.cat-attribution { --c: #1b57b5; } .cat-consistency { --c: #0f766e; } .cat-readability { --c: #6b7280; }
.cat-grammar { --c: #4d7c0f; } .cat-style { --c: #7c5e10; }
[class*="cat-"] { fill: var(--c, #6b7280); background: var(--c, #6b7280); }
rect.track { fill: var(--track); }
text.label { font-size: 13px; fill: var(--ink); font-family: var(--mono); }
text.note, text.axis { font-size: 12px; fill: var(--muted); font-variant-numeric: tabular-nums; }
line.grid { stroke: var(--rule); stroke-width: 1; }
.hbars { margin: .25rem 0 .75rem; }
table.data { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: .5rem 0; }
table.data th, table.data td { padding: .28rem .75rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
table.data thead th { border-bottom: 2px solid var(--ink); font-weight: 600; }
table.data .num { text-align: right; }
details summary { cursor: pointer; color: var(--muted); margin: .5rem 0; }
pre { background: var(--desk); padding: .75rem 1rem; border-radius: 6px; overflow-x: auto; font-family: var(--mono); font-size: .85em; }
footer.panel p { margin-top: 0; }
@media print { body { background: none; padding: 0; } .panel { border: 0; } details { display: block; } }
"""
