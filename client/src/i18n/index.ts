import { id } from './id';

/** The active UI text. Only Bahasa Indonesia for now; an English file of the same shape can be switched in here. */
export const t = id;
