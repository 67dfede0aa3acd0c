import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { instanceSecrets } from "@/db/schema";

/** The stored value, made on first use; instances starting together all read the one that won. */
export async function getOrCreateInstanceSecret({ name, make }: { name: string; make: () => string }, tx: DbOrTx = db): Promise<string> {
  await tx.insert(instanceSecrets).values({ name, value: make() }).onConflictDoNothing();
  const [row] = await tx.select({ value: instanceSecrets.value }).from(instanceSecrets).where(eq(instanceSecrets.name, name));
  return row.value;
}
