import { describe, expect, it } from "vitest";
import {
  DEV_REVALIDATE_SECRET,
  isValidRevalidationSignature,
  resolveRevalidateSecret,
  signRevalidationBody,
} from "./revalidate-signature";

const secret = "test-secret";
const body = JSON.stringify({ tags: ["products"] });

describe("signRevalidationBody", () => {
  it("is the lowercase hex HMAC-SHA256 of the body", () => {
    // Reference computed with: printf '%s' '{"tags":["products"]}' | openssl dgst -sha256 -hmac test-secret
    expect(signRevalidationBody(body, secret)).toBe(
      "8db4cb71f39b01c13f3db3b7f0eef97ff3f118ee03357ed5ccdb50160c577611",
    );
  });
});

describe("isValidRevalidationSignature", () => {
  const signature = signRevalidationBody(body, secret);

  it("accepts the signature of the exact body", () => {
    expect(isValidRevalidationSignature(body, signature, secret)).toBe(true);
  });

  it("accepts an uppercase hex signature", () => {
    expect(isValidRevalidationSignature(body, signature.toUpperCase(), secret)).toBe(true);
  });

  it("rejects a body changed after signing", () => {
    const tampered = JSON.stringify({ tags: ["products", "collections"] });
    expect(isValidRevalidationSignature(tampered, signature, secret)).toBe(false);
  });

  it("rejects a signature made with another secret", () => {
    const other = signRevalidationBody(body, "other-secret");
    expect(isValidRevalidationSignature(body, other, secret)).toBe(false);
  });

  it.each([
    ["missing", null],
    ["empty", ""],
    ["not hex", "z".repeat(64)],
    ["too short", signature.slice(0, 63)],
    ["too long", `${signature}00`],
    ["prefixed", `sha256=${signature}`],
  ])("rejects a %s signature", (_label, value) => {
    expect(isValidRevalidationSignature(body, value, secret)).toBe(false);
  });

  it("rejects everything when the secret is empty", () => {
    expect(isValidRevalidationSignature(body, signRevalidationBody(body, ""), "")).toBe(false);
  });
});

describe("resolveRevalidateSecret", () => {
  it("uses the configured secret", () => {
    expect(resolveRevalidateSecret("s3cret", "production")).toBe("s3cret");
    expect(resolveRevalidateSecret("s3cret", "development")).toBe("s3cret");
  });

  it("falls back to the development secret outside production", () => {
    expect(resolveRevalidateSecret(undefined, "development")).toBe(DEV_REVALIDATE_SECRET);
    expect(resolveRevalidateSecret("", "test")).toBe(DEV_REVALIDATE_SECRET);
  });

  it("refuses to revalidate in production without a secret", () => {
    expect(resolveRevalidateSecret(undefined, "production")).toBeNull();
    expect(resolveRevalidateSecret("", "production")).toBeNull();
  });
});
