/**
 * Runs `step` when the browser has nothing more urgent to do (after input, loading and painting),
 * or after `timeout` ms at the latest, with the idle period's deadline; where there is no
 * requestIdleCallback (jsdom, older Safari), on the next macrotask without one. Returns a cancel
 * function.
 */
export function whenIdle(step: (deadline?: IdleDeadline) => void, timeout = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(step, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => step());
  return () => clearTimeout(handle);
}
