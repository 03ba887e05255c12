import { handleCapture } from "../../../handle-capture"

/** The capture endpoint the remote config names (remote-config.ts). */
export const POST = handleCapture
