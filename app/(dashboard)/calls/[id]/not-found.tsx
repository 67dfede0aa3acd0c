import Link from "next/link";
import { headers } from "next/headers";
import { RequestReference } from "@/components/layout/request-id";
import { buttonClasses } from "@/components/ui/button";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";

export default async function CallNotFound() {
  const requestId = (await headers()).get(REQUEST_ID_HEADER);
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 text-center shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h1 className="text-lg font-semibold">Call not found</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        There is no call at this address in your current workspace. It may belong to another workspace, or the link may be incomplete.
      </p>
      <div className="mt-4 flex justify-center gap-2">
        <Link href="/calls" className={buttonClasses({ variant: "primary" })}>
          Back to calls
        </Link>
        <Link href="/board" className={buttonClasses({ variant: "secondary" })}>
          Open the board
        </Link>
      </div>
      <RequestReference id={requestId} />
    </div>
  );
}
