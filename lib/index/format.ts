// Contract stub for the index format; implemented by the core issue.
export interface LoadedIndex { version: number; size: number }
