#!/usr/bin/env bash
# ctest packaging_deb (label "package"): builds the .deb from this build folder with
# CPack, checks it with lintian, installs it on this machine, starts both programs
# from the installed paths, writes a report with the installed straja-cli, and
# removes the package again. Installing needs root (CI runs as root).
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d /tmp/straja-package.XXXXXX)
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq straja >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if [ "$(id -u)" -ne 0 ]; then
    echo "packaging_deb: installing a .deb needs root; run this test as root (CI does)" >&2
    exit 1
fi
for tool in cpack lintian dpkg-shlibdeps appstreamcli desktop-file-validate apt-get; do
    command -v "$tool" >/dev/null || { echo "packaging_deb: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
if dpkg-query -W -f='${Status}' straja 2>/dev/null | grep -q 'install ok installed'; then
    echo "packaging_deb: a straja package is already installed; remove it first (apt-get remove straja)" >&2
    exit 1
fi

echo "== metadata"
appstreamcli validate --no-net "$source_dir/packaging/linux/io.github.straja.Straja.metainfo.xml"
desktop-file-validate "$source_dir/packaging/linux/io.github.straja.Straja.desktop"

echo "== cpack"
start=$(date +%s)
(cd "$build_dir" && cpack -G DEB -B "$work/out" --config CPackConfig.cmake) >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/straja_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $(( $(date +%s) - start )) s"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}' >"$work/contents"
for path in ./usr/bin/straja ./usr/bin/straja-cli ./usr/share/applications/io.github.straja.Straja.desktop \
            ./usr/share/metainfo/io.github.straja.Straja.metainfo.xml \
            ./usr/share/icons/hicolor/16x16/apps/io.github.straja.Straja.png \
            ./usr/share/icons/hicolor/512x512/apps/io.github.straja.Straja.png \
            ./usr/share/icons/hicolor/scalable/apps/io.github.straja.Straja.svg \
            ./usr/share/doc/straja/copyright ./usr/share/doc/straja/changelog.Debian.gz \
            ./usr/share/man/man1/straja-cli.1.gz; do
    grep -qxF "$path" "$work/contents" || { echo "packaging_deb: $path is not in the package" >&2; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libqt6charts6 libqt6keychain1 libqt6sql6-sqlite; do
    case "$depends" in *"$lib"*) ;; *) echo "packaging_deb: Depends lacks $lib: $depends" >&2; exit 1 ;; esac
done

echo "== lintian"
lintian --fail-on error --tag-display-limit 0 "$deb" | tee "$work/lintian.log"

echo "== install"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
installed=1
/usr/bin/straja-cli --version
QT_QPA_PLATFORM=offscreen /usr/bin/straja --version
# The installed CLI writes a report: its fonts, plugins and translations came with the package.
env -u DISPLAY -u QT_QPA_PLATFORM /usr/bin/straja-cli report --workspace demo --project all --period 2d \
    --until "2026-11-20 12:00" --lang ro --format pdf --output "$work/raport.pdf"
test -s "$work/raport.pdf"
head -c 5 "$work/raport.pdf" | grep -q '%PDF-' || { echo "packaging_deb: the report is not a PDF" >&2; exit 1; }

echo "== remove"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq straja >/dev/null
installed=0
test ! -e /usr/bin/straja-cli
echo "packaging_deb: ok"
