// Served in place of office.js in e2e tests (see build.ts): reads the scenario the test set with
// page.addInitScript, installs the fake as window.Office and exposes it as window.__fakeOutlook.
import { createFakeOffice, type FakeOffice, type FakeScenario } from '../doubles/fake-office';

declare global {
  interface Window {
    __FAKE_OUTLOOK_SCENARIO__?: FakeScenario;
    __fakeOutlook?: FakeOffice;
  }
}

const fake = createFakeOffice(window.__FAKE_OUTLOOK_SCENARIO__ ?? {});
(window as unknown as { Office: unknown }).Office = fake;
window.__fakeOutlook = fake;
