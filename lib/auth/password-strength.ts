import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

let factory: ZxcvbnFactory | undefined;

/** zxcvbn's score 0–4 estimates guesses against real cracking dictionaries; 3 is "safely unguessable" online. */
const MIN_SCORE = 3;

/**
 * Why a new password is too weak, in words a person can act on, or null when it is strong enough.
 * `related` are the person's own details (email, name, company), which make a password guessable.
 */
export function passwordWeakness(password: string, related: string[] = []): string | null {
  if (password.length < 10) return "Use at least 10 characters";
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  const words = related.flatMap((r) => r.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length >= 3);
  const result = factory.check(password, words);
  if (result.score >= MIN_SCORE) return null;
  const hint = result.feedback.warning || result.feedback.suggestions[0];
  return `Too easy to guess${hint ? `: ${hint.replace(/\.$/, "")}` : ""}. Add more words or characters.`;
}
