"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { callPurposes } from "@/db/schema/enum-values";
import { purposeLabels, outcomeDisplay } from "@/lib/labels";
import { isFiltered, type BoardFilters, type FilterKey } from "./filters";

export type AssistantOption = { id: string; name: string };

/**
 * Filters live in the URL so a view can be shared or bookmarked. The native history API updates
 * it without a server round trip (Next keeps useSearchParams in step), so a choice applies at once.
 */
function useSetParam() {
  const pathname = usePathname();
  const params = useSearchParams();
  return (changes: Partial<Record<FilterKey, string>>) => {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const query = next.toString();
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  };
}

export type CampaignOption = { id: string; name: string };

export function BoardFilterBar({
  filters,
  assistants,
  campaigns = [],
}: {
  filters: BoardFilters;
  assistants: AssistantOption[];
  campaigns?: CampaignOption[];
}) {
  const setParam = useSetParam();
  return (
    <div role="group" aria-label="Filter calls" className="grid grid-cols-2 items-end gap-3 lg:flex lg:flex-wrap">
      <Field label="Calls" className="lg:w-32">
        {(control) => (
          <Select {...control} value={filters.mine ? "mine" : ""} onChange={(e) => setParam({ calls: e.target.value })}>
            <option value="">All</option>
            <option value="mine">Mine</option>
          </Select>
        )}
      </Field>
      <Field label="Purpose" className="lg:w-64">
        {(control) => (
          <Select {...control} value={filters.purpose ?? ""} onChange={(e) => setParam({ purpose: e.target.value })}>
            <option value="">All purposes</option>
            {callPurposes.map((p) => (
              <option key={p} value={p}>
                {purposeLabels[p]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Assistant" className="lg:w-52">
        {(control) => (
          <Select {...control} value={filters.assistantId ?? ""} onChange={(e) => setParam({ assistant: e.target.value })}>
            <option value="">All assistants</option>
            {filters.assistantId && !assistants.some((a) => a.id === filters.assistantId) && (
              <option value={filters.assistantId}>An inactive assistant</option>
            )}
            {assistants.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Outcome" className="lg:w-60">
        {(control) => (
          <Select {...control} value={filters.outcome ?? ""} onChange={(e) => setParam({ outcome: e.target.value })}>
            <option value="">All outcomes</option>
            {Object.entries(outcomeDisplay).map(([type, o]) => (
              <option key={type} value={type}>
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {(campaigns.length > 0 || filters.campaignId) && (
        <Field label="Campaign" className="lg:w-52">
          {(control) => (
            <Select {...control} value={filters.campaignId ?? ""} onChange={(e) => setParam({ campaign: e.target.value })}>
              <option value="">All calls</option>
              {filters.campaignId && !campaigns.some((c) => c.id === filters.campaignId) && (
                <option value={filters.campaignId}>Another campaign</option>
              )}
              {campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {isFiltered(filters) && (
        <Button
          variant="ghost"
          className="col-span-2 justify-self-start"
          onClick={() => setParam({ calls: "", purpose: "", assistant: "", outcome: "", campaign: "" })}
        >
          Clear filters
        </Button>
      )}
    </div>
  );
}
