"use client";

import { useState, useTransition } from "react";
import { simulateMissedCallAction } from "@/app/(dashboard)/missed/actions";
import { Button } from "@/components/ui/button";

/** Demo only (admins): a missed call sent through the real feed; it arrives over the live stream. */
export function SimulateButton() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const simulate = () =>
    start(async () => {
      setError(null);
      try {
        const res = await simulateMissedCallAction({});
        if (!res.ok) setError(res.error);
      } catch {
        setError("Could not reach the server. Try again.");
      }
    });
  return (
    <div className="flex items-center gap-2">
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <Button size="sm" variant="ghost" pending={pending} onClick={simulate}>
        Simulate a missed call
      </Button>
    </div>
  );
}
