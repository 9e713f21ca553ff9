// The review's records as the rest of the renderer knows them (a review, its decisions, the
// database the review actions write to): the database module alone defines the schema, and only
// db/ imports it.
export type { Decision, DecisionKind, Review, VeritagDatabase } from './database';
