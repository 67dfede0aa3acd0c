import { z } from "zod";
import { emailSchema, newPasswordSchema, personNameSchema } from "./people";
import { businessHoursSchema, providerWorkspaceIdSchema, timeZoneSchema, workspaceNameSchema } from "./workspace";

/** The one-time set-up of a fresh install: the company's workspace and its first admin. */
export const setupSchema = z
  .object({
    company: workspaceNameSchema,
    timeZone: timeZoneSchema,
    businessHours: businessHoursSchema,
    providerWorkspaceId: providerWorkspaceIdSchema,
    adminName: personNameSchema,
    adminEmail: emailSchema,
    password: newPasswordSchema,
    confirmPassword: z.string(),
    /** Only asked for when the install sets SETUP_TOKEN. */
    setupCode: z.string().trim().max(200).optional(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "The passwords do not match", path: ["confirmPassword"] });

export type SetupInput = z.input<typeof setupSchema>;
export type SetupValues = z.output<typeof setupSchema>;
