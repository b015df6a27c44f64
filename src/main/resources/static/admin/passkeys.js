// Passkeys on the sign-in page ("Sign in with a passkey") and the account page ("Add a passkey").
// Both controls are hidden in the HTML and shown here only when the browser can make and use
// passkeys, so without this script, or without passkey support, the password form is all there is.
// The server's side is Spring Security's: it hands out options as JSON, with binary fields in
// URL-safe Base64, and checks the browser's answer, sent back the same way.
(function () {
  'use strict';

  var CSRF_HEADER = 'X-CSRF-TOKEN';

  if (!window.PublicKeyCredential || !navigator.credentials) {
    return;
  }

  function toBytes(text) {
    var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toText(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function withBinaryIds(descriptors) {
    return (descriptors || []).map(function (descriptor) {
      return Object.assign({}, descriptor, { id: toBytes(descriptor.id) });
    });
  }

  /** POSTs JSON with the page's CSRF token; resolves to the JSON answer, rejects with the server's message. */
  async function post(container, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[CSRF_HEADER] = container.querySelector('[data-csrf]').value;
    var response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: JSON.stringify(body || {})
    });
    var answer = {};
    try {
      answer = await response.json();
    } catch (notJson) {
      // a sign-in page or an error page instead of JSON: the session ended or the request was refused
    }
    if (!response.ok) {
      throw new Error(answer.error || 'The server refused. Reload the page and try again.');
    }
    return answer;
  }

  function show(container, message) {
    var error = container.querySelector('[data-passkey-error]');
    error.textContent = message;
    error.hidden = !message;
  }

  /** What to tell someone when the browser's passkey dialog did not give a passkey. */
  function explain(failure) {
    if (failure && failure.name === 'NotAllowedError') {
      return 'No passkey was used. Try again when you are ready, or use your password.';
    }
    if (failure && failure.name === 'InvalidStateError') {
      return 'This device already holds a passkey for your account.';
    }
    return failure && failure.message ? failure.message : 'Something went wrong. Please try again.';
  }

  async function signIn(container, button) {
    show(container, '');
    button.disabled = true;
    try {
      var options = await post(container, '/admin/login/passkey/options');
      options.challenge = toBytes(options.challenge);
      options.allowCredentials = withBinaryIds(options.allowCredentials);
      var credential = await navigator.credentials.get({ publicKey: options });
      var response = credential.response;
      var answer = await post(container, '/admin/login/passkey', {
        id: credential.id,
        rawId: toText(credential.rawId),
        type: credential.type,
        response: {
          authenticatorData: toText(response.authenticatorData),
          clientDataJSON: toText(response.clientDataJSON),
          signature: toText(response.signature),
          userHandle: response.userHandle ? toText(response.userHandle) : null
        },
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
      window.location.assign(answer.redirectUrl || '/admin');
    } catch (failure) {
      show(container, explain(failure));
      button.disabled = false;
    }
  }

  async function add(form, button) {
    show(form, '');
    var label = form.querySelector('[name=passkeyLabel]').value.trim();
    if (!label) {
      show(form, 'Give the passkey a name first.');
      return;
    }
    button.disabled = true;
    try {
      var options = await post(form, '/admin/account/passkeys/options');
      options.challenge = toBytes(options.challenge);
      options.user.id = toBytes(options.user.id);
      options.excludeCredentials = withBinaryIds(options.excludeCredentials);
      var credential = await navigator.credentials.create({ publicKey: options });
      var response = credential.response;
      await post(form, '/admin/account/passkeys', {
        publicKey: {
          label: label,
          credential: {
            id: credential.id,
            rawId: toText(credential.rawId),
            type: credential.type,
            response: {
              attestationObject: toText(response.attestationObject),
              clientDataJSON: toText(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          }
        }
      });
      window.location.assign('/admin/account?passkey-added');
    } catch (failure) {
      show(form, explain(failure));
      button.disabled = false;
    }
  }

  var signInPanel = document.querySelector('[data-passkey-sign-in]');
  if (signInPanel) {
    var signInButton = signInPanel.querySelector('button');
    signInButton.addEventListener('click', function () {
      signIn(signInPanel, signInButton);
    });
    signInPanel.hidden = false;
  }

  var addForm = document.querySelector('[data-passkey-add]');
  if (addForm) {
    var addButton = addForm.querySelector('button[type=submit]');
    addForm.addEventListener('submit', function (event) {
      event.preventDefault();
      add(addForm, addButton);
    });
    addForm.hidden = false;
    var unsupported = document.querySelector('[data-passkey-unsupported]');
    if (unsupported) {
      unsupported.hidden = true;
    }
  }
})();
