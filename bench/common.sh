# Sourced by the benchmark scripts: compiles the application and its test sources (where the benchmark entry
# points live, in src/test/java/org/jiexu/account), sets CP to the classpath that runs them and PG_ADMIN to a
# psql running as a superuser, and lets the role jiexu take checkpoints (PostgreSQL 15: pg_checkpoint).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PG_ADMIN=${PG_ADMIN:-runuser -u postgres -- psql}
mkdir -p target/bench
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
  -Dmdep.includeScope=test
CP=target/test-classes:target/classes:$(cat target/bench.cp)
$PG_ADMIN -qc "GRANT pg_checkpoint TO jiexu" >/dev/null 2>&1
