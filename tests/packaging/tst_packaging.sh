#!/bin/sh
# Packaging test: validates the desktop file and the AppStream metainfo, installs the build into
# a temporary DESTDIR and checks what landed there, then builds the .deb with CPack and checks its
# contents and its Depends (computed by dpkg-shlibdeps).
# Usage: tst_packaging.sh SOURCE_DIR BUILD_DIR TRANSLATIONS_BUILD_DIR
set -eu

src=$1
build=$2
qmdir=$3
app_id=io.archscape.Archscape
work=$(mktemp -d "${TMPDIR:-/tmp}/archscape-packaging.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "PASS: $*"
}

# 1. The source files validate.
if desktop-file-validate "$src/packaging/$app_id.desktop"; then pass "desktop-file-validate"; else fail "desktop-file-validate"; fi
if appstreamcli validate --no-net "$src/packaging/$app_id.metainfo.xml"; then pass "appstreamcli validate"; else fail "appstreamcli validate"; fi

# 2. cmake --install into a DESTDIR.
dest="$work/destdir"
if ! DESTDIR="$dest" cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    fail "cmake --install"
fi
for f in bin/archscape \
         share/applications/$app_id.desktop \
         share/metainfo/$app_id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$app_id.svg \
         share/icons/hicolor/16x16/apps/$app_id.png \
         share/icons/hicolor/48x48/apps/$app_id.png \
         share/icons/hicolor/256x256/apps/$app_id.png; do
    if [ -s "$dest/usr/$f" ]; then pass "installed /usr/$f"; else fail "cmake --install did not install /usr/$f"; fi
done
[ -x "$dest/usr/bin/archscape" ] || fail "/usr/bin/archscape is not executable"
# When the build splits the GUI into a helper binary, it is installed where `archscape` looks.
if [ -e "$build/app/archscape-desktop" ]; then
    [ -x "$dest/usr/libexec/archscape/archscape-desktop" ] || fail "archscape-desktop not installed in /usr/libexec/archscape"
fi
# Every layout runs in the layout helper; without it the installed app would fall back to forking.
[ -x "$dest/usr/libexec/archscape/archscape-layout" ] || fail "archscape-layout not installed in /usr/libexec/archscape"
# The launcher loads the command line module from there, and becomes the desktop app from there.
[ -s "$dest/usr/libexec/archscape/archscape-commandline.so" ] || fail "archscape-commandline.so not installed in /usr/libexec/archscape"
if "$dest/usr/bin/archscape" convert "$src/tests/data/mermaid/cqrs.mmd" --to dot >"$work/cqrs.dot" 2>"$work/convert.log" \
        && grep -q "cluster_EdgePlane" "$work/cqrs.dot"; then
    pass "the installed archscape runs its command line module"
else
    cat "$work/convert.log" >&2
    fail "the installed archscape cannot run convert"
fi
if QT_QPA_PLATFORM=offscreen "$dest/usr/bin/archscape" export --input "$src/tests/data/mermaid/anti-patterns.mmd" \
        --format svg --output "$work/quadrant.svg" >/dev/null 2>"$work/export.log" && grep -q "<svg" "$work/quadrant.svg"; then
    pass "the installed archscape hands a chart to the installed desktop app"
else
    cat "$work/export.log" >&2
    fail "the installed archscape cannot export a chart"
fi
[ -d "$dest/usr/share/archscape/translations" ] || fail "no /usr/share/archscape/translations folder"
for qm in "$qmdir"/*.qm; do
    [ -e "$qm" ] || continue
    name=$(basename "$qm")
    if [ -s "$dest/usr/share/archscape/translations/$name" ]; then pass "installed translation $name"; else fail "translation $name not installed"; fi
done
# A PNG really is a PNG of its size (the build rendered it from the SVG).
if command -v file >/dev/null 2>&1; then
    file "$dest/usr/share/icons/hicolor/48x48/apps/$app_id.png" | grep -q "PNG image data, 48 x 48" \
        || fail "the 48x48 icon is not a 48x48 PNG"
fi
# The installed copies validate too, and the desktop file points at the installed icon and binary.
desktop-file-validate "$dest/usr/share/applications/$app_id.desktop" || fail "installed desktop file does not validate"
appstreamcli validate --no-net "$dest/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null || fail "installed metainfo does not validate"
grep -qx "Icon=$app_id" "$dest/usr/share/applications/$app_id.desktop" || fail "desktop file names another icon"
grep -q "^Exec=archscape" "$dest/usr/share/applications/$app_id.desktop" || fail "desktop file runs another binary"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$dest/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "metainfo does not launch the installed desktop file"

# 3. The Debian package.
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB"
fi
deb=$(ls "$work"/pkg/archscape_*.deb 2>/dev/null | head -n 1)
if [ -z "$deb" ]; then
    fail "cpack made no archscape_*.deb"
else
    pass "built $(basename "$deb")"
    dpkg-deb -c "$deb" | awk '{print $NF}' >"$work/contents"
    for f in ./usr/bin/archscape \
             ./usr/share/applications/$app_id.desktop \
             ./usr/share/metainfo/$app_id.metainfo.xml \
             ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
             ./usr/share/icons/hicolor/48x48/apps/$app_id.png \
             ./usr/share/archscape/translations/; do
        if grep -qx "$f" "$work/contents"; then pass "package holds $f"; else fail "package lacks $f"; fi
    done
    if [ -e "$build/app/archscape-desktop" ]; then
        grep -qx "./usr/libexec/archscape/archscape-desktop" "$work/contents" || fail "package lacks archscape-desktop"
    fi
    grep -qx "./usr/libexec/archscape/archscape-layout" "$work/contents" || fail "package lacks archscape-layout"
    grep -qx "./usr/libexec/archscape/archscape-commandline.so" "$work/contents" || fail "package lacks archscape-commandline.so"
    for qm in "$qmdir"/*.qm; do
        [ -e "$qm" ] || continue
        grep -qx "./usr/share/archscape/translations/$(basename "$qm")" "$work/contents" \
            || fail "package lacks translation $(basename "$qm")"
    done
    [ "$(dpkg-deb -f "$deb" Package)" = archscape ] || fail "package name is not archscape"
    [ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "package has no maintainer"
    [ -n "$(dpkg-deb -f "$deb" Section)" ] || fail "package has no section"
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    # dpkg-shlibdeps names the libraries the binary links: Qt 6 and Graphviz among them.
    for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 libgvc6 libstdc++6; do
        if echo "$depends" | grep -q "\\b$lib\\b"; then pass "Depends names $lib"; else fail "Depends lacks $lib"; fi
    done
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
