/** What the server put in the page for its scripts: the CSRF token and the messages in the page's language. */
export interface ClientMessages {
  changedElsewhere: string;
  reload: string;
  loading: string;
  updated: string;
  networkError: string;
}

export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

export function clientMessages(): ClientMessages {
  const island = document.getElementById('client-messages');
  return JSON.parse(island?.textContent ?? '{}') as ClientMessages;
}

/** Tells screen-reader users what changed, through the page's polite live region. */
export function announce(text: string): void {
  const region = document.getElementById('live-status');
  if (region) region.textContent = text;
}

/** The same page fetched again, parsed, for its live regions to be swapped in. */
export async function freshCopy(): Promise<Document> {
  const response = await fetch(location.href, {
    headers: { Accept: 'text/html' },
    credentials: 'same-origin',
  });
  if (response.redirected && new URL(response.url).pathname.startsWith('/app/sign-in')) location.reload();
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}
