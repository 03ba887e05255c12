import { revalidateTag } from "next/cache";
import {
  isValidRevalidationSignature,
  resolveRevalidateSecret,
  REVALIDATE_SIGNATURE_HEADER,
} from "@/lib/revalidate-signature";
import { revalidateBody } from "./validators";

export const runtime = "nodejs";

/** A webhook body is a short list of tags; anything bigger is not ours. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * Called by the backend when a product, collection or shop setting changes.
 * The signature is checked on the raw bytes, before anything is parsed.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = resolveRevalidateSecret(process.env.REVALIDATE_SECRET, process.env.NODE_ENV);
  if (!secret) {
    console.error("[storefront] REVALIDATE_SECRET is not set: revalidation refused");
    return Response.json({ error: "revalidation_not_configured" }, { status: 503 });
  }

  const declaredLength = Number(request.headers.get("content-length") ?? 0);
  if (declaredLength > MAX_BODY_BYTES) {
    return Response.json({ error: "body_too_large" }, { status: 413 });
  }
  const rawBody = await request.text();
  if (Buffer.byteLength(rawBody, "utf8") > MAX_BODY_BYTES) {
    return Response.json({ error: "body_too_large" }, { status: 413 });
  }
  if (!isValidRevalidationSignature(rawBody, request.headers.get(REVALIDATE_SIGNATURE_HEADER), secret)) {
    return Response.json({ error: "invalid_signature" }, { status: 401 });
  }

  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return Response.json({ error: "invalid_json" }, { status: 400 });
  }
  const parsed = revalidateBody.safeParse(json);
  if (!parsed.success) {
    return Response.json({ error: "invalid_body", issues: parsed.error.issues }, { status: 400 });
  }

  const tags = [...new Set(parsed.data.tags)];
  for (const tag of tags) {
    // Expire at once rather than serve stale: a student who edits a product
    // expects to see the change on the next page view.
    revalidateTag(tag, { expire: 0 });
  }
  return Response.json({ revalidated: tags });
}
