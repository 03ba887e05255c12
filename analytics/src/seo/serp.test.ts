import { describe, expect, it } from 'vitest'
import { serpPreview } from './serp'

describe('serpPreview', () => {
  it('keeps short texts whole and shows the URL as Google does', () => {
    expect(serpPreview({ title: 'Théière en fonte', description: 'Une belle  théière.', url: 'https://www.boutique.test/produits/theiere?x=1' }))
      .toEqual({ title: 'Théière en fonte', description: 'Une belle théière.', url: 'boutique.test › produits › theiere', titleTruncated: false, descriptionTruncated: false })
  })

  it('shows HTML typed in a title or description as the text it is (the storefront escapes it)', () => {
    const preview = serpPreview({ title: '<b>Théière</b> en fonte', description: '</script><img src=x>', url: null })
    expect(preview.title).toBe('<b>Théière</b> en fonte')
    expect(preview.description).toBe('</script><img src=x>')
  })

  it('cuts long texts on a word boundary with an ellipsis', () => {
    const preview = serpPreview({ title: 'Théière en fonte émaillée noire de 0,8 litre avec filtre inox et dessous de plat', description: 'mot '.repeat(60), url: null })
    expect(preview.titleTruncated).toBe(true)
    expect(preview.title).toBe('Théière en fonte émaillée noire de 0,8 litre avec filtre…')
    expect([...preview.title].length).toBeLessThanOrEqual(60)
    expect(preview.descriptionTruncated).toBe(true)
    expect(preview.description.endsWith('mot…')).toBe(true)
    expect([...preview.description].length).toBeLessThanOrEqual(160)
  })
})
