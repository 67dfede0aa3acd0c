import { z } from "zod";

/** Server actions take 128 KB: the file travels as text inside that, with room for the rest. */
export const MAX_IMPORT_BYTES = 100_000;

export const existingChoices = ["skip", "update"] as const;

/** Preview and import take the same input; the import reads the file again, never the preview. */
export const customerImportSchema = z.object({
  csv: z
    .string()
    .min(1, "Choose a CSV file")
    .max(MAX_IMPORT_BYTES, `The file is over ${MAX_IMPORT_BYTES / 1000} KB; split it into smaller files`),
  onExisting: z.enum(existingChoices),
});

export type CustomerImportInput = z.input<typeof customerImportSchema>;
