/**
 * What the ingest answers to posthog-js's configuration calls. posthog-js asks a PostHog
 * server for its project's settings and feature flags; Comptoir has no PostHog project, so it
 * answers "nothing enabled": no surveys, recordings, heatmaps, exception capture or flags, so the
 * real library never errors and never tries to load extra scripts. Events go to `/i/v0/e/`
 * (the endpoint PostHog itself names) compressed with gzip, which the ingest detects.
 */
export const REMOTE_CONFIG = Object.freeze({
  supportedCompression: ["gzip-js", "base64"],
  analytics: { endpoint: "/i/v0/e/" },
  autocapture_opt_out: false,
  autocaptureExceptions: false,
  errorTracking: { autocaptureExceptions: false },
  capturePerformance: false,
  captureDeadClicks: false,
  heatmaps: false,
  sessionRecording: false,
  surveys: false,
  productTours: false,
  conversations: false,
  logs: { captureConsoleLogs: false },
  siteApps: [],
  toolbarParams: {},
  isAuthenticated: false,
  elementsChainAsString: true,
  hasFeatureFlags: false,
  defaultIdentifiedOnly: true,
})

/** `/flags/?v=2` (and the v1 keys older clients read): no flag is ever on. */
export function flagsResponse(requestId: string) {
  return {
    flags: {},
    featureFlags: {},
    featureFlagPayloads: {},
    errorsWhileComputingFlags: false,
    quotaLimited: [],
    requestId,
  }
}

/** The legacy `/decide/` answer: the configuration and the (empty) flags in one object. */
export function decideResponse(requestId: string) {
  return {
    ...REMOTE_CONFIG,
    ...flagsResponse(requestId),
    config: { enable_collect_everything: false },
  }
}

/** Project tokens are short identifiers (`phc_…`); anything else is refused before use. */
export const PROJECT_TOKEN = /^[A-Za-z0-9_-]{1,200}$/

/**
 * `array/<token>/config.js`: the script form, which posthog-js loads when it may load external
 * scripts. The token comes from the URL, so it is checked against PROJECT_TOKEN by the caller
 * and serialised by JSON.stringify, never pasted as text.
 */
export function remoteConfigScript(token: string): string {
  const payload = JSON.stringify({ config: { ...REMOTE_CONFIG, token }, siteApps: [] })
  return (
    "(function(){window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{};" +
    `window._POSTHOG_REMOTE_CONFIG[${JSON.stringify(token)}]=${payload};})();\n`
  )
}
