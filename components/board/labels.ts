import type { Lane } from "@/lib/calls/board-call";

export const laneOrder: readonly Lane[] = ["queued", "live", "completed", "problem"];

export const laneTitles: Record<Lane, string> = {
  queued: "Queued & dialing",
  live: "Ringing & in progress",
  completed: "Completed",
  problem: "Failed & needs attention",
};

export const laneEmpty: Record<Lane, string> = {
  queued: "Nothing waiting to be dialed.",
  live: "No calls on the line right now.",
  completed: "No completed calls yet today.",
  problem: "Nothing needs attention.",
};
