"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setAssistantActiveAction } from "@/app/(dashboard)/settings/assistants/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { CallPurpose } from "@/db/schema/enums";
import { purposeLabels } from "@/lib/labels";
import { AssistantForm } from "./assistant-form";

export type AssistantRow = { id: string; name: string; providerAssistantId: string; purposes: CallPurpose[]; active: boolean };

function ActiveToggle({ row }: { row: AssistantRow }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        size="sm"
        pending={pending}
        aria-label={`${row.active ? "Deactivate" : "Activate"} ${row.name}`}
        onClick={() =>
          start(async () => {
            const res = await setAssistantActiveAction({ id: row.id, active: !row.active }).catch(() => null);
            if (res?.ok) router.refresh();
            else setError(res?.error ?? "Could not reach the server. Try again.");
          })
        }
      >
        {row.active ? "Deactivate" : "Activate"}
      </Button>
      {error && <span className="text-xs text-red-700 dark:text-red-400">{error}</span>}
    </>
  );
}

export function AssistantList({ assistants, defaultCallbackId }: { assistants: AssistantRow[]; defaultCallbackId: string | null }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const close = () => {
    setEditing(null);
    router.refresh();
  };
  return (
    <div className="flex flex-col gap-3">
      {editing === "new" ? (
        <AssistantForm onDone={close} />
      ) : (
        <div>
          <Button variant="primary" onClick={() => setEditing("new")}>
            Add assistant
          </Button>
        </div>
      )}
      {assistants.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">No assistants yet: add the first one to place calls.</p>
      )}
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {assistants.map((a) =>
          editing === a.id ? (
            <li key={a.id} className="py-2">
              <AssistantForm initial={a} onDone={close} />
            </li>
          ) : (
            <li key={a.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
              <div className="min-w-0">
                <div className="flex flex-wrap items-center gap-2 font-medium">
                  {a.name}
                  {!a.active && <Badge>Inactive</Badge>}
                  {a.id === defaultCallbackId && <Badge tone="info">Default for “Call back now”</Badge>}
                </div>
                <div className="font-mono text-xs text-slate-600 dark:text-slate-400">{a.providerAssistantId}</div>
                <div className="text-xs text-slate-600 dark:text-slate-400">{a.purposes.map((p) => purposeLabels[p]).join(" · ")}</div>
              </div>
              <div className="flex items-center gap-2">
                <Button size="sm" variant="ghost" aria-label={`Edit ${a.name}`} onClick={() => setEditing(a.id)}>
                  Edit
                </Button>
                <ActiveToggle row={a} />
              </div>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
