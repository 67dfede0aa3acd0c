"use client";

import { useMemo, useState } from "react";
import { addRecipientsAction } from "@/app/(dashboard)/campaigns/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { parseCsv } from "@/lib/campaigns/csv";
import { checkRecipients, type RowError } from "@/lib/campaigns/recipients";
import { RECIPIENT_CHUNK } from "@/lib/validation/campaign";

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

/**
 * A CSV of recipients: parsed and checked in the browser with the server's own rules (a preview),
 * bad rows listed by row number with their cells editable in place, then sent in chunks that the
 * server checks again. Unknown numbers become unverified customers; repeats are merged.
 */
export function RecipientsUpload({
  campaignId,
  template,
  allowedCountries,
  onAdded,
}: {
  campaignId: string;
  template: string;
  allowedCountries: string[];
  onAdded: () => void;
}) {
  const [table, setTable] = useState<string[][] | null>(null);
  const [fileName, setFileName] = useState("");
  const [sending, setSending] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const checked = useMemo(
    () => (table ? checkRecipients(table, { allowedCountries, template }) : null),
    [table, allowedCountries, template],
  );

  const byRow = useMemo(() => {
    const map = new Map<number, RowError[]>();
    for (const e of checked?.errors ?? []) map.set(e.rowNumber, [...(map.get(e.rowNumber) ?? []), e]);
    return map;
  }, [checked]);

  async function onFile(file: File | undefined) {
    setMessage(null);
    if (!file) return;
    setFileName(file.name);
    setTable(parseCsv(await file.text()));
  }

  function edit(rowNumber: number, field: string, value: string) {
    setTable((t) => {
      if (!t) return t;
      const header = [...t[0]];
      let col = header.map(norm).indexOf(field);
      if (col === -1) {
        header.push(field);
        col = header.length - 1;
      }
      return [header, ...t.slice(1).map((r, i) => (i + 2 === rowNumber ? Object.assign([...r], { [col]: value }) : r))];
    });
  }

  async function send() {
    if (!checked || checked.errors.length > 0) return;
    const all = checked.recipients;
    setSending({ done: 0, total: all.length });
    let added = 0;
    try {
      for (let i = 0; i < all.length; i += RECIPIENT_CHUNK) {
        const res = await addRecipientsAction({ campaignId, recipients: all.slice(i, i + RECIPIENT_CHUNK) });
        if (!res.ok) {
          setMessage({ tone: "error", text: `${res.error} (${added} added before this.)` });
          return;
        }
        added += res.data.added;
        setSending({ done: Math.min(all.length, i + RECIPIENT_CHUNK), total: all.length });
      }
      setMessage({
        tone: "ok",
        text: `${added} recipients added${all.length - added > 0 ? `; ${all.length - added} were already in the campaign` : ""}.`,
      });
      setTable(null);
      onAdded();
    } catch {
      setMessage({
        tone: "error",
        text: `Could not reach the server. ${added} were added; send the file again to add the rest (repeats are merged).`,
      });
    } finally {
      setSending(null);
    }
  }

  const header = table?.[0].map(norm) ?? [];
  return (
    <div className="space-y-3">
      <Field label="Recipients CSV" hint="A “phone” column; optional name, first_name, time_zone and the template’s fields.">
        {(c) => <Input {...c} type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e.target.files?.[0])} />}
      </Field>
      {checked && (
        <div className="space-y-3" role="region" aria-label="Upload preview">
          <p role="status" className="text-sm">
            {fileName}: <strong>{checked.recipients.length}</strong> ready
            {checked.merged > 0 && <>, {checked.merged} repeated numbers merged</>}
            {checked.errors.length > 0 && (
              <>
                , <strong className="text-red-700 dark:text-red-400">{byRow.size} rows to fix</strong>
              </>
            )}
            .
          </p>
          {byRow.size > 0 && (
            <div className="max-h-96 overflow-auto rounded-md border border-slate-200 dark:border-slate-700">
              <table className="min-w-full text-sm">
                <caption className="sr-only">Rows to fix, by row number in the file</caption>
                <thead className="bg-slate-50 text-left text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-400">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      Row
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Problem and fix
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...byRow.entries()].map(([rowNumber, errs]) => (
                    <tr key={rowNumber} className="border-t border-slate-100 align-top dark:border-slate-800">
                      <th scope="row" className="px-3 py-2 text-left font-medium tabular-nums">
                        {rowNumber}
                      </th>
                      <td className="space-y-2 px-3 py-2">
                        {errs.map((e) => {
                          const col = header.indexOf(e.field);
                          const current = col >= 0 ? (table?.[rowNumber - 1]?.[col] ?? "") : "";
                          return (
                            <Field key={e.field} label={`Row ${rowNumber} ${e.field.replace(/_/g, " ")}`} error={e.message}>
                              {(c) => <Input {...c} defaultValue={current} onBlur={(ev) => edit(rowNumber, e.field, ev.target.value)} />}
                            </Field>
                          );
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="primary"
              disabled={checked.errors.length > 0 || checked.recipients.length === 0}
              pending={sending !== null}
              onClick={() => void send()}
            >
              Add {checked.recipients.length} recipients
            </Button>
            {checked.errors.length > 0 && (
              <span className="text-xs text-slate-600 dark:text-slate-400">Fix the rows above first (or remove them from the file).</span>
            )}
            {sending && (
              <span role="status" className="text-sm tabular-nums">
                Sent {sending.done} of {sending.total}…
              </span>
            )}
          </div>
        </div>
      )}
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={message.tone === "error" ? "text-sm text-red-700 dark:text-red-400" : "text-sm text-emerald-800 dark:text-emerald-300"}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
