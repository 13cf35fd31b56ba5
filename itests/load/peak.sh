#!/usr/bin/env bash
#
# The semester-peak run (issue 11), not a test: one command that prints the whole performance table.
#
# Starts, on this machine, a fresh PostgreSQL database (dropped afterwards), an SMTP server (GreenMail), the payment
# provider simulator and the distribution (captcha off — the test-only switch — and 200 schools made from the demo
# school), then:
#  1. the submission path alone: 4 clerks filing complete 30-applicant groups back to back (Gatling, SemesterPeak in
#     fullpath mode), and the raw PostgreSQL rate for the same rows (RawSubmissions), side by side;
#  2. the semester peak (Gatling, SemesterPeak): 200 schools' lists imported, then over the peak's minutes 200 clerks
#     filing 30-student groups, 5,000 students applying alone, officers reviewing, card payments with the
#     provider's callbacks, progress queries and downloads — optionally with a fault injected halfway;
#  3. the invariants, counted in the tables, and the report (PeakReport): throughput, p50/p95/p99 and errors per
#     operation, the goals met or not.
#
# Usage: itests/load/peak.sh [--scale F] [--minutes M] [--fault pg-restart|smtp-down|provider|plugin|kill] [--no-path]
#   (after `mvn -DskipTests install`; PostgreSQL on 127.0.0.1:5432, run as a user that may restart it for pg-restart)
#   --scale 0.1 runs a tenth of the schools and students (a quick look); the default is the full peak; --no-path skips
#   part 1. PEAK_JAVA_OPTS goes to Gatling's JVM (-Dpeak.failures=DEBUG logs each failed request with its answer).
#
set -euo pipefail

scale=1
minutes=10
fault=""
no_path=""
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale="$2"; shift 2 ;;
        --minutes) minutes="$2"; shift 2 ;;
        --fault) fault="$2"; shift 2 ;;
        --no-path) no_path=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
schools=$(python3 -c "print(max(2, round(200 * $scale)))")
students=$(python3 -c "print(max(2, round(5000 * $scale)))")

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$here/target/peak-run"
results="$here/target/peak-results"
port=18286
simulator_port=18296
smtp_port=18396
database="sojourn_peak_$$"
pg_url="jdbc:postgresql://127.0.0.1:5432/$database"
sojourn_env=(SOJOURN_DB_URL="$pg_url" SOJOURN_DB_USER=postgres SOJOURN_DB_PASSWORD=
    SOJOURN_SMTP_HOST=127.0.0.1 SOJOURN_SMTP_PORT="$smtp_port" SOJOURN_PUBLIC_URL="http://127.0.0.1:$port")
. "$here/../bench/lib.sh"
psql_db() { psql -q -h 127.0.0.1 -U postgres -d "$database" "$@"; }
count() { psql_db -tA -c "$1"; }

simulator_jar="$root/bundles/org.sojourn.payment.simulator/target/org.sojourn.payment.simulator-$version.jar"
[ -f "$simulator_jar" ] && [ -f "$here/target/classpath.txt" ] || { echo "Build first: mvn -DskipTests install" >&2; exit 1; }
cp="$here/target/test-classes:$(cat "$here/target/classpath.txt")"

random() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1" || true; }
key="$(random 16)"
iv="$(random 16)"
configure_sojourn() {
    for channel in card webatm; do
        printf 'merchantId = 3000001\nhashKey = %s\nhashIv = %s\ncashierUrl = http://127.0.0.1:%s/Cashier/AioCheckOut/V5\nqueryUrl = http://127.0.0.1:%s/Cashier/QueryTradeInfo/V5\n' \
            "$key" "$iv" "$simulator_port" "$simulator_port" >"$home/etc/org.sojourn.payment.$channel.cfg"
    done
    # The repair job runs every 30 s, as it would in production, so a lost callback is settled within the run.
    printf 'publicBaseUrl = http://127.0.0.1:%s\nrepairSeconds = 30\n' "$port" >"$home/etc/org.sojourn.payments.cfg"
}

# The SMTP server's pid lives in a file: the smtp-down fault restarts it from a background subshell.
start_smtp() {
    java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.auth.disabled \
        -jar "$here/target/greenmail-standalone.jar" >>"$results/greenmail.log" 2>&1 &
    echo $! >"$results/smtp.pid"
}
cleanup() {
    [ -n "${fault_pid:-}" ] && kill "$fault_pid" 2>/dev/null || true
    kill "${simulator:-}" "$(cat "$results/smtp.pid" 2>/dev/null)" 2>/dev/null || true
    stop_sojourn
    sleep 3
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $database with (force)" || true
}

for taken in "$port" "$simulator_port" "$smtp_port"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$taken") 2>/dev/null; then echo "Port $taken is in use (a run left behind?)" >&2; exit 1; fi
done
rm -rf "$results" && mkdir -p "$results"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $database"
java -Dport="$simulator_port" -Decpay.merchantId=3000001 -Decpay.hashKey="$key" -Decpay.hashIv="$iv" \
    -Dnewebpay.merchantId=MS3000001 -Dnewebpay.hashKey="$(random 32)" -Dnewebpay.hashIv="$(random 16)" \
    -jar "$simulator_jar" >"$results/simulator.log" 2>&1 &
simulator=$!
start_smtp
trap cleanup EXIT
start_sojourn
for _ in $(seq 1 100); do
    [ "$(curl -s "http://127.0.0.1:$port/api/v1/payments/channels")" != "[]" ] && break
    sleep 0.2
done

# The schools: copies of the demo school's main account (same password) and profile, numbered 90000000 onwards.
psql_db <<SQL
insert into account (login, role, display_name, school_number, password_hash, enabled, password_changed_at, created_at, email)
select '9' || lpad(i::text, 7, '0'), role, '負載測試大學 ' || i, '9' || lpad(i::text, 7, '0'), password_hash, true, now(), now(),
       'school' || i || '@load.sojourn.invalid'
from account, generate_series(0, $schools - 1) i where login = '03734301';
insert into school_profile
select '9' || lpad(i::text, 7, '0'), '負載測試大學 ' || i, head_name, unit, phone, fax, email, addr_postal_code, addr_county,
       addr_district, addr_village, addr_neighbourhood, addr_street, addr_lane, addr_alley, addr_number, handler_name,
       handler_national_id, handler_landline, handler_mobile, handler_email, now()
from school_profile, generate_series(0, $schools - 1) i where school_number = '03734301';
SQL

gatling() {
    java -Xmx2g -XX:+UseG1GC --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$cp" -Dpeak.sojourn="http://127.0.0.1:$port" -Dpeak.simulator="http://127.0.0.1:$simulator_port" \
        -Dpeak.schools="$schools" -Dpeak.students="$students" -Dpeak.minutes="$minutes" ${PEAK_JAVA_OPTS:-} "$@" \
        -Dpeak.out="$results" io.gatling.app.Gatling -s org.sojourn.load.SemesterPeak -rf "$results"
}

if [ -z "$no_path" ]; then
    echo "== 1. the submission path alone, and PostgreSQL alone =="
    # Both sides are measured warm, as a node serving all day is: 8 groups first, not counted (RawSubmissions warms
    # up the same way).
    gatling -Dpeak.mode=fullpath -Dpeak.clerks=4 -Dpeak.groups=8 >"$results/fullpath-warmup.out"
    rm -rf "$results"/semesterpeak-*
    gatling -Dpeak.mode=fullpath -Dpeak.clerks=4 -Dpeak.groups=40 | tee "$results/fullpath.out" | grep -E '^fullpath:|^> KO' || true
    mv "$results"/semesterpeak-* "$results/fullpath"
    template=$(count "select group_number from case_group where group_number is not null order by submitted_at limit 1")
    java -cp "$cp" org.sojourn.load.RawSubmissions "$pg_url" "$template" 4 40 | tee "$results/raw.out"
fi

echo "== 2. the semester peak: $schools schools, $students students over $minutes minutes${fault:+, fault: $fault} =="
fault_at=$(python3 -c "print(int($minutes * 60 / 2) + 20)")
inject() {
    sleep "$fault_at"
    echo "fault at $(date +%T): $fault" >>"$results/fault.log"
    case "$fault" in
        pg-restart)
            pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main restart >>"$results/fault.log" 2>&1 ;;
        smtp-down)
            kill "$(cat "$results/smtp.pid")"; sleep 60; start_smtp ;;
        provider)
            # 30 s each: slow (callbacks 3 s late, queries 3 s), down, every callback twice, callbacks held back and
            # then sent newest first; then healthy again.
            switches() { curl -s -d "$1" "http://127.0.0.1:$simulator_port/sim/switches" >/dev/null; }
            switches 'lateMillis=3000&slowQueryMillis=3000'; sleep 30
            switches 'reset=true&down=true'; sleep 30
            switches 'reset=true&duplicate=true'; sleep 30
            switches 'reset=true&reorder=true'; sleep 30
            curl -s -X POST "http://127.0.0.1:$simulator_port/sim/clock/advance?days=0" >>"$results/fault.log"; echo >>"$results/fault.log"
            switches 'reset=true' ;;
        plugin)
            # The administrator removes the WebATM channel and the Hong Kong/Macao type while schools and students file
            # foreign students and pay by card: nobody else may notice.
            token=$(curl -s -H 'Content-Type: application/json' -d '{"account":"admin","password":"Sojourn-demo-2026"}' \
                "http://127.0.0.1:$port/api/v1/sessions" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
            for feature in sojourn-payment-webatm sojourn-applicant-hkmacao; do
                curl -s -X DELETE -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/admin/plugins/$feature/$version" \
                    >>"$results/fault.log"
                echo >>"$results/fault.log"
            done ;;
        kill)
            kill -9 "$(pgrep -f "karaf.base=$home" | head -n 1)"
            (cd "$home" && env SOJOURN_HTTP_PORT="$port" "${sojourn_env[@]}" bin/karaf server >/dev/null 2>&1 &) ;;
    esac
    echo "fault over at $(date +%T)" >>"$results/fault.log"
}
if [ -n "$fault" ]; then inject & fault_pid=$!; fi
gatling | tee "$results/peak.out" | grep -E 'KO=|^fault' | tail -n 3 || true
mv "$results"/semesterpeak-* "$results/peak"
[ -f "$results/fault.log" ] && cat "$results/fault.log"

echo "== 3. invariants =="
# Wait (bounded) for what runs on its own: the outbox, and the repair job for payments whose callbacks were lost.
unsettled() {
    comm -23 <(sort "$results/paid-references.txt") <(count "select reference from payment_order where status = 'SUCCEEDED'" | sort) | wc -l
}
for _ in $(seq 1 90); do
    [ "$(count "select count(*) from mail_outbox where sent_at is null")" = 0 ] && [ "$(unsettled)" = 0 ] && break
    sleep 2
done
# Each invariant is a count that must be 0; the totals and the traces of the fault say what was put to the test.
held() { if [ "$2" = 0 ]; then echo "$1 0  held"; else echo "$1 $2  BROKEN"; fi; }
{
    echo "acknowledged submissions $(wc -l <"$results/acknowledged-groups.txt")"
    held "acknowledged submissions missing" "$(comm -23 <(sort "$results/acknowledged-groups.txt") \
        <(count "select group_number from case_group where group_number is not null" | sort) | wc -l)"
    held "groups half submitted" "$(count "select count(distinct g.id) from case_group g join case_applicant a on a.group_id = g.id
        where (g.group_number is null) <> (a.receipt_number is null)")"
    echo "payments at the provider $(wc -l <"$results/paid-references.txt")"
    held "payments at the provider not succeeded" "$(unsettled)"
    held "cases paid twice" "$(count "select count(*) from (select applicant_id from case_history where action = 'RECORD_PAYMENT'
        group by applicant_id having count(*) > 1) t")"
    held "callbacks left unprocessed" "$(count "select count(*) from payment_callback where outcome = 'RECEIVED'")"
    held "mail unsent" "$(count "select count(*) from mail_outbox where sent_at is null")"
    held "mail held past its lease" "$(count "select count(*) from mail_outbox where sent_at is null and next_attempt_at < now() - interval '2 minutes'")"
    echo "mail sent $(count "select count(*) from mail_outbox where sent_at is not null"), of it after a failed attempt $(count "select count(*) from mail_outbox where sent_at is not null and attempts > 1")"
    echo "orders still open $(count "select count(*) from payment_order where status = 'PENDING'") (paid at the provider: counted above; the others' payers never reached it)"
    echo "callbacks $(count "select count(*) from payment_callback"): duplicates $(count "select count(*) from payment_callback where outcome = 'DUPLICATE'"), orders settled by the repair job's query $(count "select count(*) from payment_order o where status = 'SUCCEEDED'
        and not exists (select 1 from payment_callback c where c.order_id = o.id and c.outcome = 'APPLIED')")"
} | tee "$results/invariants.txt"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -n 1); PostgreSQL $(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'show server_version')" \
    >"$results/machine.txt"
java -cp "$cp" org.sojourn.load.PeakReport "$results"
