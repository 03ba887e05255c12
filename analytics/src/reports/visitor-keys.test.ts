import { describe, expect, it } from 'vitest'
import { compactParams } from './sql'
import { REFRESH_ROLLUPS_SQL } from './rollup'
import { VISITOR_KEY_IDS, perKeySql, prevColumn, previousVisit } from './visitor-keys'

// The SQL itself is proven against Postgres (backend integration-tests/http/statistics-rollups.spec.ts
// and statistics.spec.ts); these check how it is put together.
describe('visitor keys', () => {
  it('read the links among all visits only when simulated traffic is included', () => {
    expect(previousVisit('device')).toBe(
      "COALESCE(CASE WHEN $3::boolean THEN s.prev_device_at ELSE s.prev_device_real_at END, '-infinity'::timestamptz)"
    )
  })

  it('group once per key and keep each grouping its own visitor count', () => {
    const sql = perKeySql(['device', 'os'], 'sessions s')
    expect(sql).toContain('GROUPING SETS ((k_device), (k_os))')
    expect(sql).toContain("WHEN GROUPING(k_os) = 0 THEN count(*) FILTER (WHERE p_os < $1::timestamptz)")
    expect(sql).toContain("COALESCE(s.device_type, 'unknown') AS k_device")
  })

  it('are all maintained by the rollup refresh, which uses no parameter beyond the watermark', () => {
    for (const key of VISITOR_KEY_IDS) {
      expect(REFRESH_ROLLUPS_SQL).toContain(`AS ${prevColumn(key, false)}`)
      expect(REFRESH_ROLLUPS_SQL).toContain(`AS ${prevColumn(key, true)}`)
    }
    expect(compactParams(REFRESH_ROLLUPS_SQL, ['-infinity']).params).toEqual(['-infinity'])
  })
})
