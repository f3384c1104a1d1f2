#!/usr/bin/env bash
# CTest fixture: a real Prometheus (Debian's 2.42) on 127.0.0.1 at a free port,
# holding backfilled experiment counters (tests/data/experiments/gen_counters.py)
# and, when a second generator is named, daily business gauges of four months
# (tests/data/business/gen_business.py).
#
#   prometheus-fixture.sh start STATE_FILE GENERATOR [BUSINESS_GENERATOR]
#       writes PROM_URL, EXPECTED, FROM_MS, TO_MS [, BUSINESS_EXPECTED]
#   prometheus-fixture.sh stop  STATE_FILE
set -euo pipefail
action=${1:?start|stop}
state=${2:?state file}
die() { echo "prometheus fixture: $*" >&2; exit 1; }

stop_all() {
    [ -f "$state" ] || return 0
    # shellcheck disable=SC1090
    . "$state"
    if [ -n "${PROM_PID:-}" ] && kill -0 "$PROM_PID" 2>/dev/null; then
        kill "$PROM_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$PROM_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$PROM_PID" 2>/dev/null || true
    fi
    [ -n "${RUN_DIR:-}" ] && rm -rf "$RUN_DIR"
    rm -f "$state"
}

case "$action" in
start)
    generator=${3:?generator}
    command -v prometheus >/dev/null && command -v promtool >/dev/null \
        || die "prometheus and promtool are missing (Debian packages prometheus; scripts/install-deps.sh installs them)"
    stop_all
    run=$(mktemp -d /tmp/straja-prometheus.XXXXXX)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    hours=72
    # The last sample an hour ago, on the hour: well inside the TSDB's range.
    end=$(( ( $(date +%s) / 3600 - 1 ) * 3600 ))
    python3 "$generator" "$end" "$hours" "$run/counters.om" "$run/expected.csv"
    promtool tsdb create-blocks-from openmetrics "$run/counters.om" "$run/data" >"$run/backfill.log" 2>&1 \
        || { cat "$run/backfill.log" >&2; rm -rf "$run"; die "promtool backfill failed"; }
    business=${4:-}
    if [ -n "$business" ]; then
        python3 "$business" "$end" "$run/business.om" "$run/business.csv"
        promtool tsdb create-blocks-from openmetrics "$run/business.om" "$run/data" >"$run/backfill-business.log" 2>&1 \
            || { cat "$run/backfill-business.log" >&2; rm -rf "$run"; die "promtool backfill of business gauges failed"; }
    fi
    printf 'global:\n  scrape_interval: 1h\n' >"$run/prometheus.yml"
    cat >"$state" <<EOT
RUN_DIR=$run
PROM_URL=http://127.0.0.1:$port
EXPECTED=$run/expected.csv
FROM_MS=$(( (end - (hours - 1) * 3600) * 1000 ))
TO_MS=$(( end * 1000 ))
EOT
    [ -n "$business" ] && echo "BUSINESS_EXPECTED=$run/business.csv" >>"$state"
    setsid prometheus --config.file="$run/prometheus.yml" --storage.tsdb.path="$run/data" \
        --storage.tsdb.retention.time=100y --web.listen-address="127.0.0.1:$port" \
        </dev/null >"$run/prometheus.log" 2>&1 &
    echo "PROM_PID=$!" >>"$state"
    for _ in $(seq 1 300); do
        if curl -sf "http://127.0.0.1:$port/-/ready" >/dev/null 2>&1; then
            echo "prometheus fixture: up at http://127.0.0.1:$port"
            exit 0
        fi
        sleep 0.1
    done
    tail -20 "$run/prometheus.log" >&2
    stop_all
    die "prometheus did not become ready within 30 s"
    ;;
stop)
    stop_all
    echo "prometheus fixture: stopped"
    ;;
*) die "unknown action $action" ;;
esac
