#!/usr/bin/env bash
# The metrics lab: Debian's real Prometheus, node_exporter and Alertmanager on
# 127.0.0.1, scraping the demo fleet (straja-cli demo-fleet --listen), with 30 days
# of its history backfilled through promtool. Try Straja on real servers with it;
# the integration tests use it through CTest fixtures (tests/lab).
#
#   scripts/lab.sh up [--dir DIR] [--ports fixed|auto] [--with-bench-data] [--fresh]
#   scripts/lab.sh down [--dir DIR]
#   scripts/lab.sh status [--dir DIR]
#
# DIR defaults to $STRAJA_LAB_DIR or build/lab. Ports are 19090 (Prometheus),
# 19093 (Alertmanager), 19100 (node_exporter) and 19101 (demo fleet), or free
# ones with --ports auto; they are kept in DIR/lab.env with everything tests need
# (seed, origin, backfill end). A second `up` reuses the backfilled data.
# Facts behind the flags: ../shared/TOOLCHAIN.md section 5.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

usage() {
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

command=${1:-}
[ -n "$command" ] || usage
shift
LAB=${STRAJA_LAB_DIR:-$ROOT/build/lab}
PORTS=fixed
BENCH=0
FRESH=0
while [ $# -gt 0 ]; do
    case $1 in
        --dir) LAB=$2; shift 2 ;;
        --ports) PORTS=$2; shift 2 ;;
        --with-bench-data) BENCH=1; shift ;;
        --fresh) FRESH=1; shift ;;
        *) usage ;;
    esac
done
mkdir -p "$LAB"
LAB=$(cd "$LAB" && pwd)
ENV_FILE=$LAB/lab.env
RUN=$LAB/run
LOGS=$LAB/logs

say() { echo "lab: $*"; }
die() { echo "lab: $*" >&2; exit 1; }

find_cli() {
    if [ -n "${STRAJA_CLI:-}" ]; then echo "$STRAJA_CLI"; return; fi
    local c
    for c in "$ROOT"/build/release/app/cli/straja-cli "$ROOT"/build/ci/app/cli/straja-cli \
             "$ROOT"/build/app/cli/straja-cli "$ROOT"/build/dev/app/cli/straja-cli; do
        [ -x "$c" ] && { echo "$c"; return; }
    done
    die "straja-cli not found: build it (cmake --build build --target straja-cli) or set STRAJA_CLI"
}

alive() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

# Detached from this shell and its output pipes, so CTest does not wait for it.
start() {
    local name=$1; shift
    if alive "$name"; then return; fi
    setsid "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
    echo $! >"$RUN/$name.pid"
}

stop() {
    local name=$1 pid
    alive "$name" || { rm -f "$RUN/$name.pid"; return 0; }
    pid=$(cat "$RUN/$name.pid")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    rm -f "$RUN/$name.pid"
}

waitfor() {
    local url=$1 name=$2
    for _ in $(seq 1 600); do
        curl -sf -o /dev/null "$url" && return 0
        alive "$name" || die "$name exited; see $LOGS/$name.log"
        sleep 0.1
    done
    die "$name did not become ready at $url; see $LOGS/$name.log"
}

free_ports() {
    python3 - <<'PY'
import socket
socks = []
for _ in range(4):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
PY
}

write_env() {
    cat >"$ENV_FILE" <<ENV
# Written by scripts/lab.sh; read by the lab tests and straja-cli bench refresh.
LAB_DIR=$LAB
PROM_PORT=$PROM_PORT
AM_PORT=$AM_PORT
NODE_PORT=$NODE_PORT
DEMO_PORT=$DEMO_PORT
PROMETHEUS_URL=http://127.0.0.1:$PROM_PORT
ALERTMANAGER_URL=http://127.0.0.1:$AM_PORT
NODE_EXPORTER_URL=http://127.0.0.1:$NODE_PORT
DEMO_FLEET_URL=http://127.0.0.1:$DEMO_PORT
PRESET=$PRESET
SEED=$SEED
ORIGIN_MS=$ORIGIN_MS
BACKFILL_DAYS=$BACKFILL_DAYS
BACKFILL_STEP_S=$BACKFILL_STEP_S
BACKFILL_END_MS=$BACKFILL_END_MS
BENCH_PRESET=large
BENCH_END_MS=${BENCH_END_MS:-0}
WORKSPACE_DIR=$LAB/straja
ENV
}

load_env() {
    if [ -f "$ENV_FILE" ]; then
        # shellcheck disable=SC1090
        . "$ENV_FILE"
        return
    fi
    if [ "$PORTS" = auto ]; then
        read -r PROM_PORT AM_PORT NODE_PORT DEMO_PORT < <(free_ports)
    else
        PROM_PORT=19090 AM_PORT=19093 NODE_PORT=19100 DEMO_PORT=19101
    fi
    PRESET=standard
    SEED=7
    BACKFILL_DAYS=30
    BACKFILL_STEP_S=300
    # The live exporter must continue the backfilled history: both use this origin.
    BACKFILL_END_MS=$(( $(date +%s) / BACKFILL_STEP_S * BACKFILL_STEP_S * 1000 ))
    ORIGIN_MS=$(( BACKFILL_END_MS - BACKFILL_DAYS * 86400000 ))
    BENCH_END_MS=0
    write_env
}

# One promtool run per day file, two at a time (promtool re-reads its input for every block).
import_blocks() {
    local dir=$1
    find "$dir" -name '*.om' -print0 | xargs -0 -P2 -I{} \
        promtool tsdb create-blocks-from openmetrics -q {} "$LAB/prometheus/data" >>"$LOGS/promtool.log" 2>&1 \
        || die "promtool failed; see $LOGS/promtool.log"
    rm -rf "$dir"
}

cmd_up() {
    local cli
    cli=$(find_cli)
    for tool in prometheus promtool prometheus-node-exporter prometheus-alertmanager curl python3 setsid; do
        command -v "$tool" >/dev/null || die "$tool is missing: run scripts/install-deps.sh"
    done
    if [ "$FRESH" = 1 ]; then
        cmd_down >/dev/null
        rm -rf "$LAB/prometheus" "$LAB/alertmanager" "$LAB/straja" "$ENV_FILE"
    fi
    mkdir -p "$RUN" "$LOGS" "$LAB/prometheus/data" "$LAB/alertmanager"
    load_env
    local fleet=(--preset "$PRESET" --seed "$SEED" --origin "$ORIGIN_MS")

    start demo-fleet "$cli" demo-fleet --listen "127.0.0.1:$DEMO_PORT" "${fleet[@]}"
    start node-exporter prometheus-node-exporter --web.listen-address="127.0.0.1:$NODE_PORT" --no-collector.systemd
    start alertmanager prometheus-alertmanager --config.file="$ROOT/lab/alertmanager.yml" \
        --storage.path="$LAB/alertmanager" --web.listen-address="127.0.0.1:$AM_PORT" --cluster.listen-address=

    # Blocks are written into a stopped Prometheus' data folder only.
    local need_history=0 need_bench=0
    # "backfilled-v4": history carries the scrape's labels, the network kinds and cache/cert/queue/pool (older labs are backfilled again).
    [ -f "$LAB/prometheus/backfilled-v4" ] || need_history=1
    [ "$BENCH" = 1 ] && { [ ! -f "$LAB/prometheus/bench-backfilled" ] || [ $need_history = 1 ]; } && need_bench=1
    if [ $need_history = 1 ] || [ $need_bench = 1 ]; then
        stop prometheus
    fi
    if [ $need_history = 1 ]; then
        say "backfilling $BACKFILL_DAYS days of the demo fleet (one promtool run per day)..."
        rm -rf "$LAB/prometheus/data" "$LAB/backfill"
        mkdir -p "$LAB/prometheus/data"
        # With the labels the scrape adds: history and live values are one series per service.
        "$cli" demo-fleet "${fleet[@]}" --backfill "$LAB/backfill/" --days "$BACKFILL_DAYS" \
            --step "$BACKFILL_STEP_S" --end "$BACKFILL_END_MS" \
            --scrape-labels "job=straja-demo,instance=127.0.0.1:$DEMO_PORT" >>"$LOGS/backfill.log"
        import_blocks "$LAB/backfill"
        rm -f "$LAB/prometheus/bench-backfilled"
        touch "$LAB/prometheus/backfilled-v4"
    fi
    if [ $need_bench = 1 ]; then
        # The benchmark's 1,000 series: requests/s of the large preset over the day
        # before the backfill's end, stored every 5 min and read at a 1-min step.
        say "backfilling the benchmark's 1,000 series..."
        BENCH_END_MS=$BACKFILL_END_MS
        "$cli" demo-fleet --preset large --seed "$SEED" --origin "$ORIGIN_MS" --backfill "$LAB/bench-backfill/" \
            --days 1 --step 300 --metrics rps --end "$BENCH_END_MS" \
            --scrape-labels "job=straja-demo-large,instance=127.0.0.1:$DEMO_PORT" >>"$LOGS/backfill.log"
        import_blocks "$LAB/bench-backfill"
        touch "$LAB/prometheus/bench-backfilled"
        write_env
    fi

    sed -e "s/@AM_PORT@/$AM_PORT/g" -e "s/@DEMO_PORT@/$DEMO_PORT/g" -e "s/@NODE_PORT@/$NODE_PORT/g" \
        -e "s/@PROM_PORT@/$PROM_PORT/g" "$ROOT/lab/prometheus.yml.in" >"$LAB/prometheus/prometheus.yml"
    cp "$ROOT/lab/rules.yml" "$LAB/prometheus/rules.yml"
    # Fixed 2 h blocks: no background compaction of the backfilled blocks.
    start prometheus prometheus --config.file="$LAB/prometheus/prometheus.yml" \
        --storage.tsdb.path="$LAB/prometheus/data" --storage.tsdb.retention.time=100y \
        --storage.tsdb.min-block-duration=2h --storage.tsdb.max-block-duration=2h \
        --web.listen-address="127.0.0.1:$PROM_PORT" --rules.alert.resend-delay=5s

    waitfor "http://127.0.0.1:$DEMO_PORT/-/ready" demo-fleet
    waitfor "http://127.0.0.1:$NODE_PORT/metrics" node-exporter
    waitfor "http://127.0.0.1:$AM_PORT/-/ready" alertmanager
    waitfor "http://127.0.0.1:$PROM_PORT/-/ready" prometheus

    "$cli" demo-fleet "${fleet[@]}" --write-workspace "$LAB/straja" \
        --prometheus "http://127.0.0.1:$PROM_PORT" --alertmanager "http://127.0.0.1:$AM_PORT" >>"$LOGS/workspace.log"
    say "up in $LAB"
    say "  Prometheus    http://127.0.0.1:$PROM_PORT   Alertmanager http://127.0.0.1:$AM_PORT"
    say "  node_exporter http://127.0.0.1:$NODE_PORT   demo fleet   http://127.0.0.1:$DEMO_PORT/metrics"
    say "  try Straja on it: build/release/app/straja/straja --data-dir $LAB/straja"
}

cmd_down() {
    [ -d "$RUN" ] || { say "not running in $LAB"; return 0; }
    stop prometheus
    stop alertmanager
    stop node-exporter
    stop demo-fleet
    say "down ($LAB)"
}

cmd_status() {
    [ -f "$ENV_FILE" ] || { say "no lab in $LAB"; return 1; }
    # shellcheck disable=SC1090
    . "$ENV_FILE"
    local bad=0 name url
    for pair in "prometheus http://127.0.0.1:$PROM_PORT/-/ready" "alertmanager http://127.0.0.1:$AM_PORT/-/ready" \
                "node-exporter http://127.0.0.1:$NODE_PORT/metrics" "demo-fleet http://127.0.0.1:$DEMO_PORT/-/ready"; do
        name=${pair%% *}; url=${pair#* }
        if alive "$name" && curl -sf -o /dev/null "$url"; then
            say "$name: up ($url)"
        else
            say "$name: DOWN"; bad=1
        fi
    done
    return $bad
}

case $command in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    *) usage ;;
esac
