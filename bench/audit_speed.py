"""`newslint audit` throughput with one and with two worker processes, and peak memory per
worker, on a generated archive (the one tests/test_audit.py checks, defects included).

    python bench/audit_speed.py                          # 20,000 articles, Parquet, 1 and 2 workers
    python bench/audit_speed.py --articles 80000 --workers 2    # memory does not grow with the archive
    python bench/audit_speed.py --format jsonl --partition-size 500

For each worker count it starts a distributed.LocalCluster (processes, one thread each),
warms every worker up with a small audit (imports, rule loading, the readability
dictionary), then times whole audits of the archive through that cluster - planning,
linting, writing the Parquet output and the summary - and keeps the best of --repeat.
Cluster start-up and the warm-up are not timed. Peak memory is each worker process's
high-water mark of resident memory (VmHWM) over its whole life, warm-up included.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    sys.path.insert(0, str(ROOT / "tests"))
    import test_audit  # the archive generator lives with the test that checks its defects

    return test_audit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    parser.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated")
    parser.add_argument("--partition-size", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2, help="timed audits per worker count; the best is kept")
    args = parser.parse_args()

    os.environ["NEWSLINT_LANGUAGETOOL"] = "off"
    from distributed import Client, LocalCluster

    from newslint.audit import audit

    generator = _generator()
    with tempfile.TemporaryDirectory(prefix="newslint-audit-bench-") as temporary:
        folder = Path(temporary)
        rows, expected = generator.make_archive(args.articles)
        warm_rows, _ = generator.make_archive(400, seed=11)
        if args.format == "parquet":
            source = generator.write_parquet(rows, folder / "archive.parquet")
            warm = generator.write_parquet(warm_rows, folder / "warm.parquet")
            columns = generator.PARQUET_COLUMNS
        else:
            source = generator.write_jsonl(rows, folder / "archive.jsonl")
            warm = generator.write_jsonl(warm_rows, folder / "warm.jsonl")
            columns = None
        size = sum(p.stat().st_size for p in ([source] if source.is_file() else source.rglob("*.parquet")))
        words = sum(len(generator.article_text(r).split()) for r in rows)
        print(f"archive: {args.articles:,} articles ({words:,} words), {args.format}, {size / 2**20:.1f} MiB on disk, "
              f"{sum(1 for e in expected.values() if e):,} with injected defects")
        print(f"machine: {os.cpu_count()} cores; partition size {args.partition_size:,}; best of {args.repeat}")

        rates = {}
        for workers in (int(w) for w in args.workers.split(",")):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
                audit(warm, folder / "warm-out", columns=columns, client=client, partition_size=50)
                best, summary = float("inf"), None
                for attempt in range(args.repeat):
                    out = folder / f"out-{workers}-{attempt}"
                    start = time.perf_counter()
                    summary = audit(source, out, columns=columns, client=client, partition_size=args.partition_size)
                    best = min(best, time.perf_counter() - start)
                assert summary["articles"] == args.articles
                assert summary["articles_with_findings"] == sum(1 for e in expected.values() if e)
                rates[workers] = args.articles / best
                memory = summary["worker_peak_memory_mib"]
                print(f"{workers} worker{'s' if workers > 1 else ' '}: {best:6.2f} s  {rates[workers]:8,.0f} articles/s  "
                      f"{words / best:10,.0f} words/s  {summary['partitions']} partitions  "
                      f"peak RSS per worker: {', '.join(f'{m:.0f}' for m in memory.values())} MiB")
        client_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"client process peak RSS (generator, archive in memory, scheduler): {client_peak:.0f} MiB")
        if 1 in rates and 2 in rates:
            speedup = rates[2] / rates[1]
            print(f"speed-up, 2 workers over 1: {speedup:.2f}x ({'meets' if speedup >= 1.6 else 'BELOW'} the 1.6x target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
