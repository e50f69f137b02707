#!/usr/bin/env bash
# Installs Debian's chromium for the browser suites when it is missing.
# playwright-core drives it; `npx playwright install` cannot download here.
# A Chromium of one's own (CHROMIUM_PATH, as src/tests/support/browser.ts reads it) needs no install.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] && exit 0
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable Chromium; unset it to use Debian's /usr/bin/chromium" >&2
  exit 1
fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium is missing and installing it needs root: sudo apt-get install chromium" >&2
  exit 1
fi
echo "Installing Debian chromium for the browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
