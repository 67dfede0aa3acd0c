import type { CallPurpose } from "@/db/schema/enum-values";

/** How the seven provider purposes read to a dispatcher. */
export const purposeLabels: Record<CallPurpose, string> = {
  callback: "Return a customer's call",
  follow_up: "Follow up after a visit",
  appointment_reminder: "Remind of an appointment",
  estimate_follow_up: "Follow up on an estimate",
  collections: "Payment reminder",
  urgent_notification: "Urgent notice",
  custom: "Custom message",
};
