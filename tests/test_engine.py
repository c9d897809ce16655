"""The engine: one crashing rule is reported and does not stop the others or the files."""

from __future__ import annotations

import os
import subprocess
import textwrap

from conftest import newslint_command

from newslint.engine.config import Config, Settings, resolve
from newslint.engine.run import lint_document
from newslint.readers import read_text
from newslint.rules.rule import Example, Rule


def _explode(doc, options):
    raise RuntimeError("boom")
    yield  # pragma: no cover


BROKEN = Rule(
    code="XT900", name="always-crashes", category="style", severity="info",
    summary="Crashes", why="For the test.", check=_explode,
    examples=(Example("[[x]]", bad=True), Example("y", bad=False)),
)


def test_a_crashing_rule_is_reported_and_the_others_still_run():
    settings = resolve(Config(), "a.txt")
    doc = read_text("Headline\n\nThe toll is TK.\n", "a.txt")
    result = lint_document(doc, Settings((BROKEN, *settings.rules)))
    assert [f.rule for f in result.findings] == ["PH002"]
    assert len(result.crashes) == 1
    assert result.crashes[0].startswith("internal error in rule XT900 (always-crashes): RuntimeError: boom")


def test_a_crashing_plugin_rule_exits_2_and_other_files_are_linted(tmp_path):
    site = tmp_path / "site"
    info = site / "crashy-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: crashy\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[newslint.rules]\ncrashy = crashy_rules:RULES\n")
    (site / "crashy_rules.py").write_text(textwrap.dedent('''
        from newslint.rules.rule import Example, Rule
        def _check(doc, options):
            if "explode" in doc.text:
                raise ValueError("cannot parse")
            return []
        RULES = [Rule(code="XT901", name="fragile", category="style", severity="info",
                      summary="Fragile", why="For the test.", check=_check,
                      examples=(Example("[[x]]", bad=True), Example("y", bad=False)))]
    '''))
    (tmp_path / "a.txt").write_text("Headline\n\nexplode TK here.\n")
    (tmp_path / "b.txt").write_text("Headline\n\nThe toll is TK.\n")
    env = {**os.environ, "PYTHONPATH": str(site), "NEWSLINT_LANGUAGETOOL": "off"}
    result = subprocess.run([*newslint_command(), "check", "a.txt", "b.txt"], cwd=tmp_path, env=env, capture_output=True)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert stderr.startswith("newslint: error: a.txt: internal error in rule XT901 (fragile): ValueError: cannot parse")
    assert len(stderr.splitlines()) == 1
    out = result.stdout.decode()
    assert "a.txt:3:9: error PH002" in out and "b.txt:3:13: error PH002" in out


def test_ci_tests_the_installed_package_not_the_source_tree():
    from conftest import ROOT

    import newslint

    if os.environ.get("CI") != "true":
        import pytest

        pytest.skip("only meaningful in CI, where the install is not editable")
    assert ROOT not in __import__("pathlib").Path(newslint.__file__).resolve().parents


def test_style_rules_leave_quoted_speech_alone():
    settings = resolve(Config(), "a.txt", select=["toward"])
    doc = read_text("Head\n\n“We walked towards the fire,” she said. Crews moved towards it.\n", "a.txt")
    found = lint_document(doc, settings).findings
    assert [doc.text[f.start:f.end] for f in found] == ["towards"]
    assert found[0].start > doc.text.index("said")
