// A document is identified by the SHA-256 of its normalized text (see the annotation-set spec),
// so two people who load the same article get the same id whatever the file was called.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const DOCUMENT_ID_PREFIX = 'sha256:';

const DOCUMENT_ID_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** `sha256:` + lowercase hex SHA-256 of the text's UTF-8 bytes (the text must be normalized). */
export function documentId(text: string): string {
  return DOCUMENT_ID_PREFIX + bytesToHex(sha256(new TextEncoder().encode(text)));
}

/** True for a string shaped like a document id. */
export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID_PATTERN.test(value);
}
