import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { externalAnalyticsOrigin, resolveAnalyticsSettings } from "./src/lib/analytics/settings";
import { getMedusaBackendUrl } from "./src/lib/backend-url";
import { buildSecurityHeaders } from "./src/lib/security-headers";

// Read when the config loads: `next build` bakes the rewrites below into the
// build, so a different backend address needs a rebuild (images follow `next start`).
const backendUrl = new URL(getMedusaBackendUrl());

// Headers are fixed at build time too: a PostHog host set later needs a rebuild to be allowed.
// The phase, not NODE_ENV, tells `next dev` apart: the launcher builds with NODE_ENV=development.
function securityHeaders(phase: string) {
  return buildSecurityHeaders({
    development: phase === PHASE_DEVELOPMENT_SERVER,
    backendOrigin: backendUrl.origin,
    analyticsOrigin: externalAnalyticsOrigin(resolveAnalyticsSettings(process.env)),
  });
}

const nextConfig = (phase: string): NextConfig => ({
  poweredByHeader: false,
  reactStrictMode: true,
  // `standalone` is opt-in, for the Docker image: `npm start` runs `next start`.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,

  // posthog-js posts to `/ingest/e/`, `/ingest/i/v0/e/`…: the trailing-slash
  // redirect would bounce those POSTs instead of forwarding them.
  skipTrailingSlashRedirect: true,

  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(phase) }];
  },

  async rewrites() {
    return [
      {
        // First-party analytics: posthog-js posts to the shop's own origin, and the
        // backend's PostHog-compatible endpoint receives it.
        source: "/ingest/:path*",
        destination: `${backendUrl.origin}${backendUrl.pathname.replace(/\/$/, "")}/ingest/:path*`,
      },
    ];
  },

  images: {
    remotePatterns: [
      {
        protocol: backendUrl.protocol === "https:" ? "https" : "http",
        hostname: backendUrl.hostname,
        port: backendUrl.port,
        pathname: "/static/**",
      },
    ],
    // The backend usually sits on a private address (localhost, a class server,
    // a Docker network), which Next refuses to fetch from by default. The only
    // remote host allowed above is that backend, so this does not open the
    // optimiser to the rest of the network.
    dangerouslyAllowLocalIP: true,
  },
});

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

export default (phase: string): NextConfig => withNextIntl(nextConfig(phase));
