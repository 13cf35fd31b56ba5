#!/usr/bin/env bash
#
# Boot benchmark (not a test): starts the Sojourn distribution cold and measures seconds until
# /api/v1/health answers 200 and the resident memory then; does the same for a bare Apache Karaf
# booting the same third-party features (every feature of sojourn-thirdparty-features), ready when
# all its boot features are installed (the deployer's "Deployment finished" log line; Karaf logs
# "Done." after every deployment, the first long before boot ends) and HTTP answers. Prints each
# run, the medians and Sojourn's overhead.
#
# Usage: itests/bench/boot.sh [runs]   (after `mvn -DskipTests package` or `mvn verify`; default 3 runs)
# Both run with the same heap (JAVA_MIN_MEM=256M, JAVA_MAX_MEM=1024M) and an empty data/ each run.
#
set -euo pipefail

runs="${1:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"
karaf_version="$(sed -n 's:.*<karaf.version>\(.*\)</karaf.version>.*:\1:p' "$root/pom.xml" | head -n 1)"
dist="$root/platform/target/sojourn-$version.tar.gz"
thirdparty="$root/features/thirdparty/target/feature/features.xml"
work="$root/itests/target/bench"
port_sojourn=18181
port_bare=18183

[ -f "$dist" ] && [ -f "$thirdparty" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }
# Every third-party feature Sojourn boots on, read from the repository itself.
libraries="$(grep -o '<feature name="[^"]*"' "$thirdparty" | sed 's/<feature name="\(.*\)"/\1/' | paste -sd, - | sed 's/,/, /g')"
command -v curl >/dev/null || { echo "The benchmark needs curl" >&2; exit 1; }

mkdir -p "$work"
bare_tgz="$work/apache-karaf-$karaf_version.tar.gz"
if [ ! -f "$bare_tgz" ]; then
    mvn -B -q dependency:copy -Dartifact="org.apache.karaf:apache-karaf:$karaf_version:tar.gz" -DoutputDirectory="$work"
fi
if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
export JAVA_HOME JAVA_MIN_MEM=256M JAVA_MAX_MEM=1024M

now() { date +%s.%N; }

# Waits until "$1" (a command) succeeds; prints the seconds since $2; gives up after 180 s.
await() {
    local start="$2" deadline=$(( $(date +%s) + 180 ))
    until eval "$1"; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo "timeout" ; return 1; }
        sleep 0.1
    done
    echo "$(now) - $start" | bc
}

rss_mib() { echo $(( $(ps -o rss= -p "$(pgrep -f "karaf.base=$1" | head -n 1)") / 1024 )); }

stop() { "$1/bin/stop" >/dev/null 2>&1 || true; while pgrep -f "karaf.base=$1" >/dev/null; do sleep 0.2; done; }

run_sojourn() {
    local home="$work/sojourn-$version"
    rm -rf "$home" && tar xzf "$dist" -C "$work"
    local start; start="$(now)"
    (cd "$home" && SOJOURN_HTTP_PORT=$port_sojourn bin/karaf server >/dev/null 2>&1 &)
    local seconds
    seconds="$(await "[ \"\$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$port_sojourn/api/v1/health)\" = 200 ]" "$start")"
    echo "$seconds $(rss_mib "$home")"
    stop "$home"
}

run_bare() {
    local home="$work/apache-karaf-$karaf_version"
    rm -rf "$home" && tar xzf "$bare_tgz" -C "$work"
    # The same third-party features as Sojourn, booted from the local Maven repository.
    sed -i "s#^featuresRepositories = \\\\#featuresRepositories = file:$thirdparty, \\\\#" "$home/etc/org.apache.karaf.features.cfg"
    sed -i "s#^featuresBoot = \\\\#featuresBoot = $libraries, \\\\#" "$home/etc/org.apache.karaf.features.cfg"
    printf 'org.osgi.service.http.port = %s\n' "$port_bare" > "$home/etc/org.ops4j.pax.web.cfg"
    local start; start="$(now)"
    (cd "$home" && EXTRA_JAVA_OPTS="-Djdk.util.zip.disableZip64ExtraFieldValidation=true" bin/karaf server >/dev/null 2>&1 &)
    local seconds
    seconds="$(await "grep -q 'Deployment finished' '$home/data/log/karaf.log' 2>/dev/null && curl -s -o /dev/null http://127.0.0.1:$port_bare/" "$start")"
    echo "$seconds $(rss_mib "$home")"
    stop "$home"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: > "$work/sojourn.txt"
: > "$work/bare.txt"
for i in $(seq 1 "$runs"); do
    run_bare | tee -a "$work/bare.txt" | sed "s/^/bare karaf run $i: seconds, RSS MiB = /"
    run_sojourn | tee -a "$work/sojourn.txt" | sed "s/^/sojourn    run $i: seconds, RSS MiB = /"
done

bare_s="$(cut -d' ' -f1 "$work/bare.txt" | median)"
bare_m="$(cut -d' ' -f2 "$work/bare.txt" | median)"
soj_s="$(cut -d' ' -f1 "$work/sojourn.txt" | median)"
soj_m="$(cut -d' ' -f2 "$work/sojourn.txt" | median)"
printf '\n%-34s %12s %12s\n' "median of $runs cold starts" "seconds" "RSS MiB"
printf '%-34s %12.2f %12d\n' "bare Karaf $karaf_version + same libraries" "$bare_s" "$bare_m"
printf '%-34s %12.2f %12d\n' "Sojourn $version (healthy)" "$soj_s" "$soj_m"
printf '%-34s %11.0f%% %11.0f%%\n' "Sojourn added" "$(echo "($soj_s / $bare_s - 1) * 100" | bc -l)" "$(echo "($soj_m / $bare_m - 1) * 100" | bc -l)"
