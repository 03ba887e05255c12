import { FetchError } from "@medusajs/js-sdk";

/**
 * The backend could not answer a read: it is stopped, unreachable, too slow,
 * or answered with an error. Pages catch it to show a friendly message
 * instead of a 500.
 */
export class BackendUnavailableError extends Error {
  override readonly name = "BackendUnavailableError";
  /** HTTP status the backend answered with, when it answered at all. */
  readonly status: number | null;

  constructor(message: string, options: { cause?: unknown; status?: number | null } = {}) {
    super(message, { cause: options.cause });
    this.status = options.status ?? null;
  }
}

export function isBackendUnavailable(error: unknown): error is BackendUnavailableError {
  return error instanceof BackendUnavailableError;
}

/** Wraps any failure of a backend call, keeping the HTTP status when there is one. */
export function toBackendUnavailable(path: string, error: unknown): BackendUnavailableError {
  if (error instanceof BackendUnavailableError) return error;
  const status = error instanceof FetchError ? error.status : null;
  const reason = error instanceof Error ? error.message : String(error);
  return new BackendUnavailableError(
    `Medusa backend request ${path} failed${status ? ` (HTTP ${status})` : ""}: ${reason}`,
    { cause: error, status },
  );
}
