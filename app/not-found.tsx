import Link from "next/link";
import { headers } from "next/headers";
import { RequestReference } from "@/components/layout/request-id";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";

export const metadata = { title: "Not found" };

export default async function NotFound() {
  const requestId = (await headers()).get(REQUEST_ID_HEADER);
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">There is nothing at this address. The link may be incomplete.</p>
      <Link href="/board" className="mt-6 inline-block text-sm font-medium text-brand-600 underline">
        Open the board
      </Link>
      <RequestReference id={requestId} />
    </main>
  );
}
