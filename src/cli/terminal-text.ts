// Names and titles come from files anyone can write; before they reach a terminal, control and
// bidirectional-override characters are made visible so a file cannot rewrite what is shown.

const UNSAFE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** The text as is when it is safe to print, with each unsafe character shown as U+FFFD otherwise. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, '\uFFFD');
}

/** The text in double quotes, with JSON's escapes for quotes, backslashes and control characters. */
export function quotedText(text: string): string {
  return terminalText(JSON.stringify(text));
}

/** `1 annotation`, `23 annotations`. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
