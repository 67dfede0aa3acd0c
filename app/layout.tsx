import type { Metadata } from "next";
import { THEME_SCRIPT } from "@/components/layout/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Callboard", template: "%s · Callboard" },
  description: "Dispatcher dashboard for AI voice calls",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script sets <html>'s class before React hydrates: that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">{children}</body>
    </html>
  );
}
