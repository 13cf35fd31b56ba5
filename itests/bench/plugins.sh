#!/usr/bin/env bash
#
# Hot-deployment benchmark (not a test): starts the distribution on a fresh embedded database with
# the demo accounts and the captcha switched off (the test-only switch), then runs PluginCycles.java:
# 50 times, the administrator installs the exchange-student plugin through the REST endpoint and
# removes it again, while a client keeps calling health, another type's draft saves and the
# progress query. Prints the time from install to listed, from uninstall to refused, the failed
# requests, and the heap and loaded classes (after a full GC) every 10 cycles. Stops the distribution.
#
# Usage: itests/bench/plugins.sh [cycles]   (after `mvn -DskipTests package`: the plugin ships in system/)
#
set -euo pipefail

work="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/bench-plugins"
port=18285
sojourn_env=()
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_sojourn EXIT
start_sojourn

pid="$(pgrep -f "karaf.base=$home" | head -n 1)"
java "$root/itests/bench/PluginCycles.java" "$port" "$pid" "$version" "${1:-50}"
