#!/usr/bin/env bash
# Renders the committed icon set from tickerline.svg. Needs librsvg2-bin
# (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" tickerline.svg --output "tickerline-$size.png"
done
# Small sizes as BMP entries for old shells; 256 as a PNG entry, as Windows Vista+ expects.
icotool --create --output tickerline.ico \
    tickerline-16.png tickerline-24.png tickerline-32.png tickerline-48.png tickerline-64.png \
    tickerline-128.png --raw=tickerline-256.png
png2icns tickerline.icns tickerline-16.png tickerline-32.png tickerline-48.png \
    tickerline-128.png tickerline-256.png tickerline-512.png >/dev/null
