import { handleCapture } from "../handle-capture"

/** PostHog's single-event endpoint, for hand-written calls. */
export const POST = handleCapture
