// The rule for a name the app writes a file under: one that every system a colleague may use can
// hold as a plain file, so no "..", no Windows device name (CON, LPT1), no ":" (an NTFS stream),
// no control character, no trailing dot or space (which Windows silently drops).
import { codePointName, utf8ByteLength } from './code-points';

/** The longest name most file systems hold (ext4 and APFS count bytes). */
const MAX_NAME_BYTES = 255;
/** Characters Windows refuses in a name, with the separators of every system. */
const FORBIDDEN = /[<>:"/\\|?*]/;
const CONTROL = /\p{Cc}/u;
/** Device names Windows reserves, with or without an extension (`con.json` too). */
const DEVICE = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$/i;

/**
 * What makes `name` unusable as a file's name, as words that follow "it" (`is only dots`), or
 * null when it is a name every system can hold.
 */
export function fileNameProblem(name: string): string | null {
  if (name === '') return 'is empty';
  if (/^\.+$/.test(name)) return 'is only dots';
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden !== null) {
    return `contains "${forbidden[0]}", which Windows, macOS or Linux do not allow in a file name`;
  }
  const control = CONTROL.exec(name);
  if (control !== null) return `contains a control character (${codePointName(control[0].codePointAt(0) ?? 0)})`;
  if (/[. ]$/.test(name)) return 'ends with a dot or a space, which Windows drops';
  // Windows reads `con.json` and `con .json` as the device CON.
  const stem = name.split('.', 1)[0]?.trimEnd() ?? '';
  if (DEVICE.test(stem)) return `names the Windows device "${stem}"`;
  const bytes = utf8ByteLength(name);
  if (bytes > MAX_NAME_BYTES) return `is longer than ${MAX_NAME_BYTES} bytes in UTF-8 (${bytes})`;
  return null;
}

/** `name` when every system can hold it, else an error saying why not. */
export function portableFileName(name: string): string {
  const problem = fileNameProblem(name);
  if (problem !== null) throw new Error(`“${name}” cannot be used as a file name: it ${problem}.`);
  return name;
}
