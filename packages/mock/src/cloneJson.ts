/** A deep copy through JSON, as a value sent over the wire would be (`undefined` fields drop). */
export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
