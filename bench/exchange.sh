#!/usr/bin/env bash
# Benchmark of the exchange between deployments through RabbitMQ (issue 6): transfers from Yingcheng to Xicheng
# across two deployments in one JVM (Beijing and Hubei, each with its own in-memory H2 database, the harness of
# TransfersAcrossDeploymentsBrokerTests) through the local broker, with the product's exchange settings. Prints
# transfers/s end to end, the p50/p99 latency from sender commit to receiver commit per message kind, and the
# catch-up time after a broker outage (rabbitmqctl stop_app / start_app, as root or through sudo -n), and appends
# them to target/bench/exchange-<time>.md.
# Usage: bench/exchange.sh [transfers, default 1000]
# Environment: OUTAGE_TRANSFERS (started just before the outage, default 500), OUTAGE (seconds, default 60),
# PACED and RATE (transfers applied for at RATE per second for the latency without a queue, defaults 200 and 5),
# THREADS (client threads per agency, default 2), RUNS (fresh deployments each, default 1), SETTINGS (extra
# --jiexu.exchange.* settings for both deployments, default none: the product's defaults).
# Needs the local RabbitMQ broker (127.0.0.1:5672, guest/guest, or SPRING_RABBITMQ_*); leaves it running.
set -euo pipefail
N=${1:-1000}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p target/bench
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
  -Dmdep.includeScope=test
CP=target/test-classes:target/classes:$(cat target/bench.cp)
OUT=target/bench/exchange-$(date -u +%Y%m%dT%H%MZ).md
{
  echo "# Exchange benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(java -version 2>&1 | head -1)," \
    "RabbitMQ $(rabbitmqctl -q version 2>/dev/null || echo '?'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} | tee -a "$OUT"
trap 'rabbitmqctl -q start_app >/dev/null 2>&1 || true' EXIT
# shellcheck disable=SC2086
java -Xmx2g -cp "$CP" org.jiexu.transfer.ExchangeBench n="$N" outageN="${OUTAGE_TRANSFERS:-500}" \
  outage="${OUTAGE:-60}" paced="${PACED:-200}" rate="${RATE:-5}" threads="${THREADS:-2}" runs="${RUNS:-1}" out="$OUT" --logging.level.root=WARN \
  --logging.level.org.jiexu.exchange=WARN --logging.level.org.springframework.amqp=OFF ${SETTINGS:-} 2>&1 | grep -v '^\s*at \|^[0-9T:.-]*Z *WARN .*\(SimpleMessageListenerContainer\|ConditionalRejectingErrorHandler\|CachingConnectionFactory\)\|^com.rabbitmq\|^org.springframework.amqp\|^Caused by\|^\s*\.\.\. [0-9]* more' || true
echo "Results: $OUT"
