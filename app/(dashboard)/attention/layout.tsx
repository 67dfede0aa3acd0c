import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";

/**
 * The role check above the page's loading boundary: inside it, Next has already streamed a 200
 * when the page's own check redirects, so a dispatcher would get a 200 and a client-side hop.
 */
export default async function AttentionLayout({ children }: { children: React.ReactNode }) {
  await requireMember(can.reviewOutcomes);
  return children;
}
