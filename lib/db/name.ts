// The database's name, shared by Dexie and the popup's bare first read.
export const DB_NAME = 'contretemps';
