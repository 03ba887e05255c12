import { describe, expect, it } from 'vitest'
import { emptyCampaign, hasCampaign, mergeCampaign, readCampaignFromProperties, readCampaignFromSearch } from './utm'

describe('readCampaignFromSearch', () => {
  it('reads and lower-cases UTM values, keeps click ids as sent', () => {
    expect(
      readCampaignFromSearch('?utm_source=Facebook&utm_medium=CPC&utm_campaign=Soldes%20Hiver&utm_term=T-Shirt&utm_content=Bleu&fbclid=IwAR0Ab'),
    ).toEqual({
      utm_source: 'facebook',
      utm_medium: 'cpc',
      utm_campaign: 'soldes hiver',
      utm_term: 't-shirt',
      utm_content: 'bleu',
      click_id: 'IwAR0Ab',
      click_id_type: 'fbclid',
    })
  })

  it('prefers search click ids when a URL carries several', () => {
    expect(readCampaignFromSearch('fbclid=a&gclid=b').click_id_type).toBe('gclid')
    expect(readCampaignFromSearch(new URLSearchParams('msclkid=m')).click_id).toBe('m')
  })

  it('trims, drops empty values and bounds lengths', () => {
    const campaign = readCampaignFromSearch(`utm_source=%20%20&utm_campaign=${'a'.repeat(500)}`)
    expect(campaign.utm_source).toBeNull()
    expect(campaign.utm_campaign?.length).toBe(200)
  })
})

describe('readCampaignFromProperties', () => {
  it('reads posthog-js properties', () => {
    const campaign = readCampaignFromProperties({ utm_source: 'Qwant', gclid: 'g1', utm_medium: 12 })
    expect(campaign).toMatchObject({ utm_source: 'qwant', utm_medium: '12', click_id: 'g1', click_id_type: 'gclid' })
  })

  it('reads the $session_entry_ copies when asked', () => {
    const properties = { utm_source: 'now', $session_entry_utm_source: 'Entry', $session_entry_ttclid: 't' }
    expect(readCampaignFromProperties(properties, true)).toMatchObject({ utm_source: 'entry', click_id_type: 'ttclid' })
    expect(readCampaignFromProperties(properties).utm_source).toBe('now')
  })

  it('ignores values of the wrong type', () => {
    expect(readCampaignFromProperties({ utm_source: ['a'], gclid: {} })).toEqual(emptyCampaign())
  })
})

describe('mergeCampaign and hasCampaign', () => {
  it('fills gaps key by key and never overwrites', () => {
    const primary = { ...emptyCampaign(), utm_source: 'a' }
    const fallback = { ...emptyCampaign(), utm_source: 'b', utm_medium: 'm', click_id: 'c', click_id_type: 'gclid' as const }
    expect(mergeCampaign(primary, fallback)).toMatchObject({ utm_source: 'a', utm_medium: 'm', click_id: 'c' })
    expect(hasCampaign(emptyCampaign())).toBe(false)
    expect(hasCampaign({ ...emptyCampaign(), utm_term: 't' })).toBe(true)
  })
})
