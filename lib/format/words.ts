const whole = new Intl.NumberFormat("en-US");

/** "1,204". */
export const formatCount = (n: number) => whole.format(n);

/** "1 event", "3 events", "1,204 calls": a count as people say it, never "1 events". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

export function formatRate(rate: number | null, digits = 1): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(digits).replace(/\.0$/, "")}%`;
}

export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** "previous 30 days", "yesterday": what every figure is compared with. */
export function previousLabel(days: number): string {
  return days === 1 ? "the day before" : `the previous ${days} days`;
}
