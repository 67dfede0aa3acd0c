import { z } from "zod";

/** One schema per settings form, shared by the form's resolver and its server action. */

export const createIngestTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token after the system that will use it").max(80, "At most 80 characters"),
});

export const revokeIngestTokenSchema = z.object({ id: z.uuid() });

const minutes = (min: number, max: number) =>
  z
    .number({ message: "Enter a number of minutes" })
    .int("Whole minutes only")
    .min(min, `At least ${min} minute${min === 1 ? "" : "s"}`)
    .max(max, `At most ${max.toLocaleString("en-US")} minutes`);

export const slaSettingsSchema = z
  .object({
    slaWarnMinutes: minutes(1, 1440),
    slaBreachMinutes: minutes(2, 10_080),
  })
  .refine((v) => v.slaBreachMinutes > v.slaWarnMinutes, {
    message: "Must be later than the warning",
    path: ["slaBreachMinutes"],
  });

/** An empty choice clears the default: "Call back now" then asks an admin to pick one. */
export const callbackAssistantSchema = z.object({
  assistantId: z.union([z.uuid({ message: "Pick an assistant" }), z.literal("")]),
});

export const autoRetrySchema = z.object({
  enabled: z.boolean(),
  maxAttempts: z.number({ message: "Enter a number" }).int("Whole numbers only").min(1, "At least 1").max(5, "At most 5"),
  spacingMinutes: minutes(15, 1440),
});

export type CreateIngestTokenInput = z.input<typeof createIngestTokenSchema>;
export type SlaSettingsInput = z.input<typeof slaSettingsSchema>;
export type CallbackAssistantInput = z.input<typeof callbackAssistantSchema>;
export type AutoRetryInput = z.input<typeof autoRetrySchema>;
