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

work="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/bench-signin"
port=18281
sojourn_env=()
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_sojourn EXIT
start_sojourn

echo "Argon2id cost: $(grep -o 'MEMORY_KIB = [0-9]*\|ITERATIONS = [0-9]*' \
    "$root/bundles/org.sojourn.security/src/main/java/org/sojourn/security/internal/PasswordHasher.java" | tr '\n' ' ')"
java "$root/itests/bench/SignInLoad.java" "$port"
