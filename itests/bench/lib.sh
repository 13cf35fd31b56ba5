# Shared by the benchmark scripts (sourced, not run): unpack the built distribution with the
# captcha switched off (the test-only switch) and the demo accounts, start it, and wait until it
# serves and the demo school can sign in.
#
# Sets: root, version, home. Needs: work (a scratch directory), port; optional extra environment
# for the distribution in the array sojourn_env (e.g. SOJOURN_DB_URL=…); optional function
# configure_sojourn, called after unpacking and before the start.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"
if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
export JAVA_HOME

start_sojourn() {
    local dist="$root/platform/target/sojourn-$version.tar.gz"
    [ -f "$dist" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }
    rm -rf "$work" && mkdir -p "$work" && tar xzf "$dist" -C "$work"
    home="$work/sojourn-$version"
    sed -i 's/^captchaRequired = true/captchaRequired = false/' "$home/etc/org.sojourn.security.cfg"
    # A script may write more configuration into $home/etc before the start.
    if declare -F configure_sojourn >/dev/null; then configure_sojourn; fi
    (cd "$home" && env SOJOURN_HTTP_PORT="$port" SOJOURN_DEMO=true "${sojourn_env[@]}" bin/karaf server >/dev/null 2>&1 &)
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
}

stop_sojourn() {
    [ -n "${home:-}" ] && "$home/bin/stop" >/dev/null 2>&1 || true
}
