import { randomBytes } from "node:crypto";
import { getOrCreateInstanceSecret } from "@/db/queries/instance-secrets";
import type { SimulatorCredentials } from "@/lib/env";

/**
 * The built-in simulator's API key and webhook secret, generated once per install and stored:
 * published constants would let anyone who read the source sign webhooks to a demo install.
 */
export async function loadSimulatorCredentials(): Promise<SimulatorCredentials> {
  const apiKey = await getOrCreateInstanceSecret({
    name: "simulator_api_key",
    make: () => `sk_sim_${randomBytes(24).toString("base64url")}`,
  });
  const webhookSecret = await getOrCreateInstanceSecret({
    name: "simulator_webhook_secret",
    make: () => `whsec_${randomBytes(32).toString("base64")}`,
  });
  return { apiKey, webhookSecret };
}
