import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react'
import { applyReadingSettings } from '../../lib/storage/apply-reading-settings'
import {
  LINE_WIDTHS,
  type LineWidth,
  TEXT_SIZES,
  type TextSize,
} from '../../lib/storage/reading-settings-schema'
import { useReadingSettings, useReadingSettingsStore } from '../../lib/storage/use-reading-settings'
import { toolbarButtonClass } from './toolbar-button-styles'

const SIZE_LABELS: Record<TextSize, string> = {
  s: 'Small',
  m: 'Medium',
  l: 'Large',
  xl: 'Largest',
}
const WIDTH_LABELS: Record<LineWidth, string> = {
  narrow: 'Narrow',
  medium: 'Medium',
  wide: 'Wide',
}

const optionClass =
  'flex min-h-10 flex-1 cursor-pointer items-center justify-center whitespace-nowrap rounded-md px-2 text-sm font-medium text-stone-700 hover:bg-stone-100 has-[:checked]:bg-teal-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-teal-600 dark:text-stone-200 dark:hover:bg-stone-800 dark:has-[:checked]:bg-teal-400 dark:has-[:checked]:text-stone-950'

/** The toggle of "Reading settings"; the panel is rendered by the page under its toolbar. */
export function useReadingSettingsDisclosure() {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  // Escape, on the button or in the panel: closed, with focus on the button.
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return
    event.preventDefault()
    setOpen(false)
    buttonRef.current?.focus()
  }
  return { open, setOpen, panelId, buttonRef, onKeyDown }
}

type Disclosure = ReturnType<typeof useReadingSettingsDisclosure>

export function ReadingSettingsButton({ disclosure }: { disclosure: Disclosure }) {
  const { open, setOpen, panelId, buttonRef, onKeyDown } = disclosure
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      onClick={() => setOpen(!open)}
      // Opened with Enter or Space, focus is still here: Escape must close it from here too.
      onKeyDown={onKeyDown}
      className={toolbarButtonClass()}
    >
      {/* In the button's own font and size: a serif or a smaller "a" here was
          a font of its own on the first screen (decision 0008, "one font
          family" and "five fonts"). */}
      <span aria-hidden="true" className="leading-none">
        Aa
      </span>
      Reading settings
    </button>
  )
}

/**
 * Text size, line width and "mark read when I reach the end": stored in the
 * validated reading-settings record and applied to <html> at once, so every
 * page follows them (the site header applies them on load, see
 * apply-reading-settings.ts). A disclosure under the toolbar, not a modal:
 * Escape closes it and returns focus to its button. Rendered only while
 * open: a closed panel is never seen, and every element of a prerendered
 * page costs its first style and layout (docs/decisions/0008).
 */
export function ReadingSettingsPanel({ disclosure }: { disclosure: Disclosure }) {
  return disclosure.open ? <OpenReadingSettingsPanel disclosure={disclosure} /> : null
}

function OpenReadingSettingsPanel({ disclosure }: { disclosure: Disclosure }) {
  const { panelId, onKeyDown } = disclosure
  const store = useReadingSettingsStore()
  const { value } = useReadingSettings()
  const { textSize, lineWidth } = value

  // This tab's choice applies at once (the header follows storage, which may be unavailable).
  useLayoutEffect(() => {
    applyReadingSettings({ textSize, lineWidth })
  }, [textSize, lineWidth])

  return (
    <section
      id={panelId}
      aria-labelledby={`${panelId}-title`}
      onKeyDown={onKeyDown}
      className="mt-3 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900"
    >
      <h2 id={`${panelId}-title`} className="text-base font-semibold">
        Reading settings
      </h2>
      <div className="mt-2 grid gap-3 md:grid-cols-2 lg:grid-cols-1">
        <fieldset>
          <legend className="text-sm font-medium text-stone-600 dark:text-stone-400">
            Text size
          </legend>
          <div className="mt-1.5 flex gap-1 rounded-lg border border-stone-200 p-1 dark:border-stone-700">
            {TEXT_SIZES.map((size) => (
              <label key={size} className={optionClass}>
                <input
                  type="radio"
                  name={`${panelId}-text-size`}
                  value={size}
                  checked={textSize === size}
                  onChange={() => store.set({ textSize: size })}
                  className="sr-only"
                />
                {SIZE_LABELS[size]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium text-stone-600 dark:text-stone-400">
            Line width
          </legend>
          <div className="mt-1.5 flex gap-1 rounded-lg border border-stone-200 p-1 dark:border-stone-700">
            {LINE_WIDTHS.map((width) => (
              <label key={width} className={optionClass}>
                <input
                  type="radio"
                  name={`${panelId}-line-width`}
                  value={width}
                  checked={lineWidth === width}
                  onChange={() => store.set({ lineWidth: width })}
                  className="sr-only"
                />
                {WIDTH_LABELS[width]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <label className="mt-4 flex min-h-10 cursor-pointer items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={value.markReadAtEnd}
          onChange={(event) => store.set({ markReadAtEnd: event.currentTarget.checked })}
          className="size-4 shrink-0 accent-teal-700"
        />
        Mark an episode read when I reach its end
      </label>
      <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
        Saved in this browser; text size and line width apply on every page.
      </p>
    </section>
  )
}
