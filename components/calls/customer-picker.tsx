"use client";
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions } from "@headlessui/react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState, type KeyboardEvent, type Ref } from "react";
import { Badge } from "@/components/ui/badge";
import { Field } from "@/components/ui/field";
import { controlClasses } from "@/components/ui/input";
import { cx } from "@/components/ui/cx";
import type { CustomerOption } from "@/lib/calls/types";
import { formatPhone } from "@/lib/phone";
import { queryKeys } from "@/lib/query-keys";
import { readRoute } from "@/lib/routes/read-route";

export type CustomerPickerProps = {
  value: CustomerOption | null;
  onSelect: (customer: CustomerOption | null) => void;
  error?: string;
  /** Lets the form focus the combobox when "Pick a customer" is the first error. */
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
};

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

/**
 * The customer combobox, on Headless UI's Combobox (keyboard, focus and ARIA wiring). Only results
 * for the text in the box now are ever rendered as options, so a previous search's list cannot be
 * picked; Enter pressed before this text's results arrive (a pasted number) waits for them and
 * picks the first.
 */
export function CustomerPicker({ value, onSelect, error, inputRef, onBlur }: CustomerPickerProps) {
  const [text, setText] = useState(value?.name ?? "");
  /** The text Enter was pressed for while its results were still on their way. */
  const [enterFor, setEnterFor] = useState<string | null>(null);
  // Keep the text in step when the form picks or clears the customer itself (reset, prefill).
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value) setText(value.name);
    else if (shown && text === shown.name) setText("");
  }

  const typed = text.trim();
  const query = useDebounced(typed, 150);
  const search = useQuery({
    queryKey: queryKeys.customers.search(query),
    queryFn: async ({ signal }) => {
      const result = await readRoute<CustomerOption[]>("/api/customers/search", { query }, { signal });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
  const fresh = query === typed && !search.isPlaceholderData && search.isSuccess;
  const options = fresh ? search.data : [];

  function pick(customer: CustomerOption | null) {
    setEnterFor(null);
    onSelect(customer);
    if (customer) setText(customer.name);
  }

  // Enter arrived before the results: now they are here, for that very text, take the first.
  const waiting = enterFor !== null && enterFor === typed;
  const first = fresh ? (options[0] ?? null) : undefined;
  useEffect(() => {
    if (!waiting || first === undefined) return;
    setEnterFor(null);
    if (first) {
      onSelect(first);
      setText(first.name);
    }
  }, [waiting, first, onSelect]);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== "Enter" || !typed || value) return;
    if (!fresh) {
      // Handled here: the combobox sees no Enter, and the form is not submitted.
      e.preventDefault();
      setEnterFor(typed);
    }
  }

  const status = search.isError
    ? "Couldn't search customers. Keep typing to try again."
    : !fresh
      ? "Searching…"
      : options.length === 0
        ? `No customers match “${query}”.`
        : null;

  return (
    <Field label="Customer" error={error} required hint="Search by name or phone number.">
      {(control) => (
        <Combobox value={value} onChange={pick} by="id" immediate>
          <div className="relative">
            <ComboboxInput
              {...control}
              ref={inputRef}
              autoComplete="off"
              placeholder="Name or phone"
              className={cx(controlClasses, "h-9")}
              displayValue={() => text}
              onChange={(e) => {
                setText(e.target.value);
                setEnterFor(null);
                if (value) onSelect(null);
              }}
              onKeyDown={onKeyDown}
              onBlur={onBlur}
            />
            {typed && (status || options.length > 0) && !value && (
              <div className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
                {status && (
                  <p role="status" className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">
                    {status}
                  </p>
                )}
                <ComboboxOptions static aria-label="Search results" className="empty:hidden">
                  {options.map((c) => (
                    <ComboboxOption
                      key={c.id}
                      value={c}
                      className="flex cursor-pointer items-center justify-between gap-3 px-3 py-1.5 text-sm data-focus:bg-brand-50 dark:data-focus:bg-slate-800"
                    >
                      <span className="min-w-0 truncate">
                        <span className="font-medium text-slate-900 dark:text-slate-100">{c.name}</span>
                        {c.preferredName && <span className="text-slate-600 dark:text-slate-400"> · goes by {c.preferredName}</span>}
                      </span>
                      <span className="flex shrink-0 items-center gap-2">
                        {c.doNotCall && <Badge tone="danger">Do not call</Badge>}
                        <span className="text-slate-700 tabular-nums dark:text-slate-300">{formatPhone(c.phone)}</span>
                      </span>
                    </ComboboxOption>
                  ))}
                </ComboboxOptions>
              </div>
            )}
          </div>
        </Combobox>
      )}
    </Field>
  );
}
