import { Input } from "@/components/ui/input";
import { buttonClasses } from "@/components/ui/button";
import { customerFilterKeys, customerFilterLabels, type CustomerFilters } from "@/lib/customers/filters";

/** A plain GET form: the search lives in the URL, works before hydration and survives a reload. */
export function CustomerSearchForm({ query, filters }: { query: string; filters: CustomerFilters }) {
  return (
    <form role="search" aria-label="Search customers" action="/customers" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="customer-search" className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Name, phone or address
        </label>
        <Input id="customer-search" name="q" type="search" defaultValue={query} placeholder="e.g. Garcia, 555-0123, Elm St" />
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <legend className="sr-only">Show only</legend>
        {customerFilterKeys.map((k) => (
          <label key={k} className="inline-flex items-center gap-1.5 text-sm text-slate-700 dark:text-slate-300">
            <input type="checkbox" name={k} value="1" defaultChecked={Boolean(filters[k])} className="size-4 rounded border-slate-300" />
            {customerFilterLabels[k]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className={buttonClasses({ variant: "primary" })}>
        Search
      </button>
    </form>
  );
}
