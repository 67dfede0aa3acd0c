import { z } from "zod";

export const annotateDoNotCallSchema = z.object({
  entryId: z.uuid(),
  note: z.string().trim().min(3, "Write what happened (at least 3 characters)").max(500, "At most 500 characters"),
});

export type AnnotateDoNotCallInput = z.input<typeof annotateDoNotCallSchema>;
