// What every content model shares: the entries it is given (from Astro's collections or the one
// content reader, lib/content/disk.ts) and the error it throws, which names the file, the field and the value.

/** A content entry as a model takes it: its id (the file name below its folder), frontmatter, and body. */
export interface EntryLike<T> {
  id: string;
  data: T;
  body?: string;
  filePath?: string;
}

/** A content error that names the file, the field and the value. */
export class ContentError extends Error {
  constructor(file: string, field: string, value: unknown, problem: string) {
    super(`${file}: field "${field}" = ${JSON.stringify(value)}: ${problem}`);
    this.name = "ContentError";
  }
}
