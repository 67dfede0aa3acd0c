"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resolveAlertAction } from "@/app/(dashboard)/alerts/actions";
import { Button } from "@/components/ui/button";
import type { AlertKind } from "@/db/schema/alerts";

export function ResolveAlertButton({ kind }: { kind: AlertKind }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="flex items-center gap-2">
      <Button
        size="sm"
        pending={pending}
        onClick={() =>
          start(async () => {
            const res = await resolveAlertAction({ kind }).catch(() => null);
            if (res?.ok) router.refresh();
            else setError(res?.error ?? "Could not reach the server. Try again.");
          })
        }
      >
        Mark handled
      </Button>
      {error && <span className="text-xs">{error}</span>}
    </span>
  );
}
