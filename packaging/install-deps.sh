#!/bin/sh
# Installs every Debian 12 package Archscape needs to build, test and run.
# Idempotent and non-interactive; run as root. Skips apt entirely when all are present.
set -eu

PACKAGES="
build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libgl-dev libvulkan-dev libxkbcommon-dev libqt6opengl6-dev
libgraphviz-dev graphviz
poppler-utils
clang
nlohmann-json3-dev libfontconfig-dev
fonts-dejavu-core
qt6-qpa-plugins libqt6svg6 libqt6charts6
xvfb xauth
desktop-file-utils appstream
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

# As root (CI, containers) apt-get runs directly; a desktop user is asked for sudo.
as_root=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        as_root="sudo"
    else
        echo "install-deps: missing packages:$missing" >&2
        echo "install-deps: run this script as root" >&2
        exit 1
    fi
fi

echo "install-deps: installing$missing"
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
