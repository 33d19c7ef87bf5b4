#!/usr/bin/env bash
# Starts a local Neo4j Community 5.26 (embedded DBMS + Bolt) on 127.0.0.1:7687 with its data under .neo4j/.
# Fetches the jars from Maven Central with Maven on first use; starting twice is harmless.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/.neo4j"
HOST="${NEO4J_LOCAL_HOST:-127.0.0.1}"
PORT="${NEO4J_LOCAL_PORT:-7687}"
HEAP="${NEO4J_LOCAL_HEAP:-512m}"
WAIT_SECONDS="${NEO4J_LOCAL_WAIT:-180}"
PIDFILE="$DIR/neo4j.pid"
PORTFILE="$DIR/neo4j.port"
LOG="$DIR/neo4j.log"
HOME_DIR="$DIR/home"

log() { printf 'neo4j-start: %s\n' "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; }

running_pid() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid
  pid="$(cat "$PIDFILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

mkdir -p "$DIR"

if pid="$(running_pid)" && [[ "$(cat "$PORTFILE" 2>/dev/null)" != "$PORT" ]]; then
  # This checkout's server listens elsewhere: never answer for whatever holds $PORT.
  log "this checkout's server (pid $pid) listens on port $(cat "$PORTFILE" 2>/dev/null || echo '?'), not $PORT; stop it first"
  exit 1
elif [[ -n "${pid:-}" ]]; then
  if [[ -f "$HOME_DIR/ready" ]] && port_open; then
    log "already running (pid $pid) on bolt://$HOST:$PORT"
    exit 0
  fi
  log "pid $pid is starting; waiting for it"
elif port_open; then
  log "port $PORT on $HOST is taken by another process; not starting a second server"
  log "point NEO4J_URI at that server or stop it first"
  exit 1
else
  # Build once: the main class and the copied jars are the marker that Maven has run.
  command -v java >/dev/null || { log "java not found (Neo4j 5.26 needs Java 17 or 21)"; exit 1; }
  if [[ ! -f "$DIR/build/classes/dutymap/neo4j/EmbeddedServer.class" || ! -d "$DIR/lib" ]]; then
    command -v mvn >/dev/null || { log "mvn not found (needed once to fetch Neo4j from Maven Central)"; exit 1; }
    log "fetching Neo4j from Maven Central (first run only)"
    mvn -B -q -f "$ROOT/scripts/neo4j/pom.xml" package -DskipTests >"$DIR/mvn.log" 2>&1 || {
      log "maven failed; last lines of $DIR/mvn.log:"; tail -n 30 "$DIR/mvn.log" >&2; exit 1; }
  fi
  mkdir -p "$HOME_DIR"
  rm -f "$HOME_DIR/ready"
  log "starting on bolt://$HOST:$PORT (heap $HEAP, data in $HOME_DIR)"
  # setsid + nohup: the server outlives this script and the CI step's process group; no stdin.
  setsid nohup java "-Xmx$HEAP" "-Xms$HEAP" -XX:+UseSerialGC \
    -cp "$DIR/build/classes:$DIR/lib/*" dutymap.neo4j.EmbeddedServer "$HOME_DIR" "$HOST" "$PORT" \
    >"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  echo "$PORT" >"$PORTFILE"
  pid="$(cat "$PIDFILE")"
fi

for ((i = 0; i < WAIT_SECONDS * 2; i++)); do
  if [[ -f "$HOME_DIR/ready" ]] && port_open; then
    log "ready after ~$((i / 2))s (pid $pid)"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    log "server exited during start; last lines of $LOG:"; tail -n 40 "$LOG" >&2
    rm -f "$PIDFILE"
    exit 1
  fi
  sleep 0.5
done
log "not ready after ${WAIT_SECONDS}s; last lines of $LOG:"; tail -n 40 "$LOG" >&2
exit 1
