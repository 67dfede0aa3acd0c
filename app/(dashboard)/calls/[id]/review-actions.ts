"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/member-action";
import { can } from "@/lib/auth/roles";
import { reclassifyCall } from "@/lib/review/reclassify-call";
import { reviewCall } from "@/lib/review/review-call";
import { reclassifyCallSchema, reviewCallSchema } from "@/lib/validation/review";

/** The call page shows the review; the attention list loses a `needs_review` item once reviewed. */
function revalidateReviewed(callId: string) {
  revalidatePath(`/calls/${callId}`);
  revalidatePath("/attention");
}

export const reviewCallAction = memberAction(
  { name: "reviewCall", roles: can.reviewOutcomes, schema: reviewCallSchema },
  async (values, member) => {
    const result = await reviewCall(values, member);
    if (result.ok) revalidateReviewed(values.callId);
    return result;
  },
);

export const reclassifyCallAction = memberAction(
  {
    name: "reclassifyCall",
    roles: can.reviewOutcomes,
    schema: ({ workspace }) => reclassifyCallSchema({ timeZone: workspace.timeZone }),
  },
  async (values, member) => {
    const result = await reclassifyCall(values, member);
    if (result.ok) {
      revalidateReviewed(values.callId);
      // A reclassification may create a callback task or change the board's outcome badge.
      revalidatePath("/callbacks");
      revalidatePath("/board");
    }
    return result;
  },
);
