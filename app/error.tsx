"use client";

import { RequestReference, useRequestId } from "@/components/layout/request-id";

/** An unexpected error while rendering: no detail, but a reference that finds the log line. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const requestId = useRequestId();
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">Something went wrong on our side</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Nothing you entered was lost. Try again; if it happens again, quote the reference below.
      </p>
      <button type="button" onClick={reset} className="mt-6 text-sm font-medium text-brand-600 underline">
        Try again
      </button>
      <RequestReference id={requestId} digest={error.digest} />
    </main>
  );
}
