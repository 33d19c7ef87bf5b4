#!/usr/bin/env bash
# Stops the local Neo4j started by scripts/neo4j-start.sh (by its pid file); stopping twice is harmless.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/.neo4j"
PIDFILE="$DIR/neo4j.pid"
WAIT_SECONDS="${NEO4J_LOCAL_STOP_WAIT:-60}"

log() { printf 'neo4j-stop: %s\n' "$*" >&2; }

if [[ ! -f "$PIDFILE" ]]; then
  log "not running (no $PIDFILE)"
  exit 0
fi
pid="$(cat "$PIDFILE")"
if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null; then
  log "not running (stale pid file)"
  rm -f "$PIDFILE" "$DIR/neo4j.port" "$DIR/home/ready"
  exit 0
fi
# SIGTERM runs the server's shutdown hook, which closes the store cleanly.
kill -TERM "$pid"
for ((i = 0; i < WAIT_SECONDS * 2; i++)); do
  if ! kill -0 "$pid" 2>/dev/null; then
    rm -f "$PIDFILE" "$DIR/neo4j.port" "$DIR/home/ready"
    log "stopped (pid $pid)"
    exit 0
  fi
  sleep 0.5
done
log "pid $pid did not stop in ${WAIT_SECONDS}s; sending SIGKILL"
kill -KILL "$pid" 2>/dev/null || true
rm -f "$PIDFILE" "$DIR/home/ready"
