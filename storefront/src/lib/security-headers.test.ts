import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildSecurityHeaders } from "./security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("Content-Security-Policy", () => {
  const production = directives(
    buildContentSecurityPolicy({ development: false, backendOrigin: "http://localhost:9000", analyticsOrigin: null }),
  );

  it("forbids framing, plugins and foreign form targets", () => {
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
    expect(production.get("base-uri")).toEqual(["'self'"]);
  });

  it("lets posthog-js post to the shop itself, and nowhere else by default", () => {
    expect(production.get("connect-src")).toEqual(["'self'"]);
    expect(production.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("allows a configured PostHog host, and dev tooling only in development", () => {
    const withPosthog = directives(
      buildContentSecurityPolicy({ development: true, backendOrigin: "http://b", analyticsOrigin: "https://eu.i.posthog.com" }),
    );
    expect(withPosthog.get("connect-src")).toContain("https://eu.i.posthog.com");
    expect(withPosthog.get("script-src")).toContain("'unsafe-eval'");
  });

  it("allows product photos from the backend", () => {
    expect(production.get("img-src")).toContain("http://localhost:9000");
  });
});

describe("buildSecurityHeaders", () => {
  it("sends nosniff, a referrer policy and the anti-framing header", () => {
    const headers = new Map(
      buildSecurityHeaders({ development: false, backendOrigin: "http://b", analyticsOrigin: null }).map((h) => [h.key, h.value]),
    );
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
  });
});
