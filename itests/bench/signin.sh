#!/usr/bin/env bash
#
# Sign-in benchmark (not a test): starts the distribution on a fresh embedded database with the
# demo accounts and the captcha switched off (the test-only switch), then runs SignInLoad.java:
# sign-ins per second at the configured Argon2id cost with 4 clients, and the latency a session
# check adds to an API call (p50/p99). Stops the distribution afterwards.
#
# Usage: itests/bench/signin.sh   (after `mvn -DskipTests package` or `mvn verify`)
#
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"
dist="$root/platform/target/sojourn-$version.tar.gz"
work="$root/itests/target/bench-signin"
port=18281

[ -f "$dist" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
export JAVA_HOME

rm -rf "$work" && mkdir -p "$work" && tar xzf "$dist" -C "$work"
home="$work/sojourn-$version"
sed -i 's/^captchaRequired = true/captchaRequired = false/' "$home/etc/org.sojourn.security.cfg"
trap '"$home/bin/stop" >/dev/null 2>&1 || true' EXIT
(cd "$home" && SOJOURN_HTTP_PORT=$port SOJOURN_DEMO=true bin/karaf server >/dev/null 2>&1 &)

for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/health")" = 200 ] && break
    sleep 0.2
done
# The demo accounts are written right after the schema; wait until one can sign in.
for _ in $(seq 1 100); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d '{"account":"03734301","password":"Sojourn-demo-2026"}' "http://127.0.0.1:$port/api/v1/sessions")" = 201 ] && break
    sleep 0.2
done

echo "Argon2id cost: $(grep -o 'MEMORY_KIB = [0-9]*\|ITERATIONS = [0-9]*' \
    "$root/bundles/org.sojourn.security/src/main/java/org/sojourn/security/internal/PasswordHasher.java" | tr '\n' ' ')"
java "$root/itests/bench/SignInLoad.java" "$port"
