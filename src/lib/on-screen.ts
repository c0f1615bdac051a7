/** Whether any part of `element` is within the window's height (not scrolled above or below it). */
export function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect()
  return box.bottom > 0 && box.top < window.innerHeight
}
