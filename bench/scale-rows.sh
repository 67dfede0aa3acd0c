#!/usr/bin/env bash
# Every row of issue 14's table, one after the other on a quiet machine, from a fresh production
# build; each benchmark's full output goes to its own log in OUT (a new temporary folder unless set),
# and driver.log says when each started and the load average then. Takes about 15 minutes here.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-$(mktemp -d -t callboard-scale-rows-XXXX)}
mkdir -p "$OUT"
echo "logs in $OUT"
stamp() { echo "=== $(date -u +%H:%M:%S) $1  (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$OUT/driver.log"; }

stamp build
npx next build > "$OUT/build.log" 2>&1 || { echo "build failed: $OUT/build.log"; exit 1; }
stamp "first-load JS"
node bench/bundle/first-load.mjs .next > "$OUT/bundle.log" 2>&1
stamp "500 boards, webhooks and streams on the live server (1)"
BENCH_CASE=boards BENCH_LIVE_WEBHOOKS=1 BENCH_PACED_SECONDS=15 npm run bench:webhooks > "$OUT/boards-1.log" 2>&1
stamp "500 boards, webhooks to next start, streams on the live server"
BENCH_CASE=boards BENCH_LIVE_SERVER=1 BENCH_PACED_SECONDS=15 npm run bench:webhooks > "$OUT/boards-next.log" 2>&1
stamp "500 boards, webhooks and streams on the live server (2)"
BENCH_CASE=boards BENCH_LIVE_WEBHOOKS=1 BENCH_PACED_SECONDS=15 npm run bench:webhooks > "$OUT/boards-2.log" 2>&1
stamp "two instances"
BENCH_CASE=two-instances BENCH_PACED_SECONDS=15 npm run bench:webhooks > "$OUT/two-instances.log" 2>&1
stamp "terminal events"
{
  LANES=1 node --import tsx --conditions=react-server bench/webhooks/terminal.ts
  node --import tsx --conditions=react-server bench/webhooks/terminal.ts
} > "$OUT/terminal.log" 2>&1
stamp "two instances draining send jobs"
KIND=send npm run bench:jobs > "$OUT/jobs.log" 2>&1
stamp "outcomes at 100k and 1M"
SIZES=100000,1000000 RUNS=20 npm run bench:outcomes:scale > "$OUT/scale.log" 2>&1
stamp done
