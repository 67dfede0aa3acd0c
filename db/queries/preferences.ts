import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { userPreferences } from "@/db/schema";

export type AlertPreferences = { alertSound: boolean; alertDesktop: boolean };

const OFF: AlertPreferences = { alertSound: false, alertDesktop: false };

/** A person's alert settings; someone who never chose has both off. */
export async function getAlertPreferences({ userId }: { userId: string }, tx: DbOrTx = db): Promise<AlertPreferences> {
  const [row] = await tx
    .select({ alertSound: userPreferences.alertSound, alertDesktop: userPreferences.alertDesktop })
    .from(userPreferences)
    .where(eq(userPreferences.userId, userId));
  return row ?? OFF;
}

export async function saveAlertPreferences({ userId, ...prefs }: { userId: string } & AlertPreferences, tx: DbOrTx = db) {
  await tx
    .insert(userPreferences)
    .values({ userId, ...prefs })
    .onConflictDoUpdate({ target: userPreferences.userId, set: { ...prefs, updatedAt: new Date() } });
}
