import type { Metadata } from "next";
import { headers } from "next/headers";
import { RequestIdProvider } from "@/components/layout/request-id";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { THEME_SCRIPT } from "@/components/layout/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Callboard", template: "%s · Callboard" },
  description: "Dispatcher dashboard for AI voice calls",
};

// Reading the request makes every page render per request, which the CSP nonce needs (a page
// rendered at build time would carry no nonce, and its scripts would be blocked).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const incoming = await headers();
  const requestId = incoming.get(REQUEST_ID_HEADER);
  // The proxy's per-request CSP nonce: the inline theme script runs only with it.
  const nonce = incoming.get("x-nonce") ?? undefined;
  return (
    // The theme script sets <html>'s class before React hydrates: that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <RequestIdProvider value={requestId}>{children}</RequestIdProvider>
      </body>
    </html>
  );
}
