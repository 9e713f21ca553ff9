// Vitest browser setup: the renderer's tests lay text out in the app's bundled fonts (Literata,
// Inter), loaded before any test runs, so that geometry never depends on the machine's own fonts.
import '@fontsource/literata/400.css';
import '@fontsource/literata/400-italic.css';
import '@fontsource/inter/400.css';

/** The font stacks tests use; no generic family, so a missing face cannot be replaced silently. */
export const READING_FONT = 'Literata';
export const UI_FONT = 'Inter';

const faces = [`16px ${READING_FONT}`, `italic 16px ${READING_FONT}`, `16px ${UI_FONT}`];
await Promise.all(faces.map((face) => document.fonts.load(face, 'The minister said 40 people died.')));
await document.fonts.ready;
const missing = faces.filter((face) => !document.fonts.check(face, 'a'));
if (missing.length > 0) throw new Error(`Bundled fonts did not load: ${missing.join(', ')}`);
