#!/usr/bin/env bash
# Monthly import benchmark (issue 4): in a fresh PostgreSQL database, loads N insured persons with accounts, one
# employer employing them all and a teller; writes a declaration CSV of N rows for the current month; measures a
# bare COPY of the file into a plain table and the product end to end through its API (upload, validation report,
# import of the good rows), several runs each, with the peak heap and RSS of the application. Appends the results
# to target/bench/import-<time>.md.
# Usage: bench/import.sh [rows, default 1000000]
# Environment: RUNS (default 3), HEAP (the JVM's -Xmx, application and client together, default 512m), SEED,
# MAX_FILE_SIZE (the upload limit, default the application's 200MB; 10M rows need 1GB), AGAIN=no skips uploading
# the file once more after the runs, BENCH_DB (default jiexu_bench_import; dropped afterwards unless KEEP_DB=yes;
# REUSE_DB=yes runs on it as kept, e.g. the interest benchmark's database of the same size: the load is skipped),
# PG_ADMIN.
set -euo pipefail
ROWS=${1:-1000000}
source "$(dirname "$0")/common.sh"
DB=${BENCH_DB:-jiexu_bench_import}
OUT=target/bench/import-$(date -u +%Y%m%dT%H%MZ).md
echo "# Import benchmark $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
if [ "${REUSE_DB:-no}" != yes ]; then
  $PG_ADMIN -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
  $PG_ADMIN -qc "CREATE DATABASE $DB OWNER jiexu" >/dev/null
fi
java -Xmx"${HEAP:-512m}" -cp "$CP" org.jiexu.account.ContributionImportBench n="$ROWS" runs="${RUNS:-3}" \
  seed="${SEED:-20261122}" url="jdbc:postgresql://127.0.0.1:5432/$DB" file="target/bench/declarations-$ROWS.csv" \
  maxFileSize="${MAX_FILE_SIZE:-200MB}" again="${AGAIN:-yes}" out="$OUT"
if [ "${KEEP_DB:-no}" != yes ]; then
  $PG_ADMIN -qc "DROP DATABASE IF EXISTS $DB" >/dev/null
fi
echo "Results: $OUT"
