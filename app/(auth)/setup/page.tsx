import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SetupForm } from "@/components/setup/setup-form";
import { env } from "@/lib/env";
import { needsSetup } from "@/lib/setup/complete-setup";

export const metadata: Metadata = { title: "Set up Callboard" };
export const dynamic = "force-dynamic";

/** Only on an empty install; afterwards this route does not exist. */
export default async function SetupPage() {
  if (!(await needsSetup())) notFound();
  return (
    <main className="flex min-h-screen justify-center px-4 py-10">
      <div className="w-full max-w-2xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm md:p-8 dark:border-slate-800 dark:bg-slate-900">
        <p className="text-sm font-semibold tracking-wide text-brand-600 dark:text-sky-300">Callboard</p>
        <h1 className="mt-1 text-xl font-semibold">Set up Callboard for your company</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
          Once, on a new install: your company&apos;s workspace and the first admin account. You invite everyone else from there.
        </p>
        <SetupForm askForCode={Boolean(env().SETUP_TOKEN)} />
      </div>
    </main>
  );
}
