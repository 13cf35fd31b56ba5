#!/usr/bin/env bash
#
# Web front end benchmark (not a test): starts the distribution on a fresh embedded database with the
# demo accounts and the captcha switched off (the test-only switch), then runs WebLoad.java in headless
# Chromium (Debian's chromium and chromium-driver): the school dashboard's first load with an empty
# cache (bytes transferred, time until it can be used) and the p50/p95 of page transitions in a
# scripted clerk session. Goals (issue 10): under 300 KB on first load, transitions under 300 ms.
#
# Usage: itests/bench/web.sh   (after `mvn -DskipTests install`)
#
set -euo pipefail

work="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/bench-web"
port=18287
sojourn_env=()
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
classpath="$(cd "$root" && mvn -B -q -pl itests dependency:build-classpath -Dmdep.outputFile=/dev/stdout \
    -Dmdep.includeScope=test -Dstyle.color=never | sed 's/\x1b\[[0-9;]*m//g')"
trap stop_sojourn EXIT
start_sojourn

java -cp "$classpath" "$root/itests/bench/WebLoad.java" "$port"
