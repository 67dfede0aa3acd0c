import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { CallHeader } from "@/components/call-detail/call-header";
import { LiveRefresh } from "@/components/call-detail/live-refresh";
import { MediaPanel } from "@/components/call-detail/media-panel";
import { SentPanel } from "@/components/call-detail/sent-panel";
import { StatusHistory } from "@/components/call-detail/status-history";
import { SummaryPanel } from "@/components/call-detail/summary-panel";
import { buildCallDetailView } from "@/components/call-detail/view-model";
import { getCallDetail } from "@/db/queries/call-detail";
import { can } from "@/lib/auth/roles";
import { requireMember } from "@/lib/auth/session";
import { ReviewSection } from "@/components/review/review-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** One read per request, shared by the title and the page. */
const loadCall = cache(async (id: string) => {
  const member = await requireMember(can.viewCalls);
  if (!z.guid().safeParse(id).success) return null;
  const detail = await getCallDetail({ workspaceId: member.workspace.id, callId: id });
  return detail ? { member, view: buildCallDetailView(detail, member.workspace.timeZone) } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadCall((await params).id);
  return { title: loaded ? loaded.view.customerName : "Call not found" };
}

export default async function CallDetailPage({ params }: Props) {
  const loaded = await loadCall((await params).id);
  if (!loaded) notFound();
  const { member, view } = loaded;

  return (
    <div className="space-y-4">
      <CallHeader view={view} liveIndicator={view.live ? <LiveRefresh callId={view.id} /> : undefined} />
      {/* Side by side from 1024 px, like a call log; stacked below, the recording follows the summary. */}
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:grid-rows-[auto_auto_1fr]">
        <SummaryPanel view={view} />
        <div className="self-stretch lg:col-start-2 lg:row-span-3 lg:row-start-1">
          <div className="lg:sticky lg:top-18">
            <MediaPanel media={view.media} />
          </div>
        </div>
        <SentPanel sent={view.sent} />
        <StatusHistory history={view.history} />
      </div>
      {/* Managers and admins only; renders nothing for dispatchers. */}
      <ReviewSection member={member} callId={view.id} />
    </div>
  );
}
