import { zonesForCustomer } from "@/lib/compliance/phone-zones";

/**
 * The zone to store for a number: the one zone its area code lies in, else null so the calling-hours
 * check keeps considering every zone the number may be in (or the workspace's).
 */
export async function zoneForNumber(e164: string, workspaceZone: string): Promise<string | null> {
  const { zones, source } = await zonesForCustomer({ timeZone: null, phone: e164 }, workspaceZone);
  return source === "phone" && zones.length === 1 ? zones[0] : null;
}
