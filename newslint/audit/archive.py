"""`newslint audit`: lint a whole archive on Dask and summarise what it finds.

    newslint audit archive.parquet --out audit/                 # an embedded local cluster
    newslint audit stories.jsonl --out audit/ --columns id=story_id,body=text
    newslint audit news/ --out audit/ --scheduler tcp://10.0.0.5:8786   # an existing cluster

SOURCE is a folder of article files (.txt, .md, .markdown, recursively), a JSON Lines file
(or a folder of them), or a Parquet file or dataset (hive partition folders such as
`outlet=Metro/` become columns). The run is planned on the client from metadata alone
(file lists, Parquet row-group sizes, JSONL byte ranges) and cut into partitions of at most
`--partition-size` articles; each worker reads its partition's articles itself, lints them
one at a time with `newslint.lint_text` and sends back one Arrow table of findings, one of
articles and a few counters. The client writes each partition's tables as a Parquet part
file the moment it arrives and folds the counters into the summary, so neither a worker nor
the client ever holds more than a partition's worth of articles or findings. Batch
boilerplate (JK012) needs the whole archive: a first, cheaper pass reads every partition and
sends back, for each source (a folder, or a row's outlet), how many articles hold each of its
furniture-shaped lines, by an 8-byte hash; the client keeps those counts, which grow with the
distinct furniture-shaped lines (a line or two an article at most, about 80 bytes each),
not with the text, and the lines found in three or more articles of a source are sent once
to every worker for the lint pass.

OUT is never allowed to cost the user a file: an audit refuses an OUT that is, is inside, or
holds SOURCE in a place it writes, and replaces in OUT only what an earlier audit listed in
OUT's manifest (.newslint-audit.json) and left unchanged. An article over max-file-size is
skipped, as `newslint check` skips such a file; a rule that fails on an article is counted
and makes the command exit 2, as `check` does.

Rows (Parquet, JSONL) are linted as the .txt article they would be: the headline line, a
blank line, a "By ..." line and a blank line when there is a byline, then the body, under the
path "{id}.txt". Files are linted with their own path. One config serves the whole run.

This module imports nothing from Dask or Arrow at import time; both are imported inside the
functions that need them. `newslint` itself imports only audit/options.py (the command's
arguments) unless the command is `audit`.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import pickle
import re
import stat
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newslint.audit.options import DEFAULT_PARTITION_SIZE, FORMATS, _csv, add_parser  # noqa: F401 - part of its interface
from newslint.files import ARTICLE_SUFFIXES

NEEDS_EXTRA = "newslint audit needs the archive extra: pip install 'newslint[archive]'"
EXIT_DONE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 2, 130
EXIT_RULE_FAILED = 2  # as `newslint check` when a rule crashed: the findings are incomplete

COLUMNS = ("id", "headline", "body", "byline", "date", "outlet", "url")
REQUIRED = ("id", "headline", "body")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARTITIONS_PER_WORKER = 8  # small archives are cut finer so no worker idles long at the end
_BATCH_ROWS = 512  # Parquet rows decoded at a time inside a partition
EXAMPLES = 20  # unreadable, skipped and failed articles the summary lists by name


class AuditError(Exception):
    """A usage or input error: one line for the user, exit code 2."""


# -- the command line ----------------------------------------------------------------------


def _error(message: str) -> None:
    from newslint.report.terminal import safe_for_terminal

    sys.stderr.write(f"newslint: error: {safe_for_terminal(message)}\n")


def run(args) -> int:
    """Run `newslint audit` from parsed arguments: 0 done; 2 a usage or input error, or a
    rule failed on some article (the audit is written, but its findings are incomplete)."""
    try:
        require_extra()
    except AuditError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_USAGE
    from newslint.errors import ConfigError, PackError

    show = not getattr(args, "quiet", False)
    try:
        summary = audit(
            args.source,
            args.out,
            input_format=getattr(args, "input_format", "auto"),
            columns=parse_columns(args.columns) if getattr(args, "columns", None) else None,
            config=getattr(args, "config", None),
            select=getattr(args, "select", None),
            ignore=getattr(args, "ignore", None) or (),
            scheduler=getattr(args, "scheduler", None),
            workers=getattr(args, "workers", None),
            partition_size=getattr(args, "partition_size", DEFAULT_PARTITION_SIZE),
            encoding=getattr(args, "encoding", None),
            languagetool=getattr(args, "languagetool", "off") or "off",
            top=getattr(args, "top", 20),
            progress=show and sys.stderr.isatty(),
        )
    except (AuditError, ConfigError, PackError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted; the output folder holds only the partitions finished so far")
        return EXIT_INTERRUPTED
    if show:
        from newslint.audit.summary import print_summary

        print_summary(summary)
    from newslint.report.terminal import safe_for_terminal

    for message in summary.get("notices", []):
        sys.stderr.write(f"newslint: note: {safe_for_terminal(message)}\n")
    if summary["articles_unreadable"]:
        sys.stderr.write(
            f"newslint: note: {summary['articles_unreadable']} article(s) could not be linted; "
            f"summary.json lists the first of them and articles/ has every reason\n"
        )
    if summary["articles_skipped"]:
        sys.stderr.write(
            f"newslint: note: {summary['articles_skipped']} article(s) skipped, over max-file-size "
            f"({_size_text(summary['max_file_size'], exact=False)}); articles/ gives each one's size\n"
        )
    if summary["rule_failures"]:
        # As `newslint check`: findings may be missing, so the run is not a clean bill.
        first = summary["rule_failure_messages"][0]
        _error(
            f"{summary['rule_failures']} rule failure(s) in {summary['articles_with_rule_failures']} article(s), "
            f"the first in {first['id']}: {' '.join(first['message'].split())}; those articles may lack findings "
            f"(summary.json and the crashes column of articles/ list the failures)"
        )
        return EXIT_RULE_FAILED
    return EXIT_DONE


def require_extra() -> None:
    """Raise AuditError with the install hint when Dask or Arrow is missing."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise AuditError(NEEDS_EXTRA) from None


def parse_columns(value: str) -> dict[str, str]:
    """`id=story_id,body=text` -> {"id": "story_id", "body": "text"}."""
    mapping = {}
    for item in _csv(value):
        key, sep, column = item.partition("=")
        key, column = key.strip(), column.strip()
        if not sep or not key or not column:
            raise AuditError(f"--columns: expected FIELD=COLUMN, got {item!r}")
        if key not in COLUMNS:
            from newslint.errors import did_you_mean

            raise AuditError(f"--columns: unknown field {key!r}{did_you_mean(key, COLUMNS)} (fields: {', '.join(COLUMNS)})")
        mapping[key] = column
    return mapping


# -- the run -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """What every partition needs; pickled to the workers with each task."""

    config: object  # newslint.engine.config.Config
    columns: dict = field(default_factory=dict)  # field -> source column
    select: tuple | None = None
    ignore: tuple = ()
    encoding: str | None = None
    languagetool: str = "off"
    top: int = 20


def audit(
    source,
    out,
    *,
    input_format: str = "auto",
    columns: dict | None = None,
    config=None,
    select=None,
    ignore=(),
    scheduler: str | None = None,
    workers: int | None = None,
    client=None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    encoding: str | None = None,
    languagetool: str = "off",
    top: int = 20,
    progress: bool = False,
) -> dict:
    """Audit SOURCE into the folder OUT and return the summary (also in OUT/summary.json).

    The cluster: `client` (a distributed.Client) if given, else the scheduler at `scheduler`,
    else a local cluster of `workers` processes (default: one per core), one thread each.
    Raises AuditError (and ConfigError, PackError) for what the user must fix.
    """
    require_extra()
    started = time.time()
    source = Path(source)
    out = Path(out)
    if not source.exists():
        raise AuditError(f"{source}: no such file or folder")
    if partition_size < 1:
        raise AuditError("--partition-size must be at least 1")
    if workers is not None and workers < 1:
        raise AuditError("--workers must be at least 1")
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise AuditError(f"--encoding: unknown encoding {encoding!r}") from None
    kind = detect_format(source) if input_format == "auto" else input_format
    chosen = load_config(config, source)
    options = Options(
        config=chosen,
        columns={**{c: c for c in COLUMNS}, **(columns or {})},
        select=tuple(select) if select is not None else None,
        ignore=tuple(ignore or ()),
        encoding=encoding,
        languagetool=languagetool or "off",
        top=max(0, int(top)),
    )
    _check_options(options)
    planner = {"files": plan_files, "jsonl": plan_jsonl, "parquet": plan_parquet}[kind]
    _check_places(source, out)
    _earlier_audit(out)  # refuse a harmful OUT before any cluster starts; nothing is changed yet

    local = client is None and not scheduler
    if local:  # plan before starting a cluster: a bad SOURCE costs no start-up
        tasks, expected = planner(source, partition_size, options, (workers or default_workers()) * PARTITIONS_PER_WORKER)
    with _cluster(client, scheduler, workers, options.languagetool) as dask_client:
        if not local:
            threads = max(1, sum(dask_client.nthreads().values()))
            tasks, expected = planner(source, partition_size, options, threads * PARTITIONS_PER_WORKER)
        dask_client.run(_prepare_worker, options.languagetool)
        _prepare_out(out, source, tasks)  # only now: a run that cannot start leaves an earlier audit alone
        totals = _Totals(top=options.top)
        written: dict = {}
        recurring = _recurring(dask_client, tasks, options)
        _execute(dask_client, tasks, options, out, totals, expected, progress, written, recurring)
        worker_count = len(dask_client.nthreads())

    summary = {
        "version": 1,
        "source": str(source),
        "input_format": kind,
        "out": str(out),
        "config": str(chosen.path) if chosen.path else None,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
        "seconds": round(time.time() - started, 3),
        "workers": worker_count,
        "partitions": len(tasks),
        "partition_size": max((t.size for t in tasks), default=0),
        "max_file_size": getattr(chosen, "max_file_size", None),
        **totals.summary(),
    }
    from newslint.audit.summary import write_reports

    try:
        for name in write_reports(summary, out):
            written[name] = _identity(out / name)
        _write_manifest(out, source, written)  # the run is whole: each file with what it was
    except OSError as exc:
        raise AuditError(f"--out: cannot write to {out} ({_first_line(exc)})") from None
    return summary


def detect_format(source: Path) -> str:
    """files, jsonl or parquet, from SOURCE's name or what its folder holds."""
    if source.is_file():
        name = source.name.lower()
        if name.endswith(".parquet") or name.endswith(".pq"):
            return "parquet"
        if name.endswith(JSONL_SUFFIXES) or name.endswith(".json"):
            return "jsonl"
        raise AuditError(f"{source}: not a folder, a JSON Lines file (.jsonl) or a Parquet file (.parquet); give --input-format")
    if source.name.lower().endswith(".parquet"):
        return "parquet"
    found = Counter()
    for root, dirs, files in os.walk(source):
        dirs[:] = [d for d in dirs if not d.startswith((".", "_"))]
        for name in files:
            lowered = name.lower()
            if lowered.startswith((".", "_")):
                continue
            if lowered.endswith(".parquet"):
                found["parquet"] += 1
            elif lowered.endswith(JSONL_SUFFIXES):
                found["jsonl"] += 1
            elif lowered.endswith(ARTICLE_SUFFIXES):
                found["files"] += 1
        if len(found) > 1 or sum(found.values()) > 1000:
            break
    if len(found) > 1:
        raise AuditError(f"{source}: holds {' and '.join(sorted(found))} files; say which with --input-format")
    if not found:
        raise AuditError(f"{source}: no articles (.txt, .md), JSON Lines or Parquet files in it")
    return next(iter(found))


def load_config(config, source: Path):
    """One Config for the whole run: --config FILE, a Config, or the one found from SOURCE."""
    from newslint.engine.config import Config, find_config, load_config_file
    from newslint.errors import ConfigError

    if isinstance(config, Config):
        return config
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise AuditError(f"--config: {path}: no such file")
        loaded = load_config_file(path.resolve())
        if loaded is None:
            raise ConfigError(f"{path}: has no [tool.newslint] table")
        return loaded
    folder = source.resolve() if source.is_dir() else source.resolve().parent
    return find_config(folder)


def _check_options(options: Options) -> None:
    """Fail before any worker starts: a broken config, an unknown rule, an unpicklable config."""
    from newslint.engine.lint import lint_text

    lint_text("Headline\n\nA sentence of body text.\n", path=row_path("check", options.config),
              config=options.config, select=options.select, ignore=options.ignore)
    try:
        pickle.loads(pickle.dumps(options))
    except Exception as exc:  # pragma: no cover - Config is plain frozen data
        raise AuditError(f"the config cannot be sent to the workers ({type(exc).__name__}: {exc})") from None


# -- the output folder: only ever replace what an earlier audit wrote ----------------------

MANIFEST = ".newslint-audit.json"  # in OUT: the files an audit wrote there, so a later one may replace them
WRITES = ("findings", "articles", "summary.json", "summary.html")  # what an audit puts in OUT
_OWN = re.compile(r"(?:findings|articles)/part-\d{5,}\.parquet|summary\.(?:json|html)")  # the only names a manifest may list


def _check_places(source: Path, out: Path) -> None:
    """Refuse an OUT that overlaps SOURCE where writing would harm it: OUT is SOURCE, or is
    inside it (the audit's files would join the archive: a Parquet dataset would read its
    own findings as rows next time), or SOURCE lies in a place the audit writes
    (`audit lake/articles --out lake`). SOURCE elsewhere inside OUT (`audit x.jsonl --out .`)
    is left alone by the audit, so it is allowed."""
    real_source, real_out = source.resolve(), out.resolve()
    if real_out == real_source:
        raise AuditError(f"--out: {out} is SOURCE itself; write the audit to another folder")
    if real_source in real_out.parents:
        raise AuditError(f"--out: {out} is inside SOURCE {source}; write the audit outside the archive")
    for name in (*WRITES, MANIFEST):
        place = real_out / name
        if real_source == place or place in real_source.parents:
            raise AuditError(f"--out: SOURCE {source} is in {out / name}, which the audit writes; choose another --out")


def _earlier_audit(out: Path) -> dict[str, Path]:
    """The files of an earlier audit in OUT that this one may replace (name -> path), read
    from OUT's manifest. Changes nothing; raises AuditError for an OUT it must not touch:
    one holding audit-like files it did not write, a symlinked findings/ or articles/, a
    listed file that is no longer the regular file the audit wrote."""
    try:
        return _earlier_files(out)
    except OSError as exc:  # a folder we may not read: say which, in one line
        raise AuditError(f"--out: cannot read {exc.filename or out} ({exc.strerror or exc})") from None


def _earlier_files(out: Path) -> dict[str, Path]:
    if not os.path.lexists(out):
        return {}
    if not out.is_dir():
        raise AuditError(f"--out: {out} is a file, not a folder" if out.is_file() else f"--out: {out} is not a folder")
    for sub in ("findings", "articles"):
        place = out / sub
        if place.is_symlink():
            raise AuditError(f"--out: {place} is a symlink; the audit writes only into a real folder, never through a link")
        if os.path.lexists(place) and not place.is_dir():
            raise AuditError(f"--out: {place} is not a folder; move it away or choose another --out")
    manifest = out / MANIFEST
    if not os.path.lexists(manifest):
        held = [name + ("/" if name in ("findings", "articles") else "") for name in WRITES if _holds(out / name)]
        if held:
            raise AuditError(f"--out: {out} already holds {', '.join(held)} and no {MANIFEST}, so newslint audit did "
                             "not write them; nothing was changed: choose an empty or new folder, or move them away")
        return {}
    earlier = {}
    for name, identity in _read_manifest(manifest).items():
        path = out / name
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(info.st_mode):
            raise AuditError(f"--out: {path} is no longer a regular file (an earlier audit wrote it); not replaced: move it away")
        if identity is not None and [info.st_size, info.st_mtime_ns] != identity:
            raise AuditError(f"--out: {path} has changed since newslint audit wrote it; not replaced: move it away")
        earlier[name] = path
    return earlier


def _holds(path: Path) -> bool:
    """Whether OUT/name has something of the user's in it: an empty folder has nothing."""
    if not os.path.lexists(path):
        return False
    return not (path.is_dir() and not path.is_symlink() and not any(os.scandir(path)))


def _read_manifest(manifest: Path) -> dict:
    """A manifest's files: name -> [size, mtime_ns] as written (None: the run stopped first)."""
    def bad(why: str) -> AuditError:
        return AuditError(f"--out: {manifest} is not a manifest newslint audit wrote ({why}); nothing was changed")

    if not stat.S_ISREG(os.lstat(manifest).st_mode):
        raise bad("not a regular file")
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise bad(_first_line(exc)) from None
    files = data.get("files") if isinstance(data, dict) and data.get("written_by") == "newslint audit" else None
    if not isinstance(files, dict):
        raise bad("no files table")
    for name, identity in files.items():
        if not isinstance(name, str) or not _OWN.fullmatch(name):
            raise bad(f"it lists {name!r}, which an audit never writes")
        if identity is not None and not (isinstance(identity, list) and len(identity) == 2 and all(isinstance(v, int) for v in identity)):
            raise bad(f"a bad entry for {name!r}")
    return files


def _write_manifest(out: Path, source: Path, files: dict) -> None:
    from newslint.files import write_new

    data = {"written_by": "newslint audit", "version": 1, "source": str(source), "files": files}
    write_new(out / MANIFEST, json.dumps(data, indent=0, sort_keys=True) + "\n")


def _identity(path: Path) -> list:
    """What a later audit checks before replacing a file this one wrote: size and mtime."""
    info = os.lstat(path)
    return [info.st_size, info.st_mtime_ns]


def _part_name(sub: str, index: int) -> str:
    return f"{sub}/part-{index:05d}.parquet"


def _prepare_out(out: Path, source: Path, tasks) -> None:
    """Make OUT ready: check it (as _earlier_audit), refuse to overwrite any file this run
    would write that an earlier audit did not, then drop the earlier audit's files and
    record in the manifest, before writing any of them, every file this run will write."""
    earlier = _earlier_audit(out)
    planned = [_part_name(sub, task.index) for task in tasks for sub in ("findings", "articles")]
    planned += ["summary.json", "summary.html"]
    for name in planned:
        if name not in earlier and os.path.lexists(out / name):
            raise AuditError(f"--out: {out / name} was not written by an earlier audit ({MANIFEST} does not list it); "
                             "not overwritten: move it away or choose another --out")
    try:
        out.mkdir(parents=True, exist_ok=True)
        for path in earlier.values():
            path.unlink()
        _write_manifest(out, source, dict.fromkeys(planned))
        for sub in ("findings", "articles"):
            (out / sub).mkdir(exist_ok=True)
    except OSError as exc:
        raise AuditError(f"--out: cannot write to {out} ({exc.strerror or exc})") from None


class _cluster:
    """The Dask client for the run, and the local cluster behind it when there is one."""

    def __init__(self, client, scheduler, workers, languagetool):
        self.given, self.scheduler, self.workers, self.languagetool = client, scheduler, workers, languagetool
        self.cluster = self.client = None

    def __enter__(self):
        import logging

        from distributed import Client, LocalCluster

        if self.given is not None:
            return self.given
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="15s")
            except (OSError, TimeoutError) as exc:
                raise AuditError(f"--scheduler: cannot reach the Dask scheduler at {self.scheduler} ({exc})") from None
            if not self.client.nthreads():
                self.client.close()
                raise AuditError(f"--scheduler: the cluster at {self.scheduler} has no workers")
            return self.client
        self.cluster = LocalCluster(
            n_workers=self.workers or default_workers(),
            threads_per_worker=1,  # linting is pure Python: processes, not threads, use the cores
            processes=True,
            dashboard_address=":0",  # any free port: two audits on one machine must not clash
            silence_logs=logging.ERROR,
            env={"NEWSLINT_LANGUAGETOOL": self.languagetool},
        )
        self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc):
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        return False


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _prepare_worker(languagetool: str) -> int:
    """On every worker before the run: grammar as asked, newslint's rules and Arrow loaded."""
    os.environ["NEWSLINT_LANGUAGETOOL"] = languagetool
    import pyarrow.parquet  # noqa: F401

    from newslint.engine.config import Config
    from newslint.engine.lint import lint_text

    lint_text("Warm-up\n\nA short body.\n", path="warm-up.txt", config=Config())
    return os.getpid()


def _source_key(article: "_Article", kind: str) -> str:
    """The source whose repeated lines are boilerplate: a file's folder, as `newslint
    check` groups them; a row's outlet, or the file it came from when it names none."""
    if kind == "files":
        return os.path.dirname(os.path.abspath(article.path))
    return f"outlet={article.outlet}" if article.outlet else article.source


def _line_hash(line: str) -> int:
    return int.from_bytes(hashlib.blake2b(line.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def count_partition(task: "Task", options: Options) -> dict:
    """The counting pass on a worker: for each source, in how many of the partition's
    articles each furniture-shaped line occurs (by the line's hash, so the client keeps
    eight bytes a line, not the line)."""
    from newslint.engine.boilerplate import candidate_lines
    from newslint.errors import InputError
    from newslint.readers import read_text

    reader = {"files": _read_files, "jsonl": _read_jsonl, "parquet": _read_parquet}[task.kind]
    counts: dict[str, Counter] = {}
    for article in reader(task, options):
        if article.error is None and article.text:
            try:
                read_text(article.text, article.path)  # what the lint pass will refuse (bad front matter) counts not
            except InputError:
                continue
            lines = candidate_lines(article.text)
            if lines:
                counts.setdefault(_source_key(article, task.kind), Counter()).update({_line_hash(l) for l in lines})
    return counts


def _recurring(client, tasks, options: Options) -> dict:
    """Batch boilerplate across the whole archive, as `newslint check` finds it across a
    run: a first pass counts each source's furniture-shaped lines, and the lines found in
    MIN_ARTICLES or more of its articles go to every partition with the options. Skipped
    when the run's rules leave JK012 out."""
    import uuid

    from distributed import as_completed

    from newslint.engine.boilerplate import CODE, MIN_ARTICLES
    from newslint.rules.checks.batch_boilerplate import RULE

    if {CODE, RULE.name} & set(options.ignore):
        return None  # per-path settings may turn JK012 on anywhere else: each article's own settings decide
    run_id = uuid.uuid4().hex[:8]
    keys = [f"newslint-count-{run_id}-{task.index:05d}" for task in tasks]
    by_key = dict(zip(keys, tasks))
    totals: dict[str, Counter] = {}
    futures = client.map(count_partition, tasks, options=options, key=keys, pure=False)
    try:
        for future in as_completed(futures):
            for source, counts in _result(future, by_key[future.key]).items():
                totals.setdefault(source, Counter()).update(counts)
            future.release()
    except BaseException:
        client.cancel(futures)
        raise
    found = {source: frozenset(h for h, n in counts.items() if n >= MIN_ARTICLES) for source, counts in totals.items()}
    found = {source: hashes for source, hashes in found.items() if hashes}
    return client.scatter(found, broadcast=True) if found else None  # sent to each worker once, not with each task


def _result(future, task: "Task"):
    """A partition's result, or the error that stops the run, naming the partition."""
    try:
        return future.result()
    except (AuditError, OSError) as exc:
        raise AuditError(f"{task.describe()}: {exc}") from None
    except Exception as exc:
        from newslint.errors import ConfigError, PackError

        if isinstance(exc, (ConfigError, PackError)):
            raise
        raise AuditError(f"{task.describe()}: {type(exc).__name__}: {exc}") from None


def _execute(client, tasks, options: Options, out: Path, totals: "_Totals", expected: int, progress: bool,
             written: dict, recurring=None) -> None:
    """Submit every partition; write each one's tables as soon as it comes back (and note
    in `written` what each file is, for the manifest)."""
    import uuid

    from distributed import as_completed

    run_id = uuid.uuid4().hex[:8]
    ordered = sorted(tasks, key=lambda task: -task.size)  # largest first: no big one left for the end
    keys = [f"newslint-audit-{run_id}-{task.index:05d}" for task in ordered]
    futures = client.map(audit_partition, ordered, options=options, recurring=recurring, key=keys, pure=False)
    by_key = dict(zip(keys, ordered))
    bar = _Progress(len(tasks), expected) if progress else None
    try:
        for future in as_completed(futures):
            task = by_key[future.key]
            findings, articles, partial = _result(future, task)
            future.release()
            for sub, table in (("findings", findings), ("articles", articles)):
                name = _part_name(sub, task.index)
                try:
                    _write_part(out / name, table)
                    written[name] = _identity(out / name)
                except OSError as exc:
                    raise AuditError(f"--out: cannot write {out / name} ({_first_line(exc)})") from None
            totals.add(partial)
            if bar:
                bar.advance(partial["articles"])
    except BaseException:
        client.cancel(futures)
        raise
    finally:
        if bar:
            bar.close()


def _write_part(path: Path, table) -> None:
    """One part file, whole or not at all (a reader never sees half a part), and never
    through a symlink or over anything but a regular file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newslint.files import write_new

    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    write_new(path, sink.getvalue().to_pybytes())


class _Progress:
    def __init__(self, partitions: int, expected: int):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TextColumn("partitions"),
            TextColumn("{task.fields[articles]}"), TimeElapsedColumn(),
            console=Console(stderr=True), transient=True,
        )
        self.articles = 0
        self.expected = expected
        self.task = self.progress.add_task("audit", total=partitions, articles="")
        self.progress.start()

    def advance(self, articles: int) -> None:
        self.articles += articles
        about = f" of ~{self.expected:,}" if self.expected else ""
        self.progress.update(self.task, advance=1, articles=f"{self.articles:,}{about} articles")

    def close(self) -> None:
        self.progress.stop()


# -- planning: cut the source into partitions from its metadata ---------------------------


@dataclass(frozen=True)
class Task:
    """One partition: what a worker reads. kind: files | jsonl | parquet."""

    index: int
    kind: str
    path: str  # the folder (files), the .jsonl file, or the .parquet file
    items: tuple = ()  # files: paths relative to path; parquet: row-group numbers
    start: int = 0  # jsonl: first byte; parquet: rows of the row groups to skip
    stop: int | None = None  # jsonl: end byte; parquet: rows to take (None: all)
    size: int = 0  # articles planned (estimated for JSON Lines)
    constants: tuple = ()  # parquet: hive partition keys, as (column, value) pairs

    def describe(self) -> str:
        if self.kind == "files":
            return f"{self.path} (partition {self.index}, {len(self.items)} files)"
        if self.kind == "jsonl":
            return f"{self.path} (bytes {self.start}-{self.stop})"
        return f"{self.path} (row groups {list(self.items)})"


def _target(total: int, partition_size: int, partitions_wanted: int) -> int:
    """Partition size: at most partition_size; finer when the archive is small."""
    if total <= 0:
        return partition_size
    return max(1, min(partition_size, -(-total // max(1, partitions_wanted))))


def plan_files(source: Path, partition_size: int, options: Options, partitions_wanted: int):
    if source.is_file():
        root, names = source.resolve().parent, [source.name]
    else:
        root, names = source.resolve(), collect_articles(source.resolve())
    if not names:
        raise AuditError(f"{source}: no .txt or .md articles in it")
    size = _target(len(names), partition_size, partitions_wanted)
    tasks = [
        Task(index=i, kind="files", path=str(root), items=tuple(names[at : at + size]), size=len(names[at : at + size]))
        for i, at in enumerate(range(0, len(names), size))
    ]
    return tasks, len(names)


def collect_articles(root: Path) -> list[str]:
    """Article files under root, as `newslint check` finds them (sorted, hidden skipped),
    relative to root with / separators."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if Path(name).suffix.lower() in ARTICLE_SUFFIXES and not name.startswith("."):
                found.append(os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/"))
    return found


def _jsonl_files(source: Path) -> list[Path]:
    if source.is_file():
        return [source]
    return sorted(
        p for p in source.rglob("*")
        if p.is_file() and p.name.lower().endswith(JSONL_SUFFIXES)
        and not any(part.startswith((".", "_")) for part in p.relative_to(source).parts)
    )


def plan_jsonl(source: Path, partition_size: int, options: Options, partitions_wanted: int):
    """Byte ranges of about a partition's worth of lines each; a line belongs to the range
    its first byte is in, so ranges can be cut anywhere."""
    files = _jsonl_files(source)
    if not files:
        raise AuditError(f"{source}: no .jsonl files in it")
    sizes, estimates = [], []
    for path in files:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(1 << 20)
        lines = [line for line in head.splitlines() if line.strip()]
        if lines and path == files[0]:
            _check_first_row(path, lines[0], options)
        per_line = (len(head) / max(1, head.count(b"\n"))) if head else 1
        sizes.append(size)
        estimates.append(max(1, round(size / max(1.0, per_line))) if size else 0)
    total = sum(estimates)
    target = _target(total, partition_size, partitions_wanted)
    tasks = []
    for path, size, estimate in zip(files, sizes, estimates):
        if not size:
            continue
        chunk = max(1, -(-size // max(1, -(-estimate // target))))
        for start in range(0, size, chunk):
            stop = min(size, start + chunk)
            tasks.append(Task(index=len(tasks), kind="jsonl", path=str(path.resolve()), start=start, stop=stop,
                              size=max(1, round(estimate * (stop - start) / size))))
    if not tasks:
        raise AuditError(f"{source}: no articles in it (the JSON Lines files are empty)")
    return tasks, total


def _check_first_row(path: Path, line: bytes, options: Options) -> None:
    try:
        row = json.loads(line)
    except ValueError:
        raise AuditError(f"{path}: line 1 is not JSON; is this a JSON Lines file?") from None
    if not isinstance(row, dict):
        raise AuditError(f"{path}: line 1 is not a JSON object with article fields")
    _check_columns(path, list(row), options)


def _check_columns(path, available: list[str], options: Options) -> None:
    missing = [f for f in REQUIRED if options.columns[f] not in available]
    if missing:
        wanted = ", ".join(f"{f} (column {options.columns[f]!r})" for f in missing)
        shown = ", ".join(available[:20]) + (", ..." if len(available) > 20 else "")
        raise AuditError(f"{path}: no {wanted}; its columns are {shown}; map them with --columns FIELD=COLUMN")


def plan_parquet(source: Path, partition_size: int, options: Options, partitions_wanted: int):
    """Partitions follow row groups: small ones are merged, large ones cut into row ranges
    (read as a stream, so a worker never holds a whole large row group)."""
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    try:
        dataset = ds.dataset(str(source.resolve()), format="parquet", partitioning="hive")
    except Exception as exc:  # ArrowInvalid, OSError
        raise AuditError(f"{source}: cannot read as Parquet ({_first_line(exc)})") from None
    _check_columns(source, dataset.schema.names, options)
    groups = []
    for fragment in dataset.get_fragments():
        keys = ds.get_partition_keys(fragment.partition_expression) or {}
        constants = tuple(sorted((k, v) for k, v in keys.items() if k in options.columns.values()))
        try:
            metadata = pq.ParquetFile(fragment.path).metadata
        except Exception as exc:
            raise AuditError(f"{fragment.path}: cannot read as Parquet ({_first_line(exc)})") from None
        rows = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
        groups.append((fragment.path, rows, constants))
    total = sum(sum(rows) for _, rows, _ in groups)
    if not total:
        raise AuditError(f"{source}: no rows in it")
    target = _target(total, partition_size, partitions_wanted)
    tasks: list[Task] = []

    def add(path, items, start, stop, size, constants):
        tasks.append(Task(index=len(tasks), kind="parquet", path=path, items=tuple(items), start=start,
                          stop=stop, size=size, constants=constants))

    for path, rows, constants in groups:
        pending, count = [], 0
        for number, n in enumerate(rows):
            if n == 0:
                continue
            if n > target * 3 // 2:  # a large row group: cut it into row ranges
                if pending:
                    add(path, pending, 0, None, count, constants)
                    pending, count = [], 0
                pieces = -(-n // target)
                step = -(-n // pieces)
                for start in range(0, n, step):
                    add(path, [number], start, min(step, n - start), min(step, n - start), constants)
                continue
            if pending and count + n > target:
                add(path, pending, 0, None, count, constants)
                pending, count = [], 0
            pending.append(number)
            count += n
        if pending:
            add(path, pending, 0, None, count, constants)
    return tasks, total


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# -- the workers: one partition in, its findings out ---------------------------------------


def row_text(headline, byline, body) -> str:
    """The .txt article a row stands for: headline line, blank line, "By ..." line and a
    blank line when there is a byline, then the body."""
    headline = " ".join(str(headline or "").split())  # a .txt headline is one line
    body = str(body or "")
    text = headline + "\n\n"
    byline = " ".join(str(byline or "").split())
    if byline:
        text += (byline if byline[:3].lower() == "by " else f"By {byline}") + "\n\n"
    return text + body


def row_path(article_id: str, config) -> str:
    """The path a row is linted under: "{id}.txt", placed in the config's folder when the
    config comes from a file, so its per-file-ignores globs match ids the same on every
    worker whatever its working directory."""
    name = f"{article_id}.txt"
    return os.path.join(str(config.root), name) if getattr(config, "path", None) else name


@dataclass
class _Article:
    id: str
    text: str = ""
    path: str = ""
    outlet: str | None = None
    date: str | None = None
    month: str | None = None
    url: str | None = None
    source: str = ""
    error: str | None = None  # could not be read (or skipped): not linted
    skipped: bool = False  # over max-file-size: not linted by decision, not unreadable
    crashes: list = field(default_factory=list)  # rules (or newslint) that failed on it


def audit_partition(task: Task, options: Options, recurring: dict | None = None):
    """Lint one partition on a worker: (findings table, articles table, counters).
    recurring: by source, the hashes of the lines it repeats (JK012)."""
    import pyarrow as pa

    from newslint.engine.lint import lint_text
    from newslint.errors import ConfigError, InputError, PackError
    from newslint.notices import take

    os.environ["NEWSLINT_LANGUAGETOOL"] = options.languagetool  # grammar is off unless asked
    reader = {"files": _read_files, "jsonl": _read_jsonl, "parquet": _read_parquet}[task.kind]
    findings = {name: [] for name in FINDING_FIELDS}
    articles = {name: [] for name in ARTICLE_FIELDS}
    partial = _Totals(top=options.top)
    for article in reader(task, options):
        found = []
        if article.error is None:
            try:
                found = lint_text(article.text, path=article.path, config=options.config,
                                  select=options.select, ignore=options.ignore)
                # A rule that crashed or timed out: its findings are missing, so say so.
                article.crashes = [str(c) for c in getattr(found, "crashes", None) or ()]
                extra = _boilerplate(article, task.kind, found, options, recurring or {})  # lines its source repeats
                if extra:
                    found = sorted([*found, *extra], key=lambda f: (f.start, f.end, f.rule))
            except InputError as exc:
                article.error = "empty article" if str(exc) == "empty file" else str(exc)
            except (ConfigError, PackError):
                raise  # the run's config is broken: stop the run, say it once
            except Exception as exc:  # one article must not stop the archive, nor hide the failure
                article.error = f"internal error: {type(exc).__name__}: {exc}"
                article.crashes = [article.error]
        severities = Counter(f.severity for f in found)
        for f in found:
            findings["article_id"].append(article.id)
            for name in ("rule", "name", "category", "severity", "line", "column", "end_line", "end_column", "message", "suggestion"):
                findings[name].append(getattr(f, name))
            start, end = getattr(f, "start", 0), getattr(f, "end", 0)
            findings["text"].append(article.text[start:end] if end > start else "")
            findings["outlet"].append(article.outlet)
            findings["date"].append(article.date)
            findings["month"].append(article.month)
        articles["article_id"].append(article.id)
        articles["outlet"].append(article.outlet)
        articles["date"].append(article.date)
        articles["month"].append(article.month)
        articles["url"].append(article.url)
        articles["findings"].append(len(found))
        articles["errors"].append(severities["error"])
        articles["warnings"].append(severities["warning"])
        articles["infos"].append(severities["info"])
        articles["error"].append(article.error)
        articles["source"].append(article.source)
        articles["crashes"].append(article.crashes)
        partial.article(article, found, severities)
    partial.notices.extend(take())
    partial.memory[_worker_name()] = peak_memory()
    return (
        pa.table(findings, schema=findings_schema()),
        pa.table(articles, schema=articles_schema()),
        partial.to_partial(),
    )


def _boilerplate(article: "_Article", kind: str, found, options: Options, recurring: dict) -> list:
    """JK012's findings on the article: its source's recurring lines that it holds."""
    hashes = recurring.get(_source_key(article, kind))
    if not hashes:
        return []
    from newslint.engine.boilerplate import boilerplate_findings, candidate_lines

    lines = {line for line in candidate_lines(article.text) if _line_hash(line) in hashes}
    if not lines:
        return []
    return boilerplate_findings(article.text, article.path, lines, found, options.config, options.select, options.ignore)


def peak_memory() -> int:
    """This process's peak resident memory in bytes. Linux's VmHWM belongs to the process
    image; getrusage's maxrss would also count the parent's memory at the time the worker
    process was spawned (Linux keeps it across exec)."""
    try:
        with open(f"/proc/{os.getpid()}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except Exception:
        return f"pid {os.getpid()}"


FINDING_FIELDS = (
    "article_id", "rule", "name", "category", "severity", "line", "column", "end_line",
    "end_column", "message", "text", "suggestion", "outlet", "date", "month",
)
ARTICLE_FIELDS = (
    "article_id", "outlet", "date", "month", "url", "findings", "errors", "warnings", "infos",
    "error", "source", "crashes",
)


def findings_schema():
    import pyarrow as pa

    types = {"line": pa.int32(), "column": pa.int32(), "end_line": pa.int32(), "end_column": pa.int32()}
    return pa.schema([(name, types.get(name, pa.string())) for name in FINDING_FIELDS])


def articles_schema():
    import pyarrow as pa

    counts = ("findings", "errors", "warnings", "infos")
    types = {**dict.fromkeys(counts, pa.int32()), "crashes": pa.list_(pa.string())}
    return pa.schema([(name, types.get(name, pa.string())) for name in ARTICLE_FIELDS])


def _read_files(task: Task, options: Options):
    from newslint.errors import InputError
    from newslint.readers import decode
    from newslint.readers.markdown import front_matter

    root = task.path
    limit = getattr(options.config, "max_file_size", None)
    for name in task.items:
        path = os.path.join(root, name)
        article = _Article(id=name, path=path, source=path)
        try:
            size = os.stat(path).st_size
            if limit and size > limit:
                article.error, article.skipped = too_large(size, limit), True
            else:
                with open(path, "rb") as handle:
                    data = handle.read()
                article.text = decode(data, options.encoding) if options.encoding else decode(data)
        except InputError as exc:
            article.error = str(exc)
        except OSError as exc:
            article.error = exc.strerror or str(exc)
        if article.error is None and Path(name).suffix.lower() in (".md", ".markdown"):
            try:
                meta = front_matter(article.text)
            except InputError:
                meta = {}  # the lint of this article reports what is wrong with it
            article.outlet = _clean(meta.get("outlet"))
            article.date, article.month = normalise_date(meta.get("date"))
            article.url = _clean(meta.get("url"))
        yield article


def _clean(value) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _row_article(row: dict, options: Options, source: str, fallback_id: str) -> _Article:
    columns = options.columns
    raw_id = row.get(columns["id"])
    article_id = fallback_id if raw_id is None or str(raw_id) == "" else str(raw_id)
    date, month = normalise_date(row.get(columns["date"]))
    article = _Article(
        id=article_id,
        path=row_path(article_id.replace("\x00", ""), options.config),
        outlet=_clean(row.get(columns["outlet"])),
        date=date,
        month=month,
        url=_clean(row.get(columns["url"])),
        source=source,
    )
    headline, body = row.get(columns["headline"]), row.get(columns["body"])
    if not str(headline or "").strip() and not str(body or "").strip():
        article.error = "empty article (no headline and no body)"
        return article
    article.text = row_text(headline, row.get(columns["byline"]), body)
    limit = getattr(options.config, "max_file_size", None)
    size = utf8_size_over(article.text, limit) if limit else None
    if size is not None:  # what `newslint check` does with such a file: skip it, say so
        article.text, article.error, article.skipped = "", too_large(size, limit), True
    return article


def utf8_size_over(text: str, limit: int) -> int | None:
    """The UTF-8 size of text in bytes if it is over limit, else None. A character is 1 to
    4 bytes, so the length in characters settles most texts without encoding them."""
    if 4 * len(text) <= limit:
        return None
    size = len(text.encode("utf-8", "surrogatepass"))  # JSON may carry lone surrogates
    return size if size > limit else None


def too_large(size: int, limit: int) -> str:
    """Why an article was not linted, in the words `newslint check` uses."""
    return f"skipped, {_size_text(size)} is over max-file-size ({_size_text(limit, exact=False)})"


def _size_text(n: int, exact: bool = True) -> str:
    if n < 1_000_000:
        return f"{n:,} bytes"
    return f"{n / 1e6:.1f} MB" if exact else f"{n / 1e6:g} MB"


def _read_jsonl(task: Task, options: Options):
    name = os.path.basename(task.path)
    with open(task.path, "rb") as handle:
        position = task.start
        if position > 0:
            handle.seek(position - 1)
            position += len(handle.readline()) - 1  # the line that started before this range is not ours
        while position < task.stop:
            line = handle.readline()
            if not line:
                break
            at = position
            position += len(line)
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError("not an object")
            except (ValueError, UnicodeDecodeError):
                yield _Article(id=f"{name}@{at}", source=task.path, error=f"the line at byte {at} is not a JSON object")
                continue
            yield _row_article(row, options, task.path, f"{name}@{at}")


def _read_parquet(task: Task, options: Options):
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(task.path, buffer_size=1 << 20, pre_buffer=False)
    wanted = {column for column in options.columns.values()}
    names = [n for n in parquet.schema_arrow.names if n in wanted]
    constants = dict(task.constants)
    name = os.path.basename(task.path)
    skip, left = task.start, task.stop
    row_number = 0
    batches = parquet.iter_batches(batch_size=_BATCH_ROWS, row_groups=list(task.items), columns=names, use_threads=False)
    for batch in batches:
        if skip >= batch.num_rows:
            skip -= batch.num_rows
            row_number += batch.num_rows
            continue
        if skip:
            batch = batch.slice(skip)
            row_number += skip
            skip = 0
        if left is not None:
            batch = batch.slice(0, left)
            left -= batch.num_rows
        for row in batch.to_pylist():
            row.update(constants)
            yield _row_article(row, options, task.path, f"{name}#{task.items[0]}:{row_number}")
            row_number += 1
        if left is not None and left <= 0:
            break


_ISO = re.compile(r"\s*(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?\b")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})\d{2}\b")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %Y")


def normalise_date(value) -> tuple[str | None, str | None]:
    """(date as text, "YYYY-MM") from what a source gives: a date, a timestamp, ISO text,
    RFC 2822 text, "March 5, 2024"; the month is None when it cannot be read."""
    import datetime as dt

    if value is None or value == "":
        return None, None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat(), f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value), None  # epoch numbers are ambiguous (s, ms, µs): left as they are
    text = " ".join(str(value).split())
    for pattern in (_ISO, _COMPACT):
        match = pattern.match(text)
        if match and 1 <= int(match.group(2)) <= 12:
            return text, f"{match.group(1)}-{int(match.group(2)):02d}"
    try:
        from email.utils import parsedate_to_datetime

        parsed = parsedate_to_datetime(text)
        return text, f"{parsed.year:04d}-{parsed.month:02d}"
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(text, fmt)
            return text, f"{parsed.year:04d}-{parsed.month:02d}"
        except ValueError:
            continue
    return text, None


# -- counting: per partition on the workers, merged on the client -------------------------


class _Totals:
    """The summary's counters. Workers fill one per partition; the client merges them."""

    def __init__(self, top: int = 20):
        self.top = top
        self.articles = self.clean = self.unreadable = self.with_errors = 0
        self.skipped = self.rule_failures = self.with_rule_failures = self.with_findings = 0
        self.by_rule: dict[tuple, list] = {}  # (rule, name, category) -> [findings, articles, error, warning, info]
        self.category_articles: Counter = Counter()
        self.by_outlet: dict = {}  # outlet -> [articles, with findings, findings, errors, clean]
        self.by_month: dict = {}
        self.no_date = 0
        self.worst: list = []  # (errors, findings, warnings, infos, id, outlet, date)
        self.unreadable_examples: list = []
        self.skipped_examples: list = []  # (id, reason): over max-file-size
        self.failure_examples: list = []  # (id, message): a rule crashed or timed out
        self.notices: list = []
        self.memory: dict = {}  # worker -> peak RSS bytes

    def article(self, article: _Article, found, severities: Counter) -> None:
        self.articles += 1
        if article.crashes:
            self.rule_failures += len(article.crashes)
            self.with_rule_failures += 1
            room = EXAMPLES - len(self.failure_examples)
            self.failure_examples.extend((article.id, message) for message in article.crashes[:max(0, room)])
        if article.error is not None:
            if article.skipped:
                self.skipped += 1
                examples = self.skipped_examples
            else:
                self.unreadable += 1
                examples = self.unreadable_examples
            if len(examples) < EXAMPLES:
                examples.append((article.id, article.error))
            return
        n = len(found)
        clean = not n and not article.crashes  # a rule that failed may have had something to say
        self.clean += clean
        self.with_findings += bool(n)
        self.with_errors += bool(severities["error"])
        rules = set()
        for f in found:
            key = (f.rule, f.name, f.category)
            counts = self.by_rule.setdefault(key, [0, 0, 0, 0, 0])
            counts[0] += 1
            counts[2 + ("error", "warning", "info").index(f.severity)] += 1
            if key not in rules:
                rules.add(key)
                counts[1] += 1
        self.category_articles.update({f.category for f in found})
        row = (1, int(n > 0), n, severities["error"], int(clean))
        for table, key in ((self.by_outlet, article.outlet), (self.by_month, article.month)):
            if key is None and table is self.by_month:
                continue
            counts = table.setdefault(key, [0, 0, 0, 0, 0])
            for i, value in enumerate(row):
                counts[i] += value
        self.no_date += article.month is None
        if n and self.top:
            entry = (severities["error"], n, severities["warning"], severities["info"], article.id, article.outlet, article.date)
            self.worst.append(entry)
            if len(self.worst) > 4 * self.top:
                self.worst = _worst(self.worst, self.top)

    def to_partial(self) -> dict:
        return {
            "articles": self.articles, "clean": self.clean, "unreadable": self.unreadable,
            "with_errors": self.with_errors, "skipped": self.skipped, "rule_failures": self.rule_failures,
            "with_rule_failures": self.with_rule_failures, "with_findings": self.with_findings, "by_rule": self.by_rule,
            "category_articles": dict(self.category_articles), "by_outlet": self.by_outlet,
            "by_month": self.by_month, "no_date": self.no_date,
            "worst": _worst(self.worst, self.top), "unreadable_examples": self.unreadable_examples,
            "skipped_examples": self.skipped_examples, "failure_examples": self.failure_examples,
            "notices": self.notices, "memory": self.memory,
        }

    def add(self, partial: dict) -> None:
        for name in ("articles", "clean", "unreadable", "with_errors", "no_date", "skipped", "rule_failures", "with_rule_failures",
                     "with_findings"):
            setattr(self, name, getattr(self, name) + partial[name])
        for mine, theirs in ((self.by_rule, partial["by_rule"]), (self.by_outlet, partial["by_outlet"]), (self.by_month, partial["by_month"])):
            for key, counts in theirs.items():
                into = mine.setdefault(key, [0] * len(counts))
                for i, value in enumerate(counts):
                    into[i] += value
        self.category_articles.update(partial["category_articles"])
        self.worst = _worst(self.worst + list(partial["worst"]), self.top)
        for mine, theirs in ((self.unreadable_examples, "unreadable_examples"), (self.skipped_examples, "skipped_examples"),
                             (self.failure_examples, "failure_examples")):
            mine.extend(partial[theirs][: max(0, EXAMPLES - len(mine))])
        self.notices.extend(m for m in partial["notices"] if m not in self.notices)
        for worker, peak in partial["memory"].items():
            self.memory[worker] = max(peak, self.memory.get(worker, 0))

    def summary(self) -> dict:
        from newslint.rules.rule import CATEGORIES, SEVERITIES

        linted = self.articles - self.unreadable - self.skipped
        by_severity = Counter()
        by_category: dict = {}
        rules = []
        for (rule, name, category), (n, articles, *levels) in self.by_rule.items():
            per = dict(zip(SEVERITIES, levels))
            by_severity.update(per)
            into = by_category.setdefault(category, {s: 0 for s in SEVERITIES})
            for s, value in per.items():
                into[s] += value
            rules.append({"rule": rule, "name": name, "category": category, "findings": n, "articles": articles,
                          "by_severity": {s: v for s, v in per.items() if v}})
        rules.sort(key=lambda r: (-r["findings"], r["rule"]))
        order = {c: i for i, c in enumerate(CATEGORIES)}
        categories = [
            {"category": c, **counts, "findings": sum(counts.values()), "articles": self.category_articles.get(c, 0)}
            for c, counts in sorted(by_category.items(), key=lambda item: (order.get(item[0], 99), item[0]))
        ]

        def group(table: dict, label: str) -> list:
            rows = []
            for key, (articles, with_findings, findings, errors, clean) in table.items():
                rows.append({label: key, "articles": articles, "articles_with_findings": with_findings,
                             "findings": findings, "errors": errors,
                             "share_clean": round(clean / articles, 4) if articles else None})
            return rows

        outlets = sorted(group(self.by_outlet, "outlet"), key=lambda r: (-r["findings"], r["outlet"] is None, str(r["outlet"])))
        if all(r["outlet"] is None for r in outlets):
            outlets = []
        months = sorted(group(self.by_month, "month"), key=lambda r: r["month"])
        findings = sum(r["findings"] for r in rules)
        return {
            "articles": self.articles,
            "articles_linted": linted,
            "articles_clean": self.clean,
            "share_clean": round(self.clean / linted, 4) if linted else None,
            "articles_with_findings": self.with_findings,
            "articles_with_errors": self.with_errors,
            "articles_unreadable": self.unreadable,
            "articles_skipped": self.skipped,
            "rule_failures": self.rule_failures,
            "articles_with_rule_failures": self.with_rule_failures,
            "findings": findings,
            "by_severity": {s: by_severity.get(s, 0) for s in SEVERITIES},
            "by_category": categories,
            "by_rule": rules,
            "by_outlet": outlets,
            "by_month": months,
            "articles_without_month": self.no_date,
            "top_articles": [
                {"id": a_id, "outlet": outlet, "date": date, "errors": errors, "warnings": warnings,
                 "infos": infos, "findings": n}
                for errors, n, warnings, infos, a_id, outlet, date in self.worst
            ],
            "unreadable": [{"id": a_id, "reason": reason} for a_id, reason in self.unreadable_examples],
            "skipped": [{"id": a_id, "reason": reason} for a_id, reason in self.skipped_examples],
            "rule_failure_messages": [{"id": a_id, "message": message} for a_id, message in self.failure_examples],
            "worker_peak_memory_mib": {w: round(b / 2**20, 1) for w, b in sorted(self.memory.items())},
            "notices": list(self.notices),
        }


def _worst(entries: list, top: int) -> list:
    """The articles with the most errors (then the most findings); ties by id."""
    return heapq.nsmallest(top, entries, key=lambda e: (-e[0], -e[1], e[4]))
