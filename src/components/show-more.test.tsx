// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ShowMoreButton } from './show-more'

afterEach(cleanup)

describe('ShowMoreButton', () => {
  it('says how many are left with digits grouped, as the pages write their counts', () => {
    // A podcast of twenty years of daily digests has thousands of episodes.
    render(
      <ShowMoreButton
        action="Show older episodes"
        more={1234}
        onMore={() => {}}
        list={createRef()}
        shown={100}
      />,
    )
    expect(screen.getByRole('button', { name: 'Show older episodes (1,234 more)' })).toBeTruthy()
  })
})
