"use client";
import { useState, useTransition } from "react";
import { formatMediumDateTime } from "@/lib/format/time";
import { revokeIngestTokenAction } from "@/app/(dashboard)/settings/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

export type TokenView = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

function RevokeCell({ token }: { token: TokenView }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!confirming) {
    return (
      <Button size="sm" variant="ghost" onClick={() => setConfirming(true)} aria-label={`Revoke ${token.name}`}>
        Revoke
      </Button>
    );
  }
  const revoke = () =>
    start(async () => {
      setError(null);
      try {
        const res = await revokeIngestTokenAction({ id: token.id });
        if (!res.ok) setError(res.error);
      } catch {
        setError("Could not reach the server. Try again.");
      }
    });
  return (
    <div role="group" aria-label={`Confirm revoking ${token.name}`} className="flex flex-wrap items-center justify-end gap-2">
      <span className="text-xs text-slate-600 dark:text-slate-400">Calls sent with it will be refused.</span>
      <Button size="sm" variant="danger" pending={pending} onClick={revoke}>
        Revoke token
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
      {error && (
        <p role="alert" className="basis-full text-right text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

export function TokenList({ tokens, timeZone }: { tokens: TokenView[]; timeZone: string }) {
  if (tokens.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
        No tokens yet. Create one for each phone system that reports missed calls.
      </p>
    );
  }
  const date = { format: (d: Date) => formatMediumDateTime(d, timeZone) };
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-700">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Ingest tokens</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium text-slate-600 dark:bg-slate-800/60 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2">
              Name
            </th>
            <th scope="col" className="px-3 py-2">
              Token
            </th>
            <th scope="col" className="px-3 py-2">
              Created
            </th>
            <th scope="col" className="px-3 py-2">
              Last used
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              <span className="sr-only">Status or action</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {tokens.map((t) => (
            <tr key={t.id} className={t.revokedAt ? "text-slate-500 dark:text-slate-500" : undefined}>
              <td className="px-3 py-2 font-medium">{t.name}</td>
              <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{t.prefix}…</td>
              <td className="px-3 py-2">
                <div className="whitespace-nowrap">{date.format(new Date(t.createdAt))}</div>
                {t.createdByName && <div className="text-xs text-slate-500 dark:text-slate-400">by {t.createdByName}</div>}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{t.lastUsedAt ? date.format(new Date(t.lastUsedAt)) : "Never"}</td>
              <td className="px-3 py-2 text-right">
                {t.revokedAt ? <Badge>Revoked {date.format(new Date(t.revokedAt))}</Badge> : <RevokeCell token={t} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
