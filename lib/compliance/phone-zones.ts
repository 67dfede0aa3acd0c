import { parsePhoneNumberFromString } from "libphonenumber-js";
import { timezones } from "libphonenumber-geo-carrier";

/** More zones than this means the number is not tied to a place (toll-free, mobile ranges). */
const MAX_PLACE_ZONES = 3;

/**
 * Where the customer probably is: their record's zone, else the zones libphonenumber's data gives
 * for the number (several where an area code spans zones), else the workspace's own zone.
 */
export async function zonesForCustomer(
  customer: { timeZone: string | null; phone: string },
  workspaceZone: string,
): Promise<{ zones: string[]; source: "customer" | "phone" | "workspace" }> {
  if (customer.timeZone) return { zones: [customer.timeZone], source: "customer" };
  const parsed = parsePhoneNumberFromString(customer.phone, "US");
  const fromNumber = parsed ? ((await timezones(parsed)) ?? []) : [];
  const valid = fromNumber.filter((z) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: z });
      return true;
    } catch {
      return false;
    }
  });
  if (valid.length > 0 && valid.length <= MAX_PLACE_ZONES) return { zones: valid, source: "phone" };
  return { zones: [workspaceZone], source: "workspace" };
}

/**
 * The zone table is a data file the library reads at run time and it answers "no zone" when the
 * read fails, which would silently widen calling hours to the workspace's zone. Checked at start-up
 * so a build that cannot read it refuses to start instead of calling people at night.
 */
export async function assertPhoneZoneData(): Promise<void> {
  const probe = parsePhoneNumberFromString("+12125550100");
  const zones = probe ? await timezones(probe) : null;
  if (!zones?.includes("America/New_York")) {
    throw new Error(
      "libphonenumber-geo-carrier could not read its time-zone data (a +1 212 number gave no zone); " +
        "keep it in serverExternalPackages so it loads its files from node_modules",
    );
  }
}
