// The unified Microsoft 365 app manifest (manifest.json), derived from manifest.xml.
//
// manifest.xml stays the one source of truth: it is the file the XSDs validate, the build rewrites
// for ADDIN_BASE_URL, and Outlook on Mac, mobile and older Windows builds need. Every id, name, URL,
// permission and requirement set in manifest.json is read from it; what the XML has no place for
// (the unified manifest's colour and outline icons, accent colour, short description, privacy and
// terms pages) is in UNIFIED_EXTRAS below. Anything in manifest.xml this mapping does not know makes
// it throw, so the two files cannot drift apart silently.
'use strict';

const MANIFEST_VERSION = '1.17';
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

/** What manifest.xml has no element for. Paths are relative to the folder that holds manifest.json. */
const UNIFIED_EXTRAS = {
  shortDescription: "Writes and checks the request that changes your IBM account's primary contact.",
  accentColor: '#0F6CBD',
  // Drawn by scripts/make-icons.mjs; zipped beside manifest.json by `npm run package`.
  icons: { color: 'assets/icon-color-192.png', outline: 'assets/icon-outline-32.png' },
  // Pages under the add-in's base URL (the support page has a privacy section).
  privacyPath: 'assets/support.html#privacy',
  termsPath: 'assets/support.html#terms',
};

// XML Permissions -> the unified manifest's resource-specific permission.
const PERMISSIONS = {
  Restricted: 'MailboxItem.Restricted.User',
  ReadItem: 'MailboxItem.Read.User',
  ReadWriteItem: 'MailboxItem.ReadWrite.User',
  ReadWriteMailbox: 'Mailbox.ReadWrite.User',
};
// XML LaunchEvent Type / SendMode -> unified names.
const EVENT_TYPES = {
  OnMessageSend: 'messageSending',
  OnAppointmentSend: 'appointmentSending',
  OnNewMessageCompose: 'newMessageComposeCreated',
  OnNewAppointmentOrganizer: 'newAppointmentOrganizerCreated',
};
const SEND_MODES = { PromptUser: 'promptUser', SoftBlock: 'softBlock', Block: 'block' };
// XML command surfaces -> unified ribbon contexts.
const CONTEXTS = {
  MessageComposeCommandSurface: 'mailCompose',
  MessageReadCommandSurface: 'mailRead',
  AppointmentOrganizerCommandSurface: 'meetingDetailsOrganizer',
  AppointmentAttendeeCommandSurface: 'meetingDetailsAttendee',
};

const PANE_RUNTIME = 'TaskPaneRuntime';
const EVENT_RUNTIME = 'SendGuardRuntime';

// --- the manifest's element tree, read as the manifest checks read it (manifest-checks.js:
// @xmldom/xmldom, namespace-aware); names compared by their local part ---
function parseManifestXml(xml) {
  const { parseXml } = require('./manifest-checks.js');
  const root = parseXml(xml);
  if (root.local !== 'OfficeApp') throw new Error('manifest.xml: the root element is not <OfficeApp>');
  return root;
}
const kids = (el, name) => (el ? el.children.filter((n) => !name || n.local === name) : []);
const kid = (el, name) => kids(el, name)[0];
const attr = (el, name) => {
  if (!el) return undefined;
  const found = el.attrsNS.find((a) => a.local === name);
  return found === undefined ? undefined : found.value;
};
/** The text of an element and of all its descendants, trimmed. */
const text = (el) => {
  if (!el) return '';
  const all = (e) => e.text + e.children.map(all).join('');
  return all(el).trim();
};
const xsiType = (el) => attr(el, 'type');

function need(value, what) {
  if (value === undefined || value === null || value === '')
    throw new Error(`manifest.xml has no ${what}; the unified manifest needs it`);
  return value;
}
function unsupported(what) {
  return new Error(
    `manifest.xml has ${what}, which scripts/unified-manifest.js does not map to manifest.json; extend the mapping`,
  );
}

/** The innermost VersionOverrides: the one current clients (and the unified manifest) follow. */
function innermostOverrides(root) {
  let vo = kid(root, 'VersionOverrides');
  need(vo, '<VersionOverrides>');
  while (kid(vo, 'VersionOverrides')) vo = kid(vo, 'VersionOverrides');
  return vo;
}

/** Resource lookups of one VersionOverrides: resid -> value. */
function resources(vo) {
  const res = kid(vo, 'Resources');
  const table = (group) => {
    const map = new Map();
    for (const el of kids(kid(res, group))) map.set(attr(el, 'id'), attr(el, 'DefaultValue'));
    return map;
  };
  const pick = (map, kind) => (resid) => need(map.get(resid), `${kind} resource "${resid}"`);
  return {
    image: pick(table('Images'), 'image'),
    url: pick(table('Urls'), 'URL'),
    short: pick(table('ShortStrings'), 'short string'),
    long: pick(table('LongStrings'), 'long string'),
  };
}

/** Requirement sets of a <Requirements> element: [{ name, minVersion }]. */
function requirementSets(requirementsEl) {
  if (!requirementsEl) return [];
  const sets = kid(requirementsEl, 'Sets');
  const defaultMin = attr(sets, 'DefaultMinVersion');
  return kids(sets, 'Set').map((s) => ({
    name: need(attr(s, 'Name'), '<Set Name>'),
    minVersion: need(attr(s, 'MinVersion') || defaultMin, `MinVersion of the ${attr(s, 'Name')} set`),
  }));
}

/** "1.0.0.0" -> "1.0.0": the unified manifest's version is semver. */
function semver(version) {
  const parts = version.split('.');
  if (parts.length < 1 || parts.length > 4 || parts.some((p) => !/^\d+$/.test(p)))
    throw new Error(`manifest.xml <Version> "${version}" is not n.n.n.n`);
  while (parts.length < 3) parts.push('0');
  return parts.slice(0, 3).map(Number).join('.');
}

/** Folder URL the add-in is served from, from the pane's URL (…/taskpane.html -> …/). */
function baseOf(url) {
  return url.replace(/[^/]*$/, '');
}

/**
 * manifest.json for the given manifest.xml text (already rewritten for the deployment URL).
 * @param {string} xml
 * @returns {object}
 */
function unifiedFromXml(xml) {
  const root = parseManifestXml(xml);
  if (xsiType(root) !== 'MailApp') throw unsupported(`xsi:type="${xsiType(root)}" (only MailApp is mapped)`);
  const vo = innermostOverrides(root);
  const res = resources(vo);
  const host = kids(kid(vo, 'Hosts'), 'Host').find((h) => xsiType(h) === 'MailHost');
  need(host, '<Host xsi:type="MailHost">');
  const desktop = need(kid(host, 'DesktopFormFactor'), '<DesktopFormFactor>');
  if (kid(host, 'MobileFormFactor')) throw unsupported('<MobileFormFactor>');
  const overrideSets = requirementSets(kid(vo, 'Requirements'));
  const voRequirements = overrideSets.length ? { capabilities: overrideSets } : undefined;

  // The runtimes: the pane (from the ShowTaskpane button) and the event runtime (<Runtimes>).
  const runtimes = [];
  const ribbons = [];
  const autoRunEvents = [];
  let paneUrl = null;
  for (const point of kids(desktop, 'ExtensionPoint')) {
    const type = xsiType(point);
    if (CONTEXTS[type]) {
      const tabs = kids(point).map((tab) => {
        if (tab.local !== 'OfficeTab') throw unsupported(`<${tab.local}> in ${type}`);
        return {
          builtInTabId: need(attr(tab, 'id'), '<OfficeTab id>'),
          groups: kids(tab, 'Group').map((group) => ({
            id: attr(group, 'id'),
            label: res.short(attr(kid(group, 'Label'), 'resid')),
            controls: kids(group, 'Control').map((control) => {
              const action = kid(control, 'Action');
              if (xsiType(control) !== 'Button' || xsiType(action) !== 'ShowTaskpane')
                throw unsupported(`a ${xsiType(control)} control with a ${xsiType(action)} action`);
              const url = res.url(attr(kid(action, 'SourceLocation'), 'resid'));
              if (paneUrl && paneUrl !== url) throw unsupported('two task panes');
              paneUrl = url;
              const supertip = kid(control, 'Supertip');
              return {
                id: attr(control, 'id'),
                type: 'button',
                label: res.short(attr(kid(control, 'Label'), 'resid')),
                icons: kids(kid(control, 'Icon'), 'Image').map((img) => ({
                  size: Number(attr(img, 'size')),
                  url: res.image(attr(img, 'resid')),
                })),
                supertip: {
                  title: res.short(attr(kid(supertip, 'Title'), 'resid')),
                  description: res.long(attr(kid(supertip, 'Description'), 'resid')),
                },
                actionId: 'openPane',
                pinnable: text(kid(action, 'SupportsPinning')) === 'true',
              };
            }),
          })),
        };
      });
      ribbons.push({ contexts: [CONTEXTS[type]], tabs });
    } else if (type === 'LaunchEvent') {
      const events = kids(kid(point, 'LaunchEvents'), 'LaunchEvent').map((ev) => {
        const xmlType = attr(ev, 'Type');
        if (!EVENT_TYPES[xmlType]) throw unsupported(`<LaunchEvent Type="${xmlType}">`);
        const sendMode = attr(ev, 'SendMode');
        return {
          type: EVENT_TYPES[xmlType],
          actionId: need(attr(ev, 'FunctionName'), '<LaunchEvent FunctionName>'),
          ...(sendMode
            ? { options: { sendMode: need(SEND_MODES[sendMode], `SendMode "${sendMode}"`) } }
            : {}),
        };
      });
      const runtimeUrl = res.url(attr(kid(point, 'SourceLocation'), 'resid'));
      const runtimeEl = kids(kid(host, 'Runtimes'), 'Runtime').find(
        (r) => res.url(attr(r, 'resid')) === runtimeUrl,
      );
      need(runtimeEl, `<Runtime> for ${runtimeUrl}`);
      const js = kids(runtimeEl, 'Override').find((o) => attr(o, 'type') === 'javascript');
      runtimes.push({
        ...(voRequirements ? { requirements: voRequirements } : {}),
        id: EVENT_RUNTIME,
        type: 'general',
        code: { page: runtimeUrl, ...(js ? { script: res.url(attr(js, 'resid')) } : {}) },
        lifetime: 'short',
        actions: events.map((e) => ({ id: e.actionId, type: 'executeFunction', displayName: e.actionId })),
      });
      autoRunEvents.push({
        ...(voRequirements ? { requirements: { ...voRequirements, scopes: ['mail'] } } : {}),
        events,
      });
    } else {
      throw unsupported(`<ExtensionPoint xsi:type="${type}">`);
    }
  }
  need(paneUrl, 'ShowTaskpane button');
  // The pane's pinnability moves from the button to the openPage action in the unified manifest.
  let pinnable = false;
  for (const r of ribbons)
    for (const t of r.tabs)
      for (const g of t.groups)
        for (const c of g.controls) {
          pinnable = pinnable || c.pinnable;
          delete c.pinnable;
        }
  runtimes.unshift({
    ...(voRequirements ? { requirements: voRequirements } : {}),
    id: PANE_RUNTIME,
    type: 'general',
    code: { page: paneUrl },
    lifetime: 'short',
    actions: [{ id: 'openPane', type: 'openPage', view: 'dashboard', pinnable }],
  });

  const displayName = need(attr(kid(root, 'DisplayName'), 'DefaultValue'), '<DisplayName>');
  const description = need(attr(kid(root, 'Description'), 'DefaultValue'), '<Description>');
  const supportUrl = need(attr(kid(root, 'SupportUrl'), 'DefaultValue'), '<SupportUrl>');
  const base = baseOf(paneUrl);
  const permission = text(kid(root, 'Permissions'));
  if (!PERMISSIONS[permission]) throw unsupported(`<Permissions>${permission}</Permissions>`);
  const appDomains = kids(kid(root, 'AppDomains'), 'AppDomain').map(text);
  const installSets = requirementSets(kid(root, 'Requirements'));

  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    id: need(text(kid(root, 'Id')), '<Id>').toLowerCase(),
    version: semver(need(text(kid(root, 'Version')), '<Version>')),
    localizationInfo: {
      defaultLanguageTag: need(text(kid(root, 'DefaultLocale')), '<DefaultLocale>').toLowerCase(),
    },
    developer: {
      name: need(text(kid(root, 'ProviderName')), '<ProviderName>'),
      websiteUrl: supportUrl,
      privacyUrl: base + UNIFIED_EXTRAS.privacyPath,
      termsOfUseUrl: base + UNIFIED_EXTRAS.termsPath,
    },
    name: { short: displayName, full: displayName },
    description: { short: UNIFIED_EXTRAS.shortDescription, full: description },
    icons: { ...UNIFIED_EXTRAS.icons },
    accentColor: UNIFIED_EXTRAS.accentColor,
    ...(appDomains.length ? { validDomains: appDomains } : {}),
    authorization: {
      permissions: { resourceSpecific: [{ name: PERMISSIONS[permission], type: 'Delegated' }] },
    },
    extensions: [
      {
        requirements: {
          scopes: ['mail'],
          ...(installSets.length ? { capabilities: installSets } : {}),
        },
        runtimes,
        ribbons,
        ...(autoRunEvents.length ? { autoRunEvents } : {}),
        // With these, the admin center also generates an add-in-only (XML) manifest for the clients
        // that do not read manifest.json yet (Outlook on Mac, mobile, older Windows builds).
        alternates: [
          {
            alternateIcons: {
              icon: { size: 64, url: need(attr(kid(root, 'IconUrl'), 'DefaultValue'), '<IconUrl>') },
              highResolutionIcon: {
                size: 64,
                url: need(
                  attr(kid(root, 'HighResolutionIconUrl'), 'DefaultValue'),
                  '<HighResolutionIconUrl>',
                ),
              },
            },
          },
        ],
      },
    ],
  };
}

/** manifest.json's text: two-space JSON and a final newline, as committed. */
function formatUnified(manifest) {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

module.exports = {
  unifiedFromXml,
  formatUnified,
  MANIFEST_VERSION,
  UNIFIED_EXTRAS,
  PERMISSIONS,
  EVENT_TYPES,
};
