#!/usr/bin/env bash
# Builds the jpackage app image (no native installer, no tests) and proves the trimmed runtime
# runs Veil: --version, then a tiny case with an ingest, a WhatsApp import (Lucene, nori, SQLite
# natives) and a Korean search, all through the image's own launcher.
set -euo pipefail
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
cd "$(dirname "$0")/.."

mvn -B -Pinstaller package -DskipTests -Dinstaller.skipNative=true

case "$(uname -s)" in
  Darwin) veil=target/installer/Veil.app/Contents/MacOS/Veil ;;
  MINGW* | MSYS* | CYGWIN*) veil=target/installer/Veil/veil-cli.exe ;;
  *) veil=target/installer/Veil/bin/Veil ;;
esac

version="$("$veil" --version)"
echo "$version"
[[ "$version" == veil\ * ]] || { echo "unexpected --version output" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/evidence" "$work/chat"
cp icons/veil-64.png icons/veil-128.png "$work/evidence/"
printf '%s\n' '12/01/2024, 21:05 - 김민수: 안녕하세요 사진 보냈어요' \
  '12/01/2024, 21:06 - Alex: got the pictures' > "$work/chat/WhatsApp Chat.txt"
"$veil" case create "$work/Smoke.veil" --name Smoke --time-zone Asia/Seoul
"$veil" ingest "$work/Smoke.veil" "$work/evidence"
"$veil" chat import "$work/Smoke.veil" "$work/chat/WhatsApp Chat.txt"
hits="$("$veil" search "$work/Smoke.veil" 사진 --json | grep -c '"message"')"
[[ "$hits" -ge 1 ]] || { echo "the app image found no Korean message" >&2; exit 1; }
echo "app image: ok ($(du -sh target/installer/Veil* | head -1 | cut -f1))"
