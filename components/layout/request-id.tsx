"use client";

import { createContext, useContext } from "react";

const RequestIdContext = createContext<string | null>(null);

/** The id of the request that rendered the page, for error screens to quote. */
export function RequestIdProvider({ value, children }: { value: string | null; children: React.ReactNode }) {
  return <RequestIdContext.Provider value={value}>{children}</RequestIdContext.Provider>;
}

export function useRequestId(): string | null {
  return useContext(RequestIdContext);
}

/** "Reference: <id>", selectable, for a user to quote to support. */
export function RequestReference({ id, digest }: { id: string | null; digest?: string }) {
  if (!id && !digest) return null;
  return (
    <p className="mt-4 text-xs text-slate-500 dark:text-slate-400">
      Reference: <code className="select-all">{id ?? digest}</code>
      {id && digest ? <span> (error {digest})</span> : null}
    </p>
  );
}
