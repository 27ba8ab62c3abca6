// Full domain knowledge, loaded on demand: email-providers' full free-mail list (~44 KB gzip) and
// the ICANN section of the public-suffix list (tldts-icann, ~31 KB gzip). Dynamic import() lets
// webpack split both into a chunk that the first screen and the send-time handler do not load.
import commonFreeMail from 'email-providers/common.json';
import { createDomainKnowledge, type DomainKnowledge } from './domains';

let loading: Promise<DomainKnowledge> | null = null;

function listOf(mod: unknown): string[] {
  const value = (mod as { default?: unknown })?.default ?? mod;
  return Array.isArray(value) ? (value as string[]) : [];
}

/** The full free-mail list plus the public-suffix list. Loaded once; later calls share the promise. */
export function loadFullDomainKnowledge(): Promise<DomainKnowledge> {
  if (loading === null) {
    loading = Promise.all([import('tldts-icann'), import('email-providers/all.json')]).then(
      ([tldts, all]) => {
        const getDomain = (host: string): string | null =>
          tldts.getDomain(host, { allowPrivateDomains: false });
        return createDomainKnowledge({
          freeMailDomains: [...(commonFreeMail as string[]), ...listOf(all)],
          getDomain,
        });
      },
    );
    // Let a failed load (offline chunk, CSP) be retried by the next call.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
