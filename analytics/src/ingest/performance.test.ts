import { describe, expect, it } from 'vitest'
import { FIXED_NOW, browserEvent, envelope, gzipBody } from '../test-helpers/posthog'
import { normaliseCapture } from './normalise'

// Not a benchmark: a guard against accidental quadratic work (per-event regex compilation,
// re-stringifying, scanning the batch per event). On the 2-core school server 5000 events take
// about 0.2 s; the bound leaves room for a loaded CI machine.
describe('normaliseCapture throughput', () => {
  it('normalises a gzip batch of 5000 posthog-js events in well under 3 seconds', () => {
    const batch = Array.from({ length: 5000 }, (_, i) =>
      browserEvent(i % 3 === 0 ? 'product_viewed' : '$pageview', {
        $session_id: `session-${i % 300}`,
        $session_entry_url: `http://localhost:8000/fr?utm_source=Qwant&visit=${i % 300}`,
        product_id: `prod_${i}`,
        $elements_chain: 'a:nth-child(1)'.repeat(40),
      }),
    )
    const body = gzipBody(envelope(batch))
    const started = performance.now()
    const result = normaliseCapture({ body }, { now: FIXED_NOW })
    const elapsed = performance.now() - started
    expect(result.ok ? result.events.length : result.reason).toBe(5000)
    expect(elapsed).toBeLessThan(3000)
  })
})
