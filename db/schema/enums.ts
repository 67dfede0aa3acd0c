import { pgEnum } from "drizzle-orm/pg-core";
import {
  answeredByValues,
  appointmentStatuses,
  leadStatuses,
  campaignStatuses,
  campaignRowStates,
  attentionKinds,
  callPurposes,
  callStatuses,
  deadLetterReasons,
  memberRoles,
  missedCallReasons,
  missedCallStatuses,
  signInOutcomes,
} from "./enum-values";

export * from "./enum-values";

export const memberRole = pgEnum("member_role", memberRoles);
export const callPurpose = pgEnum("call_purpose", callPurposes);
export const callStatus = pgEnum("call_status", callStatuses);
export const answeredBy = pgEnum("answered_by", answeredByValues);
export const attentionKind = pgEnum("attention_kind", attentionKinds);
export const deadLetterReason = pgEnum("dead_letter_reason", deadLetterReasons);
export const missedCallReason = pgEnum("missed_call_reason", missedCallReasons);
export const missedCallStatus = pgEnum("missed_call_status", missedCallStatuses);
export const signInOutcome = pgEnum("sign_in_outcome", signInOutcomes);
export const appointmentStatus = pgEnum("appointment_status", appointmentStatuses);
export const leadStatus = pgEnum("lead_status", leadStatuses);
export const campaignStatus = pgEnum("campaign_status", campaignStatuses);
export const campaignRowState = pgEnum("campaign_row_state", campaignRowStates);
