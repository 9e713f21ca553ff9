// Counts in words, the one place the app's messages pluralise: "1 annotation", "2 annotations",
// "1,204 annotations".
const NUMBER = new Intl.NumberFormat('en');

/** A count with its digits grouped: "1,204". */
export const formatCount = (count: number): string => NUMBER.format(count);

/** The count (digits grouped) and the noun that agrees with it. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
