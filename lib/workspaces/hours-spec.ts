import type { DayHoursInput } from "@/lib/validation/workspace";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/**
 * Business hours written for a command line: "mon-fri 08:00-18:00, sat 09:00-13:00". Days not
 * named are closed. Returns the seven form rows, Sunday first.
 */
export function parseHoursSpec(spec: string): { ok: true; rows: DayHoursInput[] } | { ok: false; error: string } {
  const rows: DayHoursInput[] = DAYS.map(() => ({ open: false, from: "08:00", to: "18:00" }));
  for (const part of spec
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)) {
    const m = /^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(part);
    if (!m) return { ok: false, error: `cannot read "${part}" (write e.g. "mon-fri 08:00-18:00")` };
    const first = DAYS.indexOf(m[1]);
    const last = m[2] ? DAYS.indexOf(m[2]) : first;
    if (first < 0 || last < 0) return { ok: false, error: `unknown day in "${part}" (use sun, mon, tue, wed, thu, fri, sat)` };
    for (let d = first; ; d = (d + 1) % 7) {
      rows[d] = { open: true, from: m[3], to: m[4] };
      if (d === last) break;
    }
  }
  return { ok: true, rows };
}
