"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { missedCallReasons } from "@/lib/validation/missed-call";
import { reasonLabels } from "@/lib/labels";
import { statusFilterLabels, statusFilters, type MissedFilters } from "./filters";

export function MissedFilterBar({ filters }: { filters: MissedFilters }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();

  function set(key: "status" | "reason", value: string) {
    const next = new URLSearchParams(params.toString());
    if (value && !(key === "status" && value === "active")) next.set(key, value);
    else next.delete(key);
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  return (
    <div role="group" aria-label="Filters" className="flex flex-wrap items-end gap-3">
      <Field label="Status" className="w-60">
        {(c) => (
          <Select {...c} value={filters.status} onChange={(e) => set("status", e.target.value)}>
            {statusFilters.map((s) => (
              <option key={s} value={s}>
                {statusFilterLabels[s]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Reason" className="w-44">
        {(c) => (
          <Select {...c} value={filters.reason ?? ""} onChange={(e) => set("reason", e.target.value)}>
            <option value="">Any reason</option>
            {missedCallReasons.map((r) => (
              <option key={r} value={r}>
                {reasonLabels[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}
