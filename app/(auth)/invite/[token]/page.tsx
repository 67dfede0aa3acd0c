import type { Metadata } from "next";
import Link from "next/link";
import { LinkForm } from "@/components/people/link-form";
import { viewLink } from "@/lib/people/accept";
import { roleLabel } from "@/lib/labels";

export const metadata: Metadata = { title: "Join Callboard", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

const CLOSED = {
  invalid: "This link is not valid. Check that you copied all of it.",
  used: "This link was already used. Ask your admin for a new one.",
  expired: "This link has expired: links work for 7 days. Ask your admin for a new one.",
  withdrawn: "This link was withdrawn. Ask your admin for a new one.",
} as const;

/** A one-time link from an admin: an invitation to a workspace, or a password reset. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await viewLink(token);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <p className="text-sm font-semibold tracking-wide text-brand-600 dark:text-sky-300">Callboard</p>
        {view.state !== "open" ? (
          <>
            <h1 className="mt-1 text-xl font-semibold">This link cannot be used</h1>
            <p role="alert" className="mt-3 text-sm text-slate-700 dark:text-slate-300">
              {CLOSED[view.state]}
            </p>
            <Link href="/login" className="mt-6 inline-block text-sm font-medium text-brand-600 underline underline-offset-2">
              Go to sign in
            </Link>
          </>
        ) : (
          <>
            <h1 className="mt-1 text-xl font-semibold">
              {view.kind === "password_reset" ? "Choose a new password" : `Join ${view.workspaceName}`}
            </h1>
            <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
              {view.kind === "password_reset"
                ? `For ${view.email}. Your other sessions end when you save it.`
                : `${view.email} is invited as ${roleLabel(view.role ?? "dispatcher").toLowerCase()}.${view.hasAccount ? " You already have an account: confirm it is you with your password." : ""}`}
            </p>
            <LinkForm token={token} mode={view.kind === "password_reset" ? "reset" : view.hasAccount ? "join" : "new"} email={view.email} />
          </>
        )}
      </div>
    </main>
  );
}
