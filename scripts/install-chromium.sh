#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing.
# Without root (or apt), it says so; the browser tests then skip, unless
# TIMELINE_REQUIRE_BROWSER=1 (as in CI), which makes them fail.
set -u
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium from Debian (for the browser tests)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null && exit 0
  echo "chromium install failed" >&2
  exit 1
fi
echo "chromium not found and cannot be installed here (need root and apt-get): browser tests will skip" >&2
exit 0
