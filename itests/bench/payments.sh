#!/usr/bin/env bash
#
# Payment benchmark (not a test): starts the provider simulator and the distribution on a fresh
# PostgreSQL database (dropped afterwards) with the card channel pointed at the simulator (merchant
# keys made up for this run), loads 14,000 approved one-case groups of the demo school
# (payments-data.sql), then runs PaymentLoad.java: initiation p50/p95/p99, callbacks per second with
# 20 senders and 30 % duplicates, and the repair job's catch-up on 10,000 orders whose callbacks were
# lost. Last, it counts in the tables that no payment was applied twice and none was missed.
#
# Usage: itests/bench/payments.sh   (after `mvn -DskipTests install` or `mvn install`; PostgreSQL on 127.0.0.1:5432)
#
set -euo pipefail

work="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/bench-payments"
port=18284
simulator_port=18294
database="sojourn_bench_$$"
sojourn_env=(SOJOURN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" SOJOURN_DB_USER=postgres SOJOURN_DB_PASSWORD=)
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
psql_db() { psql -q -h 127.0.0.1 -U postgres -d "$database" "$@"; }
simulator_jar="$root/bundles/org.sojourn.payment.simulator/target/org.sojourn.payment.simulator-$version.jar"
[ -f "$simulator_jar" ] || { echo "Build first: mvn -DskipTests install" >&2; exit 1; }

random() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1" || true; }
key="$(random 16)"
iv="$(random 16)"
configure_sojourn() {
    printf 'merchantId = 3000001\nhashKey = %s\nhashIv = %s\ncashierUrl = http://127.0.0.1:%s/Cashier/AioCheckOut/V5\nqueryUrl = http://127.0.0.1:%s/Cashier/QueryTradeInfo/V5\n' \
        "$key" "$iv" "$simulator_port" "$simulator_port" >"$home/etc/org.sojourn.payment.card.cfg"
    # The benchmark starts the repair run itself, to time it.
    printf 'publicBaseUrl = http://127.0.0.1:%s\nrepairSeconds = 0\n' "$port" >"$home/etc/org.sojourn.payments.cfg"
}

psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $database"
java -Dport="$simulator_port" -Decpay.merchantId=3000001 -Decpay.hashKey="$key" -Decpay.hashIv="$iv" \
    -Dnewebpay.merchantId=MS3000001 -Dnewebpay.hashKey="$(random 32)" -Dnewebpay.hashIv="$(random 16)" \
    -jar "$simulator_jar" >/dev/null 2>&1 &
simulator=$!
trap 'kill "$simulator" 2>/dev/null || true; stop_sojourn; sleep 3; psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $database with (force)"' EXIT
start_sojourn
for _ in $(seq 1 100); do
    [ "$(curl -s "http://127.0.0.1:$port/api/v1/payments/channels")" != "[]" ] && break
    sleep 0.2
done

start=$(date +%s)
psql_db -f "$root/itests/bench/payments-data.sql"
echo "loaded $(psql_db -tA -c "select count(*) from case_applicant where status = 'AWAITING_PAYMENT'") approved cases in $(( $(date +%s) - start )) s"

echo "machine: $(nproc) cores; database: PostgreSQL $(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'show server_version')"
java -cp "$simulator_jar" "$root/itests/bench/PaymentLoad.java" "$port" "$simulator_port" "$key" "$iv"

echo "exactly once, counted in the tables:"
psql_db -tA -F ' ' -c "select 'orders succeeded:', count(*) from payment_order where status = 'SUCCEEDED'"
psql_db -tA -F ' ' -c "select 'cases paid:', count(*) from case_applicant where status = 'PAID'"
psql_db -tA -F ' ' -c "select 'cases with more than one payment record:', count(*) from (select applicant_id from case_history
    where action = 'RECORD_PAYMENT' group by applicant_id having count(*) > 1) twice"
psql_db -tA -F ' ' -c "select 'distinct fee receipt numbers:', count(distinct fee_receipt_number) from payment_order_group"
psql_db -tA -F ' ' -c "select 'callbacks stored, by outcome:', string_agg(outcome || ' ' || n, ', ') from
    (select outcome, count(*) n from payment_callback group by outcome order by outcome) o"
