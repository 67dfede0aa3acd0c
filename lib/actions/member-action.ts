import "server-only";
import type { z } from "zod";
import type { MemberRole } from "@/db/schema/enums";
import { checkMember, type Member } from "@/lib/auth/session";
import { newRequestId } from "@/lib/http/request-id";
import { log } from "@/lib/log/logger";
import { withRequestId } from "@/lib/log/request-context";
import { findNulCharacter, nulMessage } from "@/lib/validation/unstorable-input";
import { fieldErrorsOf } from "./field-errors";
import { fail, type ActionResult } from "./result";

const refusals = {
  anonymous: "Your session has ended. Sign in again.",
  no_membership: "You are not a member of any workspace.",
  forbidden: "Your role does not allow this.",
} as const;

/**
 * Every server action is built here: session, then role and workspace, then parsing, then the
 * handler. A server action is a public POST endpoint, so nothing runs before these checks.
 */
export function memberAction<S extends z.ZodType, T>(
  /** `schema` may be built for the member's workspace (its zone, its allowed countries). */
  options: { roles: readonly MemberRole[]; schema: S | ((member: Member) => S); name: string },
  handler: (input: z.output<S>, member: Member) => Promise<ActionResult<T>>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const check = await checkMember(options.roles);
    if (!check.ok) return fail(refusals[check.reason]);
    // PostgreSQL cannot store U+0000: refused here, for every action, with the field named.
    const nulField = findNulCharacter(raw);
    if (nulField) return fail("Check the highlighted fields.", { [nulField]: nulMessage(nulField) });
    const schema = typeof options.schema === "function" ? options.schema(check.member) : options.schema;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return fail("Check the highlighted fields.", fieldErrorsOf(parsed.error));
    try {
      return await handler(parsed.data, check.member);
    } catch (error) {
      // Never send the exception to the browser: it may carry SQL or a secret. The reference is
      // the request id of the log line, for whoever reports it.
      const requestId = newRequestId();
      withRequestId(requestId, () => log.error({ err: error, action: options.name, userId: check.member.user.id }, "action failed"));
      return fail(`Something went wrong on our side. Nothing was lost; try again. (Reference ${requestId})`, undefined, {
        code: "internal_error",
      });
    }
  };
}
