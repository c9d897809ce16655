"""Rule packs written by users: strict validation with clear errors, plugins, clashes."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from newslint.errors import PackError
from newslint.rules.packs import bundled_packs_dir, load_pack
from newslint.rules.registry import build_registry

GOOD_RULE = """\
code: HS001
name: stated-for-said
category: style
severity: info
summary: Use "said", not "stated"
why: |
  "Said" is neutral; "stated" adds formality the copy does not need.
kind: pattern
ignore-case: true
phrases: [stated]
message: "Use 'said' instead of '{match}'"
examples:
  bad:
    - "The minister [[stated]] that talks would resume."
  good:
    - "The minister said that talks would resume."
"""


def write_pack(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def test_a_house_rule_loads(tmp_path):
    [rule] = load_pack(write_pack(tmp_path / "house", {"stated-for-said.yaml": GOOD_RULE}))
    assert (rule.code, rule.pack, rule.category) == ("HS001", "house", "style")


@pytest.mark.parametrize(
    "edit, message",
    [
        (("phrases: [stated]", "phrases: [stated]\npatern: 'x'"), "stated-for-said.yaml:11: unknown key 'patern' for kind 'pattern' (did you mean 'patterns'?)"),
        (("kind: pattern", "kind: patern"), "stated-for-said.yaml:8: kind: 'patern' is not one of pattern, line, label, substitution (did you mean 'pattern'?)"),
        (("severity: info", "severity: fatal"), "severity 'fatal' is not one of error, warning, info"),
        (("category: style", "category: prose"), "category 'prose' is not one of"),
        (("phrases: [stated]", "patterns: ['(unclosed']"), "stated-for-said.yaml:10: patterns: invalid regular expression '(unclosed'"),
        (("ignore-case: true", "ignore-case: 'yes'"), "ignore-case: expected bool, got str"),
        (("name: stated-for-said", "name: stated-said"), "rule name 'stated-said' must match the file name 'stated-for-said'"),
        (("code: HS001\n", ""), "missing key 'code'"),
        (("  good:\n    - \"The minister said that talks would resume.\"\n", ""), "needs at least one good and one bad example"),
        (("message: \"Use", "message: [\"Use"), "stated-for-said.yaml:"),
    ],
)
def test_bad_rule_files_name_file_line_and_key(tmp_path, edit, message):
    old, new = edit
    assert old in GOOD_RULE
    folder = write_pack(tmp_path / "house", {"stated-for-said.yaml": GOOD_RULE.replace(old, new)})
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    assert message in str(caught.value)
    assert str(folder / "stated-for-said.yaml") in str(caught.value)


def test_yaml_cannot_construct_python_objects(tmp_path):
    evil = GOOD_RULE.replace("summary: Use", "summary: !!python/object/apply:os.system ['echo hacked']\nx: Use")
    folder = write_pack(tmp_path / "house", {"stated-for-said.yaml": evil})
    with pytest.raises(PackError, match="stated-for-said.yaml"):
        load_pack(folder)


def test_duplicate_code_names_both_sources(tmp_path):
    clash = GOOD_RULE.replace("HS001", "PH002")  # PH002 is the bundled tk-marker
    folder = write_pack(tmp_path / "house", {"stated-for-said.yaml": clash})
    build_registry.cache_clear()
    with pytest.raises(PackError) as caught:
        build_registry((folder,))
    message = str(caught.value)
    assert "'PH002' is defined twice" in message
    assert str(bundled_packs_dir() / "core" / "tk-marker.yaml") in message
    assert str(folder / "stated-for-said.yaml") in message


def test_bundled_packs_ship_with_the_package():
    folder = bundled_packs_dir()
    assert (folder / "core").is_dir()
    assert len(list((folder / "core").glob("*.yaml"))) >= 15


PLUGIN_MODULE = '''
from newslint.rules.rule import Example, Hit, Rule

def _check(doc, options):
    index = doc.text.find("breaking news")
    if index >= 0:
        yield Hit((index, index + len("breaking news")))

RULES = [Rule(
    code="XT001", name="breaking-news-label", category="style", severity="info",
    summary="'Breaking news' label in copy", why="Labels age badly.",
    check=_check,
    examples=(Example("This is [[breaking news]].", bad=True), Example("This is news.", bad=False)),
)]
'''


def _install_plugin(tmp_path: Path, module: str, target: str) -> None:
    """A real installed distribution with an entry point, as pip would leave it."""
    site = tmp_path / "site"
    (site / "newslint_demo_plugin-1.0.dist-info").mkdir(parents=True)
    (site / "newslint_demo_plugin.py").write_text(module)
    info = site / "newslint_demo_plugin-1.0.dist-info"
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: newslint-demo-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[newslint.rules]\ndemo = {target}\n")
    sys.path.insert(0, str(site))


def test_plugin_rules_come_through_the_entry_point_group(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    _install_plugin(tmp_path, PLUGIN_MODULE, "newslint_demo_plugin:RULES")
    build_registry.cache_clear()
    try:
        rule = build_registry().find("XT001")
        assert rule is not None and "entry point 'demo'" in rule.source
    finally:
        sys.modules.pop("newslint_demo_plugin", None)
        build_registry.cache_clear()


def test_plugin_clashing_with_a_bundled_code_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    _install_plugin(tmp_path, PLUGIN_MODULE.replace("XT001", "SC001"), "newslint_demo_plugin:RULES")
    build_registry.cache_clear()
    try:
        with pytest.raises(PackError, match=r"'SC001' is defined twice: in .*template-label.yaml and in entry point 'demo'"):
            build_registry()
    finally:
        sys.modules.pop("newslint_demo_plugin", None)
        build_registry.cache_clear()


def test_an_edited_rule_file_is_read_again_not_served_from_the_cache(tmp_path, monkeypatch):
    """Parsed rule files are cached by path, size and modification time; an edit that
    keeps the size still changes the rule, and its errors still name the line."""
    import os

    from newslint.rules.packs import _parsed, save_parsed

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(_parsed, "_entries", None)
    folder = write_pack(tmp_path / "house", {"stated-for-said.yaml": GOOD_RULE})
    [rule] = load_pack(folder)
    save_parsed()
    assert list((tmp_path / "cache").glob("rule-files-v*.marshal"))
    monkeypatch.setattr(_parsed, "_entries", None)  # a new process: the cache is read back
    assert load_pack(folder)[0].summary == 'Use "said", not "stated"'
    path = folder / "stated-for-said.yaml"
    before = path.stat()
    path.write_text(GOOD_RULE.replace('Use "said"', 'Try "said"'), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    assert load_pack(folder)[0].summary == 'Try "said", not "stated"'
    path.write_text(GOOD_RULE.replace("phrases: [stated]", "phrases: [stated]\npatern: 'x'"), encoding="utf-8")
    with pytest.raises(PackError, match=r"stated-for-said.yaml:11: unknown key 'patern'"):
        load_pack(folder)
