// What the rest of the renderer holds of storage: the app's database as a handle it passes to the
// repository functions of db/ (only db/ modules read or write tables, and only they import
// database.ts), and the types of the stored records it shows.
export { db as storage } from './database';
export type { Decision, DecisionKind, ForeignDocument, Review, VeritagDatabase as Storage } from './database';
