"use client";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/time";

export type RefusalOffer = { code: "outside_calling_hours" | "confirm_duplicate"; message: string; allowedAt?: string };

export const when = (iso: string, timeZone: string): string => formatDateTime(new Date(iso), timeZone);

/** The next step after a refusal that a person may resolve: hold the call, or confirm a duplicate. */
export function RefusalOfferPanel({
  offer,
  timeZone,
  pending,
  onAccept,
  onCancel,
}: {
  offer: RefusalOffer;
  /** The workspace's zone: the dispatcher plans in the office's time, not the browser's. */
  timeZone: string;
  pending: boolean;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const schedule = offer.code === "outside_calling_hours";
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p>{offer.message}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" size="sm" pending={pending} onClick={onAccept}>
          {schedule && offer.allowedAt ? `Schedule for ${when(offer.allowedAt, timeZone)}` : "Place call anyway"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          {schedule ? "Don't schedule" : "Cancel"}
        </Button>
      </div>
    </div>
  );
}
