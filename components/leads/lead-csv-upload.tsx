"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { importLeadsAction } from "@/app/(dashboard)/leads/actions";
import { Button } from "@/components/ui/button";
import type { LeadRowError } from "@/lib/leads/import-csv";

type Result = { added: number; duplicates: number; errors: LeadRowError[] };

/** Leads taken by hand in a spreadsheet: a header row naming name and phone (email, address, service, source, notes optional). */
export function LeadCsvUpload() {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const upload = () =>
    start(async () => {
      setError(null);
      setResult(null);
      if (!file) return setError("Choose a CSV file");
      const res = await importLeadsAction({ csv: await file.text() }).catch(() => null);
      if (!res) return setError("Could not reach the server. Try again.");
      if (!res.ok) return setError(res.fieldErrors?.csv ?? res.error);
      setResult(res.data);
    });
  return (
    <form
      aria-label="Upload leads"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        upload();
      }}
    >
      <div>
        <label htmlFor="lead-csv" className="block text-sm font-medium">
          CSV file
        </label>
        <input
          id="lead-csv"
          type="file"
          accept=".csv,text/csv"
          className="mt-1 block text-sm"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Columns: name and phone (required); email, address, service, source and notes (optional). Uploading the same rows again adds no
          one twice.
        </p>
      </div>
      <Button type="submit" pending={pending}>
        Upload and call
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {result && (
        <div role="status" className="space-y-1 text-sm">
          <p>
            {result.added} {result.added === 1 ? "lead" : "leads"} added and called in turn
            {result.duplicates > 0 ? `; ${result.duplicates} already there` : ""}.{" "}
            <Link href="/leads" className="text-brand-600 underline">
              See the leads
            </Link>
          </p>
          {result.errors.length > 0 && (
            <ul aria-label="Rows not added" className="list-disc pl-5 text-red-700 dark:text-red-400">
              {result.errors.map((e) => (
                <li key={e.line}>
                  Row {e.line}: {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
