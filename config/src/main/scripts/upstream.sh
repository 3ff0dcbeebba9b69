#!/usr/bin/env bash
# upstream on Payara Micro: the outside systems the product talks to (the five directory services,
# the files of code-table-sync), for the integration tests and for demos. README "The outside
# systems for a demo (upstream)".
#   upstream.sh run     in the foreground (Ctrl+C stops it): for a demo beside ./run
#   upstream.sh start   in the background, returns once it answers (the ear build, before the ITs)
#   upstream.sh stop    stops what `start` started
# Environment (defaults in brackets):
#   UPSTREAM_PORT           its HTTP port, on 127.0.0.1 only [PORTBASE + UPSTREAM_PORT_OFFSET when both are
#                           set (the ear build: 28000 + 90), else 8090]
#   UPSTREAM_WAR            the WAR [upstream/target/upstream.war]
#   PAYARA_MICRO            the Payara Micro jar [upstream/target/payara-micro.jar; both come from
#                           `mvn -B -pl upstream -am package -DskipTests`]
#   UPSTREAM_DIR            Payara Micro's working folder, the pid and the log [.run/upstream-<port>]
#   UPSTREAM_FILES          folder of the files served at /upstream/files/{name} [the WAR's samples]
#   UPSTREAM_HEAP           the JVM's -Xmx [256m]
#   UPSTREAM_START_TIMEOUT  seconds to answer after `start` [180]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
if [[ -z "${UPSTREAM_PORT:-}" && -n "${PORTBASE:-}" && -n "${UPSTREAM_PORT_OFFSET:-}" ]]; then
    UPSTREAM_PORT=$((PORTBASE + UPSTREAM_PORT_OFFSET))
fi
PORT=${UPSTREAM_PORT:-8090}
WAR=${UPSTREAM_WAR:-$ROOT/upstream/target/upstream.war}
JAR=${PAYARA_MICRO:-$ROOT/upstream/target/payara-micro.jar}
DIR=${UPSTREAM_DIR:-$ROOT/.run/upstream-$PORT}
HEAP=${UPSTREAM_HEAP:-256m}
START_TIMEOUT=${UPSTREAM_START_TIMEOUT:-180}
PID_FILE="$DIR/pid"
LOG="$DIR/upstream.log"
# a demo enterprise every directory build knows: answers 200 once the WAR is deployed
PROBE="http://127.0.0.1:$PORT/upstream/api/registry-records/91110108MA01ABCD5T"

say() { echo "[upstream] $*"; }
fail() { say "$*" >&2; exit 1; }

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

running() {
    [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

command_line() {
    [[ -f "$WAR" ]] || fail "no WAR at $WAR: build it with mvn -B -pl upstream -am package -DskipTests"
    [[ -f "$JAR" ]] || fail "no Payara Micro at $JAR: build the upstream module (it copies the jar) or set PAYARA_MICRO"
    port_in_use "$PORT" && fail "port $PORT is in use on 127.0.0.1: stop what listens there or set UPSTREAM_PORT"
    mkdir -p "$DIR"
    # the HTTP listener on the loopback interface only; no data grid (no port of its own, no cluster)
    echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" \
        >"$DIR/preboot.asadmin"
    CMD=(java "-Xmx$HEAP" -XX:+UseSerialGC)
    if [[ -n "${UPSTREAM_FILES:-}" ]]; then
        CMD+=("-Dupstream.files.dir=$(cd "$UPSTREAM_FILES" && pwd)")
    fi
    CMD+=(-jar "$JAR" --deploy "$WAR" --port "$PORT" --nohazelcast --rootdir "$DIR/root"
        --prebootcommandfile "$DIR/preboot.asadmin")
}

case "${1:-}" in
run)
    command_line
    say "starting on http://127.0.0.1:$PORT/upstream (Ctrl+C stops it)"
    exec "${CMD[@]}"
    ;;
start)
    if running; then
        say "stopping the one left from an earlier run (pid $(cat "$PID_FILE"))"
        "$0" stop
    fi
    command_line
    rm -rf "$DIR/root"
    "${CMD[@]}" >"$LOG" 2>&1 &
    echo $! >"$PID_FILE"
    deadline=$((SECONDS + START_TIMEOUT))
    until curl -fsS -o /dev/null --max-time 5 "$PROBE" 2>/dev/null; do
        if ! running; then
            tail -n 40 "$LOG" >&2 || true
            rm -f "$PID_FILE"
            fail "Payara Micro ended before upstream answered (log above, whole log: $LOG)"
        fi
        if ((SECONDS >= deadline)); then
            tail -n 40 "$LOG" >&2 || true
            "$0" stop || true
            fail "upstream did not answer within $START_TIMEOUT s (log above, whole log: $LOG)"
        fi
        sleep 0.5
    done
    say "up on http://127.0.0.1:$PORT/upstream (pid $(cat "$PID_FILE"), log $LOG)"
    ;;
stop)
    if ! running; then
        say "not running"
        rm -f "$PID_FILE"
        exit 0
    fi
    pid=$(cat "$PID_FILE")
    say "peak memory: $(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo "?") MiB"
    kill "$pid"
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "still running after 30 s: killing it"
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$PID_FILE"
    say "stopped"
    ;;
*)
    echo "usage: $0 run|start|stop" >&2
    exit 2
    ;;
esac
