#!/usr/bin/env bash
#
# Roster benchmark (not a test): on a fresh PostgreSQL database (dropped afterwards) holding the
# roster tables (migration V014), runs RosterLoad.java in a JVM capped at 64 MB of heap: a 10,000-row
# .xlsx list read by a bare POI streaming read, then imported by Sojourn (dry run, commit, and again
# as an update), three rounds, and the templates; wall times and each phase's peak heap.
#
# Usage: itests/bench/roster.sh   (after `mvn -DskipTests install`; PostgreSQL on 127.0.0.1:5432)
#
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
database="sojourn_bench_$$"
classpath="$(cd "$root" && mvn -B -q -pl bundles/org.sojourn.roster dependency:build-classpath -Dmdep.outputFile=/dev/stdout \
    -Dmdep.includeScope=compile -Dstyle.color=never | sed 's/\x1b\[[0-9;]*m//g')"
jar="$(ls "$root"/bundles/org.sojourn.roster/target/org.sojourn.roster-*.jar | head -n 1)"
driver="$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -n 1)"

psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $database"
trap 'psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $database with (force)"' EXIT
psql -q -h 127.0.0.1 -U postgres -d "$database" -f "$root/bundles/org.sojourn.cases/src/main/resources/db/migration/V014__roster.sql"

echo "machine: $(nproc) cores; database: PostgreSQL $(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'show server_version')"
java -Xmx64m -cp "$jar:$classpath:$driver" "$root/itests/bench/RosterLoad.java" "jdbc:postgresql://127.0.0.1:5432/$database" \
    "$root/bundles/org.sojourn.cases/src/main/resources/org/sojourn/cases/internal/reference"
