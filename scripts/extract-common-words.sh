#!/usr/bin/env bash
# Regenerates data/common-words/ara-words.txt: the Arabic word list of Tesseract's Arabic model
# (tessdata_fast, Apache-2.0), as Debian ships it. Only needed to refresh the committed file;
# the build reads the committed copy. Needs root for apt-get.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/data/common-words"
apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-ara >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
combine_tessdata -u /usr/share/tesseract-ocr/5/tessdata/ara.traineddata ara. >/dev/null
dawg2wordlist ara.lstm-unicharset ara.lstm-word-dawg words.txt >/dev/null
# Keep words made of Arabic letters and marks only (the list also holds hashtags and Latin words).
grep -P '^[\x{0600}-\x{06FF}\x{0750}-\x{077F}]+$' words.txt | LC_ALL=C sort -u > "$out/ara-words.txt"
cp /usr/share/common-licenses/Apache-2.0 "$out/LICENSE.txt"
wc -l "$out/ara-words.txt"
