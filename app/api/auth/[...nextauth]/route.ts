import { handlers } from "@/auth";
import { throttledSeconds } from "@/lib/auth/sign-in";
import { route } from "@/lib/http/route";

export const GET = route("auth", (request) => handlers.GET(request as never));

/**
 * next-auth answers a refused sign-in with a redirect to the login page; a throttled one (too many
 * attempts from this address or for this account) becomes a 429 with Retry-After instead.
 */
export const POST = route("auth", async (request) => {
  const response = await handlers.POST(request as never);
  const location = response.headers.get("location");
  const wait = location ? throttledSeconds(new URL(location, request.url).searchParams.get("code")) : null;
  if (wait === null) return response;
  return Response.json({ error: "Too many sign-in attempts. Try again later." }, { status: 429, headers: { "Retry-After": String(wait) } });
});
