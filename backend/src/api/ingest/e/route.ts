import { handleCapture } from "../handle-capture"

/** posthog-js's default capture endpoint, before the remote config names `/i/v0/e/`. */
export const POST = handleCapture
