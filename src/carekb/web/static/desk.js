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

// A key file as 'carekb keys new' writes it: PKCS#8 PEM, Ed25519, either plain or
// encrypted with a passphrase (PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC), which
// is undone here with WebCrypto: the passphrase, like the key, never leaves the page.
async function readKey(pem, passphrase) {
  let der;
  const encrypted = pem.match(/-----BEGIN ENCRYPTED PRIVATE KEY-----([\s\S]+?)-----END ENCRYPTED PRIVATE KEY-----/);
  if (encrypted) {
    if (!passphrase) throw new Error("This key file is protected by a passphrase: type it in the passphrase box.");
    der = await decryptPkcs8(b64decode(encrypted[1].replace(/\s+/g, "")), passphrase);
  } else {
    const match = pem.match(/-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/);
    if (!match) throw new Error("This is not a carekb key file (no PEM private key in it).");
    der = b64decode(match[1].replace(/\s+/g, ""));
  }
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

// Just enough DER (X.690) to read an EncryptedPrivateKeyInfo: tag, length, content.
function derRead(bytes, at) {
  const tag = bytes[at];
  let length = bytes[at + 1];
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count < 1 || count > 3) throw new Error("bad DER length");
    length = 0;
    for (let i = 0; i < count; i++) length = (length << 8) | bytes[start + i];
    start += count;
  }
  if (start + length > bytes.length) throw new Error("truncated DER");
  return { tag, start, end: start + length, content: bytes.subarray(start, start + length) };
}

function derChildren(node, bytes) {
  const children = [];
  for (let at = node.start; at < node.end; ) {
    const child = derRead(bytes, at);
    children.push(child);
    at = child.end;
  }
  return children;
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

const OID_PBES2 = "2a864886f70d01050d";
const OID_PBKDF2 = "2a864886f70d01050c";
const OID_HMAC_SHA256 = "2a864886f70d0209";
const OID_AES256_CBC = "60864801650304012a";

async function decryptPkcs8(der, passphrase) {
  const unsupported = new Error("This key file's encryption is not PBKDF2-HMAC-SHA256 with AES-256-CBC, which the browser can open; make a new key with 'carekb keys new'.");
  let salt, iterations, iv, data;
  try {
    const top = derChildren(derRead(der, 0), der);
    const [algorithm, encrypted] = top;
    const [schemeOid, schemeParams] = derChildren(algorithm, der);
    if (hex(schemeOid.content) !== OID_PBES2) throw unsupported;
    const [kdf, cipher] = derChildren(schemeParams, der);
    const [kdfOid, kdfParams] = derChildren(kdf, der);
    if (hex(kdfOid.content) !== OID_PBKDF2) throw unsupported;
    const params = derChildren(kdfParams, der);
    salt = params[0].content;
    iterations = 0;
    for (const b of params[1].content) iterations = iterations * 256 + b;
    const prf = params.find((p, i) => i >= 2 && p.tag === 0x30);
    if (!prf || hex(derChildren(prf, der)[0].content) !== OID_HMAC_SHA256) throw unsupported;
    const [cipherOid, ivNode] = derChildren(cipher, der);
    if (hex(cipherOid.content) !== OID_AES256_CBC) throw unsupported;
    iv = ivNode.content;
    data = encrypted.content;
  } catch (error) {
    if (error === unsupported) throw error;
    throw new Error("This key file is damaged (its encrypted key cannot be read).");
  }
  const base = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  const aes = await crypto.subtle.deriveKey(
    { name: "PBKDF2", salt, iterations, hash: "SHA-256" },
    base,
    { name: "AES-CBC", length: 256 },
    false,
    ["decrypt"],
  );
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: "AES-CBC", iv }, aes, data));
  } catch (error) {
    throw new Error("The passphrase does not open this key file (it is case-sensitive). Nothing was signed.");
  }
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
  const passphrase = form.querySelector(".key-passphrase");
  const { key, publicKey } = await readKey(await file.text(), passphrase ? passphrase.value : "");
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
