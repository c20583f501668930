#!/bin/sh
# run-with-secret-service.sh PROGRAM [ARGS…]
#
# Runs PROGRAM against a real Secret Service of its own: a private D-Bus
# session (dbus-run-session) with gnome-keyring-daemon on it, whose "login"
# collection is created and unlocked with a test password and is the
# "default" alias, the collection QtKeychain's libsecret backend writes to.
# HOME and the XDG folders point into a temporary folder, so neither the
# user's keyring nor a desktop session bus is ever touched, also as root (CI).
# Everything ends with PROGRAM: the keyring daemon is stopped, then
# dbus-run-session stops the bus.
#
# When a part is missing it fails (exit 1) where real parts are required
# (TICKERLINE_REQUIRE_REAL_PARTS=1, or CI=true with that variable unset; see
# tests/support/TestSupport.h), else it exits 77, which CTest reports as a
# skip (SKIP_RETURN_CODE), never as a pass.
set -eu

required() {
    case ${TICKERLINE_REQUIRE_REAL_PARTS-} in
        1) return 0 ;;
        '') [ -z "${TICKERLINE_REQUIRE_REAL_PARTS+set}" ] || return 1 ;;
        *) return 1 ;;
    esac
    case ${CI-} in true | TRUE | True | 1) return 0 ;; esac
    return 1
}

missing() {   # missing REASON: fail or skip, saying what to install
    if required; then
        echo "run-with-secret-service: FAIL: $1; CI=true or TICKERLINE_REQUIRE_REAL_PARTS=1 requires a real Secret Service:" \
             "apt-get install dbus libglib2.0-bin gnome-keyring libsecret-1-0 libsecret-tools (scripts/setup does)" >&2
        exit 1
    fi
    echo "run-with-secret-service: SKIP: $1; apt-get install dbus libglib2.0-bin gnome-keyring libsecret-1-0 libsecret-tools" \
         "(scripts/setup does) to run this test" >&2
    exit 77
}

[ $# -gt 0 ] || { echo "usage: run-with-secret-service.sh PROGRAM [ARGS…]" >&2; exit 2; }

if [ -z "${TICKERLINE_SECRET_SERVICE_SESSION-}" ]; then
    for tool in dbus-run-session gdbus gnome-keyring-daemon secret-tool; do
        command -v "$tool" >/dev/null 2>&1 || missing "$tool is not installed"
    done
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/tickerline-secrets.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/home" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    status=0
    # As root in a container dbus-daemon logs that it cannot raise its fd
    # limit to 65536; harmless for a bus with three clients.
    # The sanitizer stage's LD_PRELOAD (the TSan shim) is meant for PROGRAM,
    # not for the bus and the keyring daemon: kept aside and handed back below.
    env -u LD_PRELOAD \
        TICKERLINE_SECRET_SERVICE_SESSION=1 TICKERLINE_SECRET_SERVICE_PRELOAD="${LD_PRELOAD-}" \
        HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config" \
        XDG_CACHE_HOME="$scratch/home/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
        dbus-run-session -- "$0" "$@" || status=$?
    exit $status
fi

# Inside the private session. --unlock reads the password on stdin and, with
# no keyring yet, creates the "login" collection with it, unlocked. A test
# constant, not a secret; never echoed. In the foreground, as a child of this
# shell, so that it is stopped below whatever happens: a daemon that never got
# onto the bus would not notice the bus going away and would stay behind.
printf '%s' 'tickerline-test-keyring' |
    gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
keyring=$!
trap 'kill "$keyring" 2>/dev/null || :' EXIT

# The daemon takes its bus name once it is ready; gdbus waits for that name
# to appear (no activation: a daemon started by D-Bus activation would have
# no unlocked collection and would wait for a password prompt that never
# comes).
gdbus wait --session --timeout 30 org.freedesktop.secrets >/dev/null 2>&1 ||
    missing "gnome-keyring-daemon did not take org.freedesktop.secrets on the private bus within 30 s"

# The environment itself, apart from QtKeychain: a probe item through
# libsecret into the default collection, read back and removed.
probe="probe-$$"
printf '%s' "$probe" | secret-tool store --label='Tickerline test probe' tickerline-probe "$probe" >/dev/null 2>&1 ||
    missing "secret-tool could not store an item in the default collection"
[ "$(secret-tool lookup tickerline-probe "$probe" 2>/dev/null)" = "$probe" ] ||
    missing "secret-tool could not read back the item it stored"
secret-tool clear tickerline-probe "$probe" >/dev/null 2>&1 ||
    missing "secret-tool could not delete the item it stored"

if [ -n "${TICKERLINE_SECRET_SERVICE_PRELOAD-}" ]; then
    LD_PRELOAD=$TICKERLINE_SECRET_SERVICE_PRELOAD
    export LD_PRELOAD
fi
unset TICKERLINE_SECRET_SERVICE_PRELOAD TICKERLINE_SECRET_SERVICE_SESSION
# Not exec: the trap above stops the daemon after PROGRAM.
status=0
"$@" || status=$?
exit $status
