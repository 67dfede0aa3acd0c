"use client";

import { useState } from "react";
import { importCustomersAction, previewCustomerImportAction } from "@/app/(dashboard)/customers/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import type { ImportPreview, ImportResult } from "@/lib/customers/import";
import { formatPhone } from "@/lib/phone";
import { customerImportSchema, MAX_IMPORT_BYTES } from "@/lib/validation/customer-import";

const STATUS = { new: "Will be added", existing: "Already a customer", error: "Left out" } as const;

/** Choose a file, see what each row would do, then import; the server reads the file again on import. */
export function CustomerImportForm() {
  const form = useZodForm(customerImportSchema, { defaultValues: { csv: "", onExisting: "skip" } });
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const onExisting = form.watch("onExisting");

  const onPreview = form.handleSubmit(async (values) => {
    setError(null);
    setResult(null);
    const res = await previewCustomerImportAction(values);
    if (res.ok) setPreview(res.data);
    else {
      setPreview(null);
      if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
      else setError(res.error);
    }
  });

  const onImport = form.handleSubmit(async (values) => {
    setError(null);
    setImporting(true);
    const res = await importCustomersAction(values);
    setImporting(false);
    if (res.ok) {
      setResult(res.data);
      setPreview(null);
    } else setError(res.error);
  });

  const importable = preview ? preview.counts.new + (onExisting === "update" ? preview.counts.existing : 0) : 0;
  return (
    <div className="space-y-4">
      <form onSubmit={onPreview} noValidate aria-label="Import customers" className="space-y-3">
        <Field
          label="CSV file"
          error={form.formState.errors.csv?.message}
          hint="First row: column names. Needs name and phone; may have preferred name, email, address, notes."
        >
          {(c) => (
            <input
              {...c}
              type="file"
              accept=".csv,text/csv"
              className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm dark:text-slate-200 dark:file:border-slate-600 dark:file:bg-slate-800 dark:file:text-slate-100"
              onChange={async (e) => {
                setPreview(null);
                setResult(null);
                const file = e.target.files?.[0];
                if (!file) return form.setValue("csv", "");
                if (file.size > MAX_IMPORT_BYTES) {
                  form.setValue("csv", "");
                  form.setError("csv", { message: `The file is over ${MAX_IMPORT_BYTES / 1000} KB; split it into smaller files` });
                  return;
                }
                form.clearErrors("csv");
                form.setValue("csv", await file.text());
              }}
            />
          )}
        </Field>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
            When the phone number is already a customer&apos;s
          </legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="skip" {...form.register("onExisting")} className="size-4" /> Skip that row
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="update" {...form.register("onExisting")} className="size-4" /> Update the customer from the file
          </label>
        </fieldset>
        <Button type="submit" pending={form.formState.isSubmitting}>
          Preview
        </Button>
      </form>

      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {result && (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100"
        >
          Imported: {result.created} added, {result.updated} updated, {result.skipped} skipped, {result.errors} rows with errors left out.
        </p>
      )}
      {preview && (
        <section aria-labelledby="preview-heading" className="space-y-3">
          <h2 id="preview-heading" className="text-base font-semibold">
            Preview
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {preview.counts.new} new, {preview.counts.existing} already customers, {preview.counts.error} with errors.
          </p>
          <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Rows of the file</caption>
              <thead className="bg-slate-50 text-xs text-slate-600 uppercase dark:bg-slate-900 dark:text-slate-400">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Row
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Name
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Phone
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    What happens
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {preview.rows.map((r) => (
                  <tr key={r.row}>
                    <td className="px-3 py-2 tabular-nums">{r.row}</td>
                    <td className="px-3 py-2">{r.name || "—"}</td>
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                      {r.status === "error" ? r.phone || "—" : formatPhone(r.phone)}
                    </td>
                    <td className="px-3 py-2">
                      {r.status === "error" ? (
                        <span className="text-red-700 dark:text-red-400">{r.errors.join("; ")}</span>
                      ) : r.status === "existing" ? (
                        `${STATUS.existing} (${r.existingName}): ${onExisting === "update" ? "updated" : "skipped"}`
                      ) : (
                        STATUS.new
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button variant="primary" onClick={() => void onImport()} pending={importing} disabled={importable === 0}>
            Import {importable} customers
          </Button>
        </section>
      )}
    </div>
  );
}
