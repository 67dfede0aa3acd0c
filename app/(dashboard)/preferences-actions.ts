"use server";

import { saveAlertPreferences } from "@/db/queries/preferences";
import { memberAction } from "@/lib/actions/member-action";
import { ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { alertPreferencesSchema } from "@/lib/validation/preferences";

/** Each person turns their own sound and desktop alerts on or off; nobody else's. */
export const saveAlertPreferencesAction = memberAction(
  { name: "saveAlertPreferences", roles: can.viewCalls, schema: alertPreferencesSchema },
  async (prefs, member) => {
    await saveAlertPreferences({ userId: member.user.id, ...prefs });
    return ok(prefs);
  },
);
