// A stand-in for Microsoft's MicrosoftAjax.js (ASP.NET AJAX 3.5), which office.js's Outlook host
// files load from https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js before they connect. It is
// not on npm, so the real-office.js harness serves this instead. Written for these tests: it has
// only what office.js 1.1.110 reads from it (its own isMsAjaxLoaded() check and the calls found
// in outlook-web-16.01.debug.js), with the same behaviour where office.js depends on it:
//   Type.registerNamespace / registerClass, Sys.StringBuilder, Sys.Serialization.JavaScriptSerializer,
//   Sys.Debug.trace, Sys.Browser, Function._validateParams / _validateParameter, and the Error
//   factories (Error.argument, argumentNull, argumentOutOfRange, argumentType, parameterCount, create).
// No eval: the pages' Content-Security-Policy forbids it, and office.js never needs it (JSON exists).
(function () {
  'use strict';
  var global = window;

  // --- Type: namespaces and classes ------------------------------------------------------------
  global.Type = Function;
  Function.registerNamespace = function (name) {
    var parent = global;
    String(name)
      .split('.')
      .forEach(function (part) {
        if (!parent[part]) parent[part] = {};
        parent = parent[part];
      });
    return parent;
  };
  Function.prototype.registerClass = function (typeName, baseType) {
    this.__typeName = typeName;
    if (baseType) this.__baseType = baseType;
    return this;
  };
  Function.registerClass = function (typeName, baseType) {
    return Function.prototype.registerClass.call(this, typeName, baseType);
  };
  Function.prototype.getName = function () {
    return this.__typeName || this.name || 'Object';
  };

  var Sys = (global.Sys = global.Sys || {});

  // --- Errors: office.js throws what these return ----------------------------------------------
  Error.create = function (message, errorInfo) {
    var error = new Error(message);
    error.message = message || '';
    if (errorInfo) {
      for (var key in errorInfo) error[key] = errorInfo[key];
    }
    return error;
  };
  function withParam(message, paramName) {
    return paramName ? message + '\nParameter name: ' + paramName : message;
  }
  Error.argument = function (paramName, message) {
    return Error.create(
      withParam(
        'Sys.ArgumentException: ' + (message || 'Value does not fall within the expected range.'),
        paramName,
      ),
      { name: 'Sys.ArgumentException', paramName: paramName },
    );
  };
  Error.argumentNull = function (paramName, message) {
    return Error.create(
      withParam('Sys.ArgumentNullException: ' + (message || 'Value cannot be null.'), paramName),
      {
        name: 'Sys.ArgumentNullException',
        paramName: paramName,
      },
    );
  };
  Error.argumentOutOfRange = function (paramName, actualValue, message) {
    var text = withParam(
      'Sys.ArgumentOutOfRangeException: ' +
        (message || 'Specified argument was out of the range of valid values.'),
      paramName,
    );
    if (actualValue !== undefined && actualValue !== null) text += '\nActual value was ' + actualValue + '.';
    return Error.create(text, {
      name: 'Sys.ArgumentOutOfRangeException',
      paramName: paramName,
      actualValue: actualValue,
    });
  };
  Error.argumentType = function (paramName, actualType, expectedType, message) {
    var text =
      'Sys.ArgumentTypeException: ' + (message || 'Object cannot be converted to the required type.');
    return Error.create(withParam(text, paramName), {
      name: 'Sys.ArgumentTypeException',
      paramName: paramName,
      actualType: actualType,
      expectedType: expectedType,
    });
  };
  Error.argumentUndefined = function (paramName, message) {
    return Error.create(
      withParam('Sys.ArgumentUndefinedException: ' + (message || 'Value cannot be undefined.'), paramName),
      {
        name: 'Sys.ArgumentUndefinedException',
        paramName: paramName,
      },
    );
  };
  Error.parameterCount = function (message) {
    return Error.create('Sys.ParameterCountException: ' + (message || 'Parameter count mismatch.'), {
      name: 'Sys.ParameterCountException',
    });
  };
  Error.invalidOperation = function (message) {
    return Error.create('Sys.InvalidOperationException: ' + (message || 'Operation is not valid.'), {
      name: 'Sys.InvalidOperationException',
    });
  };
  Error.notImplemented = function (message) {
    return Error.create(
      'Sys.NotImplementedException: ' + (message || 'The method or operation is not implemented.'),
      {
        name: 'Sys.NotImplementedException',
      },
    );
  };

  // --- Parameter validation (office.js validates most of its internal calls with it) ------------
  function isOfType(value, type) {
    if (type === String) return typeof value === 'string';
    if (type === Number) return typeof value === 'number';
    if (type === Boolean) return typeof value === 'boolean';
    if (type === Function) return typeof value === 'function';
    if (type === Array) return Array.isArray(value);
    if (type === Object) return true; // every value is an Object in ASP.NET AJAX's type system
    return value instanceof type;
  }
  Function._validateParameter = function (value, expected, paramName) {
    expected = expected || {};
    if (value === undefined) {
      if (expected.optional) return null;
      return expected.mayBeNull ? null : Error.argumentUndefined(paramName);
    }
    if (value === null) return expected.mayBeNull ? null : Error.argumentNull(paramName);
    if (expected.type && !isOfType(value, expected.type)) {
      return Error.argumentType(paramName, typeof value, expected.type);
    }
    if (expected.elementType && Array.isArray(value)) {
      for (var i = 0; i < value.length; i++) {
        var item = value[i];
        if (item === null || item === undefined) {
          if (!expected.elementMayBeNull) return Error.argumentNull(paramName + '[' + i + ']');
        } else if (!isOfType(item, expected.elementType)) {
          return Error.argumentType(paramName + '[' + i + ']', typeof item, expected.elementType);
        }
      }
    }
    return null;
  };
  Function._validateParams = function (params, expectedParams) {
    var count = params.length;
    var expectedCount = expectedParams.length;
    var last = expectedParams[expectedCount - 1];
    var takesRest = Boolean(last && last.parameterArray);
    if (count > expectedCount && !takesRest) return Error.parameterCount();
    for (var i = 0; i < expectedCount; i++) {
      var expected = expectedParams[i];
      if (expected.parameterArray) {
        for (var j = i; j < count; j++) {
          var restError = Function._validateParameter(
            params[j],
            expected,
            expected.name + '[' + (j - i) + ']',
          );
          if (restError) return restError;
        }
        break;
      }
      if (i >= count && !expected.optional) {
        if (!expected.mayBeNull) return Error.parameterCount();
        continue;
      }
      var error = Function._validateParameter(params[i], expected, expected.name);
      if (error) return error;
    }
    return null;
  };

  // --- Sys ----------------------------------------------------------------------------------------
  Sys.StringBuilder = function (initialText) {
    this._parts = initialText ? [String(initialText)] : [];
  };
  Sys.StringBuilder.prototype = {
    append: function (text) {
      this._parts.push(String(text));
      return this;
    },
    appendLine: function (text) {
      this._parts.push((text === undefined ? '' : String(text)) + '\r\n');
      return this;
    },
    clear: function () {
      this._parts = [];
    },
    isEmpty: function () {
      return this._parts.join('') === '';
    },
    toString: function (separator) {
      return this._parts.join(separator || '');
    },
  };
  Sys.Serialization = {
    JavaScriptSerializer: {
      serialize: function (value) {
        return JSON.stringify(value);
      },
      deserialize: function (text) {
        return JSON.parse(text);
      },
    },
  };
  // Traces go nowhere: the real library writes them to a debugger console that is not there either.
  Sys.Debug = {
    trace: function () {},
    traceDump: function () {},
    assert: function () {},
    fail: function (message) {
      throw Error.create(String(message));
    },
    clearTrace: function () {},
  };
  Sys.Browser = {
    InternetExplorer: { name: 'Microsoft Internet Explorer' },
    Firefox: { name: 'Firefox' },
    Safari: { name: 'Safari' },
    Opera: { name: 'Opera' },
  };
  Sys.Browser.agent = null;
  Sys.Browser.name = navigator.appName;
  Sys.Browser.version = parseFloat(navigator.appVersion);
  Sys.Browser.documentMode = 0;
})();
