import { z } from "zod";
import { isValidPhone } from "@/lib/phone";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((v) => (v === "" ? null : v));

/** Create and edit share one schema; `id` is present only when editing. */
export const customerSchema = z.object({
  id: z.uuid().optional(),
  name: z.string().trim().min(1, "Enter the customer's name").max(200, "At most 200 characters"),
  preferredName: optionalText(100),
  phone: z.string().trim().min(1, "Enter a phone number").refine(isValidPhone, "Not a valid phone number"),
  email: z
    .string()
    .trim()
    .max(200, "At most 200 characters")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Not a valid email address")
    .transform((v) => (v === "" ? null : v)),
  address: optionalText(300),
  notes: optionalText(2000),
  verified: z.boolean(),
  /** Set after the form warned that another customer has this number. */
  allowDuplicatePhone: z.boolean(),
});

export type CustomerValues = z.input<typeof customerSchema>;

export const customerNoteSchema = z.object({
  customerId: z.uuid(),
  body: z.string().trim().min(1, "Write the note").max(2000, "At most 2,000 characters"),
});

export const manualDoNotCallSchema = z.object({
  customerId: z.uuid(),
  reason: z.string().trim().min(3, "Say why (at least 3 characters)").max(500, "At most 500 characters"),
});

/** Merge: `survivorId` keeps its record and gains the other's history; `mergedId` is kept as merged into it. */
export const mergeCustomersSchema = z
  .object({ survivorId: z.uuid(), mergedId: z.uuid() })
  .refine((v) => v.survivorId !== v.mergedId, { message: "Pick two different customers", path: ["mergedId"] });
