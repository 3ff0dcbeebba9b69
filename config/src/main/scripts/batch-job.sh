#!/usr/bin/env bash
# Starts and watches the E-Port batch jobs from the command line, through the batch REST API
# (/eport/api/batch, HTTP Basic as a batch operator; docs/adr/0021-batch-jobs.md).
#
#   batch-job.sh start <job> [key=value ...]   starts the job; prints the execution id
#   batch-job.sh status <execution id>         prints the execution as JSON
#   batch-job.sh wait <execution id>           waits until it has ended; prints its status
#
# Environment:
#   EPORT_URL            the application, default http://localhost:8080/eport
#   EPORT_USER           a BATCH_OPERATOR (or ADMIN) account, default batch
#   EPORT_PASSWORD_FILE  a file whose first line is the password (mode 600), or
#   EPORT_PASSWORD       the password itself. Never on the command line: it would show in ps.
#   EPORT_WAIT_SECONDS   how long wait waits, default 86400; EPORT_POLL_SECONDS, default 5
#
# Exit status: 0 done (wait: COMPLETED); 1 wait: the execution ended FAILED, STOPPED or ABANDONED;
# 2 usage; 3 refused (409: the job is already running, or not restartable); 4 not found (404);
# 5 not authorised (401/403); 6 any other failure (server unreachable, timeout, 5xx).
set -uo pipefail

URL=${EPORT_URL:-http://localhost:8080/eport}
USER_NAME=${EPORT_USER:-batch}

usage() {
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

password() {
    if [ -n "${EPORT_PASSWORD_FILE:-}" ]; then
        [ -r "$EPORT_PASSWORD_FILE" ] || { echo "batch-job: cannot read EPORT_PASSWORD_FILE $EPORT_PASSWORD_FILE" >&2; exit 2; }
        head -n 1 "$EPORT_PASSWORD_FILE" | tr -d '\r\n'
    elif [ -n "${EPORT_PASSWORD:-}" ]; then
        printf '%s' "$EPORT_PASSWORD"
    else
        echo "batch-job: set EPORT_PASSWORD_FILE (or EPORT_PASSWORD)" >&2
        exit 2
    fi
}

# api METHOD PATH [curl arguments...]: the answer's body in $BODY, its HTTP status in $STATUS.
# The credentials reach curl on its standard input (a curl config), never in its arguments.
api() {
    local method=$1 path=$2 secret body
    shift 2
    secret=$(password) || exit 2
    secret=${secret//\\/\\\\}
    secret=${secret//\"/\\\"}
    local user=${USER_NAME//\\/\\\\}
    user=${user//\"/\\\"}
    body=$(mktemp) || exit 6
    STATUS=$(printf 'user = "%s:%s"\n' "$user" "$secret" |
        curl --silent --show-error --config - --request "$method" --output "$body" --write-out '%{http_code}' \
            --max-time 60 "$@" "$URL/api/batch/$path") || { rm -f "$body"; echo "batch-job: $URL did not answer" >&2; exit 6; }
    BODY=$(cat "$body")
    rm -f "$body"
}

# fails with the problem's detail and the exit status that fits the HTTP status
check() {
    case "$STATUS" in
    2??) return 0 ;;
    409) code=3 ;;
    404) code=4 ;;
    401 | 403) code=5 ;;
    *) code=6 ;;
    esac
    echo "batch-job: HTTP $STATUS: $(field detail "$BODY")" >&2
    exit "$code"
}

# field NAME JSON: a string or number field of a flat JSON object (what the API answers)
field() {
    printf '%s' "$2" | sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\)\"\{0,1\}[,}].*/\1/p"
}

numeric() {
    [[ "${1:-}" =~ ^[0-9]+$ ]] || { echo "batch-job: an execution id is a number, not '${1:-}'" >&2; exit 2; }
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
start)
    [ $# -ge 1 ] || usage
    job=$1
    shift
    args=(--data '')
    [ $# -gt 0 ] && args=()
    for pair in "$@"; do
        [[ "$pair" == *=* ]] || { echo "batch-job: a parameter is key=value, not '$pair'" >&2; exit 2; }
        args+=(--data-urlencode "$pair")
    done
    api POST "jobs/$job/executions" --header 'Content-Type: application/x-www-form-urlencoded' "${args[@]}"
    check
    echo "$(field executionId "$BODY")"
    ;;
status)
    [ $# -eq 1 ] || usage
    numeric "$1"
    api GET "executions/$1"
    check
    printf '%s\n' "$BODY"
    ;;
wait)
    [ $# -eq 1 ] || usage
    numeric "$1"
    deadline=$((SECONDS + ${EPORT_WAIT_SECONDS:-86400}))
    while :; do
        api GET "executions/$1"
        check
        if [ "$(field over "$BODY")" = "true" ]; then
            status=$(field status "$BODY")
            echo "$status"
            [ "$status" = "COMPLETED" ] && exit 0
            exit 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "batch-job: execution $1 still $(field status "$BODY") after ${EPORT_WAIT_SECONDS:-86400} s" >&2
            exit 6
        fi
        sleep "${EPORT_POLL_SECONDS:-5}"
    done
    ;;
*)
    usage
    ;;
esac
