#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages when missing, starts it, and creates the role and
# the empty databases the tests use: DATABASE for the in-process suites and DATABASE_cli for
# the suites that run the `hearth` executable (kept apart so that a child process never waits
# on a migration lock held inside the test process). Prints the URL to export as
# HEARTH_TEST_POSTGRES_URL.
# Run as root (CI) or with sudo available. Usage: scripts/start-postgres.sh [database]
set -euo pipefail
database="${1:-hearth_test}"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { as_root su postgres -c "$1"; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    echo "installing PostgreSQL from Debian's packages" >&2
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi
version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    as_root pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
    as_root pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
    as_postgres "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
    sleep 1
done
as_postgres "psql -qAtc \"SELECT 1 FROM pg_roles WHERE rolname = 'hearth'\"" | grep -q 1 \
    || as_postgres "psql -qc \"CREATE ROLE hearth LOGIN PASSWORD 'hearth' CREATEDB\"" >&2
for name in "$database" "${database}_cli"; do
    as_postgres "dropdb --if-exists $name" >&2
    as_postgres "createdb -O hearth $name" >&2
done
echo "postgres://hearth:hearth@127.0.0.1:5432/$database"
