import { pgEnum } from "drizzle-orm/pg-core";

export const memberRoles = ["dispatcher", "manager", "admin"] as const;
export const memberRole = pgEnum("member_role", memberRoles);

export const callPurposes = [
  "callback",
  "follow_up",
  "appointment_reminder",
  "estimate_follow_up",
  "collections",
  "urgent_notification",
  "custom",
] as const;
export const callPurpose = pgEnum("call_purpose", callPurposes);

/**
 * `pending`: stored, not yet accepted by the provider (being sent, or waiting for a retry).
 * `rejected`: the provider refused the request (4xx); `blocked`: the dashboard refused it
 * (do-not-call). The rest are the provider's lifecycle of CONTRACT.md §2.
 */
export const callStatuses = [
  "pending",
  "rejected",
  "blocked",
  "queued",
  "dialing",
  "ringing",
  "in_progress",
  "completed",
  "no_answer",
  "busy",
  "failed",
  "canceled",
] as const;
export const callStatus = pgEnum("call_status", callStatuses);

export type MemberRole = (typeof memberRoles)[number];
export type CallPurpose = (typeof callPurposes)[number];
export type CallStatus = (typeof callStatuses)[number];
