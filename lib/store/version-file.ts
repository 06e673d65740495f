/** Beside the database: its data version, rewritten after every committed change. */
export const versionFile = (databaseFile: string) => `${databaseFile}.version`;
