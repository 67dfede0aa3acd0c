import type { ProviderCallRequest } from "../types";
import type { OutcomeChoice } from "./outcome-numbers";
import { pickOne } from "./seeded";

/** What the script needs, worked out once by conversation.ts. */
export type ScriptFacts = {
  callId: string;
  request: ProviderCallRequest;
  outcome: OutcomeChoice;
  /** The name the assistant uses: preferred_name, else the first word of name. */
  name: string;
  agent: string;
  business: string;
  /** Up to three slots, as spoken. */
  offered: string[];
  booked: string | null;
  /** "tomorrow, Tuesday, December 1, at 10:00 AM", or null for "later this week". */
  callback: string | null;
  amount: string;
  promisedBy: string;
  question: readonly [string, string];
  issue: string;
};

export type Line = { speaker: "assistant" | "customer"; text: string };

const MAX_CONTEXT_WORDS = 40;

/** A dispatcher's note made sayable mid-sentence: one sentence, no trailing stop, no shouting case. */
export function sayable(text: string | undefined): string | null {
  let s = text?.replace(/\s+/g, " ").trim();
  if (!s) return null;
  const words = s.split(" ");
  if (words.length > MAX_CONTEXT_WORDS) {
    const firstSentence = /^(.+?[.!?])\s/.exec(s)?.[1];
    s = firstSentence && firstSentence.split(" ").length <= MAX_CONTEXT_WORDS ? firstSentence : words.slice(0, MAX_CONTEXT_WORDS).join(" ");
  }
  s = secondPerson(s.replace(/[\s.!?;,:]+$/, ""));
  // Lower-case a leading capital unless it starts an acronym ("AC") or is "I".
  if (/^[A-Z][a-z]/.test(s) && !/^I\b/.test(s)) s = s[0].toLowerCase() + s.slice(1);
  return s;
}

/** Dispatchers write about the customer; the assistant speaks to them. */
function secondPerson(s: string): string {
  return s
    .replace(/^(the )?customer's\b/i, "your")
    .replace(/^(the )?customer\b/i, "you")
    .replace(/\bthe customer's\b/gi, "your")
    .replace(/\bthe customer\b/gi, "you")
    .replace(/\btheir\b/gi, "your")
    .replace(/\bthem\b/gi, "you")
    .replace(/\bthey're\b/gi, "you're")
    .replace(/\bthey\b/gi, "you");
}

const INSTRUCTIONS: [RegExp, string][] = [
  [/^apologi[sz]e\b/i, "we apologize"],
  [/^offer (you )?/i, "we'd like to offer you "],
  [/^(mention|note)\b/i, "we wanted to mention"],
  [/^(let you know|tell you|inform you)\b/i, "we wanted to let you know"],
  [/^remind you\b/i, "we wanted to remind you"],
  [/^ask (you )?/i, "we wanted to ask you "],
  [/^confirm\b/i, "we'd like to confirm"],
  [/^thank you\b/i, "thank you"],
];

function voiceInstruction(clause: string): string | null {
  for (const [pattern, spoken] of INSTRUCTIONS) if (pattern.test(clause)) return clause.replace(pattern, spoken);
  return null;
}

/** custom_message is often an instruction ("Apologize … and offer …"): say it, don't read it out. */
export function sayMessage(text: string | undefined): string | null {
  const s = sayable(text);
  if (!s) return null;
  const clauses = s.split(/,? and (?=\w)/);
  const voiced = clauses.map(voiceInstruction);
  if (voiced[0] === null) return `Our team also asked me to pass this along: ${s}.`;
  const joined = voiced.map((v, i) => v ?? clauses[i]).join(", and ");
  return `${joined[0].toUpperCase()}${joined.slice(1)}.`;
}

function opener(r: ProviderCallRequest): string {
  const c = r.context ?? {};
  const reason = sayable(c.callback_reason);
  const appointment = sayable(c.appointment_info);
  const estimate = sayable(c.estimate_info);
  switch (r.call_purpose) {
    case "callback":
      return reason ? `I'm returning your call regarding ${reason}.` : "I'm returning your call from earlier.";
    case "follow_up":
      return "I'm following up on your recent service with us.";
    case "appointment_reminder":
      return appointment
        ? `I'm calling to remind you about your upcoming appointment: ${appointment}.`
        : "I'm calling to remind you about your upcoming appointment.";
    case "estimate_follow_up":
      return estimate ? `I'm following up on the estimate we sent you: ${estimate}.` : "I'm following up on the estimate we sent you.";
    case "collections":
      return "I'm calling about an open balance on your account.";
    case "urgent_notification":
      return "I have an important update about your service.";
    case "custom":
      return "I'm calling with a quick message from our team.";
  }
}

/** The context strings the opener did not already say. */
function contextSentences(r: ProviderCallRequest): string[] {
  const c = r.context ?? {};
  const out: string[] = [];
  const previous = sayable(c.previous_interaction);
  if (previous) out.push(`According to our notes, ${previous}.`);
  const reason = sayable(c.callback_reason);
  if (reason && r.call_purpose !== "callback") out.push(`You'd asked us about ${reason}.`);
  const appointment = sayable(c.appointment_info);
  if (appointment && r.call_purpose !== "appointment_reminder") out.push(`About your appointment: ${appointment}.`);
  const estimate = sayable(c.estimate_info);
  if (estimate && r.call_purpose !== "estimate_follow_up") out.push(`About your estimate: ${estimate}.`);
  const message = sayMessage(c.custom_message);
  if (message) out.push(message);
  return out;
}

function offerSlots(f: ScriptFacts): string {
  const [a, b, c] = f.offered;
  if (c) return `I have a few openings: ${a}, ${b}, or ${c}. Would one of those work for you?`;
  if (b) return `I have two openings: ${a}, or ${b}. Would either of those work for you?`;
  return `I have an opening on ${a}. Would that work for you?`;
}

const A = (text: string): Line => ({ speaker: "assistant", text });
const C = (text: string): Line => ({ speaker: "customer", text });

function booking(f: ScriptFacts): Line[] {
  const minutes = f.request.scheduling_options?.service_duration_minutes;
  const length = minutes ? ` The visit should take about ${minutes} minutes.` : "";
  const ask = f.offered.length > 0 ? offerSlots(f) : "When would be a good time for a technician to come out?";
  const pick = f.offered.length > 0 ? `Let's do ${f.booked}.` : `Do you have anything on ${f.booked}?`;
  return [A(ask), C(pick), A(`You're all set for ${f.booked}.${length} You'll get a text confirmation shortly.`), C("Perfect, thank you.")];
}

function exchange(f: ScriptFacts): Line[] {
  const offer = f.offered.length > 0 ? [A(offerSlots(f))] : [];
  switch (f.outcome) {
    case "appointment_scheduled":
      return booking(f);
    case "callback_requested": {
      const preface = offer.length > 0 ? "I need to check my calendar first." : "Now's actually not a great time.";
      return f.callback
        ? [...offer, C(`${preface} Could someone call me back tomorrow around 10?`), A(`Of course. We'll call you back ${f.callback}.`)]
        : [...offer, C(`${preface} Can you try me again later this week?`), A("Absolutely, we'll call you back later this week.")];
    }
    case "not_interested":
      return [...offer, C("Thanks, but I'm not interested right now."), A("No problem at all. If anything changes, just give us a call.")];
    case "do_not_call":
      return [
        C("Please put me on your do-not-call list. I don't want any more of these calls."),
        A("Understood. I've removed your number from our call list, and you won't get more calls from us. Sorry for the trouble."),
      ];
    case "information_provided":
      if (f.request.call_purpose === "appointment_reminder") {
        return [
          C("Yes, I'll be there. Thanks for the reminder."),
          A("Great, we'll see you then. The technician will call when they're on the way."),
        ];
      }
      return [C(f.question[0]), A(f.question[1]), C("Okay, that's all I needed to know. Thanks.")];
    case "payment_promised":
      return [
        A(`Our records show a balance of $${f.amount}. Would you be able to take care of that?`),
        C("Yes, I can pay that by next week."),
        A(`Thank you. I've noted a payment of $${f.amount} by ${f.promisedBy}. You can pay online or over the phone.`),
      ];
    case "escalation_needed":
      return [
        C(`Honestly, I'm not happy. ${f.issue}. I'd like to talk to a manager.`),
        A("I'm sorry to hear that. I'll have a manager call you back today."),
      ];
    case "warranty_claim":
      return [
        C("Actually, the part you put in last month already stopped working. Shouldn't that be under warranty?"),
        A("It should be. I've opened a warranty claim, and our service team will review it and reach out."),
      ];
    case "none":
      return [...offer, C("Let me think about it and get back to you."), A("Sure, take your time. You can reach us anytime.")];
    case "voicemail_left":
      return [];
  }
}

/** A live conversation: the customer picks up, the assistant introduces itself and gets to the point. */
export function humanScript(f: ScriptFacts): Line[] {
  const hello = pickOne(["Oh hi, yes. Thanks for calling.", "Hi, sure, go ahead.", "Oh, okay. What's up?"], f.callId, "hello");
  const context = contextSentences(f.request);
  const lines: Line[] = [
    C("Hello?"),
    A(`Hi ${f.name}, this is ${f.agent}, the virtual assistant for ${f.business}. ${opener(f.request)}`),
    C(f.outcome === "do_not_call" ? "Who is this again?" : hello),
  ];
  if (context.length > 0) lines.push(A(context.join(" ")), C("Okay."));
  lines.push(...exchange(f));
  const ending = f.outcome === "do_not_call" ? "Have a good day." : `Thanks, ${f.name}. Have a great day!`;
  lines.push(A(ending), C(f.outcome === "do_not_call" ? "Bye." : "You too, bye."));
  return lines;
}

/** The message left after the beep: one-sided, short, asks for a call back. */
export function voicemailScript(f: ScriptFacts): Line[] {
  const message = sayMessage(f.request.context?.custom_message);
  const lines = [A(`Hi ${f.name}, this is ${f.agent}, the virtual assistant for ${f.business}. ${opener(f.request)}`)];
  if (message) lines.push(A(message));
  if (f.offered.length > 0) lines.push(A(`We have openings on ${f.offered.slice(0, 2).join(" and on ")}.`));
  lines.push(A("Please give us a call back when you have a moment. Thanks, and have a great day."));
  return lines;
}
