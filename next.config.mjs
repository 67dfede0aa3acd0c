/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Keeps `next dev` from writing an AGENTS.md into the repository.
  agentRules: false,
  // A dev page opened on 127.0.0.1 (as the e2e tests do) never hydrates without this.
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // Lets two servers (a dev server and a test build) live side by side in one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
