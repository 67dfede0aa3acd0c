/**
 * Headers every response carries (issue 9). The proxy sets them with a fresh script nonce per
 * request; next.config's headers() sets the same static ones for anything the proxy never sees.
 */

/** Scripts run only with this request's nonce (Next adds it to its own scripts); 'strict-dynamic'
 * lets those load their chunks. Inline style attributes stay allowed: the charts and the timers
 * set widths in style="", and a style cannot run code. Dev adds eval for React's debugging. */
export function contentSecurityPolicy({ nonce, dev }: { nonce: string; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders({ production }: { production: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "microphone=(), camera=(), geolocation=(), payment=(), usb=()",
    "X-Frame-Options": "DENY",
    // Browsers ignore it over plain http, so local runs are unaffected; two years, as preload lists ask.
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** 128 random bits, base64: unguessable, and new for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
