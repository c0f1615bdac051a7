// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Subsection } from '../../schema/digest'
import { CollapsibleSection, EMPTY_SECTION_MESSAGE } from './collapsible-section'

afterEach(cleanup)

const myth: Subsection = {
  id: 'the-6-million-myth-debunked',
  number: '7',
  emoji: '💰',
  emojiLabel: 'money bag',
  title: 'The $6 Million Myth Debunked',
  bullets: ['The $6 million covers only the final training run.'],
}

function Harness({
  section = myth,
  initiallyExpanded = false,
  withChild = false,
}: {
  section?: Subsection
  initiallyExpanded?: boolean
  withChild?: boolean
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    new Set(initiallyExpanded ? [section.id, 'funding'] : ['funding']),
  )
  const change = (id: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current)
      if (open) next.add(id)
      else next.delete(id)
      return next
    })
  return (
    <CollapsibleSection
      section={section}
      level={2}
      expanded={expanded.has(section.id)}
      onExpandedChange={change}
      actions={<button type="button">Copy link to {section.title}</button>}
    >
      {withChild ? (
        <CollapsibleSection
          section={{
            ...myth,
            id: 'funding',
            number: '7.1',
            emoji: null,
            emojiLabel: null,
            title: 'Funding and Training Costs',
            bullets: [],
          }}
          level={3}
          expanded={expanded.has('funding')}
          onExpandedChange={change}
        />
      ) : null}
    </CollapsibleSection>
  )
}

describe('CollapsibleSection', () => {
  it('is a heading holding a disclosure button named after the section', () => {
    render(<Harness />)
    const heading = screen.getByRole('heading', { level: 2 })
    const button = screen.getByRole('button', { name: '7. money bag The $6 Million Myth Debunked' })
    expect(heading.contains(button)).toBe(true)
    expect(button.getAttribute('aria-expanded')).toBe('false')
    const body = document.getElementById(button.getAttribute('aria-controls') ?? '')
    expect(body).not.toBeNull()
    expect(body?.contains(screen.getByText(/final training run/))).toBe(true)
  })

  it('toggles aria-expanded and keeps a collapsed body findable (hidden="until-found")', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    const button = screen.getByRole('button', { name: /Myth Debunked/, expanded: false })
    const body = document.getElementById(button.getAttribute('aria-controls') ?? '')
    expect(body?.getAttribute('hidden')).toBe('until-found')

    await user.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(body?.hasAttribute('hidden')).toBe(false)

    button.focus()
    await user.keyboard('{Enter}')
    expect(button.getAttribute('aria-expanded')).toBe('false')
    await user.keyboard(' ')
    expect(button.getAttribute('aria-expanded')).toBe('true')
  })

  it('opens when find-in-page reveals its text (beforematch)', () => {
    render(<Harness />)
    const button = screen.getByRole('button', { name: /Myth Debunked/, expanded: false })
    const body = document.getElementById(button.getAttribute('aria-controls') ?? '')
    act(() => {
      body?.dispatchEvent(new Event('beforematch'))
    })
    expect(button.getAttribute('aria-expanded')).toBe('true')
  })

  it('says quietly that a part without bullets has no details', () => {
    render(<Harness section={{ ...myth, bullets: [] }} initiallyExpanded />)
    expect(screen.getByText(EMPTY_SECTION_MESSAGE)).toBeTruthy()
    expect(screen.queryByRole('list')).toBeNull()
  })

  it('puts sub-sections (h3) inside the section, and only they carry the empty message', () => {
    render(<Harness section={{ ...myth, bullets: [] }} initiallyExpanded withChild />)
    const sub = screen.getByRole('heading', { level: 3, name: /Funding and Training Costs/ })
    const sectionBody = document.getElementById(`${myth.id}-body`)
    expect(sectionBody?.contains(sub)).toBe(true)
    expect(screen.getAllByText(EMPTY_SECTION_MESSAGE)).toHaveLength(1)
    expect(document.getElementById('funding-body')?.textContent).toContain(EMPTY_SECTION_MESSAGE)
  })

  it('names a labelled emoji as an image and hides an unlabelled one', () => {
    const { unmount } = render(<Harness />)
    const emoji = screen.getByRole('img', { name: 'money bag' })
    expect(emoji.textContent).toBe('💰')
    expect(screen.getByRole('button', { name: /^7\. money bag The/ })).toBeTruthy()
    unmount()

    render(<Harness section={{ ...myth, emojiLabel: null }} />)
    expect(screen.queryByRole('img')).toBeNull()
    const hidden = screen.getByText('💰')
    expect(hidden.getAttribute('aria-hidden')).toBe('true')
    const button = screen.getByRole('button', { name: '7. The $6 Million Myth Debunked' })
    expect(button.textContent).toContain('💰')
    // The accessible name skips the hidden emoji.
    expect(screen.queryByRole('button', { name: /💰/ })).toBeNull()
  })

  it('keeps the actions outside the toggle button', () => {
    render(<Harness />)
    const toggle = screen.getByRole('button', { name: /^7\. money bag The \$6 Million/ })
    const copy = screen.getByRole('button', { name: 'Copy link to The $6 Million Myth Debunked' })
    expect(toggle.contains(copy)).toBe(false)
  })
})
