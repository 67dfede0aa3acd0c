"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState, type KeyboardEvent, type Ref } from "react";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
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

export function CustomerPicker({ value, onSelect, error, inputRef, onBlur }: CustomerPickerProps) {
  const listboxId = useId();
  const [text, setText] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Keep the text in step when the form picks or clears the customer itself (reset, prefill).
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value) setText(value.name);
    else if (shown && text === shown.name) setText("");
  }

  const query = useDebounced(text.trim(), 150);
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
  // Results count only for the text in the box now: while the next search is out (debounced or
  // in flight) the previous list is not shown, so Enter can never pick the last search's customer.
  const fresh = query === text.trim() && !search.isPlaceholderData && search.isSuccess;
  const options = fresh ? search.data : [];
  const showPopup = open && text.trim().length > 0;
  const expanded = showPopup && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${listboxId}-option-${i}`;

  useEffect(() => {
    if (expanded && activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: "nearest" });
  });

  function pick(customer: CustomerOption) {
    onSelect(customer);
    setText(customer.name);
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive(Math.max(0, Math.min(options.length - 1, activeIndex + step)));
    } else if (e.key === "Enter" && showPopup) {
      // An open list owns Enter; it must not submit the form.
      e.preventDefault();
      if (options[activeIndex]) pick(options[activeIndex]);
    } else if (e.key === "Escape" && showPopup) {
      e.preventDefault();
      setOpen(false);
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
        <div className="relative">
          <Input
            {...control}
            ref={inputRef}
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
            value={text}
            placeholder="Name or phone"
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
              setActive(0);
              if (value) onSelect(null);
            }}
            onFocus={() => setOpen(!value)}
            onBlur={() => {
              setOpen(false);
              onBlur?.();
            }}
            onKeyDown={onKeyDown}
          />
          <div
            hidden={!showPopup || (!expanded && !status)}
            className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
          >
            {status && <p className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">{status}</p>}
            <ul id={listboxId} role="listbox" aria-label="Search results">
              {expanded &&
                options.map((c, i) => (
                  <li
                    key={c.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === activeIndex}
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseEnter={() => setActive(i)}
                    onClick={() => pick(c)}
                    className={cx(
                      "flex cursor-pointer items-center justify-between gap-3 px-3 py-1.5 text-sm",
                      i === activeIndex && "bg-brand-50 dark:bg-slate-800",
                    )}
                  >
                    <span className="min-w-0 truncate">
                      <span className="font-medium text-slate-900 dark:text-slate-100">{c.name}</span>
                      {c.preferredName && <span className="text-slate-600 dark:text-slate-400"> · goes by {c.preferredName}</span>}
                    </span>
                    <span className="flex shrink-0 items-center gap-2">
                      {c.doNotCall && <Badge tone="danger">Do not call</Badge>}
                      <span className="text-slate-700 tabular-nums dark:text-slate-300">{formatPhone(c.phone)}</span>
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        </div>
      )}
    </Field>
  );
}
