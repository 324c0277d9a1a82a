#!/usr/bin/env bash
# Refreshes the README screenshots from the PNG snapshots the UI tests write (run `mvn -B verify`
# first). Every picture in them is synthetic and shown blurred, as the workstation shows it.
set -euo pipefail
cd "$(dirname "$0")"
snapshots=../../target/snapshots
for pair in \
  "02-review-gallery review" \
  "20-chats-conversation chats" \
  "20-duplicates duplicates" \
  "23-audit audit" \
  "insight-01-timeline timeline" \
  "insight-03-map-world map" \
  "ko-02-review review-korean"; do
  set -- $pair
  convert "$snapshots/$1.png" -resize 1100x -quality 85 "$2.jpg"
done
