// The room of the day's previous / next links (digest-pager.tsx), shared with
// what stands in for them until their chunk and the site index are in: a
// phone stacks the three, a wider screen lines them up. A placeholder of one
// row (64 px) let a phone's footer move down 134 px when they came.

/** One link: a line of text-xs and one of text-base (3 rem), py-2, and a 1 px border above and below. */
export const PAGER_END_HEIGHT = 'min-h-[calc(3.5rem+2px)]'

/** Three links and two gap-3 between them on a phone, one row from `sm`, under mt-10. */
export const PAGER_PLACEHOLDER = 'mt-10 min-h-[calc(12rem+6px)] sm:min-h-[calc(3.5rem+2px)]'
