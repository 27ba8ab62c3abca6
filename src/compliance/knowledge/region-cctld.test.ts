import { say } from '../catalogue/say';
import { suggestRegion } from './region-suggest';
import { regionForHostTld, suggestRegionFromAddress } from './region-cctld';

const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
const allTwoLetterTlds = letters.flatMap((a) => letters.map((b) => a + b));

describe('the slim ccTLD table of the send-time handler', () => {
  it('agrees with region-suggest.ts (countries-list continents + corrections) on every two-letter TLD', () => {
    const disagreements = allTwoLetterTlds.filter((tld) => {
      const full = suggestRegion({ senderAddress: `jane@mycompany.${tld}`, timeZone: '' })?.region ?? null;
      return full !== regionForHostTld(`mycompany.${tld}`);
    });
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['r.tanaka@contoso.co.jp', 'japan'],
    ['jane@uk.mycompany.co.uk', 'emea'],
    ['a@b.com.au', 'asia-pacific'],
    ['a@b.com.br', 'americas'],
    ['a@b.de', 'emea'],
    ['a@b.eu', 'emea'],
  ])('%s → %s', (address, region) => {
    expect(suggestRegionFromAddress(address)?.region).toBe(region);
  });

  it.each([
    'jane@mycompany.com',
    'jane@startup.io',
    'jane@brand.co',
    'not an address',
    '',
    'jane@[10.0.0.1]',
  ])('suggests nothing for %j', (address) => {
    expect(suggestRegionFromAddress(address)).toBeNull();
  });

  it('says why in words', () => {
    const because = suggestRegionFromAddress('r.tanaka@contoso.co.jp')?.because;
    expect(because && say(because)).toBe('Your address ends in .jp (Japan)');
  });
});
