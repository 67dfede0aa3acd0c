import { hostname } from "node:os";
import { env } from "@/lib/env";

/**
 * This instance's name on the jobs it holds. It must stay the same across restarts (a restarted
 * instance frees the jobs it held when it died) and differ between instances running at once.
 */
export function instanceId(): string {
  const e = env();
  return e.INSTANCE_ID ?? `${hostname()}:${e.PORT}`;
}
