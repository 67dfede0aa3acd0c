import { z } from "zod";
import { callPurposes, callStatuses } from "@/db/schema/enums";

/** Anything unreadable in the URL is dropped rather than refused: the list still shows. */
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The calls list's search params: ?q=&status=&purpose=&before=<ISO time>_<call id>. */
export const callsListParamsSchema = z.object({
  q: loose(z.string().trim().max(100)),
  status: loose(z.enum(callStatuses)),
  purpose: loose(z.enum(callPurposes)),
  before: loose(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/)
      .transform((v) => {
        const [at, id] = v.split("_");
        return { at: new Date(at), id };
      }),
  ),
});

export type CallsListParams = z.output<typeof callsListParamsSchema>;

export function cursorParam(cursor: { at: Date; id: string }): string {
  return `${cursor.at.toISOString()}_${cursor.id}`;
}
