import type { MemberRole } from "@/db/schema/enums";

/** Who may do what; checked on the server for every page, action and route. */
export const can = {
  placeCalls: ["dispatcher", "manager", "admin"],
  viewCalls: ["dispatcher", "manager", "admin"],
  reviewOutcomes: ["manager", "admin"],
  /** Importing and exporting the whole customer list: bulk personal data. */
  bulkCustomers: ["manager", "admin"],
  runCampaigns: ["manager", "admin"],
  manageSettings: ["admin"],
} as const satisfies Record<string, readonly MemberRole[]>;

export function hasRole(role: MemberRole, allowed: readonly MemberRole[]): boolean {
  return allowed.includes(role);
}
