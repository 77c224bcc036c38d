#!/usr/bin/env bash
# Renders the installer icons from the app's one source image, the SVG beside the window's PNGs:
#   cloudmc-keys.png  (Linux: the menu entry and the window list)
#   cloudmc-keys.ico  (Windows: 16 to 256 px in one file)
#   cloudmc-keys.icns (macOS: 16 to 512 px)
# Needs rsvg-convert (Debian package librsvg2-bin) to rasterise the SVG: ImageMagick 6's own SVG renderer
# darkens the anti-aliased edges. ImageMagick's `convert` then writes the ICO, and `png2icns` (Debian package
# icnsutils) the ICNS, which ImageMagick 6 cannot write. The results are committed: building a package does
# not run this.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/../../src/main/resources/io/github/cloudmckeys/ui/icons/cloudmc-keys.svg"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --output "$work/$size.png" "$svg"
done

cp "$work/256.png" "$here/cloudmc-keys.png"
convert "$work"/{16,24,32,48,64,128,256}.png "$here/cloudmc-keys.ico"
png2icns "$here/cloudmc-keys.icns" "$work"/{16,32,128,256,512}.png >/dev/null
ls -l "$here"/cloudmc-keys.{png,ico,icns}
