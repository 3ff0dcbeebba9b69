# Shell functions shared by ./run and the integration-test server (it-server.sh).
# Source it; it expects PAYARA_HOME (the unpacked payara6 directory) and DOMAIN (a domain name);
# LOG_PREFIX (e.g. "[run]") starts its messages.
# shellcheck shell=bash

SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CONFIG_DIR="$(cd "$SCRIPTS_DIR/../payara" && pwd)"
DOCROOT_DIR="$(cd "$SCRIPTS_DIR/../docroot" && pwd)"
LOG_PREFIX=${LOG_PREFIX:-[payara]}
ADMIN_USER=admin
# Settings that restart a listener or need a server restart: baked into the template domain while
# no application runs, so a started domain never reconfigures a live listener (issue 8)
TEMPLATE_FILES=(domain.asadmin loopback.asadmin)

domain_dir() {
    echo "$PAYARA_HOME/glassfish/domains/$DOMAIN"
}

# The domain's admin password, as asadmin reads it (AS_ADMIN_PASSWORD=...). Mode 600, never
# printed: the only place the password of a domain is kept.
password_file() {
    echo "$(domain_dir)/config/admin-password"
}

asadmin() {
    "$PAYARA_HOME/bin/asadmin" --host 127.0.0.1 --port "$ADMIN_PORT" --user "$ADMIN_USER" \
        --passwordfile "$(password_file)" "$@"
}

# 48 hex digits from the kernel's random source
random_password() {
    od -An -tx1 -N24 /dev/urandom | tr -d ' \n'
}

# The template's name: port base and a checksum of everything baked into it, so a changed
# command file, docroot page or this script builds a new template instead of reusing a stale one.
template_name() {
    local sum
    sum=$( (cd "$CONFIG_DIR" && cat "${TEMPLATE_FILES[@]}"; cat "$DOCROOT_DIR"/* "${BASH_SOURCE[0]}") | sha256sum)
    echo "$DOMAIN-template-$1-${sum:0:12}"
}

# A brand-new domain on the given port base (admin = base+48, http = base+80) with an admin
# password of its own. The first call builds a template domain (slow: key generation and one
# start), later calls copy it (fast).
fresh_domain() {
    local portbase=$1 template domains="$PAYARA_HOME/glassfish/domains"
    ADMIN_PORT=$((portbase + 48))
    HTTP_PORT=$((portbase + 80))
    template=$(template_name "$portbase")
    if [ ! -f "$domains/$template/.complete" ]; then
        build_template "$portbase" "$template" || return 1
    fi
    rm -rf "${domains:?}/$DOMAIN"
    cp -a "$domains/$template" "$domains/$DOMAIN"
    # the copy keeps the template's name inside a few files; the domain is addressed by directory
    rm -f "$domains/$DOMAIN/.complete"
    new_admin_password
}

# build_template PORTBASE NAME: create-domain, then start it once without applications to apply
# the TEMPLATE_FILES, stop it, and put our docroot in place of Payara's.
build_template() {
    local portbase=$1 template=$2 domains="$PAYARA_HOME/glassfish/domains" passwords
    echo "$LOG_PREFIX building the domain template $template (once per port base and config change) ..."
    rm -rf "${domains:?}/$DOMAIN-template-$portbase-"*
    passwords=$(mktemp "$domains/.$template-password.XXXXXX")
    printf 'AS_ADMIN_PASSWORD=%s\n' "$(random_password)" >"$passwords"
    if ! "$PAYARA_HOME/bin/asadmin" --user "$ADMIN_USER" --passwordfile "$passwords" \
        create-domain --portbase "$portbase" "$template" >/dev/null; then
        rm -f "$passwords"
        echo "$LOG_PREFIX create-domain $template failed" >&2
        return 1
    fi
    local DOMAIN=$template file # the functions below act on the template
    mv "$passwords" "$(password_file)" || return 1
    mkdir -p "$(domain_dir)/tmp" # the domain's java.io.tmpdir (loopback.asadmin)
    start_domain || { start_failed "the template domain did not start"; return 1; }
    for file in "${TEMPLATE_FILES[@]}"; do
        apply "$file" || { start_failed "applying $file to the template failed"; return 1; }
    done
    stop_domain
    local dir
    dir=$(domain_dir)
    # what the start left behind goes, except the OSGi cache (a faster first start of each copy)
    rm -rf "${dir:?}/docroot" "$dir/logs" "$dir/generated" "$dir/session-store" \
        "$dir/config/pid" "$dir/config/pid.prev"
    mkdir "$dir/docroot" && cp "$DOCROOT_DIR"/* "$dir/docroot/" && touch "$dir/.complete"
}

# Replaces the admin password the copied template came with by a new random one, offline.
new_admin_password() {
    local new change
    new=$(random_password)
    change=$(mktemp "$(domain_dir)/config/.password-change.XXXXXX")
    { cat "$(password_file)"; printf 'AS_ADMIN_NEWPASSWORD=%s\n' "$new"; } >"$change"
    if ! "$PAYARA_HOME/bin/asadmin" --user "$ADMIN_USER" --passwordfile "$change" change-admin-password \
        --domaindir "$PAYARA_HOME/glassfish/domains" --domain_name "$DOMAIN" >/dev/null; then
        rm -f "$change"
        echo "$LOG_PREFIX could not set the admin password of domain $DOMAIN" >&2
        return 1
    fi
    rm -f "$change"
    printf 'AS_ADMIN_PASSWORD=%s\n' "$new" >"$(password_file)"
}

# The monitoring account of a local domain (ADR 0032): file-realm user "monitor" in the group "monitor",
# the only caller /health and /metrics answer (domain.asadmin); its random password is kept only in
# the domain's config/monitor-password (AS_ADMIN_USERPASSWORD=..., mode 600). Needs the domain running.
monitor_password_file() {
    echo "$(domain_dir)/config/monitor-password"
}

create_monitor_user() {
    local combined
    (umask 077 && printf 'AS_ADMIN_USERPASSWORD=%s\n' "$(random_password)" >"$(monitor_password_file)")
    combined=$(mktemp "$(domain_dir)/config/.monitor.XXXXXX")
    cat "$(password_file)" "$(monitor_password_file)" >"$combined"
    "$PAYARA_HOME/bin/asadmin" --host 127.0.0.1 --port "$ADMIN_PORT" --user "$ADMIN_USER" --passwordfile "$combined" \
        create-file-user --groups monitor monitor >/dev/null
    local status=$?
    rm -f "$combined"
    return $status
}

start_domain() {
    "$PAYARA_HOME/bin/asadmin" --user "$ADMIN_USER" --passwordfile "$(password_file)" \
        start-domain --timeout "${START_TIMEOUT:-300}" "$DOMAIN" >/dev/null
}

# Stops the domain if it runs; kills it when it does not answer (or has no password file, as
# domains from before issue 8).
stop_domain() {
    [ -d "$(domain_dir)" ] || return 0
    "$PAYARA_HOME/bin/asadmin" --user "$ADMIN_USER" --passwordfile "$(password_file)" \
        stop-domain "$DOMAIN" >/dev/null 2>&1 \
        || "$PAYARA_HOME/bin/asadmin" stop-domain --kill=true "$DOMAIN" >/dev/null 2>&1 \
        || true
}

# Whether the domain's server process is alive (its pid file names a running process).
server_running() {
    local pid
    pid=$(cat "$(domain_dir)/config/pid" 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# start_failed REASON: says why the start failed and shows the end of the server log on stderr,
# then stops the server.
start_failed() {
    local log
    log="$(domain_dir)/logs/server.log"
    echo "$LOG_PREFIX start failed: $1" >&2
    if [ -f "$log" ]; then
        echo "$LOG_PREFIX last lines of $log:" >&2
        tail -n "${LOG_TAIL_LINES:-40}" "$log" >&2
    fi
    echo "$LOG_PREFIX stopping Payara Server" >&2
    stop_domain
}

# wait_for_url URL SECONDS: waits until URL answers with a 2xx status. When the server process
# ends or SECONDS pass first: start_failed with the reason, and returns 1.
wait_for_url() {
    local url=$1 seconds=$2 deadline
    deadline=$((SECONDS + seconds))
    until curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; do
        if ! server_running; then
            start_failed "the server process ended before $url answered"
            return 1
        fi
        if ((SECONDS >= deadline)); then
            start_failed "$url did not answer within $seconds s"
            return 1
        fi
        sleep 0.5
    done
}

# apply FILE [KEY=VALUE...]: runs an asadmin command file from config/, replacing @KEY@ tokens.
apply() {
    local file="$CONFIG_DIR/$1" rendered
    shift
    rendered="$(mktemp)"
    cp "$file" "$rendered"
    local pair key value
    for pair in "$@"; do
        key=${pair%%=*}
        value=${pair#*=}
        value=${value//\\/\\\\}
        value=${value//&/\\&}
        value=${value//|/\\|}
        sed -i "s|@$key@|$value|g" "$rendered"
    done
    if grep -q '@[A-Z_0-9]*@' <(grep -v '^#' "$rendered"); then
        echo "Unreplaced token in $file" >&2
        rm -f "$rendered"
        return 1
    fi
    # multimode exits 0 even when one of its commands fails, so its output is checked too
    local output status=0
    output=$(asadmin multimode --file "$rendered" 2>&1) || status=$?
    rm -f "$rendered"
    if [ $status -ne 0 ] || grep -q '^Command .* failed' <<<"$output"; then
        echo "asadmin commands of $file failed:" >&2
        echo "$output" >&2
        return 1
    fi
}

# The peak resident memory of the running server, in MiB (VmHWM), or "?".
server_peak_mib() {
    local pid
    pid=$(cat "$(domain_dir)/config/pid" 2>/dev/null) || { echo "?"; return; }
    awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo "?"
}
