"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/member-action";
import { can } from "@/lib/auth/roles";
import { resolveAttention } from "@/lib/review/resolve-attention";
import { resolveAttentionSchema } from "@/lib/validation/review";

export const resolveAttentionAction = memberAction(
  { name: "resolveAttention", roles: can.reviewOutcomes, schema: resolveAttentionSchema },
  async (values, member) => {
    const result = await resolveAttention(values, member);
    if (result.ok) {
      revalidatePath("/attention");
      revalidatePath(`/calls/${result.data.callId}`);
    }
    return result;
  },
);
