#!/usr/bin/env bash
# Install (from Debian's packages) and start a local Redis for the shared-frontier tests,
# listening on 127.0.0.1 only. Prints the server's URL. Idempotent: a server already
# answering on the port is reused.
set -euo pipefail
port=${HARVESTER_TEST_REDIS_PORT:-6379}
if ! command -v redis-server >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get install -y -qq redis-server >&2 \
        || { $SUDO apt-get update -qq >&2 && $SUDO apt-get install -y -qq redis-server >&2; }
fi
if ! redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1; then
    # No snapshots: the test frontier is thrown away with the server.
    redis-server --bind 127.0.0.1 --port "$port" --daemonize yes --save "" --appendonly no \
        --dir /tmp --logfile /tmp/harvester-test-redis.log >&2
    for _ in $(seq 1 30); do
        redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && break
        sleep 0.2
    done
fi
redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null
echo "redis://127.0.0.1:${port}/0"
