import type { Metadata } from "next";
import { listActiveAssistants } from "@/db/queries/assistants";
import { listIngestTokens } from "@/db/queries/ingest-tokens";
import { listDoNotCallEntries } from "@/db/queries/do-not-call";
import { listDeadJobs } from "@/db/queries/jobs";
import { DeadJobs } from "@/components/settings/dead-jobs";
import { isJobKind, jobKindLabels } from "@/lib/jobs/kinds";
import { DoNotCallAddForm } from "@/components/settings/do-not-call-add-form";
import { DoNotCallRegister } from "@/components/settings/do-not-call-register";
import { Input } from "@/components/ui/input";
import { buttonClasses } from "@/components/ui/button";
import { AutoRetryForm } from "@/components/settings/auto-retry-form";
import { LeadAssistantForm } from "@/components/settings/lead-assistant-form";
import { CallbackAssistantForm } from "@/components/settings/callback-assistant-form";
import { IngestTokens } from "@/components/settings/ingest-tokens";
import { SettingsSection } from "@/components/settings/settings-section";
import { SlaForm } from "@/components/settings/sla-form";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { appUrl } from "@/lib/env";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ dnc?: string | string[] }> }) {
  const member = await requireMember(can.manageSettings);
  const { workspace } = member;
  const { dnc } = await searchParams;
  const dncQuery = typeof dnc === "string" ? dnc.slice(0, 100) : "";
  const [tokens, assistants, doNotCall, deadJobs] = await Promise.all([
    listIngestTokens({ workspaceId: workspace.id }),
    listActiveAssistants({ workspaceId: workspace.id }),
    listDoNotCallEntries({ workspaceId: workspace.id, query: dncQuery }),
    listDeadJobs({ workspaceId: workspace.id }),
  ]);
  const feedUrl = `${appUrl()}/api/v1/missed-calls`;
  return (
    <div className="space-y-4">
      <SettingsSection
        title="Ingest tokens"
        description={
          <>
            Your phone system reports missed calls to <code className="font-mono text-xs">{feedUrl}</code> with one of these tokens.
          </>
        }
      >
        <IngestTokens
          feedUrl={feedUrl}
          timeZone={workspace.timeZone}
          tokens={tokens.map((t) => ({
            ...t,
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: iso(t.lastUsedAt),
            revokedAt: iso(t.revokedAt),
          }))}
        />
      </SettingsSection>

      <SettingsSection
        title="Missed-call SLA"
        description="How long a missed call may wait for a callback before its timer warns, then turns overdue."
      >
        <SlaForm initial={{ slaWarnMinutes: workspace.slaWarnMinutes, slaBreachMinutes: workspace.slaBreachMinutes }} />
      </SettingsSection>

      <SettingsSection
        title="Call back now"
        description="The assistant that places the call when a dispatcher picks “Call back now” on a missed call."
      >
        <CallbackAssistantForm assistants={assistants} current={workspace.defaultCallbackAssistantId} />
      </SettingsSection>

      <SettingsSection
        title="Speed-to-lead"
        description="The assistant that calls every new lead within seconds of its arrival, under the same calling rules as any call."
      >
        <LeadAssistantForm assistants={assistants} current={workspace.leadAssistantId} />
      </SettingsSection>

      <SettingsSection title="Automatic retries" description="Off unless you opt in. Applies to calls that end from now on.">
        <AutoRetryForm initial={workspace.autoRetry} />
      </SettingsSection>
      <SettingsSection
        title="Do-not-call register"
        description="Numbers that asked not to be called. Entries are never removed (kept at least five years); correct a mistake with a note."
      >
        <div className="mb-4 space-y-3">
          <DoNotCallAddForm />
          <form role="search" aria-label="Search the register" action="/settings" className="flex items-end gap-2">
            <div className="flex min-w-56 flex-1 flex-col gap-1">
              <label htmlFor="dnc-search" className="text-sm font-medium">
                Search the register
              </label>
              <Input id="dnc-search" name="dnc" type="search" defaultValue={dncQuery} placeholder="Any part of the number, or a name" />
            </div>
            <button type="submit" className={buttonClasses()}>
              Search
            </button>
          </form>
        </div>
        <DoNotCallRegister timeZone={workspace.timeZone} entries={doNotCall.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() }))} />
      </SettingsSection>
      <SettingsSection
        title="Failed background jobs"
        description="Work that kept failing and was given up on: sending a call, fetching a transcript, an automatic retry. Run it again once the cause is fixed."
      >
        <DeadJobs
          timeZone={workspace.timeZone}
          jobs={deadJobs.map((j) => ({
            id: j.id,
            label: isJobKind(j.kind) ? jobKindLabels[j.kind] : j.kind,
            error: j.lastError,
            failedAt: (j.deadAt ?? j.createdAt).toISOString(),
            attempts: j.attempts,
            callId: typeof j.payload.callId === "string" ? j.payload.callId : null,
          }))}
        />
      </SettingsSection>
    </div>
  );
}
