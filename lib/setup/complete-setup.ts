import { sql } from "drizzle-orm";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { findUserByEmail, insertUser, upsertMembership } from "@/db/queries/users";
import { countWorkspaces, insertWorkspace } from "@/db/queries/workspaces";
import { hashPassword } from "@/lib/auth/credentials";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { toBusinessHours } from "@/lib/workspaces/business-hours";
import type { SetupValues } from "@/lib/validation/setup";

export type SetupResult =
  { ok: true; workspaceId: string; userId: string } | { ok: false; reason: "already_set_up" | "weak_password"; message: string };

/**
 * The first workspace and its first admin, once. Instances racing through set-up serialise on an
 * advisory lock and the second finds the workspace the first made.
 */
export async function completeSetup(values: Omit<SetupValues, "setupCode" | "confirmPassword">): Promise<SetupResult> {
  const weakness = passwordWeakness(values.password, [values.adminEmail, values.adminName, values.company]);
  if (weakness) return { ok: false, reason: "weak_password", message: weakness };
  const passwordHash = await hashPassword(values.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('callboard.setup'))`);
    if ((await countWorkspaces(tx)) > 0) {
      return { ok: false, reason: "already_set_up", message: "This install is already set up. Sign in instead." } as const;
    }
    const workspace = await insertWorkspace(
      {
        name: values.company,
        timeZone: values.timeZone,
        businessHours: toBusinessHours(values.businessHours),
        holidays: [],
        providerWorkspaceId: values.providerWorkspaceId,
      },
      tx,
    );
    const user =
      (await findUserByEmail({ email: values.adminEmail }, tx)) ??
      (await insertUser({ email: values.adminEmail, name: values.adminName, passwordHash }, tx));
    await upsertMembership({ userId: user.id, workspaceId: workspace.id, role: "admin" }, tx);
    await recordAudit(
      {
        workspaceId: workspace.id,
        actorId: user.id,
        action: "install.set_up",
        entityType: "workspace",
        entityId: workspace.id,
        after: {
          name: workspace.name,
          timeZone: workspace.timeZone,
          providerWorkspaceId: workspace.providerWorkspaceId,
          admin: user.email,
        },
      },
      tx,
    );
    return { ok: true, workspaceId: workspace.id, userId: user.id } as const;
  });
}

// Once set up, always set up: no need to count workspaces on every sign-in page view.
const globalForSetup = globalThis as unknown as { callboardSetUp?: boolean };

/** True while the install has no workspace (no demo seed, set-up not done yet). */
export async function needsSetup(): Promise<boolean> {
  if (globalForSetup.callboardSetUp) return false;
  const needed = (await countWorkspaces()) === 0;
  if (!needed) globalForSetup.callboardSetUp = true;
  return needed;
}
