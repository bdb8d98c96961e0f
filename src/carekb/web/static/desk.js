// The review desk's only script, served from the carekb package and allowed by
// the page's nonce. It signs in the browser: the reviewer's key file is read
// here and never sent; the server hands out the exact bytes to sign, checks
// every signature against the roster and writes nothing until all verify.
"use strict";

function b64encode(bytes) {
  let text = "";
  for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
  return btoa(text);
}

function b64decode(text) {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

function b64urlToB64(text) {
  const padded = text.replace(/-/g, "+").replace(/_/g, "/");
  return padded + "=".repeat((4 - (padded.length % 4)) % 4);
}

// A key file as 'carekb keys new' writes it: PKCS#8 PEM, Ed25519, unencrypted.
async function readKey(pem) {
  if (/ENCRYPTED PRIVATE KEY/.test(pem)) {
    throw new Error("This key file has a passphrase; carekb keys have none. Pick the file 'carekb keys new' wrote.");
  }
  const match = pem.match(/-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/);
  if (!match) throw new Error("This is not a carekb key file (no PEM private key in it).");
  const der = b64decode(match[1].replace(/\s+/g, ""));
  let key;
  try {
    key = await crypto.subtle.importKey("pkcs8", der, { name: "Ed25519" }, true, ["sign"]);
  } catch (error) {
    throw new Error("This key file does not hold an Ed25519 key.");
  }
  // The public half, to name the key to the server (JWK export of a private key carries it).
  const jwk = await crypto.subtle.exportKey("jwk", key);
  return { key, publicKey: "ed25519:" + btoa(atob(b64urlToB64(jwk.x))) };
}

function formBody(form) {
  const data = new FormData(form);
  return {
    meaning: data.get("meaning") || "",
    comment: data.get("comment") || "",
    reason: data.get("reason") || "",
    content_hash: data.get("content_hash") || "",
    field_paths: data.getAll("field_path"),
    field_comments: data.getAll("field_comment"),
  };
}

async function post(url, body) {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const response = await fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
    body: JSON.stringify(body),
  });
  return response.json();
}

function say(form, text, failed) {
  const status = form.querySelector(".sign-status");
  status.textContent = text;
  status.classList.toggle("refusal", Boolean(failed));
}

async function signAndSend(form) {
  if (!window.crypto || !crypto.subtle) {
    throw new Error("This page is not secure (https or 127.0.0.1), so the browser cannot sign.");
  }
  const file = form.querySelector(".key-file").files[0];
  if (!file) throw new Error("Pick your key file first.");
  const { key, publicKey } = await readKey(await file.text());
  const body = { ...formBody(form), public_key: publicKey, signatures: [] };
  // An approval needs two signatures (the approval, then the event holding it).
  for (let round = 0; round < 4; round++) {
    const answer = await post(form.action, body);
    if (answer.error) {
      const more = answer.hint ? " " + answer.hint : "";
      say(form, answer.error + "." + more, true);
      if (answer.diff) {
        const link = document.createElement("a");
        link.href = answer.diff;
        link.textContent = " See what changed.";
        form.querySelector(".sign-status").append(link);
      }
      return;
    }
    if (answer.done) {
      window.location.assign(answer.done);
      return;
    }
    body.at = answer.at;
    const signature = await crypto.subtle.sign({ name: "Ed25519" }, key, b64decode(answer.sign));
    body.signatures.push("ed25519:" + b64encode(signature));
    say(form, "Signed; checking with the server…", false);
  }
  throw new Error("The server kept asking for signatures; nothing was written.");
}

for (const form of document.querySelectorAll("form[data-sign]")) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    say(form, "Signing…", false);
    signAndSend(form).catch((error) => say(form, error.message, true));
  });
}
