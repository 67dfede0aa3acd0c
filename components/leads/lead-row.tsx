"use client";

import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { formatPhone } from "@/lib/phone";
import type { LeadItem } from "@/lib/leads/item";
import { DismissLeadDialog } from "./dismiss-lead-dialog";
import { LeadStatus } from "./lead-status";

export type LeadFormats = { clock: Intl.DateTimeFormat; when: Intl.DateTimeFormat };

const cell = "px-3 py-2 align-top";
const muted = "text-xs text-slate-600 dark:text-slate-400";

export function LeadRow({ item, formats }: { item: LeadItem; formats: LeadFormats }) {
  const [dismissing, setDismissing] = useState(false);
  const nameId = `lead-${item.id}`;
  return (
    <tr data-lead-row={item.id} className="border-b border-slate-100 dark:border-slate-800">
      <td className={cell}>
        <div id={nameId} className="font-medium">
          {item.name} {!item.customerVerified && <Badge tone="warning">New customer</Badge>}
        </div>
        <div className="whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-400">{formatPhone(item.phone)}</div>
        {item.email && <div className={`${muted} break-all`}>{item.email}</div>}
      </td>
      <td className={cell}>
        <div>{item.serviceRequested ?? <span className={muted}>Not given</span>}</div>
        <div className={muted}>Source: {item.source}</div>
        {item.address && <div className={`${muted} hidden lg:block`}>{item.address}</div>}
      </td>
      <td className={`${cell} whitespace-nowrap`}>{formats.clock.format(new Date(item.receivedAt))}</td>
      <td className={cell}>
        <LeadStatus item={item} formats={formats} />
      </td>
      <td className={`${cell} text-right`}>
        {item.status === "open" && (
          <div className="flex justify-end gap-1.5 max-lg:flex-col max-lg:items-stretch">
            <Link href={`/calls/new?lead=${item.id}`} aria-describedby={nameId} className={buttonClasses({ size: "sm" })}>
              Call
            </Link>
            <Button size="sm" variant="ghost" onClick={() => setDismissing(true)} aria-describedby={nameId}>
              Dismiss
            </Button>
          </div>
        )}
        {dismissing && <DismissLeadDialog leadId={item.id} name={item.name} onClose={() => setDismissing(false)} />}
      </td>
    </tr>
  );
}
