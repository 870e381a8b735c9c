#!/usr/bin/env bash
# Benchmark of the public policy calculators: builds the application, starts it on an in-memory H2 database
# without demo data, runs bench/CalculatorBench.java against it and prints a Markdown table.
# Usage: bench/calculators.sh [requests per endpoint, default 20000] [concurrent clients, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-20000}
CLIENTS=${2:-8}
PORT=${BENCH_PORT:-18080}
./mvnw -q -DskipTests package
JAR=$(ls target/jiexu-*.jar | grep -v plain | head -1)
java -Xmx1g -jar "$JAR" --server.port="$PORT" --spring.profiles.active=default \
  --spring.datasource.url="jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  --jiexu.demo.enabled=false --logging.level.root=WARN > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break
  sleep 1
done
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1)"
java bench/CalculatorBench.java "http://localhost:$PORT" "$REQUESTS" "$CLIENTS"
