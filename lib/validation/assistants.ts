import { z } from "zod";
import { callPurposes } from "@/db/schema/enums";

export const assistantSchema = z.object({
  /** Absent when adding, the row's id when editing. */
  id: z.uuid().optional(),
  name: z.string().trim().min(1, "Name the assistant").max(60, "At most 60 characters"),
  providerAssistantId: z
    .string()
    .trim()
    .min(1, "Enter the assistant id from the provider's dashboard")
    .max(120, "At most 120 characters")
    .regex(/^[\w.:-]+$/, "Letters, digits and - _ . : only"),
  purposes: z.array(z.enum(callPurposes)).min(1, "Pick at least one purpose"),
  active: z.boolean(),
});

export const assistantTargetSchema = z.object({ id: z.uuid(), active: z.boolean() });

export type AssistantInput = z.input<typeof assistantSchema>;
