"use client";

import { useState } from "react";
import { addCustomersAction } from "@/app/(dashboard)/campaigns/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { customerFilterLabels, customerFilters } from "@/lib/validation/campaign";

/** Recipients picked from the customers by a filter; do-not-call customers are refused at dial time, with the reason. */
export function AddCustomers({ campaignId, onAdded }: { campaignId: string; onAdded: () => void }) {
  const [filter, setFilter] = useState<(typeof customerFilters)[number]>("appointments_tomorrow");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function add() {
    setPending(true);
    setMessage(null);
    try {
      const res = await addCustomersAction({ campaignId, filter });
      setMessage(res.ok ? { ok: true, text: `${res.data.added} customers added.` } : { ok: false, text: res.error });
      if (res.ok) onAdded();
    } catch {
      setMessage({ ok: false, text: "Could not reach the server. Try again." });
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Field label="Customers" className="w-72">
        {(c) => (
          <Select {...c} value={filter} onChange={(e) => setFilter(e.target.value as typeof filter)}>
            {customerFilters.map((f) => (
              <option key={f} value={f}>
                {customerFilterLabels[f]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button pending={pending} onClick={() => void add()}>
        Add customers
      </Button>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm" : "text-sm text-red-700 dark:text-red-400"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
