#!/usr/bin/env bash
# Monthly import benchmark harness (issue 4): writes a CSV of declaration rows (身份证号,姓名,缴费月份,缴费基数;
# valid GB 11643 ID numbers, the persons of bench/accounts.sh), measures a bare PostgreSQL COPY of it into a plain
# table (3 runs, median) and, when APP_URL names a running application, uploads the same file to
# POST /api/v1/contribution-imports and measures end-to-end time and the application's peak RSS (VmHWM of
# APP_PID, reset before the upload). Appends the results to target/bench/import-<time>.md.
# Usage: bench/import.sh [rows, default 1000000]
# Environment: BENCH_DB (database for the bare COPY, default jiexu_bench_import, created and dropped unless
# KEEP_DB=yes), APP_URL, APP_PID, APP_USER / APP_PASSWORD (HTTP Basic, default admin / demo1234), RUNS.
set -euo pipefail
ROWS=${1:-1000000}
source "$(dirname "$0")/common.sh"
DB=${BENCH_DB:-jiexu_bench_import}
OUT=target/bench/import-$(date -u +%Y%m%dT%H%MZ).md
echo "# Import benchmark $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
if [ -z "${BENCH_DB:-}" ]; then
  $PG_ADMIN -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
  $PG_ADMIN -qc "CREATE DATABASE $DB OWNER jiexu" >/dev/null
fi
java -Xmx512m -cp "$CP" org.jiexu.account.ContributionImportBench n="$ROWS" runs="${RUNS:-3}" \
  url="jdbc:postgresql://127.0.0.1:5432/$DB" file="target/bench/declarations-$ROWS.csv" out="$OUT" \
  ${APP_URL:+app=$APP_URL} ${APP_PID:+pid=$APP_PID} ${APP_USER:+appUser=$APP_USER} \
  ${APP_PASSWORD:+appPassword=$APP_PASSWORD}
if [ -z "${BENCH_DB:-}" ] && [ "${KEEP_DB:-no}" != yes ]; then
  $PG_ADMIN -qc "DROP DATABASE IF EXISTS $DB" >/dev/null
fi
echo "Results: $OUT"
