/**
 * HTTP headers sent with every page. The Content-Security-Policy allows what
 * the shop uses and nothing else: its own scripts and styles (Next inlines a
 * few), images from itself, its backend and HTTPS hosts (product photos may be
 * hosted elsewhere), and requests to itself (posthog-js posts to `/ingest`) or
 * to a PostHog host when one is configured.
 */
export function buildContentSecurityPolicy({
  development,
  backendOrigin,
  analyticsOrigin,
}: {
  /** `next dev` evaluates code for fast refresh and talks to its websocket. */
  development: boolean;
  backendOrigin: string;
  analyticsOrigin: string | null;
}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Next's streamed page data is inline script; a nonce would make every page dynamic per request.
    "script-src": ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:", backendOrigin],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(analyticsOrigin ? [analyticsOrigin] : []), ...(development ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    // The shop is never framed (clickjacking).
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${[...new Set(values)].join(" ")}`)
    .join("; ");
}

export function buildSecurityHeaders(options: Parameters<typeof buildContentSecurityPolicy>[0]): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: buildContentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // Old browsers ignore frame-ancestors: they read this one.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ];
}
