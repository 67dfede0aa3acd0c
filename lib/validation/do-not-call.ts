import { z } from "zod";
import { isValidPhone } from "@/lib/phone";

export const annotateDoNotCallSchema = z.object({
  entryId: z.uuid(),
  note: z.string().trim().min(3, "Write what happened (at least 3 characters)").max(500, "At most 500 characters"),
});

export type AnnotateDoNotCallInput = z.input<typeof annotateDoNotCallSchema>;

/** A number added to the register by hand from Settings, whether or not it is a customer's. */
export const addDoNotCallSchema = z.object({
  phone: z.string().trim().min(1, "Enter a phone number").refine(isValidPhone, "Not a valid phone number"),
  reason: z.string().trim().min(3, "Say why (at least 3 characters)").max(500, "At most 500 characters"),
});
