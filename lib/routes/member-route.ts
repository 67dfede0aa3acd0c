import "server-only";
import type { z } from "zod";
import type { MemberRole } from "@/db/schema/enums";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { fail, type ActionResult } from "@/lib/actions/result";
import { checkMember, type Member } from "@/lib/auth/session";

const refusals = {
  anonymous: { status: 401, error: "Your session has ended. Sign in again." },
  no_membership: { status: 403, error: "You are not a member of any workspace." },
  forbidden: { status: 403, error: "Your role does not allow this." },
} as const;

/**
 * Every GET read the browser makes is built here, like memberAction for writes: session, then role
 * and workspace, then the search params parsed by a zod schema, then the handler; the answer is the
 * same result type as an action's, as JSON. Reads are not server actions because Next runs actions
 * one at a time per tab: a search must not wait behind a call being placed.
 */
export function memberRoute<S extends z.ZodType, T>(
  options: { roles: readonly MemberRole[]; schema: S; name: string },
  handler: (input: z.output<S>, member: Member) => Promise<ActionResult<T>>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const check = await checkMember(options.roles);
    const json = (body: ActionResult<T>, status: number) =>
      Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });
    if (!check.ok) return json(fail(refusals[check.reason].error), refusals[check.reason].status);
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = options.schema.safeParse(params);
    if (!parsed.success) return json(fail("Check the highlighted fields.", fieldErrorsOf(parsed.error)), 400);
    try {
      const result = await handler(parsed.data, check.member);
      return json(result, result.ok ? 200 : 422);
    } catch (error) {
      // Never send the exception to the browser: it may carry SQL or a secret.
      console.error(`[route ${options.name}] failed`, { userId: check.member.user.id, error });
      return json(fail("Something went wrong on our side. Try again."), 500);
    }
  };
}
