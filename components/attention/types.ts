import type { AttentionKind } from "@/db/schema/enums";

/** One open item as the attention list shows it; formatted on the server in the workspace's zone. */
export type AttentionRowView = {
  id: string;
  kind: AttentionKind;
  callId: string;
  customerName: string;
  phone: string;
  purposeLabel: string;
  when: string;
  whenIso: string;
  detail: string | null;
};

export type AttentionGroupView = { kind: AttentionKind; title: string; description: string; rows: AttentionRowView[] };
