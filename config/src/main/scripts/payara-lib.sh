# Shell functions shared by ./run and the integration-test server (it-server.sh).
# Source it; it expects PAYARA_HOME (the unpacked payara6 directory) and DOMAIN (a domain name).
# shellcheck shell=bash

CONFIG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../payara" && pwd)"

asadmin() {
    "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" "$@"
}

domain_dir() {
    echo "$PAYARA_HOME/glassfish/domains/$DOMAIN"
}

# A brand-new domain on the given port base (admin = base+48, http = base+80). The first call
# creates a template domain (slow: key generation), later calls copy it (fast).
fresh_domain() {
    local portbase=$1 template="$DOMAIN-template-$1"
    ADMIN_PORT=$((portbase + 48))
    HTTP_PORT=$((portbase + 80))
    local domains="$PAYARA_HOME/glassfish/domains"
    if [ ! -d "$domains/$template" ]; then
        "$PAYARA_HOME/bin/asadmin" create-domain --nopassword=true --portbase "$portbase" "$template" >/dev/null
    fi
    rm -rf "${domains:?}/$DOMAIN"
    cp -a "$domains/$template" "$domains/$DOMAIN"
    # the copy keeps the template's name inside a few files; the domain is addressed by directory
    rm -f "$domains/$DOMAIN/config/pid" "$domains/$DOMAIN/config/pid.prev"
}

start_domain() {
    "$PAYARA_HOME/bin/asadmin" start-domain "$DOMAIN" >/dev/null
}

stop_domain() {
    "$PAYARA_HOME/bin/asadmin" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
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
