#!/usr/bin/env bash
#
# Renders the first page of each document Sojourn issues to docs/<document>.png for the README, from
# made-up data and the development key (DocumentPages.java).
#
# Usage: itests/bench/document-pages.sh   (after `mvn -DskipTests install`)
#
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
classpath="$(cd "$root" && mvn -B -q -pl bundles/org.sojourn.documents dependency:build-classpath -Dmdep.outputFile=/dev/stdout \
    -Dmdep.includeScope=test -Dstyle.color=never | sed 's/\x1b\[[0-9;]*m//g')"
jar="$(ls "$root"/bundles/org.sojourn.documents/target/org.sojourn.documents-*.jar | head -n 1)"
foreign="$(ls "$root"/bundles/org.sojourn.applicant.foreign/target/org.sojourn.applicant.foreign-*.jar | head -n 1)"
mainland="$(ls "$root"/bundles/org.sojourn.applicant.mainland/target/org.sojourn.applicant.mainland-*.jar | head -n 1)"
hkmacao="$(ls "$root"/bundles/org.sojourn.applicant.hkmacao/target/org.sojourn.applicant.hkmacao-*.jar | head -n 1)"
spi="$(ls "$root"/bundles/org.sojourn.applicant.spi/target/org.sojourn.applicant.spi-*.jar | head -n 1)"
java -Djava.awt.headless=true -cp "$jar:$foreign:$mainland:$hkmacao:$spi:$classpath" "$root/itests/bench/DocumentPages.java" "$root/docs"
