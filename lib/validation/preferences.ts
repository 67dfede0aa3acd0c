import { z } from "zod";

/** A person's own alerts for new missed calls and escalations. */
export const alertPreferencesSchema = z.object({ alertSound: z.boolean(), alertDesktop: z.boolean() });
