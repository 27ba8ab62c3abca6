import { REGIONS } from '../knowledge/desks';
import { storedFormHints } from './message-answers';
import { EMPTY_FORM, MAX_LENGTH, OTHER_REASON, restoreForm, toAnswers } from './stored-form';

describe('restoreForm', () => {
  it('gives the empty form for nothing or garbage', () => {
    expect(restoreForm(undefined)).toEqual(EMPTY_FORM);
    expect(restoreForm('garbage')).toEqual(EMPTY_FORM);
    expect(restoreForm({ role: 42, region: 'mars', contact: 'x' })).toEqual(EMPTY_FORM);
  });

  it('keeps a valid stored form and caps over-long values', () => {
    const restored = restoreForm({
      role: 'primary-contact',
      reasonChoice: 'left-company',
      accountNumber: '1'.repeat(500),
      region: 'japan',
      regionChosen: true,
      contactMode: 'other',
      contact: { name: 'Bob', title: 'Lead', email: 'bob@mycompany.com', phone: '+1' },
    });
    expect(restored).toMatchObject({
      role: 'primary-contact',
      region: 'japan',
      regionChosen: true,
      contactMode: 'other',
    });
    expect(restored.accountNumber).toHaveLength(MAX_LENGTH.accountNumber);
    expect(restored.contact.name).toBe('Bob');
  });
});

describe('the stored form, read at send time', () => {
  it('keeps every region of the desks table, and drops one that is not there', () => {
    for (const r of REGIONS) expect(restoreForm({ region: r.id }).region).toBe(r.id);
    expect(restoreForm({ region: 'antarctica' }).region).toBe('');
  });

  it('gives the send-time check what the pane restores, and no role when none was stored', () => {
    const stored = {
      role: 'primary-contact',
      accountNumber: '1'.repeat(99),
      region: 'japan',
      regionChosen: true,
    };
    expect(storedFormHints(stored)).toEqual({
      role: 'primary-contact',
      accountNumber: restoreForm(stored).accountNumber,
      region: 'japan',
      regionChosen: true,
    });
    expect(storedFormHints({ accountNumber: '0001234567' }).role).toBeNull();
    expect(storedFormHints('garbage')).toEqual({
      role: null,
      accountNumber: '',
      region: null,
      regionChosen: false,
    });
  });
});

describe('toAnswers', () => {
  it('uses the free text for another reason, and null for no region', () => {
    const answers = toAnswers({ ...EMPTY_FORM, reasonChoice: OTHER_REASON, reasonText: 'Retired in March' });
    expect(answers).toMatchObject({ reason: 'Retired in March', region: null, newContact: { mode: 'self' } });
  });

  it('uses a common reason id as it is', () => {
    expect(toAnswers({ ...EMPTY_FORM, reasonChoice: 'left-company', region: 'emea' })).toMatchObject({
      reason: 'left-company',
      region: 'emea',
    });
  });
});
