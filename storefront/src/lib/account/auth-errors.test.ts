import { describe, expect, it } from "vitest";
import { authRefusalFromMessage } from "./auth-errors";

describe("authRefusalFromMessage", () => {
  it.each([
    ["Identity with email already exists", "email_taken"],
    ["Customer with email lea@exemple.fr already has an account.", "email_taken"],
    ["Invalid email or password", "wrong_credentials"],
    ["Unauthorized", "wrong_credentials"],
    ["Something else", "refused"],
  ])("%s → %s", (message, reason) => {
    expect(authRefusalFromMessage(message)).toBe(reason);
  });
});
