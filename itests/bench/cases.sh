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

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"
dist="$root/platform/target/sojourn-$version.tar.gz"
work="$root/itests/target/bench-cases"
port=18282
database="sojourn_bench_$$"

[ -f "$dist" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
export JAVA_HOME

psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $database"
rm -rf "$work" && mkdir -p "$work" && tar xzf "$dist" -C "$work"
home="$work/sojourn-$version"
sed -i 's/^captchaRequired = true/captchaRequired = false/' "$home/etc/org.sojourn.security.cfg"
trap '"$home/bin/stop" >/dev/null 2>&1 || true; sleep 3; psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $database with (force)"' EXIT
(cd "$home" && SOJOURN_HTTP_PORT=$port SOJOURN_DEMO=true SOJOURN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" \
    SOJOURN_DB_USER=postgres SOJOURN_DB_PASSWORD= bin/karaf server >/dev/null 2>&1 &)

for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/health")" = 200 ] && break
    sleep 0.2
done
for _ in $(seq 1 100); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d '{"account":"03734301","password":"Sojourn-demo-2026"}' "http://127.0.0.1:$port/api/v1/sessions")" = 201 ] && break
    sleep 0.2
done

echo "machine: $(nproc) cores; database: PostgreSQL $(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'show server_version')"
java -Djava.awt.headless=true "$root/itests/bench/CaseLoad.java" "$port"
