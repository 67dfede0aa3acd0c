"use client";
import { getCountries } from "libphonenumber-js/min";
import { useState } from "react";
import { useController, type Control } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

type CountriesForm = { allowedCountries: string[] };

const names = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "region" }) : null;
const nameOf = (code: string) => names?.of(code) ?? code;

/** The countries calls may go to; a number elsewhere is refused with the reason before it is dialled. */
export function CountriesField<T extends CountriesForm>({ control, error }: { control: Control<T>; error?: string }) {
  const { field } = useController({ control: control as unknown as Control<CountriesForm>, name: "allowedCountries" });
  const chosen: string[] = field.value ?? [];
  const [draft, setDraft] = useState("");
  const others = getCountries()
    .filter((c) => !chosen.includes(c))
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Calling countries</legend>
      <ul className="flex flex-wrap gap-2">
        {chosen.map((c) => (
          <li key={c} className="flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-3 text-sm dark:bg-slate-800">
            {nameOf(c)}
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove ${nameOf(c)}`}
              onClick={() => field.onChange(chosen.filter((x) => x !== c))}
            >
              ×
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex items-center gap-2">
        <label htmlFor="country-draft" className="sr-only">
          Country to add
        </label>
        <Select id="country-draft" className="w-56" value={draft} onChange={(e) => setDraft(e.target.value)}>
          <option value="">Add a country…</option>
          {others.map((c) => (
            <option key={c} value={c}>
              {nameOf(c)}
            </option>
          ))}
        </Select>
        <Button
          size="sm"
          disabled={!draft}
          onClick={() => {
            field.onChange([...chosen, draft]);
            setDraft("");
          }}
        >
          Add country
        </Button>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">US territories (Puerto Rico, Guam, …) come with the United States.</p>
      {error && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}
