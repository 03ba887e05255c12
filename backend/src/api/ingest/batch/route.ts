import { handleCapture } from "../handle-capture"

/** PostHog's batch endpoint, used by server-side libraries and imports (the simulator). */
export const POST = handleCapture
