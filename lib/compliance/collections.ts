/**
 * Regulation F (12 CFR 1006.14(b)(2)): a debt collector is presumed to harass if it calls more than
 * 7 times within 7 consecutive days, or within 7 days after a telephone conversation about the debt.
 */
export const COLLECTIONS_MAX_ATTEMPTS = 7;
export const COLLECTIONS_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export type PriorCall = {
  createdAt: Date;
  purpose: string;
  status: string;
  answeredBy: string | null;
  endedAt: Date | null;
};

/** Statuses that never reached the customer's phone and so are not attempts. */
const NOT_ATTEMPTS = new Set(["blocked", "rejected", "scheduled"]);

export type CollectionsVerdict =
  { ok: true } | { ok: false; rule: "collections_attempts" | "collections_conversation"; allowedAt: Date; detail: string };

export function checkCollections(now: Date, prior: readonly PriorCall[]): CollectionsVerdict {
  const windowStart = now.getTime() - COLLECTIONS_WINDOW_MS;
  const collections = prior.filter((c) => c.purpose === "collections" && !NOT_ATTEMPTS.has(c.status));

  const conversations = collections
    .filter((c) => c.status === "completed" && c.answeredBy === "human" && c.endedAt && c.endedAt.getTime() > windowStart)
    .map((c) => c.endedAt!.getTime());
  if (conversations.length > 0) {
    const last = Math.max(...conversations);
    return {
      ok: false,
      rule: "collections_conversation",
      allowedAt: new Date(last + COLLECTIONS_WINDOW_MS),
      detail: "A collections conversation took place in the last 7 days",
    };
  }

  const recent = collections
    .map((c) => c.createdAt.getTime())
    .filter((t) => t > windowStart)
    .sort((a, b) => a - b);
  if (recent.length >= COLLECTIONS_MAX_ATTEMPTS) {
    // The window frees up when enough of the oldest attempts fall out of it.
    const freeing = recent[recent.length - COLLECTIONS_MAX_ATTEMPTS];
    return {
      ok: false,
      rule: "collections_attempts",
      allowedAt: new Date(freeing + COLLECTIONS_WINDOW_MS),
      detail: `${recent.length} collections calls in the last 7 days (at most ${COLLECTIONS_MAX_ATTEMPTS})`,
    };
  }
  return { ok: true };
}
