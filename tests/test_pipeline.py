"""Adopting newslint in a pipeline: baselines, safe fixes, per-path settings, the Python
API and the documented GitHub Actions workflow."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import EXAMPLES, ROOT, SCRAPED, need_shared, newslint_command, run_cli

ARTICLE = """Council delays vote

The council will meet again on TK, the clerk said.

Residents asked for more time to read the plan.

You may also like
"""


def codes(result) -> list[tuple[str, int]]:
    report = json.loads(result.stdout)
    return [(f["rule"], f["line"]) for file in report["files"] for f in file["findings"]]


def test_baseline_reports_only_new_findings(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    assert run_cli("check", "a.txt", "--write-baseline", "base.json", cwd=tmp_path).returncode == 1
    entries = json.loads((tmp_path / "base.json").read_text())["entries"]
    assert [e["rule"] for e in entries] == ["PH002", "JK001"]

    # A paragraph inserted above the old findings moves their lines: still known.
    article.write_text(ARTICLE.replace("Council delays vote\n\n", "Council delays vote\n\nA new first paragraph.\n\n"))
    result = run_cli("check", "a.txt", "--baseline", "base.json", "--format", "json", cwd=tmp_path)
    assert codes(result) == [] and result.returncode == 0

    # A new placeholder is new.
    article.write_text(article.read_text() + "\nThe budget is XX million, officials said.\n")
    result = run_cli("check", "a.txt", "--baseline", "base.json", "--format", "json", cwd=tmp_path)
    assert [c for c, _ in codes(result)] == ["PH003"]


def test_baseline_entries_that_no_longer_match_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    run_cli("check", "a.txt", "--write-baseline", "base.json", cwd=tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE.replace("You may also like\n", ""))
    result = run_cli("check", "a.txt", "--baseline", "base.json", cwd=tmp_path)
    assert "baseline entry no longer matches: a.txt: JK001 'You may also like'" in result.stderr.decode()


def test_bad_baseline_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "base.json").write_text("{not json")
    result = run_cli("check", "a.txt", "--baseline", "base.json", cwd=tmp_path)
    assert result.returncode == 2 and "base.json: baseline is not valid JSON" in result.stderr.decode()


def test_fix_on_the_scraped_article_touches_only_what_is_safe(tmp_path):
    need_shared(SCRAPED)
    copy = tmp_path / "article.txt"
    copy.write_bytes(SCRAPED.read_bytes())
    run_cli("check", "article.txt", "--fix", cwd=tmp_path)
    before = SCRAPED.read_text(encoding="utf-8").splitlines(keepends=True)
    after = copy.read_text(encoding="utf-8").splitlines(keepends=True)
    # Lines 35 and 37 are gone (with their line endings); the label prefixes on lines 5, 7
    # and 9 are stripped; every other byte is as it was.
    expected = list(before)
    for number in (37, 35):
        del expected[number - 1]
    for number, label in ((5, "Title: "), (7, "Subtitle: "), (9, "Date: ")):
        assert expected[number - 1].startswith(label)
        expected[number - 1] = expected[number - 1][len(label):]
    assert after == expected
    fixed = copy.read_bytes()
    run_cli("check", "article.txt", "--fix", cwd=tmp_path)
    assert copy.read_bytes() == fixed  # a second --fix changes nothing


def test_placeholders_and_facts_are_never_fixed(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    run_cli("check", "a.txt", "--fix", cwd=tmp_path)
    assert (tmp_path / "a.txt").read_text() == ARTICLE.replace("\nYou may also like\n", "\n")


def test_diff_shows_and_changes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run_cli("check", "a.txt", "--diff", cwd=tmp_path)
    assert "-You may also like\n" in result.stdout.decode()
    assert (tmp_path / "a.txt").read_text() == ARTICLE


def test_fix_keeps_crlf_and_bom(tmp_path):
    data = ("\ufeff" + ARTICLE.replace("\n", "\r\n")).encode("utf-8")
    (tmp_path / "a.txt").write_bytes(data)
    run_cli("check", "a.txt", "--fix", cwd=tmp_path)
    assert (tmp_path / "a.txt").read_bytes() == data.replace(b"You may also like\r\n", b"")


def test_overrides_by_path(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "transcripts").mkdir()
    long = "Storm\n\nThe storm hit the coast. " + "It went on and on and on and on. " * 30 + "\n"
    (tmp_path / "news" / "a.txt").write_text(long.replace(". It", ", and it"))
    (tmp_path / "transcripts" / "a.txt").write_text(long.replace(". It", ", and it"))
    (tmp_path / "newslint.toml").write_text(
        '[[overrides]]\nfiles = ["transcripts/*"]\nignore = ["readability"]\n\n'
        '[[overrides]]\nfiles = "news/*"\nseverity = { long-sentence = "error" }\n'
    )
    report = json.loads(run_cli("check", "news", "transcripts", "--format", "json", cwd=tmp_path).stdout)
    by_file = {f["path"]: [(x["rule"], x["severity"]) for x in f["findings"]] for f in report["files"]}
    assert ("RD002", "error") in by_file["news/a.txt"]
    assert not any(rule.startswith("RD") for rule, _ in by_file["transcripts/a.txt"])


def test_bad_override_names_the_key(tmp_path):
    (tmp_path / "newslint.toml").write_text('[[overrides]]\nfiles = ["x/*"]\nignor = ["junk"]\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run_cli("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2 and "overrides[0]: unknown key 'ignor' (did you mean 'ignore'?)" in result.stderr.decode()


def test_python_api_matches_the_cli(monkeypatch):
    import newslint

    monkeypatch.setenv("NEWSLINT_LANGUAGETOOL", "off")
    results = newslint.lint_paths([EXAMPLES])
    cli = json.loads(run_cli("check", str(EXAMPLES), "--format", "json").stdout)
    assert [[f.to_json() for f in r.findings] for r in results] == [f["findings"] for f in cli["files"]]
    text = (EXAMPLES / "draft-with-placeholders.txt").read_text()
    from_text = newslint.lint_text(text, path=str(EXAMPLES / "draft-with-placeholders.txt"))
    assert from_text == results[[Path(r.path).name for r in results].index("draft-with-placeholders.txt")].findings


def test_documented_github_workflow_runs_locally(tmp_path):
    workflow = yaml.safe_load((ROOT / "docs" / "workflows" / "newslint.yml").read_text())
    steps = workflow["jobs"]["newslint"]["steps"]
    commands = [s["run"] for s in steps if "run" in s and s["run"].startswith("newslint")]
    assert len(commands) == 2
    shutil.copytree(EXAMPLES, tmp_path / "articles")
    bin_dir = Path(newslint_command()[0]).parent if len(newslint_command()) == 1 else Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           **workflow["env"], "NEWSLINT_LANGUAGETOOL": "off"}
    annotate = subprocess.run(["bash", "-c", commands[0]], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert annotate.returncode == 1  # the examples carry errors
    assert "::error file=articles/draft-with-placeholders.txt,line=" in annotate.stdout
    sarif = subprocess.run(["bash", "-c", commands[1]], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert sarif.returncode == 0
    report = json.loads((tmp_path / "newslint.sarif").read_text())
    assert report["version"] == "2.1.0" and report["runs"][0]["results"]


def test_fix_drops_the_comment_thread_after_a_story_whole(tmp_path):
    story = ("Fetch arrives in browsers\n\nThe Fetch API shipped on Tuesday.\n\nIt replaces XHR for most "
             "requests.\n\nStreams come next, the team said.\n\nThanks to the reviewers.\n")
    thread = ("\nAlexander Petrov wrote on March 11th, 2015 at 02:57:\n\nGreat write-up, thanks.\n\n"
              "Anonymous\n\nWill it work offline?\n")
    article = tmp_path / "a.txt"
    article.write_text(story + thread, encoding="utf-8")
    found = codes(run_cli("check", "a.txt", "--format", "json", "--select", "JK009", cwd=tmp_path))
    assert found == [("JK009", 11)]
    run_cli("check", "a.txt", "--fix", "--select", "JK009", cwd=tmp_path)
    assert article.read_text(encoding="utf-8") == story  # the story and its final line break stay


def test_a_share_bar_is_reported_once_by_the_rule_that_knows_its_words():
    from newslint.engine.lint import lint_text

    text = "Council delays vote\n\nThe council will meet again on Monday.\n\nShare this article\n"
    assert [f.rule for f in lint_text(text, "a.txt", select=["JK003", "JK010"])] == ["JK003"]
    assert [f.rule for f in lint_text(text, "a.txt", select=["JK010"])] == ["JK010"]  # alone, the shape speaks


def test_a_furniture_line_s_fix_takes_its_own_line_ending_whatever_it_is():
    from newslint.engine.fix import apply_fixes
    from newslint.engine.lint import lint_text

    for ending in ("\n", "\r\n", "\r"):
        text = ending.join(["Storm hits coast", "", "The storm hit on Monday.", "", "Like It, Share It!", "",
                            "Roads reopened.", ""])
        fixed, applied = apply_fixes(text, lint_text(text, "a.txt", select=["JK010"]))
        assert applied == 1 and fixed == text.replace("Like It, Share It!" + ending, "")


def test_fix_drops_a_headless_teaser_list_and_keeps_one_blank_line_between_paragraphs():
    from newslint.engine.fix import apply_fixes
    from newslint.engine.lint import lint_text

    story = "Flag photo draws backlash\n\nA photographer is fighting back.\n\n"
    teasers = ("Pizza Man Makes Special Delivery to Troops in Afghanistan\n\nRedesigned Scopes Fail to Stop "
               "Hospital Superbug Outbreaks\n\nAntarctica Post Office Attracts Record Number of Applicants\n\n")
    rest = "She plans to give part of her profits to charity.\n"
    for after in (rest, ""):
        text = story + teasers + after if after else story + teasers.rstrip("\n") + "\n"
        findings = lint_text(text, "a.txt", select=["JK011"])
        assert [f.rule for f in findings] == ["JK011"]
        fixed, applied = apply_fixes(text, findings)
        assert applied == 1 and fixed == (story + rest if after else story.rstrip("\n") + "\n")


def test_fix_drops_a_gallery_of_cut_off_cards_with_a_whole_one_between_and_keeps_the_story():
    from newslint.engine.fix import apply_fixes
    from newslint.engine.lint import lint_text

    story = ("Flag photo draws backlash\r\n\r\nThe photographer said she meant to honour the flag.\r\n\r\n"
             "She will give part of her profits to charity.\r\n")
    ending = "\r\nThe photographer will hold a free shoot for military families in May, she said.\r\n"
    cards = "".join(f"\r\n{card}\r\n" for card in (
        "An actor best known for a sitcom died on Tuesday. A publicist said he had suffered a heart attack at home in "
        "Los Angeles on the evening of the",
        "Eastern Aleppo has fallen, the ambassador said. Residents told reporters that the shelling had stopped by "
        "the time the convoys of the",
        "A video shows an officer dragging a passenger. The passenger was removed from the flight for failing to "
        "follow the instructions of the",
        "The coldest air in a decade will reach Chicago this week, forecasters said, and schools may close on "
        "Thursday if it does.",
        "An eight-year-old boy called for help when his mother fell into an icy pond. A neighbour told reporters "
        "that they were walking behind the"))
    text = story + cards + ending
    findings = lint_text(text, "a.txt", select=["JK011"])
    assert [f.rule for f in findings] == ["JK011"]
    fixed, applied = apply_fixes(text, findings)
    assert applied == 1 and fixed == story + ending


def test_markdown_headings_are_scaffolding_in_plain_text_and_formatting_in_markdown():
    from newslint.engine.fix import apply_fixes
    from newslint.engine.lint import lint_text

    text = "Council backs bus lanes\n\nThe council voted on Tuesday.\n\n## What comes next\n\n**Background**\n\nWork begins.\n"
    assert lint_text(text, "a.md", select=["SC004"]) == []
    findings = lint_text(text, "a.txt", select=["SC004"])
    assert [(f.rule, f.line) for f in findings] == [("SC004", 5), ("SC004", 7)]
    fixed, applied = apply_fixes(text, findings)
    assert applied == 2 and fixed == text.replace("## ", "").replace("**", "")  # the words stay


def _one_source(folder: Path, count: int) -> None:
    """count articles of one site: each its own story, with the site's standing lines."""
    folder.mkdir(parents=True, exist_ok=True)
    towns = ["Leeds", "York", "Hull", "Bradford", "Wakefield"]
    for number in range(count):
        (folder / f"story{number}.txt").write_text(
            f"Flooding closes roads in {towns[number]}\n\nRoads in {towns[number]} closed on Monday after "
            f"{number + 2} days of rain, the council said.\n\nGot a story for us? Email the newsdesk at "
            "news@example.com.\n\n(Reporting by Jane Smith; Editing by Tom Brown)\n", encoding="utf-8")


def test_a_line_one_source_repeats_across_its_articles_is_boilerplate_and_its_credits_are_not(tmp_path):
    _one_source(tmp_path / "site", 4)
    folder_run = codes(run_cli("check", "site", "--format", "json", "--select", "junk", cwd=tmp_path))
    assert folder_run == [("JK012", 5)] * 4  # the newsdesk line; the recurring credit stays
    assert codes(run_cli("check", "site", "--format", "json", "--select", "junk", "--jobs", "2", cwd=tmp_path)) == folder_run
    alone = run_cli("check", "site/story0.txt", "--format", "json", "--select", "junk", cwd=tmp_path)
    assert codes(alone) == [] and alone.returncode == 0  # one article shows no recurrence


def test_boilerplate_needs_three_articles_of_one_folder_and_newsrooms_can_allow_a_line(tmp_path):
    _one_source(tmp_path / "two", 2)
    _one_source(tmp_path / "three", 3)
    found = json.loads(run_cli("check", ".", "--format", "json", "--select", "JK012", cwd=tmp_path).stdout)
    assert sorted(Path(f["path"]).parent.name for f in found["files"] if f["findings"]) == ["three"] * 3
    (tmp_path / "newslint.toml").write_text('[rules.batch-boilerplate]\nallow = ["email the newsdesk"]\n')
    assert codes(run_cli("check", ".", "--format", "json", "--select", "JK012", cwd=tmp_path)) == []


def test_fix_removes_boilerplate_with_its_paragraph_break_and_nothing_else(tmp_path):
    _one_source(tmp_path / "site", 3)
    before = (tmp_path / "site" / "story1.txt").read_text(encoding="utf-8")
    run_cli("check", "site", "--fix", "--select", "JK012", cwd=tmp_path)
    after = (tmp_path / "site" / "story1.txt").read_text(encoding="utf-8")
    assert after == before.replace("Got a story for us? Email the newsdesk at news@example.com.\n\n", "")
    assert codes(run_cli("check", "site", "--format", "json", "--select", "JK012", cwd=tmp_path)) == []


def test_the_python_api_finds_boilerplate_as_the_cli_does(tmp_path):
    from newslint.engine.lint import lint_paths

    _one_source(tmp_path / "site", 3)
    results = lint_paths([tmp_path / "site"], select=["JK012"])
    assert [(f.rule, f.line) for r in results for f in r.findings] == [("JK012", 5)] * 3


def test_an_essay_heading_goes_with_its_paragraph_break():
    from newslint.engine.fix import apply_fixes
    from newslint.engine.lint import lint_text

    text = "Council backs bus lanes\n\nIntroduction\n\nThe council voted.\n\nIn conclusion\n\nWork begins.\n"
    fixed, applied = apply_fixes(text, lint_text(text, "a.txt", select=["SC004"]))
    assert applied == 2 and fixed == "Council backs bus lanes\n\nThe council voted.\n\nWork begins.\n"


def test_a_line_inside_a_furniture_run_is_reported_once_as_part_of_the_run():
    from newslint.engine.lint import lint_text

    story = ("Council backs bus lanes\n\nThe council voted 7-2 on Tuesday to add bus lanes.\n\nWork begins in May.\n\n"
             "Cyclists welcomed the plan.\n\nThe lanes open next year.\n\n")
    alone = lint_text(story + "Enlarge this image\n", "a.txt", select=["JK009", "JK010"])
    assert [f.rule for f in alone] == ["JK010"]  # on its own line, JK010 names it
    run = "More from Reuters\n\nEnlarge this image\n\nTen Things You Missed This Week\n"
    found = lint_text(story + run, "a.txt", select=["JK009", "JK010"])
    assert [(f.rule, f.line) for f in found] == [("JK009", 11)]
    silenced = lint_text(story + "<!-- newslint-disable JK009 -->\n" + run, "a.txt", select=["JK009", "JK010"])
    assert [(f.rule, f.line) for f in silenced] == [("JK010", 14)]  # silencing the run does not silence its lines


def test_a_chatbot_frame_fix_takes_only_the_model_s_words():
    """SC005's fix removes the handover up to its colon and each sign-off sentence with the
    space before it; the story's sentences around and between them stay."""
    from newslint.engine.fix import apply_fixes
    from newslint.engine.lint import lint_text

    text = ("Floods hit three towns\n\nSure! Here is the article you asked for: Flood defences failed in three towns. "
            "Officials said so.\n\nThe river rose. Let me know if you need any adjustments! The council met. "
            "Would you like me to add quotes?\n")
    findings = lint_text(text, "a.txt", select=["SC005"])
    assert [(f.line, f.column) for f in findings] == [(3, 1), (5, 17), (5, 75)]
    fixed, applied = apply_fixes(text, findings)
    assert applied == 3 and fixed == ("Floods hit three towns\n\nFlood defences failed in three towns. Officials said "
                                      "so.\n\nThe river rose. The council met.\n")
