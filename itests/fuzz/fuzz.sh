#!/usr/bin/env bash
#
# Coverage-guided fuzzing of Sojourn's hostile-input surfaces with Jazzer (not part of `mvn verify`,
# which only replays each target's saved inputs). Fuzzes each target in turn for the duration given
# (default: each target's own @FuzzTest maxDuration, 1-5 minutes) on one core. A crash stops that
# target and Jazzer saves its input under src/test/resources/<package>/<Class>Inputs/<method>/ — from
# then on `mvn verify` replays it as a regression test: fix the code, keep the file.
#
# Usage: itests/fuzz/fuzz.sh [duration, e.g. 2m] [Class#method ...]   (after `mvn -DskipTests install`)
#
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(
        'IdentifiersFuzzTest#whatPassesIsStoredNormalisedAndWhatFailsIsRefused'
        'MainlandIdNumberFuzzTest#anyTextIsCheckedAndOnlyTheShapePasses'
        'UploadChecksFuzzTest#aFileIsRefusedOrStoredAsWhatItIs'
        'UploadChecksFuzzTest#aFileNameKeepsNoPathAndNothingInvisible'
        'StudentListFuzzTest#aFileIsReadOrRefusedAsNoSpreadsheet'
        'StudentListFuzzTest#aRowIsTakenOrItsProblemsNamed'
        'CallbacksFuzzTest#withoutTheKeysACallIsRefused'
        'CallbacksFuzzTest#signedACallIsReadOrRefused'
    )
fi

failed=()
for target in "${targets[@]}"; do
    echo "== fuzzing $target${duration:+ for $duration}"
    # The reader's libraries are instrumented too, so that coverage inside POI and the decoders guides the fuzzer.
    if ! (cd "$root" && JAZZER_FUZZ=1 mvn -B -q -o -pl itests/fuzz test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
            -Djazzer.instrument='org.sojourn.**,org.apache.poi.**' ${duration:+-Djazzer.max_duration=$duration}); then
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "findings (inputs saved under itests/fuzz/src/test/resources): ${failed[*]}"
    exit 1
fi
echo "no findings in ${#targets[@]} targets"
