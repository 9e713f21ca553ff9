// Text for the terminal: names and titles come from files anyone can write, so before they are
// printed, control, bidirectional and zero-width characters are made visible (visibleText, as the
// app shows them), and a file can neither rewrite what is shown nor send escape sequences.
import { visibleText } from '../shared/visible-text';

/** The text in double quotes, with JSON's escapes for quotes, backslashes and control characters, hidden ones shown. */
export function quotedText(text: string): string {
  return visibleText(JSON.stringify(text));
}

/** `1 annotation`, `23 annotations`. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
