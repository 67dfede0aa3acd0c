import type { Metadata } from "next";
import { LeadCsvUpload } from "@/components/leads/lead-csv-upload";
import { LeadForm } from "@/components/leads/lead-form";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "New lead" };
export const dynamic = "force-dynamic";

export default async function NewLeadPage() {
  await requireMember(can.placeCalls);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-lg font-semibold">New lead</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A lead taken by phone or in person. It is called at once by the lead assistant, like the leads from your web forms.
      </p>
      <LeadForm />
      <section aria-labelledby="lead-csv-heading" className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
        <h2 id="lead-csv-heading" className="text-base font-semibold">
          Or upload a CSV of leads
        </h2>
        <LeadCsvUpload />
      </section>
    </div>
  );
}
