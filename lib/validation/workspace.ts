import { isSupportedCountry } from "libphonenumber-js/min";
import { z } from "zod";

/** One schema per workspace form, shared by the form's resolver and its server action. */

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const WEEKDAYS = ["0", "1", "2", "3", "4", "5", "6"] as const;
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().trim().refine(isTimeZone, "Pick a time zone from the list");

const dayHours = z.object({ open: z.boolean(), from: z.string(), to: z.string() }).superRefine((d, ctx) => {
  if (!d.open) return;
  if (!TIME.test(d.from)) ctx.addIssue({ code: "custom", path: ["from"], message: "Use HH:MM, e.g. 08:00" });
  if (!TIME.test(d.to)) ctx.addIssue({ code: "custom", path: ["to"], message: "Use HH:MM, e.g. 18:00" });
  if (TIME.test(d.from) && TIME.test(d.to) && d.to <= d.from) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "Must be after the opening time" });
  }
});

/** Seven rows, Sunday first, as the form edits them; `toBusinessHours` turns them into the stored shape. */
export const businessHoursSchema = z.array(dayHours).length(7);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export const holidaysSchema = z
  .array(
    z
      .string()
      .trim()
      .refine(
        (d) => ISO_DAY.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
        {
          message: "Use a real date, YYYY-MM-DD",
        },
      ),
  )
  .max(100, "At most 100 holidays");

export const providerWorkspaceIdSchema = z
  .string()
  .trim()
  .min(1, "Enter the workspace id from the provider's dashboard")
  .max(120, "At most 120 characters")
  .regex(/^[\w.:-]+$/, "Letters, digits and - _ . : only");

export const workspaceNameSchema = z.string().trim().min(2, "At least 2 characters").max(80, "At most 80 characters");

export const allowedCountriesSchema = z
  .array(z.string().refine((c) => /^[A-Z]{2}$/.test(c) && isSupportedCountry(c), "Not a country calls can go to"))
  .min(1, "Allow at least one country")
  .max(50, "At most 50 countries");

export const workspaceSettingsSchema = z.object({
  name: workspaceNameSchema,
  allowedCountries: allowedCountriesSchema,
  timeZone: timeZoneSchema,
  businessHours: businessHoursSchema,
  holidays: holidaysSchema,
  providerWorkspaceId: providerWorkspaceIdSchema,
});

export const createWorkspaceSchema = z.object({
  name: workspaceNameSchema,
  timeZone: timeZoneSchema,
  providerWorkspaceId: providerWorkspaceIdSchema,
});

export type WorkspaceSettingsInput = z.input<typeof workspaceSettingsSchema>;
export type CreateWorkspaceInput = z.input<typeof createWorkspaceSchema>;
export type DayHoursInput = z.input<typeof dayHours>;
