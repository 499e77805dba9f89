#!/usr/bin/env bash
# Install (from Debian's packages) and start a local PostgreSQL for the tests, with a
# superuser role "harvester" on 127.0.0.1. Prints the SQLAlchemy URL of the "postgres"
# maintenance database; tests create and drop their own databases through it.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql postgresql-contrib >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx main; then
    pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
    su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
    sleep 1
done
su postgres -c "psql -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'harvester')
  THEN CREATE ROLE harvester LOGIN SUPERUSER PASSWORD 'harvester'; END IF; END \\\$\\\$;\"" >&2
port=$(pg_lsclusters -h | awk '$2 == "main" {print $3}')
echo "postgresql+psycopg://harvester:harvester@127.0.0.1:${port}/postgres"
