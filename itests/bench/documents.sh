#!/usr/bin/env bash
#
# Documents benchmark (not a test): DocumentLoad.java renders and signs fee receipts with the bundled
# font and a development key, on one thread and on every core, and prints receipts per second and
# the size of one. Goal (issue 8): at least 50 signed documents a second on 2 cores, each under 200 KB.
#
# Usage: itests/bench/documents.sh   (after `mvn -DskipTests install`)
#
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
classpath="$(cd "$root" && mvn -B -q -pl bundles/org.sojourn.documents dependency:build-classpath -Dmdep.outputFile=/dev/stdout \
    -Dmdep.includeScope=test -Dstyle.color=never | sed 's/\x1b\[[0-9;]*m//g')"
jar="$(ls "$root"/bundles/org.sojourn.documents/target/org.sojourn.documents-*.jar | head -n 1)"

echo "machine: $(nproc) cores"
java -cp "$jar:$classpath" "$root/itests/bench/DocumentLoad.java"
