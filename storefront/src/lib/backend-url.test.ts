import { describe, expect, it } from "vitest";
import { DEFAULT_MEDUSA_BACKEND_URL, getMedusaBackendUrl, isBackendUrl } from "./backend-url";

describe("getMedusaBackendUrl", () => {
  it("defaults to the local backend", () => {
    expect(getMedusaBackendUrl({})).toBe(DEFAULT_MEDUSA_BACKEND_URL);
    expect(getMedusaBackendUrl({ MEDUSA_BACKEND_URL: "  " })).toBe(DEFAULT_MEDUSA_BACKEND_URL);
  });

  it("uses the configured URL without trailing slashes", () => {
    expect(getMedusaBackendUrl({ MEDUSA_BACKEND_URL: "http://backend:9000//" })).toBe(
      "http://backend:9000",
    );
  });
});

describe("isBackendUrl", () => {
  const backend = "http://localhost:9000";

  it("recognises uploads served by the backend", () => {
    expect(isBackendUrl("http://localhost:9000/static/mug.jpg", backend)).toBe(true);
  });

  it("rejects other hosts, ports and relative paths", () => {
    expect(isBackendUrl("https://cdn.example.com/mug.jpg", backend)).toBe(false);
    expect(isBackendUrl("http://localhost:9001/static/mug.jpg", backend)).toBe(false);
    expect(isBackendUrl("/static/mug.jpg", backend)).toBe(false);
  });
});
