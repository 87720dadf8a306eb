import { announce, clientMessages, freshCopy } from './page.js';

/**
 * The board and an open recommendation follow the SSE feed from the position the page was read at: when someone
 * else changes what is shown, its live regions are replaced with the server's fresh rendering.
 */
export function followFeed(): void {
  const regions = Array.from(document.querySelectorAll<HTMLElement>('[data-live]'));
  const anchor = regions.find((region) => region.dataset.position !== undefined);
  if (!anchor || typeof EventSource === 'undefined') return;
  const watched = anchor.dataset.recommendationId;
  const source = new EventSource(`/feed?after=${encodeURIComponent(anchor.dataset.position ?? '0')}`);
  let pending: number | undefined;
  source.addEventListener('recommendation', (message) => {
    const event = JSON.parse((message as MessageEvent<string>).data) as { recommendationId: string };
    if (watched !== undefined && event.recommendationId !== watched) return;
    window.clearTimeout(pending);
    pending = window.setTimeout(() => void refresh(), 300);
  });
}

/** Swaps each live region; a region holding the user's unsent input is left alone (its form's If-Match will tell). */
async function refresh(): Promise<void> {
  const fresh = await freshCopy();
  let changed = false;
  for (const region of Array.from(document.querySelectorAll<HTMLElement>('[data-live]'))) {
    const replacement = fresh.querySelector<HTMLElement>(
      `[data-live="${CSS.escape(region.dataset.live ?? '')}"]`,
    );
    if (!replacement || region.contains(document.activeElement) || region.querySelector('details[open]'))
      continue;
    region.replaceWith(document.importNode(replacement, true));
    changed = true;
  }
  if (changed) announce(clientMessages().updated);
  document.dispatchEvent(new CustomEvent('rfu:updated'));
}
