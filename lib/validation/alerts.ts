import { z } from "zod";
import { alertKinds } from "@/db/schema/alerts";

export const resolveAlertSchema = z.object({ kind: z.enum(alertKinds) });
export type ResolveAlertInput = z.infer<typeof resolveAlertSchema>;
