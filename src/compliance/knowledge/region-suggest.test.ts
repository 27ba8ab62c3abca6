import { countries } from 'countries-list';
import { REGIONS, isDeskAddress, regionById, regionForDesk } from './desks';
import { countryForHost, countryForTimeZone, regionForCountry, suggestRegion } from './region-suggest';
import type { RegionId } from './desks';
import { say } from '../catalogue/say';

describe('desks', () => {
  test("the four desks in the order of IBM's procedure, with IBM's names", () => {
    expect(REGIONS.map((r) => [r.id, r.name, r.desk])).toEqual([
      ['americas', 'North America, Latin America', 'paonline@us.ibm.com'],
      ['asia-pacific', 'Asia Pacific', 'apecare@sg.ibm.com'],
      ['japan', 'Japan', 'paonline@jp.ibm.com'],
      ['emea', 'Europe, Middle East, Africa', 'palogin@ie.ibm.com'],
    ]);
  });

  test.each([
    ['palogin@ie.ibm.com', 'emea'],
    ['PAOnline@JP.ibm.com', 'japan'],
    ['eCustomerCare <apecare@sg.ibm.com>', 'asia-pacific'],
    [' paonline@us.ibm.com ', 'americas'],
    ['paonline@uk.ibm.com', null],
    ['jane@mycompany.com', null],
  ])('regionForDesk(%j) → %s', (address, id) => {
    expect(regionForDesk(address)?.id ?? null).toBe(id);
    expect(isDeskAddress(address)).toBe(id !== null);
  });

  test('regionById', () => {
    expect(regionById('japan')?.desk).toBe('paonline@jp.ibm.com');
    expect(regionById('mars')).toBeNull();
    expect(regionById(null)).toBeNull();
  });
});

describe('country → region', () => {
  test.each<[string, RegionId | null]>([
    ['IN', 'asia-pacific'],
    ['CN', 'asia-pacific'],
    ['AU', 'asia-pacific'],
    ['NZ', 'asia-pacific'],
    ['SG', 'asia-pacific'],
    ['JP', 'japan'],
    ['US', 'americas'],
    ['CA', 'americas'],
    ['BR', 'americas'],
    ['MX', 'americas'],
    ['DE', 'emea'],
    ['GB', 'emea'],
    ['ZA', 'emea'],
    ['EG', 'emea'],
    ['AE', 'emea'],
    ['SA', 'emea'],
    ['IL', 'emea'],
    ['TR', 'emea'],
    ['RU', 'emea'], // main continent AS in countries-list, also EU
    ['KZ', 'emea'],
    ['AQ', null],
    ['XX', null],
  ])('%s → %s', (code, region) => {
    expect(regionForCountry(code)).toBe(region);
  });

  test('every country in the dataset gets a region, except Antarctica-continent territories', () => {
    for (const [code, c] of Object.entries(countries)) {
      if (c.continent === 'AN') expect(regionForCountry(code)).toBeNull();
      else expect(regionForCountry(code)).not.toBeNull();
    }
  });
});

describe('suggestRegion', () => {
  test.each<[string, string, RegionId | null, string]>([
    ['jane@mycompany.co.jp', '', 'japan', 'Your address ends in .jp (Japan)'],
    ['jane@mycompany.de', '', 'emea', 'Your address ends in .de (Germany)'],
    ['jane@mycompany.co.in', '', 'asia-pacific', 'Your address ends in .in (India)'],
    ['jane@mycompany.cn', '', 'asia-pacific', 'Your address ends in .cn (China)'],
    ['jane@mycompany.com.au', '', 'asia-pacific', 'Your address ends in .au (Australia)'],
    ['jane@mycompany.com.br', '', 'americas', 'Your address ends in .br (Brazil)'],
    ['jane@mycompany.ca', '', 'americas', 'Your address ends in .ca (Canada)'],
    ['jane@mycompany.ae', '', 'emea', 'Your address ends in .ae (United Arab Emirates)'],
    ['jane@mycompany.co.za', '', 'emea', 'Your address ends in .za (South Africa)'],
    ['jane@mycompany.co.uk', '', 'emea', 'Your address ends in .uk (United Kingdom)'],
    ['jane@mycompany.eu', '', 'emea', 'Your address ends in .eu (European Union)'],
    // the ccTLD wins over the time zone
    ['jane@mycompany.jp', 'Europe/Berlin', 'japan', 'Your address ends in .jp (Japan)'],
    // generic TLDs give no country: the time zone decides
    ['jane@mycompany.com', 'Asia/Tokyo', 'japan', 'Your mailbox time zone is Asia/Tokyo (Japan)'],
    [
      'jane@mycompany.com',
      'Tokyo Standard Time',
      'japan',
      'Your mailbox time zone is Tokyo Standard Time (Japan)',
    ],
    ['jane@mycompany.com', 'Europe/Berlin', 'emea', 'Your mailbox time zone is Europe/Berlin (Germany)'],
    [
      'jane@mycompany.com',
      'W. Europe Standard Time',
      'emea',
      'Your mailbox time zone is W. Europe Standard Time (Germany)',
    ],
    [
      'jane@mycompany.com',
      'India Standard Time',
      'asia-pacific',
      'Your mailbox time zone is India Standard Time (India)',
    ],
    ['jane@mycompany.com', 'Asia/Kolkata', 'asia-pacific', 'Your mailbox time zone is Asia/Kolkata (India)'],
    [
      'jane@mycompany.com',
      'America/Sao_Paulo',
      'americas',
      'Your mailbox time zone is America/Sao_Paulo (Brazil)',
    ],
    [
      'jane@mycompany.com',
      'E. South America Standard Time',
      'americas',
      'Your mailbox time zone is E. South America Standard Time (Brazil)',
    ],
    [
      'jane@mycompany.com',
      'Eastern Standard Time',
      'americas',
      'Your mailbox time zone is Eastern Standard Time (United States)',
    ],
    [
      'jane@mycompany.com',
      'Arabian Standard Time',
      'emea',
      'Your mailbox time zone is Arabian Standard Time (United Arab Emirates)',
    ],
    [
      'jane@mycompany.com',
      'AUS Eastern Standard Time',
      'asia-pacific',
      'Your mailbox time zone is AUS Eastern Standard Time (Australia)',
    ],
    [
      'jane@mycompany.com',
      'China Standard Time',
      'asia-pacific',
      'Your mailbox time zone is China Standard Time (China)',
    ],
    [
      'jane@mycompany.io',
      'Pacific Standard Time',
      'americas',
      'Your mailbox time zone is Pacific Standard Time (United States)',
    ],
  ])('%s, %j → %s', (senderAddress, timeZone, region, because) => {
    const suggestion = suggestRegion({ senderAddress, timeZone });
    expect(suggestion?.region).toBe(region);
    expect(suggestion && say(suggestion.because)).toBe(because);
  });

  test.each([
    ['generic TLD, unknown zone', 'jane@mycompany.com', 'Mars/Olympus_Mons'],
    ['generic TLD, UTC', 'jane@mycompany.com', 'UTC'],
    ['generic TLD, Windows UTC', 'jane@mycompany.com', 'Coordinated Universal Time'],
    ['generic TLD, no zone', 'jane@mycompany.com', ''],
    ['.io is not a country here', 'jane@mycompany.io', undefined],
    ['not an address', 'nonsense', undefined],
  ])('%s → null', (_, senderAddress, timeZone) => {
    expect(suggestRegion({ senderAddress, timeZone })).toBeNull();
  });

  test('helpers', () => {
    expect(countryForHost('mail.mycompany.co.uk')).toBe('GB');
    expect(countryForHost('mycompany.com')).toBeNull();
    expect(countryForTimeZone('Tokyo Standard Time')).toBe('JP');
    expect(countryForTimeZone('Etc/UTC')).toBeNull();
  });
});
