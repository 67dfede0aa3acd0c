import { readBreaker } from "@/db/queries/provider-breaker";
import { outageMessage } from "./breaker";

/** What the board and the place-call form show about the provider; `message` only while it is down. */
export type ProviderStatus = { down: boolean; since: string | null; message: string | null };

export async function providerStatus(timeZone: string): Promise<ProviderStatus> {
  const breaker = await readBreaker();
  if (breaker.state === "closed" || !breaker.openedAt) return { down: false, since: null, message: null };
  return { down: true, since: breaker.openedAt.toISOString(), message: outageMessage(breaker.openedAt, timeZone) };
}
