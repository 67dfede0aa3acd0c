import { z } from "zod";

export const rerunJobSchema = z.object({ id: z.number().int().positive() });

export type RerunJobInput = z.input<typeof rerunJobSchema>;
