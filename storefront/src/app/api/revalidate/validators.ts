import { z } from "zod";

/** Body of the backend's revalidation webhook. Tags are bounded like Next's own limit (256). */
export const revalidateBody = z.object({
  tags: z.array(z.string().min(1).max(256)).min(1).max(64),
});

export type RevalidateBody = z.infer<typeof revalidateBody>;
