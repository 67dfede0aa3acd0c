#!/usr/bin/env bash
# Node 20's test runner takes no globs: list the test files ourselves. One file at a time, since
# each opens its own database (PGlite folder, or a fresh database on the server).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find lib db components -name "*.test.ts" -not -path "*/node_modules/*" | sort)
exec node --import tsx --conditions=react-server --test --test-concurrency=1 "${files[@]}"
