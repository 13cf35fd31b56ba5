#!/usr/bin/env bash
#
# Case benchmark (not a test): starts the distribution on a fresh PostgreSQL database (dropped
# afterwards) with the demo accounts and the captcha switched off (the test-only switch), then runs
# CaseLoad.java: upload and submit times of a complete 30-applicant group, group submissions per
# minute with 20 schools at once, and draft-save latency with 50 clerks at once.
#
# Usage: itests/bench/cases.sh   (after `mvn -DskipTests package` or `mvn verify`; PostgreSQL on 127.0.0.1:5432)
#
set -euo pipefail

work="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/bench-cases"
port=18282
database="sojourn_bench_$$"
sojourn_env=(SOJOURN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" SOJOURN_DB_USER=postgres SOJOURN_DB_PASSWORD=)
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $database"
trap 'stop_sojourn; sleep 3; psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $database with (force)"' EXIT
start_sojourn

echo "machine: $(nproc) cores; database: PostgreSQL $(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'show server_version')"
java -Djava.awt.headless=true "$root/itests/bench/CaseLoad.java" "$port"
