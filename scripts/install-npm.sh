#!/usr/bin/env bash
# Installs the npm packages of the browser test (tests/browser: playwright-core, axe-core), pinned
# by tests/browser/package-lock.json. Called by scripts/install-deps.sh; idempotent. The test
# itself never fetches anything: it runs Debian's chromium (no browser download: packages are
# installed with --ignore-scripts) and, in a checkout without node_modules, installs them from
# npm's local cache only (npm ci --offline).
set -euo pipefail
cd "$(dirname "$0")/../tests/browser"
if ! command -v npm >/dev/null; then
  echo "install-npm: npm is missing (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
npm ci --prefer-offline --ignore-scripts --no-audit --no-fund
