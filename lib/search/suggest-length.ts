/**
 * Fewer characters match too much to be useful as suggestions. A module of its own so the search
 * field can read it without loading the suggestions' TanStack Query code.
 */
export const MIN_SUGGEST_LENGTH = 2;
