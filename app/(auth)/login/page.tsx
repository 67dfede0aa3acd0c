import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { checkMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { handle } from "@/db";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/seed";
import { demoSeedWanted } from "@/lib/env";
import { needsSetup } from "@/lib/setup/complete-setup";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  // A session cookie alone is not enough: its user may be gone (or from another database), and
  // sending that visitor to the board would bounce them straight back here, forever.
  if (await needsSetup()) redirect("/setup");
  const check = await checkMember(can.viewCalls);
  if (check.ok) redirect("/board");
  const demo = demoSeedWanted(handle().kind);
  const { callbackUrl } = await searchParams;
  let path: string | undefined;
  try {
    // next-auth passes the full URL; keep only its path.
    path = callbackUrl ? new URL(callbackUrl, "http://x").pathname : undefined;
  } catch {
    path = undefined;
  }
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="mb-6">
          <p className="text-sm font-semibold tracking-wide text-brand-600 dark:text-sky-300">Callboard</p>
          <h1 className="mt-1 text-xl font-semibold">Sign in to your workspace</h1>
        </div>
        <LoginForm callbackUrl={path} />
        {demo && (
          <section
            aria-label="Demo install"
            className="mt-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          >
            <p className="font-semibold">This is a demo with made-up data.</p>
            <p className="mt-1">
              Sign in as {DEMO_USERS.map((u) => u.email).join(", ")} with the password <code className="font-mono">{DEMO_PASSWORD}</code>.
            </p>
          </section>
        )}
      </div>
    </main>
  );
}
