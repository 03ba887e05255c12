import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { getMedusaBackendUrl } from "./src/lib/backend-url";

// Read when the config loads: `next build` bakes the rewrites below into the
// build, so a different backend address needs a rebuild (images follow `next start`).
const backendUrl = new URL(getMedusaBackendUrl());

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The shop is never framed (clickjacking): old browsers read the first header, new ones the second.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `standalone` is opt-in, for the Docker image: `npm start` runs `next start`.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,

  // posthog-js posts to `/ingest/e/`, `/ingest/i/v0/e/`…: the trailing-slash
  // redirect would bounce those POSTs instead of forwarding them.
  skipTrailingSlashRedirect: true,

  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
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
};

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

export default withNextIntl(nextConfig);
