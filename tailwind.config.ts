import type { Config } from "tailwindcss";

// Tailwind 4 reads its theme from CSS; this file is loaded by `@config` in app/globals.css
// and holds what is easier to keep in TypeScript: where classes live and the brand palette.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef6ff", 100: "#d9eaff", 500: "#2f6fde", 600: "#2359bd", 700: "#1d4895" },
      },
    },
  },
} satisfies Config;
