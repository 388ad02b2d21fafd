# Sourced by the benchmarks: a throwaway PostgreSQL 15 server with its own data directory, on a free loopback
# port, as the tests make one. After `start_throwaway_postgres`: PGPORT, and a database `uptake` owned by
# user `uptake` at postgres://uptake@127.0.0.1:$PGPORT/uptake. `stop_throwaway_postgres` stops it and deletes
# its directory (call it from the caller's EXIT trap).
PGBIN=/usr/lib/postgresql/15/bin
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_throwaway_postgres() {
    PGDIR=$(mktemp -d /tmp/uptake-bench-pg.XXXXXX)
    PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    [[ $(id -u) -eq 0 ]] && chown postgres "$PGDIR"
    as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U uptake --auth=trust >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -o "-h 127.0.0.1 -p $PGPORT -k $PGDIR" -l "$PGDIR/log" -w start >/dev/null
    as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U uptake uptake
}

stop_throwaway_postgres() {
    [[ -n ${PGDIR:-} ]] || return 0
    as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null
    rm -rf "$PGDIR"
}
