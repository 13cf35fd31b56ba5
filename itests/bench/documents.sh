#!/usr/bin/env bash
#
# Documents benchmark (not a test): DocumentLoad.java renders and signs fee receipts and 6-month
# electronic resident certificates with the bundled font and a development key, on one thread and on
# every core, and builds a 30-certificate group archive; prints documents per second, the size of one
# and the archive's time. Goals (issue 8): at least 50 signed certificates a second on 2 cores, each
# under 200 KB; the group archive under 1 s.
#
# Usage: itests/bench/documents.sh   (after `mvn -DskipTests install`)
#
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
classpath="$(cd "$root" && mvn -B -q -pl bundles/org.sojourn.documents dependency:build-classpath -Dmdep.outputFile=/dev/stdout \
    -Dmdep.includeScope=test -Dstyle.color=never | sed 's/\x1b\[[0-9;]*m//g')"
jar="$(ls "$root"/bundles/org.sojourn.documents/target/org.sojourn.documents-*.jar | head -n 1)"
layouts="$(ls "$root"/bundles/org.sojourn.applicant.spi/target/org.sojourn.applicant.spi-*.jar | head -n 1)"

echo "machine: $(nproc) cores"
java -cp "$jar:$layouts:$classpath" "$root/itests/bench/DocumentLoad.java"
