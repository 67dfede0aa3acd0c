"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { passwordResetLinkAction, removeMemberAction, setEnabledAction, setRoleAction } from "@/app/(dashboard)/settings/people/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { memberRoles, type MemberRole } from "@/db/schema/enums";
import type { ActionResult } from "@/lib/actions/result";
import type { OneTimeLink } from "@/lib/people/administer";
import { roleLabel } from "@/lib/labels";
import { LinkReveal } from "./link-reveal";

export type PersonRow = { userId: string; name: string; email: string; role: MemberRole; disabledAt: string | null; joinedAt: string };

function PersonActions({ person, self, timeZone }: { person: PersonRow; self: boolean; timeZone: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [link, setLink] = useState<OneTimeLink | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const run = (action: () => Promise<ActionResult<unknown>>, onOk?: (data: unknown) => void) =>
    start(async () => {
      setMessage(null);
      const res = await action().catch(() => null);
      if (!res) return setMessage("Could not reach the server. Try again.");
      if (!res.ok) return setMessage(res.error);
      onOk?.(res.data);
      router.refresh();
    });
  const disabled = Boolean(person.disabledAt);
  return (
    <>
      <td className="px-3 py-2">
        <label className="sr-only" htmlFor={`role-${person.userId}`}>
          Role for {person.name}
        </label>
        <Select
          id={`role-${person.userId}`}
          className="min-w-36"
          value={person.role}
          disabled={pending || disabled}
          onChange={(e) => run(() => setRoleAction({ userId: person.userId, role: e.target.value as MemberRole }))}
        >
          {memberRoles.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </Select>
      </td>
      <td className="px-3 py-2">{disabled ? <Badge tone="neutral">Disabled</Badge> : <Badge tone="success">Active</Badge>}</td>
      <td className="px-3 py-2">
        <div className="flex flex-wrap items-center gap-2">
          {!self && (
            <Button
              size="sm"
              pending={pending}
              onClick={() => run(() => setEnabledAction({ userId: person.userId, enabled: disabled }))}
              aria-label={`${disabled ? "Enable" : "Disable"} ${person.name}`}
            >
              {disabled ? "Enable" : "Disable"}
            </Button>
          )}
          {!disabled && (
            <Button
              size="sm"
              variant="ghost"
              pending={pending}
              onClick={() =>
                run(
                  () => passwordResetLinkAction({ userId: person.userId }),
                  (d) => setLink(d as OneTimeLink),
                )
              }
              aria-label={`Reset password for ${person.name}`}
            >
              Reset password
            </Button>
          )}
          {!self && !confirmRemove && (
            <Button size="sm" variant="ghost" pending={pending} onClick={() => setConfirmRemove(true)} aria-label={`Remove ${person.name}`}>
              Remove
            </Button>
          )}
        </div>
        {confirmRemove && (
          <div role="group" aria-label={`Remove ${person.name}`} className="mt-2 flex flex-wrap items-center gap-2 text-xs">
            <span>Take {person.name} out of this workspace? What they did here stays.</span>
            <Button
              size="sm"
              variant="danger"
              pending={pending}
              onClick={() =>
                run(
                  () => removeMemberAction({ userId: person.userId }),
                  () => setConfirmRemove(false),
                )
              }
            >
              Remove from workspace
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirmRemove(false)}>
              Keep
            </Button>
          </div>
        )}
        {message && (
          <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
            {message}
          </p>
        )}
        {link && (
          <div className="mt-2">
            <LinkReveal
              title={`Password reset link for ${person.name}`}
              url={link.url}
              expiresAt={link.expiresAt}
              timeZone={timeZone}
              onDone={() => setLink(null)}
            />
          </div>
        )}
      </td>
    </>
  );
}

export function PeopleTable({ people, selfId, timeZone }: { people: PersonRow[]; selfId: string; timeZone: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-600 uppercase dark:text-slate-400">
          <tr>
            <th className="px-3 py-2 font-medium">Name</th>
            <th className="px-3 py-2 font-medium">Role</th>
            <th className="px-3 py-2 font-medium">Status</th>
            <th className="px-3 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {people.map((p) => (
            <tr key={p.userId} className="align-top">
              <td className="px-3 py-2">
                <div className="font-medium">
                  {p.name}
                  {p.userId === selfId && <span className="font-normal text-slate-500 dark:text-slate-400"> (you)</span>}
                </div>
                <div className="text-xs text-slate-600 dark:text-slate-400">{p.email}</div>
              </td>
              <PersonActions person={p} self={p.userId === selfId} timeZone={timeZone} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
