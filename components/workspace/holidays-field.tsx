"use client";
import { useState } from "react";
import { formatCalendarDate } from "@/lib/format/time";
import { useController, type Control } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

type HolidayForm = { holidays: string[] };

const label = (day: string) => formatCalendarDate(day);

/** Closed days: no slot suggestions, no SLA clock. */
export function HolidaysField<T extends HolidayForm>({ control, error }: { control: Control<T>; error?: string }) {
  const { field } = useController({ control: control as unknown as Control<HolidayForm>, name: "holidays" });
  const [draft, setDraft] = useState("");
  const days: string[] = field.value ?? [];
  const add = () => {
    if (!draft || days.includes(draft)) return;
    field.onChange([...days, draft].sort());
    setDraft("");
  };
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Holidays</legend>
      <div className="flex items-center gap-2">
        <label htmlFor="holiday-draft" className="sr-only">
          Holiday date
        </label>
        <Input id="holiday-draft" type="date" className="w-44" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <Button size="sm" onClick={add} disabled={!draft}>
          Add holiday
        </Button>
      </div>
      {days.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {days.map((d) => (
            <li key={d} className="flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-3 text-sm dark:bg-slate-800">
              {label(d)}
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${label(d)}`}
                onClick={() => field.onChange(days.filter((x) => x !== d))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-slate-600 dark:text-slate-400">No holidays set.</p>
      )}
      {error && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}
