// Plays Outlook on the web for Microsoft's real office.js: frames the add-in page the way Outlook
// does (window.name JSON with hostInfo, xdmInfo, serializerVersion) and answers office.js's own
// cross-frame protocol (JSON strings over postMessage). Runs in the host page of the harness,
// https://outlook.office.com/…, an origin that office.js trusts. Written for these tests.
//
// OBSERVED means read in office.js's own debug files (outlook-web-16.01.debug.js) and exercised
// here; INFERRED means chosen by us where only the real Outlook could say (marked where used).
//   - message envelope, action names, dispids, argument shapes, answer shapes: OBSERVED;
//   - the app-context and initial-data fields office.js checks and reads: OBSERVED (the values
//     are ours: user, time zone, versions, requirement sets);
//   - getTypeAsync answered with "html"/"text", as the Office.CoercionType strings: INFERRED;
//   - error answers {error: true, errorCode}: OBSERVED in office.js's handling; which code
//     Outlook sends for which failure (e.g. 9041 for a failed write): INFERRED;
//   - the appCommandInvoked payload [commandId, callbackName, eventJson] and the event JSON
//     ({type, source}): the array OBSERVED (office.js's parameter map), the event JSON INFERRED;
//   - the answer to executeMethod (dispid 94) {Version, Error: 0}: OBSERVED field names, values INFERRED.
(function () {
  'use strict';
  var config = window.__HOST_CONFIG__;
  var MESSAGE = { request: 0, response: 1 };
  var RESPONSE = { forCalling: 0, forEventing: 1 };
  var FIELDS = ['to', 'cc', 'bcc'];

  var state = JSON.parse(JSON.stringify(config.message));
  state.roaming = state.roaming || {};
  var host = {
    /** Every request office.js sent: {action, dispid, data}. */
    calls: [],
    /** What event.completed() passed, parsed, per send. */
    completed: [],
    /** dispid (as text) → {kind: 'error', code} | {kind: 'hang'}; used once unless sticky. */
    faults: config.faults || {},
    state: state,
    registeredEvents: [],
    frame: null,
  };
  window.__outlookHost = host;

  var conversationId = 'conv-' + Math.random().toString(36).slice(2);
  var controlId = config.controlId;
  var addinOrigin = new URL(config.addinUrl).origin;

  function post(message) {
    host.frame.contentWindow.postMessage(JSON.stringify(message), addinOrigin);
  }
  function reply(request, errorCode, data) {
    post({
      _messageType: MESSAGE.response,
      _actionName: request._actionName,
      _conversationId: request._conversationId,
      _correlationId: request._correlationId,
      _origin: location.origin,
      _errorCode: errorCode,
      _responseType: RESPONSE.forCalling,
      _data: data,
    });
  }

  function appContext() {
    var settings = {};
    Object.keys(state.roaming).forEach(function (key) {
      settings[key] = JSON.stringify(state.roaming[key]);
    });
    return {
      _id: controlId,
      _appName: 64, // OSF.AppName.OutlookWebApp
      _appVersion: '20240101.01',
      _appUILocale: config.locale,
      _dataLocale: config.locale,
      _docUrl: '',
      _clientMode: 1,
      _settings: settings,
      _reason: 1,
      _osfControlType: 0,
      _eToken: '',
      _correlationId: 'corr-' + controlId,
      _appInstanceId: controlId,
      _appMinorVersion: 1,
      _requirementMatrix: JSON.stringify(config.requirementSets),
      _hostFullVersion: '20240101.01',
      _addinName: 'Primary Contact Request',
      _appDomains: [],
      _featureGates: '{}',
    };
  }

  function initialData() {
    return {
      itemType: config.itemType, // 4: MessageCompose (HostItemType)
      permissionLevel: 3, // the host's ReadWriteItem
      userDisplayName: config.user.displayName,
      userEmailAddress: config.user.emailAddress,
      userTimeZone: config.user.timeZone,
      userProfileType: 'office365',
      hostVersion: '15.20.1234.000',
      owaView: 'ThreeColumns',
      ewsUrl: 'https://outlook.office.com/EWS/Exchange.asmx',
      restUrl: 'https://outlook.office.com/api',
      isRestIdSupported: true,
      marketplaceAssetId: '',
      marketplaceContentMarket: 'en-US',
      extensionId: controlId,
    };
  }

  function recipientsOf(field) {
    return state[field] || (state[field] = []);
  }

  /** The Outlook API answer for one ExecuteMethod, as a function that applies it (null: unknown). */
  function execute(dispid, params) {
    switch (dispid) {
      case 14: // body.getTypeAsync
        return function () {
          return state.body.type;
        };
      case 37: // body.getAsync(coercion: 0 text, 3 html)
        return function () {
          return params.coercionType === 3 || state.body.type === 'text'
            ? state.body.content
            : state.body.content.replace(/<[^>]*>/g, '');
        };
      case 38: // body.setAsync
        return function () {
          state.body = { type: params.coercionType === 3 ? 'html' : 'text', content: params.data };
        };
      case 23: // body.prependAsync
        return function () {
          state.body.content = params.data + state.body.content;
        };
      case 18: // subject.getAsync
        return function () {
          return state.subject;
        };
      case 17: // subject.setAsync
        return function () {
          state.subject = params.subject;
        };
      case 15: // recipients getAsync
        return function () {
          return recipientsOf(FIELDS[params.recipientField]).map(function (r) {
            return { address: r.address, name: r.name, recipientType: 1 };
          });
        };
      case 21: // recipients setAsync
        return function () {
          state[FIELDS[params.recipientField]] = params.recipientArray.map(copyRecipient);
        };
      case 22: // recipients addAsync
        return function () {
          var list = recipientsOf(FIELDS[params.recipientField]);
          params.recipientArray.forEach(function (r) {
            list.push(copyRecipient(r));
          });
        };
      case 107: // from.getAsync
        return function () {
          return state.from;
        };
      case 404: // roamingSettings.saveAsync: [ {key: JSON text} ]
        return function () {
          var saved = params[0] || {};
          state.roaming = {};
          Object.keys(saved).forEach(function (key) {
            state.roaming[key] = JSON.parse(saved[key]);
          });
        };
      default:
        return null;
    }
  }

  function copyRecipient(r) {
    return { address: r.address, name: r.name };
  }

  function takeFault(dispid) {
    var fault = host.faults[String(dispid)];
    if (fault && !fault.sticky) delete host.faults[String(dispid)];
    return fault || null;
  }

  function onExecuteMethod(request) {
    var methodData = (request._data && request._data.MethodData) || {};
    var dispid = methodData.DispatchId;
    var params = request._data ? request._data.ApiParams : undefined;
    host.calls.push({
      action: request._actionName,
      dispid: dispid,
      data: params === undefined ? null : params,
    });
    var fault = takeFault(dispid);
    if (fault && fault.kind === 'hang') return; // never answered
    if (fault && fault.kind === 'error') {
      reply(request, 0, { error: true, errorCode: fault.code });
      return;
    }
    var run = execute(dispid, params);
    if (!run) {
      reply(request, 0, { error: true, errorCode: 5000 }); // not implemented by this host
      return;
    }
    var value = run();
    reply(request, 0, { data: value === undefined ? null : value });
  }

  /** executeMethod (lower case): office.js's DDA path; here only dispid 94, event.completed(). */
  function onDdaMethod(request) {
    var data = request._data || {};
    var dispid = data.DdaMethod && data.DdaMethod.DispatchId;
    host.calls.push({ action: request._actionName, dispid: dispid, data: data });
    if (dispid === 94) {
      var text = findCompletedJson(data);
      var parsed = text ? JSON.parse(text) : null;
      host.completed.push(parsed && 'completedContext' in parsed ? parsed.completedContext : parsed);
    }
    reply(request, 0, { Version: 1, Error: 0 });
  }

  /** The event object office.js serialised for completed(): the string value holding completedContext. */
  function findCompletedJson(value) {
    if (typeof value === 'string') return value.indexOf('completedContext') >= 0 ? value : null;
    if (!value || typeof value !== 'object') return null;
    for (var key in value) {
      var found = findCompletedJson(value[key]);
      if (found) return found;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (!host.frame || event.source !== host.frame.contentWindow || event.origin !== addinOrigin) return;
    var request;
    try {
      request = JSON.parse(event.data);
    } catch {
      return; // not office.js's JSON
    }
    if (!request || request._messageType !== MESSAGE.request) return;
    switch (request._actionName) {
      case 'ContextActivationManager_getAppContextAsync':
        host.calls.push({ action: request._actionName, dispid: null, data: request._data });
        reply(request, 0, appContext());
        return;
      case 'ContextActivationManager_notifyHost':
        host.calls.push({ action: request._actionName, dispid: null, data: request._data });
        reply(request, 0, null);
        return;
      case 'GetInitialData':
        host.calls.push({ action: request._actionName, dispid: 1, data: null });
        reply(request, 0, initialData());
        return;
      case 'ExecuteMethod':
        onExecuteMethod(request);
        return;
      case 'executeMethod':
        onDdaMethod(request);
        return;
      default:
        host.calls.push({ action: request._actionName, dispid: null, data: request._data });
        if (request._actionType === 1) {
          host.registeredEvents.push(request._actionName);
          host.eventConversation = request._conversationId;
        }
        reply(request, 0, {});
    }
  });

  /** Raises Send for the event-based handler, as Outlook does: the appCommandInvoked event. */
  host.raiseSend = function (handlerName) {
    var eventJson = JSON.stringify({ type: 'messageSend', source: { id: handlerName } });
    post({
      _messageType: MESSAGE.response,
      _actionName: 'appCommandInvoked',
      _conversationId: host.eventConversation || conversationId,
      _correlationId: 0,
      _origin: location.origin,
      _errorCode: 0,
      _responseType: RESPONSE.forEventing,
      _data: ['send-' + host.completed.length, handlerName, eventJson],
    });
  };

  var frame = document.createElement('iframe');
  frame.title = 'Add-in';
  frame.style.width = '320px';
  frame.style.height = '800px';
  frame.name = JSON.stringify({
    baseFrameName: 'AddinFrame',
    hostInfo: ['Outlook', 'Web', '16.01', config.locale, controlId, '', '', '0'].join('|'),
    xdmInfo: [conversationId, controlId, location.origin].join('|'),
    serializerVersion: 1,
    flights: '[]',
  });
  frame.src = config.addinUrl;
  host.frame = frame;
  document.body.appendChild(frame);
})();
