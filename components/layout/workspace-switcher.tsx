"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchWorkspaceAction } from "@/app/(dashboard)/actions";

export function WorkspaceSwitcher({ current, options }: { current: string; options: { id: string; name: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (options.length < 2) {
    return <span className="truncate text-sm font-medium">{options[0]?.name}</span>;
  }
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only lg:not-sr-only lg:text-slate-500">Workspace</span>
      <select
        value={current}
        disabled={pending}
        onChange={(e) =>
          startTransition(async () => {
            const result = await switchWorkspaceAction({ workspaceId: e.target.value });
            if (result.ok) router.refresh();
          })
        }
        className="max-w-36 truncate lg:max-w-48 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
