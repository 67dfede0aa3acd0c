import Link from "next/link";

export const metadata = { title: "Not allowed" };

export default async function Forbidden({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">You can’t open this page</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {reason === "no_membership"
          ? "Your account is not a member of any workspace (any more). Ask an admin to add you."
          : "Your role in this workspace does not include it. Ask a manager or an admin if you need it."}
      </p>
      <Link href="/calls" className="mt-6 inline-block text-sm font-medium text-brand-600 underline">
        Back to calls
      </Link>
    </main>
  );
}
