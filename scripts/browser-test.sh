#!/usr/bin/env bash
# Hearth's real-browser walkthrough: two headless Chromium browsers sign up, pair, map and share
# parts, take a pause, check in, use the coach, export and delete (Tests/Browser/walkthrough.py).
#
# Installs what is missing (Debian: chromium, chromium-driver; PyPI: selenium), builds the
# hearth binary, and runs the walkthrough against it. Screenshots land in $SCREENSHOT_DIR
# (default .build/screenshots). Set HEARTH_BIN to test an already built binary instead.
#
#   scripts/browser-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
apt_install() {
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "== installing chromium and chromium-driver"
    apt_install chromium chromium-driver
fi

if ! python3 -c "import selenium" >/dev/null 2>&1; then
    echo "== installing selenium"
    if ! python3 -m pip --version >/dev/null 2>&1; then
        apt_install python3-pip
    fi
    # Debian's own Python refuses pip installs outside a virtualenv (PEP 668); this is a
    # throwaway test machine, so install anyway when it does.
    python3 -m pip install --quiet --disable-pip-version-check selenium 2>/dev/null \
        || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages selenium
fi

if [ -z "${HEARTH_BIN:-}" ]; then
    echo "== swift build --product hearth"
    swift build --product hearth
    HEARTH_BIN="$(swift build --product hearth --show-bin-path)/hearth"
fi

echo "== browser walkthrough against $HEARTH_BIN"
python3 Tests/Browser/walkthrough.py --bin "$HEARTH_BIN"
