import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { checkMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  // A session cookie alone is not enough: its user may be gone (or from another database), and
  // sending that visitor to the board would bounce them straight back here, forever.
  const check = await checkMember(can.viewCalls);
  if (check.ok) redirect("/board");
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
          <p className="text-sm font-semibold tracking-wide text-brand-600">Callboard</p>
          <h1 className="mt-1 text-xl font-semibold">Sign in to your workspace</h1>
        </div>
        <LoginForm callbackUrl={path} />
      </div>
    </main>
  );
}
