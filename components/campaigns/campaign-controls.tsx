"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { controlCampaignAction } from "@/app/(dashboard)/campaigns/actions";
import { Button } from "@/components/ui/button";
import type { CampaignStatus } from "@/db/schema/enums";

type Command = "start" | "pause" | "resume" | "cancel";

const commandsFor: Record<CampaignStatus, Command[]> = {
  draft: ["start", "cancel"],
  running: ["pause", "cancel"],
  paused: ["resume", "cancel"],
  completed: [],
  canceled: [],
};

const labels: Record<Command, string> = { start: "Start campaign", pause: "Pause", resume: "Resume", cancel: "Cancel campaign" };

export function CampaignControls({ campaignId, status, rows }: { campaignId: string; status: CampaignStatus; rows: number }) {
  const router = useRouter();
  const [pending, setPending] = useState<Command | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run(command: Command) {
    if (command === "cancel" && !window.confirm("Cancel the campaign? Rows not yet dialled will not be called.")) return;
    setPending(command);
    setError(null);
    try {
      const res = await controlCampaignAction({ campaignId, command });
      if (!res.ok) setError(res.error);
      router.refresh();
    } catch {
      setError("Could not reach the server. Try again.");
    } finally {
      setPending(null);
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {commandsFor[status].map((c) => (
        <Button
          key={c}
          variant={c === "cancel" ? "ghost" : "primary"}
          pending={pending === c}
          disabled={pending !== null || (c === "start" && rows === 0)}
          onClick={() => void run(c)}
        >
          {labels[c]}
        </Button>
      ))}
      {status === "draft" && rows === 0 && <span className="text-xs text-slate-600 dark:text-slate-400">Add recipients to start.</span>}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
