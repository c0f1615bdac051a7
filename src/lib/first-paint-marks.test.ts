// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { releaseFirstPaintMark } from './first-paint-marks'

describe('releaseFirstPaintMark', () => {
  it('lets one mark go and leaves the others', () => {
    const root = document.createElement('html')
    root.dataset.continueCard = ''
    root.dataset.continueOffer = ''
    root.dataset.keyPointsFirst = ''
    releaseFirstPaintMark('continueCard', root)
    expect(root.hasAttribute('data-continue-card')).toBe(false)
    expect(root.hasAttribute('data-continue-offer')).toBe(true)
    releaseFirstPaintMark('keyPointsFirst', root)
    expect(root.hasAttribute('data-key-points-first')).toBe(false)
    expect(root.hasAttribute('data-continue-offer')).toBe(true)
  })
})
