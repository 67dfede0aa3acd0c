"use client";

import { useRouter } from "next/navigation";
import { clockAndDay } from "@/lib/format/time";
import { useState, useTransition } from "react";
import { withdrawInvitationAction } from "@/app/(dashboard)/settings/people/actions";
import { Button } from "@/components/ui/button";
import type { MemberRole } from "@/db/schema/enums";
import { roleLabel } from "@/lib/labels";

export type OpenLinkRow = {
  id: string;
  kind: "invite" | "password_reset";
  email: string;
  role: MemberRole | null;
  createdAt: string;
  expiresAt: string;
};

function Withdraw({ id, email }: { id: string; email: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        size="sm"
        pending={pending}
        aria-label={`Withdraw the link for ${email}`}
        onClick={() =>
          start(async () => {
            const res = await withdrawInvitationAction({ id }).catch(() => null);
            if (res?.ok) router.refresh();
            else setError(res?.error ?? "Could not reach the server. Try again.");
          })
        }
      >
        Withdraw
      </Button>
      {error && <span className="ml-2 text-xs text-red-700 dark:text-red-400">{error}</span>}
    </>
  );
}

export function OpenLinks({ links, timeZone }: { links: OpenLinkRow[]; timeZone: string }) {
  if (links.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No open links.</p>;
  const { day } = clockAndDay(timeZone);
  return (
    <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
      {links.map((l) => (
        <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{l.email}</span>
            <span className="text-slate-600 dark:text-slate-400">
              {" "}
              · {l.kind === "invite" ? `invited as ${roleLabel(l.role ?? "dispatcher").toLowerCase()}` : "password reset"} · expires{" "}
              {day.format(new Date(l.expiresAt))}
            </span>
          </span>
          <Withdraw id={l.id} email={l.email} />
        </li>
      ))}
    </ul>
  );
}
