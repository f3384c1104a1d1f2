#!/usr/bin/env bash
# CTest fixture: a real Unleash (npm unleash-server, Node 22 from npm) on a private
# PostgreSQL 15, both on 127.0.0.1 at free ports, started and stopped by the test
# run (recipe: ../shared/TOOLCHAIN.md §6).
#
#   unleash-fixture.sh start STATE_FILE UNLEASH_DIR   writes URL, TOKEN, PIDs to STATE_FILE
#   unleash-fixture.sh stop  STATE_FILE               stops both, removes their files
#
# When something cannot start, it says why and exits non-zero, so the tests that
# require the fixture fail with the reason instead of passing unchecked.
set -euo pipefail

action=${1:?start|stop}
state=${2:?state file}
PGBIN=/usr/lib/postgresql/15/bin
ADMIN_TOKEN='*:*.straja-test-admin'
BACKEND_TOKEN='default:development.straja-test-backend'

die() { echo "unleash fixture: $*" >&2; exit 1; }

as_postgres() {
    # PostgreSQL refuses to run as root; as any other user it runs as that user.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

stop_all() {
    [ -f "$state" ] || return 0
    # shellcheck disable=SC1090
    . "$state"
    if [ -n "${UNLEASH_PID:-}" ] && kill -0 "$UNLEASH_PID" 2>/dev/null; then
        kill "$UNLEASH_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$UNLEASH_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$UNLEASH_PID" 2>/dev/null || true
    fi
    if [ -n "${RUN_DIR:-}" ] && [ -f "$RUN_DIR/pg/data/postmaster.pid" ]; then
        as_postgres "$PGBIN/pg_ctl" -D "$RUN_DIR/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "${RUN_DIR:-}" ] && [ -d "$RUN_DIR" ]; then
        rm -rf "$RUN_DIR"
    fi
    rm -f "$state"
}

case "$action" in
start)
    unleash_dir=${3:?unleash dir}
    node="$unleash_dir/node_modules/node/bin/node"
    server="$unleash_dir/node_modules/unleash-server/dist/server.js"
    [ -x "$node" ] && [ -f "$server" ] \
        || die "Node 22 and unleash-server are not installed in $unleash_dir (run: (cd $unleash_dir && npm ci); scripts/run-tests.sh does it)"
    [ -x "$PGBIN/initdb" ] || die "PostgreSQL 15 server binaries are missing ($PGBIN/initdb); install postgresql-15"
    command -v curl >/dev/null || die "curl is missing"
    stop_all # a previous run that was killed before its cleanup

    run=$(mktemp -d /tmp/straja-unleash.XXXXXX)
    chmod 755 "$run" # postgres must be able to enter it
    mkdir -p "$run/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$run/pg"
    pg_port=$(free_port)
    http_port=$(free_port)
    cat >"$state" <<EOF
RUN_DIR=$run
PG_PORT=$pg_port
UNLEASH_URL=http://127.0.0.1:$http_port
UNLEASH_ADMIN_TOKEN='$ADMIN_TOKEN'
UNLEASH_BACKEND_TOKEN='$BACKEND_TOKEN'
EOF

    as_postgres "$PGBIN/initdb" -D "$run/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$run/initdb.log" 2>&1 || { cat "$run/initdb.log" >&2; stop_all; die "initdb failed"; }
    as_postgres "$PGBIN/pg_ctl" -D "$run/pg/data" -l "$run/pg/log" \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $run/pg" -w start >/dev/null \
        || { cat "$run/pg/log" >&2; stop_all; die "PostgreSQL did not start"; }
    "$PGBIN/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres \
        -c "create user unleash with password 'unleash'" -c "create database unleash owner unleash" \
        || { stop_all; die "could not create the unleash database"; }

    # setsid + redirected output: the server outlives this script without holding
    # CTest's output pipe open; exec so the PID is node's own.
    (cd "$unleash_dir" && exec setsid env \
        DATABASE_URL="postgres://unleash:unleash@127.0.0.1:$pg_port/unleash" DATABASE_SSL=false \
        HTTP_HOST=127.0.0.1 HTTP_PORT="$http_port" CHECK_VERSION=false SEND_TELEMETRY=false LOG_LEVEL=warn \
        INIT_ADMIN_API_TOKENS="$ADMIN_TOKEN" INIT_BACKEND_API_TOKENS="$BACKEND_TOKEN" \
        UNLEASH_DEFAULT_ADMIN_USERNAME=admin UNLEASH_DEFAULT_ADMIN_PASSWORD='Straja-test-1' TZ=UTC \
        "$node" "$server" </dev/null >"$run/unleash.log" 2>&1) &
    echo "UNLEASH_PID=$!" >>"$state"
    started=$(date +%s%N)
    for _ in $(seq 1 900); do
        if curl -sf "http://127.0.0.1:$http_port/health" >/dev/null 2>&1; then
            echo "unleash fixture: up at http://127.0.0.1:$http_port after $(( ($(date +%s%N) - started) / 1000000 )) ms"
            exit 0
        fi
        # shellcheck disable=SC1090
        . "$state"
        kill -0 "$UNLEASH_PID" 2>/dev/null || { tail -30 "$run/unleash.log" >&2; stop_all; die "unleash-server exited"; }
        sleep 0.1
    done
    tail -30 "$run/unleash.log" >&2
    stop_all
    die "unleash-server did not answer /health within 90 s"
    ;;
stop)
    stop_all
    echo "unleash fixture: stopped"
    ;;
*)
    die "unknown action $action"
    ;;
esac
