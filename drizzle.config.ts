import { defineConfig } from "drizzle-kit";

// Generation only needs the schema; it never connects, so PGlite's one-process rule is safe.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
