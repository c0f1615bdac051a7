import { UNREAD_PARAM, useUnreadFilter } from '../../components/url-filters'

/** The "Unread only" checkbox beside the podcast filter (`?unread=1`). */
export function UnreadFilter() {
  const [unreadOnly, setUnreadOnly] = useUnreadFilter()
  return (
    <label className="flex min-h-10 cursor-pointer items-center gap-2 noscript:hidden text-sm font-medium text-stone-600 dark:text-stone-300">
      <input
        type="checkbox"
        name={UNREAD_PARAM}
        value="1"
        checked={unreadOnly}
        onChange={(event) => setUnreadOnly(event.currentTarget.checked)}
        className="size-4 accent-teal-700"
      />
      Unread only
    </label>
  )
}
