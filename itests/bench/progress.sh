#!/usr/bin/env bash
#
# Progress-query benchmark (not a test): starts the distribution on a fresh PostgreSQL database
# (dropped afterwards), loads 200,000 submitted cases (progress-data.sql; 5,000 of them the demo
# school's), shows the query plans of the common queries, then runs ProgressLoad.java: p50/p99 of
# the progress query with the common filters, as an officer (all 200,000) and as the school, and
# of the school's dashboard; then the exports to .xlsx (10,000 groups, a queue, the school's list).
#
# Usage: itests/bench/progress.sh   (after `mvn -DskipTests package` or `mvn verify`; PostgreSQL on 127.0.0.1:5432)
#
set -euo pipefail

work="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/bench-progress"
port=18283
database="sojourn_bench_$$"
sojourn_env=(SOJOURN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" SOJOURN_DB_USER=postgres SOJOURN_DB_PASSWORD=)
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
psql_db() { psql -q -h 127.0.0.1 -U postgres -d "$database" "$@"; }
psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $database"
trap 'stop_sojourn; sleep 3; psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $database with (force)"' EXIT
start_sojourn

start=$(date +%s)
psql_db -f "$root/itests/bench/progress-data.sql"
echo "loaded $(psql_db -tA -c 'select count(*) from case_applicant') cases in $(( $(date +%s) - start )) s"

echo "--- plan: an officer's first page, newest first (all 200,000 cases)"
psql_db -c "explain select g.id from case_group g where g.submitted_at is not null order by g.submitted_at desc, g.id desc limit 20"
echo "--- plan: an officer's first page of cases under review whose name starts with 'lee'"
psql_db -c "explain select g.id from case_group g where g.submitted_at is not null and exists (select 1 from case_applicant a
  where a.group_id = g.id and a.status in ('AWAITING_FIRST_REVIEW','AWAITING_SECOND_REVIEW') and lower(a.english_name) like 'lee%')
  order by g.submitted_at desc, g.id desc limit 20"
echo "--- plan: a receipt number"
psql_db -c "explain select g.id from case_group g where g.submitted_at is not null and exists (select 1 from case_applicant a
  where a.group_id = g.id and a.receipt_number = '100696500042') order by g.submitted_at desc limit 20"
echo "--- plan: the school's dashboard"
psql_db -c "explain select g.business_line, a.status, count(a.id) from case_applicant a join case_group g on g.id = a.group_id
  where g.submitted_at is not null and g.school_number = '03734301' group by g.business_line, a.status"

echo "machine: $(nproc) cores; database: PostgreSQL $(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'show server_version')"
java "$root/itests/bench/ProgressLoad.java" "$port"
