#!/usr/bin/env bash
# The Payara Server of the integration tests: `it-server.sh start` creates a fresh PostgreSQL
# database and a fresh domain configured from config/ (admin on 127.0.0.1 with its own password in
# the domain's config/admin-password, which the tests read), `it-server.sh stop` stops the domain.
# Run by the ear module's build (pre-/post-integration-test); paths come from the environment:
#   PAYARA_HOME  unpacked payara6 directory      PORTBASE  e.g. 28000 (admin 28048, http 28080)
#   PG_DRIVER    PostgreSQL JDBC driver jar      PG_HOST/PG_PORT/PG_USER  (default 127.0.0.1/5432/postgres)
#   ORACLE_DRIVER  ojdbc11 jar (optional): in the domain's lib/ so that OracleDatasourceIT can try the Oracle pool
set -euo pipefail
: "${PAYARA_HOME:?}" "${PORTBASE:?}"
DOMAIN=eport-it
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
# seconds the server may take to start, and then to answer on its HTTP port
START_TIMEOUT=${START_TIMEOUT:-300}
LOG_PREFIX="[it-server]"
# shellcheck source=payara-lib.sh
source "$(dirname "$0")/payara-lib.sh"
ADMIN_PORT=$((PORTBASE + 48))

psql_admin() {
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

case "${1:-}" in
start)
    : "${PG_DRIVER:?}"
    stop_domain
    # one fresh database per test run; earlier runs' databases are dropped here, not at stop,
    # so a failed run can still be inspected
    # (per port base, so test runs on other port bases keep theirs)
    prefix="eport_it_${PORTBASE}_"
    for old in $(psql_admin -c "SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'"); do
        psql_admin -c "DROP DATABASE IF EXISTS \"$old\" WITH (FORCE)"
    done
    database="${prefix}$(date +%Y%m%d%H%M%S)"
    psql_admin -c "CREATE DATABASE \"$database\" ENCODING 'UTF8' TEMPLATE template0"
    echo "[it-server] PostgreSQL database $database"

    fresh_domain "$PORTBASE"
    trap 'start_failed "line $LINENO of it-server.sh failed"; exit 1' ERR
    cp "$PG_DRIVER" "$(domain_dir)/lib/"
    if [ -n "${ORACLE_DRIVER:-}" ]; then cp "$ORACLE_DRIVER" "$(domain_dir)/lib/"; fi
    start_domain
    # the alias file holds the admin password too: asadmin reads both from one --passwordfile
    passwords=$(mktemp "$(domain_dir)/config/.alias.XXXXXX")
    { cat "$(password_file)"; echo "AS_ADMIN_ALIASPASSWORD=unused-with-trust-auth"; } >"$passwords"
    "$PAYARA_HOME/bin/asadmin" --host 127.0.0.1 --port "$ADMIN_PORT" --user "$ADMIN_USER" --passwordfile "$passwords" \
        create-password-alias eport-db-password >/dev/null
    rm -f "$passwords"
    apply datasource-postgresql.asadmin PG_HOST="$PG_HOST" PG_PORT="$PG_PORT" PG_DATABASE="$database" PG_USER="$PG_USER"
    apply demo-data.asadmin
    apply test-hooks.asadmin
    create_monitor_user
    wait_for_url "http://127.0.0.1:$HTTP_PORT/" "$START_TIMEOUT" || exit 1
    echo "[it-server] Payara domain $DOMAIN up: admin port $ADMIN_PORT (127.0.0.1), http port $HTTP_PORT"
    ;;
stop)
    echo "[it-server] peak server memory: $(server_peak_mib) MiB"
    stop_domain
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
