import type { Metadata } from "next";
import { listActiveAssistants } from "@/db/queries/assistants";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { instantToWallTime } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "New campaign" };
export const dynamic = "force-dynamic";

export default async function NewCampaignPage() {
  const member = await requireMember(can.runCampaigns);
  const assistants = await listActiveAssistants({ workspaceId: member.workspace.id });
  const today = instantToWallTime(new Date(), member.workspace.timeZone).slice(0, 10);
  const inAWeek = instantToWallTime(new Date(Date.now() + 6 * 86_400_000), member.workspace.timeZone).slice(0, 10);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <h1 className="text-lg font-semibold">New campaign</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Every call of a campaign meets the same checks as a dispatcher’s call when it is dialled: do-not-call, calling hours in the callee’s
        zone, 7 attempts in 7 days, the duplicate guard. Recipients are added on the next page.
      </p>
      <CampaignForm
        assistants={assistants.map((a) => ({ id: a.id, name: a.name, purposes: a.purposes }))}
        initial={{
          name: "",
          purpose: "appointment_reminder",
          assistantId: "",
          contextTemplate: "Remind {first_name} of their appointment {appointment}.",
          slots: [],
          startDate: today,
          endDate: inAWeek,
          dailyStart: "09:00",
          dailyEnd: "18:00",
          ratePerMinute: 30,
          maxInFlight: 10,
          retryOn: ["no_answer", "busy"],
          retryAfterHours: 4,
          maxAttempts: 2,
        }}
      />
    </div>
  );
}
