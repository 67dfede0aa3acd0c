import { after } from "next/server";
import { route } from "@/lib/http/route";
import { leadFeed } from "@/lib/leads/feed";
import { callLeadNow } from "@/lib/leads/jobs";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Web forms and ad platforms send new leads; authenticated by a workspace ingest token. The call starts once the answer is sent. */
export const POST = route(
  "v1/leads",
  leadFeed((jobId) => after(() => callLeadNow(jobId))),
);
