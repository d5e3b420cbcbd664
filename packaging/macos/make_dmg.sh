#!/usr/bin/env bash
# Put Bitgeul.app into a compressed, read-only DMG with an /Applications link to drag it onto.
#
#   bash packaging/macos/make_dmg.sh dist/Bitgeul.app dist/Bitgeul-0.1.0-macos-arm64.dmg "Bitgeul 0.1.0"
#
# Called by packaging/build.py on macOS (which signs the DMG afterwards when it can).
set -euo pipefail

app=${1:?usage: make_dmg.sh APP DMG [VOLUME-NAME]}
dmg=${2:?usage: make_dmg.sh APP DMG [VOLUME-NAME]}
volname=${3:-Bitgeul}

[ -d "$app" ] || { echo "make_dmg.sh: no app bundle at $app" >&2; exit 1; }
stage=$(mktemp -d "${TMPDIR:-/tmp}/bitgeul-dmg.XXXXXX")
trap 'rm -rf "$stage"' EXIT

# ditto keeps the symlinks, extended attributes and signatures inside the bundle intact.
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"

# hdiutil now and then fails with "Resource busy" on CI machines (Spotlight indexing the new
# volume): try a few times before giving up.
for attempt in 1 2 3 4 5; do
  if hdiutil create -volname "$volname" -srcfolder "$stage" -fs HFS+ -format UDZO \
       -imagekey zlib-level=9 -ov "$dmg"; then
    hdiutil verify "$dmg"
    echo "$dmg"
    exit 0
  fi
  echo "make_dmg.sh: hdiutil create failed (attempt $attempt), retrying" >&2
  sleep $((attempt * 5))
done
echo "make_dmg.sh: could not create $dmg" >&2
exit 1
