#!/usr/bin/env bash
# The batch benchmark (issue 10 item 8; bench/README.md): code-table-sync of a registry-records file of
# ROWS rows (default 1,000,000) on a real Payara Server with PostgreSQL, against a plain JDBC batch upsert
# of the same rows into the same database; the server's heap is sampled while the job runs.
# Not a test: it prints figures and never fails on a number. Needs what ./test needs (PostgreSQL at
# 127.0.0.1:5432 with trust for postgres); uses port base 33000 (BENCH_PORTBASE) and its own database.
#   bench/batch-bench.sh [rows] [itemCount]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROWS=${1:-1000000}
ITEM_COUNT=${2:-1000}
export PORTBASE=${BENCH_PORTBASE:-33000}
WORK=$ROOT/bench/target/batch-bench
mkdir -p "$WORK"

echo "[bench] building the EAR and the bench tools ..."
mvn -q -B -DskipTests -Prun install
mvn -q -B -Pbench -pl bench compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" >/dev/null
CP="$ROOT/bench/target/classes:$(cat "$WORK/classpath")"
PG_DRIVER=$(tr ':' '\n' <"$WORK/classpath" | grep '/postgresql-[0-9.]*\.jar$' | head -n 1)
export PAYARA_HOME
PAYARA_HOME=$(ls -d "$ROOT"/.run/payara-*/payara6 | sort -V | tail -n 1)
export PG_DRIVER

echo "[bench] generating $ROWS registry rows ..."
java -cp "$CP" cn.eport.onboarding.bench.RegistryBench generate "$WORK/registry-records.csv" "$ROWS"
ls -l "$WORK/registry-records.csv"

config/src/main/scripts/it-server.sh start
trap 'config/src/main/scripts/it-server.sh stop' EXIT
DOMAIN_DIR=$PAYARA_HOME/glassfish/domains/eport-it
ADMIN=("$PAYARA_HOME/bin/asadmin" --host 127.0.0.1 --port $((PORTBASE + 48)) --user admin --passwordfile "$DOMAIN_DIR/config/admin-password")
"${ADMIN[@]}" deploy --force=true --name eport --properties retain-batch-jobs=true "$ROOT/ear/target/eport.ear" >/dev/null
DATABASE=$(psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "SELECT datname FROM pg_database WHERE datname LIKE 'eport_it_${PORTBASE}_%' ORDER BY datname DESC LIMIT 1")
PID=$(cat "$DOMAIN_DIR/config/pid")
export EPORT_URL=http://127.0.0.1:$((PORTBASE + 80))/eport EPORT_USER=batch EPORT_PASSWORD=Eport@2026 EPORT_POLL_SECONDS=2 EPORT_WAIT_SECONDS=7200

# heap in use (survivors + eden + old, KiB) and old generation alone, every 2 s while the job runs
jstat -gc "$PID" 2000 >"$WORK/jstat.txt" &
JSTAT=$!
id=$(config/src/main/scripts/batch-job.sh start code-table-sync "source.registry-records=$WORK/registry-records.csv" "itemCount=$ITEM_COUNT")
status=$(config/src/main/scripts/batch-job.sh wait "$id" || true)
kill $JSTAT 2>/dev/null || true
json=$(config/src/main/scripts/batch-job.sh status "$id")
echo "[bench] execution $id: $status $json"
seconds=$(python3 -c "import json,sys,datetime as d; j=json.loads(sys.argv[1]); p=lambda s: d.datetime.fromisoformat(s.replace('Z','+00:00')); print((p(j['ended'])-p(j['started'])).total_seconds())" "$json")
psql -h 127.0.0.1 -U postgres -d "$DATABASE" -qAt -c "SELECT step_name, counter_name, amount FROM batch_step_count WHERE step_name LIKE 'registry-records%' ORDER BY 1, 2"
awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > peak) peak = used; if ($8 > old) old = $8 }
     END { printf "[bench] server heap in use, peak %.0f MiB; old generation peak %.0f MiB\n", peak / 1024, old / 1024 }' "$WORK/jstat.txt"
python3 -c "import sys; r=int(sys.argv[1]); s=float(sys.argv[2]); print(f'[bench] code-table-sync: {r} rows in {s:.1f} s = {r/s:.0f} rows/s (itemCount {sys.argv[3]})')" "$ROWS" "$seconds" "$ITEM_COUNT"

java -cp "$CP" cn.eport.onboarding.bench.RegistryBench baseline "jdbc:postgresql://127.0.0.1:5432/$DATABASE" "$WORK/registry-records.csv"
