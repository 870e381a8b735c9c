#!/usr/bin/env bash
# Benchmark of the yearly interest posting on PostgreSQL (issue 4): for each size, creates a fresh database,
# lets the application's Flyway migrations create the schema, loads a deterministic account history with COPY and
# posts the interest year three ways in the same run: (p) the product, (a) bare set-based SQL, (b) a per-account
# JDBC loop. Prints the log and a Markdown table per size and appends them to target/bench/accounts-<time>.md.
# Usage: bench/accounts.sh [sizes, default "100000 1000000"]
# Environment: RUNS (runs of p and a, default 3), SAMPLE (accounts of the loop, default 20000), LOOP_RUNS
# (default 1), HISTORY (YEARLY or TAKEOVER, default YEARLY), SEED, YEAR (default 2024), LATENCY_MICROS (one-way
# delay of a proxy between the three methods and the database, default 0: direct), WORKERS (the product's parallel
# workers, default 2, as the application), METHODS (which of p, a and b run, default pab), BENCH_DB (default
# jiexu_bench), KEEP_DB=yes keeps the database of the last size, REUSE_DB=yes runs on the database as kept (the
# same size, seed, year and history: the load is skipped), PG_ADMIN (command running psql as a superuser,
# default "runuser -u postgres -- psql").
set -euo pipefail
SIZES=${1:-"100000 1000000"}
source "$(dirname "$0")/common.sh"
DB=${BENCH_DB:-jiexu_bench}
OUT=target/bench/accounts-$(date -u +%Y%m%dT%H%MZ).md
{
  echo "# Interest posting benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(java -version 2>&1 | head -1)," \
    "$($PG_ADMIN -Atc 'select version()' | cut -d' ' -f1,2); PostgreSQL settings:" \
    "$($PG_ADMIN -Atc "select string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name) from pg_settings
       where name in ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'max_wal_size', 'synchronous_commit',
                      'effective_cache_size', 'random_page_cost', 'max_parallel_workers_per_gather')")"
  echo
} | tee -a "$OUT"
for N in $SIZES; do
  echo "## $N persons (load average at start: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$OUT"
  if [ "${REUSE_DB:-no}" != yes ]; then
    $PG_ADMIN -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
    $PG_ADMIN -qc "CREATE DATABASE $DB OWNER jiexu" >/dev/null
  fi
  java -Xmx2g -cp "$CP" org.jiexu.account.InterestPostingBench url="jdbc:postgresql://127.0.0.1:5432/$DB" n="$N" \
    runs="${RUNS:-3}" sample="${SAMPLE:-20000}" loopRuns="${LOOP_RUNS:-1}" history="${HISTORY:-YEARLY}" \
    seed="${SEED:-20261122}" year="${YEAR:-2024}" latencyMicros="${LATENCY_MICROS:-0}" workers="${WORKERS:-2}" \
    methods="${METHODS:-pab}" out="$OUT"
  echo | tee -a "$OUT"
  if [ "${KEEP_DB:-no}" != yes ]; then
    $PG_ADMIN -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
  fi
done
echo "Results: $OUT"
