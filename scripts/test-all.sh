#!/usr/bin/env bash
# The whole suite: type check, unit + integration tests (PGlite, and PostgreSQL too when
# TEST_DATABASE_URL is set), then Playwright against a production build.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium for the end-to-end tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The end-to-end tests need Chromium at /usr/bin/chromium (sudo apt-get install chromium) or CHROMIUM_PATH." >&2
    exit 1
  fi
fi

step() { echo; echo "=== $1"; }

step "typecheck"
npx tsc --noEmit || status=1

step "lint and format"
npx eslint . || status=1
npx prettier --check . > /dev/null || { echo "prettier: files need formatting (npm run format)"; status=1; }

step "known advisories (security/advisories.json)"
node --import tsx scripts/check-advisories.ts || status=1

# The two databases' runs share nothing (each test opens a fresh PGlite folder or a fresh database
# on the server), and one is mostly WebAssembly on one core while the other waits on PostgreSQL, so
# they run side by side; each one's output is shown whole when it ends.
logs=$(mktemp -d)
env -u DATABASE_URL npm run --silent test:unit > "$logs/pglite.log" 2>&1 &
pglite=$!
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  DATABASE_URL="$TEST_DATABASE_URL" npm run --silent test:unit > "$logs/postgres.log" 2>&1 &
  postgres=$!
fi
step "unit + integration tests (PGlite)"
wait $pglite || status=1
cat "$logs/pglite.log"
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "integration tests (PostgreSQL)"
  wait $postgres || status=1
  cat "$logs/postgres.log"
fi
rm -rf "$logs"

step "build"
if npx next build > .next-build.log 2>&1; then
  tail -n 5 .next-build.log
  step "end-to-end (Playwright, system Chromium)"
  node scripts/run-e2e.mjs || status=1
else
  cat .next-build.log
  echo "build failed: end-to-end tests not run"
  status=1
fi

exit $status
