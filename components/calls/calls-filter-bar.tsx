import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { callStatuses } from "@/db/schema/enums";
import { statusDisplay, purposeLabels } from "@/lib/labels";
import { callPurposes } from "@/lib/validation/call";

const label = "flex flex-col gap-1 text-xs font-medium text-slate-700 dark:text-slate-300";

/** A plain GET form: the search lives in the URL, works without JavaScript and can be shared. */
export function CallsFilterBar({ q, status, purpose }: { q: string; status: string; purpose: string }) {
  return (
    <form role="search" aria-label="Search calls" action="/calls" className="flex flex-wrap items-end gap-3">
      <label className={label}>
        Name or phone number
        <Input type="search" name="q" defaultValue={q} placeholder="e.g. Reyes or 555 0123" className="h-9 w-64" />
      </label>
      <label className={label}>
        Status
        <Select name="status" defaultValue={status} className="w-44">
          <option value="">Any status</option>
          {callStatuses.map((s) => (
            <option key={s} value={s}>
              {statusDisplay[s].label}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        Purpose
        <Select name="purpose" defaultValue={purpose} className="w-52">
          <option value="">Any purpose</option>
          {callPurposes.map((p) => (
            <option key={p} value={p}>
              {purposeLabels[p]}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit">Search</Button>
      {(q || status || purpose) && (
        <Link href="/calls" className="pb-2 text-sm font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100">
          Clear
        </Link>
      )}
    </form>
  );
}
