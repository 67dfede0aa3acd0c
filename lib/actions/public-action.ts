import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { newRequestId } from "@/lib/http/request-id";
import { log } from "@/lib/log/logger";
import { withRequestId } from "@/lib/log/request-context";
import { findNulCharacter, nulMessage } from "@/lib/validation/unstorable-input";
import { fieldErrorsOf } from "./field-errors";
import { fail, type ActionResult } from "./result";

/**
 * The few actions a visitor without a session may call (first-run set-up, accepting a one-time
 * link): parse, then the handler, which holds its own proof (the install is empty, the token).
 * Same result type and the same rule as memberAction: an exception never reaches the browser.
 */
export function publicAction<S extends z.ZodType, T>(
  options: { schema: S; name: string },
  handler: (input: z.output<S>) => Promise<ActionResult<T>>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const nulField = findNulCharacter(raw);
    if (nulField) return fail("Check the highlighted fields.", { [nulField]: nulMessage(nulField) });
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return fail("Check the highlighted fields.", fieldErrorsOf(parsed.error));
    try {
      return await handler(parsed.data);
    } catch (error) {
      // Signing in answers with a redirect, which Next carries as an exception.
      unstable_rethrow(error);
      const requestId = newRequestId();
      withRequestId(requestId, () => log.error({ err: error, action: options.name }, "action failed"));
      return fail(`Something went wrong on our side. Nothing was lost; try again. (Reference ${requestId})`, undefined, {
        code: "internal_error",
      });
    }
  };
}
