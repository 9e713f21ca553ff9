// The few Web-platform globals the pure core may use, present alike in Node (>= 20), Chromium and
// Electron. tsconfig.shared.json gives src/shared neither the DOM's types nor Node's, so anything
// else platform-specific fails to compile there.

interface TextEncoder {
  encode: (input?: string) => Uint8Array;
}
declare const TextEncoder: new () => TextEncoder;

interface TextDecoder {
  decode: (input?: ArrayBufferView | ArrayBuffer) => string;
}
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoder;

interface Crypto {
  randomUUID: () => `${string}-${string}-${string}-${string}-${string}`;
}
declare const crypto: Crypto;
