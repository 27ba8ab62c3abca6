// The send-time check with the organisation's settings (organization.json), as the pane saved them
// in roaming settings: the handler does not fetch the file.
import { asOffice, createFakeOffice, type FakeScenario } from '../../test/doubles/fake-office';
import { SETTINGS_KEY } from '../office/office-item';
import { createOnMessageSend } from './on-message-send';
import { paneMessage, scenarioOf } from '../../test/fixtures/send-guard-messages';

async function completedWith(scenario: FakeScenario) {
  const fake = createFakeOffice(scenario);
  const handler = createOnMessageSend(() => asOffice(fake), {
    log: { error: () => undefined },
    deadlineMs: 3000,
  });
  const { event, completion } = fake.createSendEvent();
  const done = handler(event);
  const completed = await completion;
  await done;
  return { completed, fake };
}

const outsider = paneMessage({}, { from: { address: 'jane@othercorp.com', displayName: 'Jane' } });

describe('the send-time check with organization.json', () => {
  it("blocks a sender outside the organisation's domains, and names the help contact", async () => {
    const { completed } = await completedWith(
      scenarioOf(outsider, {
        roaming: {
          [SETTINGS_KEY]: { organization: { companyDomains: ['mycompany.com'], helpContact: 'IT desk' } },
        },
      }),
    );
    expect(completed?.allowEvent).toBe(false);
    const message = String(completed?.errorMessage);
    expect(message).toContain('Company domain');
    expect(message).toContain('mycompany.com');
    expect(message).toContain('Help in your organisation: IT desk.');
  });

  it("adds the user's own domains to the organisation's: either lets the sender through", async () => {
    const roaming = {
      [SETTINGS_KEY]: {
        organization: { companyDomains: ['mycompany.com'], helpContact: '' },
        companyDomains: ['othercorp.com'],
      },
    };
    const { completed } = await completedWith(scenarioOf(outsider, { roaming }));
    expect(completed?.allowEvent).toBe(true);
  });

  it('without organisation settings, the same sender is not held to any configured domain', async () => {
    const { completed } = await completedWith(scenarioOf(outsider, {}));
    expect(String(completed?.errorMessage ?? '')).not.toContain('Help in your organisation');
    expect(String(completed?.errorMessage ?? '')).not.toContain('Company domain');
  });

  it('ignores malformed saved values instead of failing', async () => {
    const { completed } = await completedWith(
      scenarioOf(outsider, {
        roaming: { [SETTINGS_KEY]: { organization: { companyDomains: 'mycompany.com', helpContact: 42 } } },
      }),
    );
    expect(String(completed?.errorMessage ?? '')).not.toContain('Company domain');
  });
});
