"use server";

import { signIn } from "@/auth";
import { publicAction } from "@/lib/actions/public-action";
import { fail } from "@/lib/actions/result";
import { redeemLink } from "@/lib/people/accept";
import { acceptInvitationSchema, joinWithPasswordSchema } from "@/lib/validation/people";

async function finish(result: Awaited<ReturnType<typeof redeemLink>>, password: string) {
  if (!result.ok) return result.field ? fail("Check the highlighted fields.", { [result.field]: result.message }) : fail(result.message);
  // Signing in answers with a redirect to the board.
  await signIn("credentials", { email: result.email, password, redirectTo: "/board" });
  return fail("Your account is ready, but signing in failed: sign in on the login page.");
}

/** A new person creating their account, or anyone setting a new password from a reset link. */
export const acceptInvitationAction = publicAction({ name: "acceptInvitation", schema: acceptInvitationSchema }, async (values) =>
  finish(await redeemLink(values.token, { name: values.name, password: values.password }), values.password),
);

/** A person who already has an account joining another workspace: their current password proves it is them. */
export const joinWorkspaceAction = publicAction({ name: "joinWorkspace", schema: joinWithPasswordSchema }, async (values) =>
  finish(await redeemLink(values.token, { password: values.password, currentPassword: values.password }), values.password),
);
