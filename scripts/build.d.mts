export const ENTRIES: readonly string[];
export function isStale(): boolean;
export function build(): Promise<string[]>;
