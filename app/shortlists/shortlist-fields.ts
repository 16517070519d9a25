/**
 * Limits of a shortlist's name and notes. Kept out of shortlist.server.ts because the pages use
 * them as input limits, and a .server module is an empty module in the browser.
 */
export const MAX_NAME_LENGTH = 120;
export const MAX_NOTE_LENGTH = 2000;
