#!/usr/bin/env bash
# The batch benchmark (issue 10 item 8; bench/README.md), in one run on a real Payara Server with PostgreSQL:
# code-table-sync of a registry-records file of ROWS rows (default 1,000,000) and review-reconcile of ROWS
# review results against ROWS declared applications, each against a plain JDBC batch of the same writes
# into the same database; the server's heap is sampled while each job runs.
# Not a test: it prints figures and never fails on a number. Needs what ./test needs (PostgreSQL at
# 127.0.0.1:5432 with trust for postgres); uses port base 33000 (BENCH_PORTBASE) and its own database.
#   bench/batch-bench.sh [rows] [itemCount]     BENCH_JOBS="code-table-sync review-reconcile" picks the jobs
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROWS=${1:-1000000}
ITEM_COUNT=${2:-}   # empty: each job's default chunk (code-table-sync 1,000, review-reconcile 500)
CHUNK=()
[ -n "$ITEM_COUNT" ] && CHUNK=("itemCount=$ITEM_COUNT")
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

JOBS=${BENCH_JOBS:-code-table-sync review-reconcile}

"$ROOT"/config/src/main/scripts/it-server.sh start
trap '"$ROOT"/config/src/main/scripts/it-server.sh stop' EXIT
DOMAIN_DIR=$PAYARA_HOME/glassfish/domains/eport-it
ADMIN=("$PAYARA_HOME/bin/asadmin" --host 127.0.0.1 --port $((PORTBASE + 48)) --user admin --passwordfile "$DOMAIN_DIR/config/admin-password")
"${ADMIN[@]}" deploy --force=true --name eport --properties retain-batch-jobs=true "$ROOT/ear/target/eport.ear" >/dev/null
DATABASE=$(psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "SELECT datname FROM pg_database WHERE datname LIKE 'eport_it_${PORTBASE}_%' ORDER BY datname DESC LIMIT 1")
PID=$(cat "$DOMAIN_DIR/config/pid")
export EPORT_URL=http://127.0.0.1:$((PORTBASE + 80))/eport EPORT_USER=batch EPORT_PASSWORD=Eport@2026 EPORT_POLL_SECONDS=2 EPORT_WAIT_SECONDS=7200

JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DATABASE?reWriteBatchedInserts=true"  # the driver settings of the product's pool (datasource-postgresql.asadmin)

# runs a job with the given parameters; prints its duration, its steps, its counts and the server's heap
# (in use = survivors + eden + old; old generation alone), sampled every 2 s while it runs
run_job() {
    local job=$1 steps=$2
    shift 2
    jstat -gc "$PID" 2000 >"$WORK/jstat-$job.txt" &
    local jstat=$!
    local id status json
    id=$(config/src/main/scripts/batch-job.sh start "$job" "$@")
    status=$(config/src/main/scripts/batch-job.sh wait "$id" || true)
    kill $jstat 2>/dev/null || true
    json=$(config/src/main/scripts/batch-job.sh status "$id")
    echo "[bench] $job execution $id: $status"
    SECONDS_TAKEN=$(python3 -c "import json,sys,datetime as d; j=json.loads(sys.argv[1]); p=lambda s: d.datetime.fromisoformat(s.replace('Z','+00:00')); print((p(j['ended'])-p(j['started'])).total_seconds())" "$json")
    psql -h 127.0.0.1 -U postgres -d "$DATABASE" -qAt -F ' ' -c "SELECT stepname, batchstatus, round(extract(epoch FROM endtime - starttime)::numeric, 1) || ' s'
        FROM stepexecutioninstancedata WHERE jobexecid = $id AND stepname LIKE '$steps' ORDER BY stepexecid"
    psql -h 127.0.0.1 -U postgres -d "$DATABASE" -qAt -F ' ' -c "SELECT step_name, counter_name, amount FROM batch_step_count
        WHERE step_name LIKE '$steps' AND instance_id = (SELECT jobinstanceid FROM executioninstancedata WHERE jobexecid = $id) ORDER BY 1, 2"
    awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > peak) peak = used; if ($8 > old) old = $8; last = $8 }
         END { printf "[bench] server heap in use, peak %.0f MiB; old generation peak %.0f MiB, at the end %.0f MiB\n", peak / 1024, old / 1024, last / 1024 }' "$WORK/jstat-$job.txt"
    python3 -c "import sys; r=int(sys.argv[1]); s=float(sys.argv[2]); print(f'[bench] {sys.argv[4]}: {r} rows in {s:.1f} s = {r/s:.0f} rows/s (itemCount {sys.argv[3]})')" "$ROWS" "$SECONDS_TAKEN" "${ITEM_COUNT:-default}" "$job"
}

if [[ " $JOBS " == *" code-table-sync "* ]]; then
    echo "[bench] generating $ROWS registry rows ..."
    java -cp "$CP" cn.eport.onboarding.bench.RegistryBench generate "$WORK/registry-records.csv" "$ROWS"
    run_job code-table-sync 'registry-records%' "source.registry-records=$WORK/registry-records.csv" "${CHUNK[@]}"
    java -cp "$CP" cn.eport.onboarding.bench.RegistryBench baseline "$JDBC_URL" "$WORK/registry-records.csv"
fi

if [[ " $JOBS " == *" review-reconcile "* ]]; then
    echo "[bench] seeding $ROWS declared applications and generating their review results ..."
    java -cp "$CP" cn.eport.onboarding.bench.ReconcileBench seed "$JDBC_URL" "$ROWS"
    java -cp "$CP" cn.eport.onboarding.bench.ReconcileBench generate "$WORK/review-results.csv" "$ROWS"
    run_job review-reconcile '%' "source=$WORK/review-results.csv" "${CHUNK[@]}"
    java -cp "$CP" cn.eport.onboarding.bench.ReconcileBench baseline "$JDBC_URL" "$WORK/review-results.csv"
fi
