import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { insertSession } from "@/db/queries/sessions";
import { assistants, customers, memberships, users, workspaces, type Workspace } from "@/db/schema";
import type { MemberRole } from "@/db/schema/enums";
import type { Member } from "@/lib/auth/session";

const short = () => randomUUID().slice(0, 8);

export async function createWorkspace(overrides: Partial<typeof workspaces.$inferInsert> = {}): Promise<Workspace> {
  const [row] = await db
    .insert(workspaces)
    .values({
      name: `Test Heating ${short()}`,
      slug: `ws-${short()}`,
      timeZone: "America/Los_Angeles",
      businessHours: { "1": { open: "08:00", close: "17:00" }, "2": { open: "08:00", close: "17:00" } },
      providerWorkspaceId: `ws_test_${short()}`,
      ...overrides,
    })
    .returning();
  return row;
}

export async function createMember(workspace: Workspace, role: MemberRole = "dispatcher"): Promise<Member> {
  const [user] = await db
    .insert(users)
    .values({ email: `user-${short()}@test.example`, name: "Test User", passwordHash: "x" })
    .returning();
  await db.insert(memberships).values({ userId: user.id, workspaceId: workspace.id, role });
  const sessionId = await insertSession({ userId: user.id, userAgent: null });
  return { user: { id: user.id, email: user.email, name: user.name }, workspace, role, sessionId };
}

export async function createAssistant(workspace: Workspace, overrides: Partial<typeof assistants.$inferInsert> = {}) {
  const [row] = await db
    .insert(assistants)
    .values({
      workspaceId: workspace.id,
      providerAssistantId: `asst_test_${short().replace(/-/g, "")}`,
      name: "Test Assistant",
      purposes: ["callback", "follow_up"],
      ...overrides,
    })
    .returning();
  return row;
}

export async function createCustomer(workspace: Workspace, overrides: Partial<typeof customers.$inferInsert> = {}) {
  const [row] = await db
    .insert(customers)
    .values({
      workspaceId: workspace.id,
      name: "John Smith",
      preferredName: "John",
      phone: "+13105550123",
      ...overrides,
    })
    .returning();
  return row;
}
