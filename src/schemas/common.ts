// Field schemas shared by every collection: identifiers, dates and the like.
// Each states in its message what it expects and what it got, so a bad file is easy to fix.
import { z } from "astro/zod";

/** The value a field was given, as it reads in an error message: "three", 12, {"years":3}. */
export const got = (input: unknown) => JSON.stringify(input);

/** YAML hands over an unquoted 2021-12-13 as a Date; schemas compare the calendar date as written. */
export const yamlDateToString = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value);

/** A Norwegian statute identifier as Lovdata writes it: LOV-2018-06-15-38. */
export const lovId = z.string().regex(/^LOV-\d{4}-\d{2}-\d{2}-\d+$/, {
  error: (issue) => `expected a Lovdata identifier like "LOV-2018-06-15-38", got ${got(issue.input)}`,
});

/** A calendar date, written YYYY-MM-DD (YAML may hand it over as a Date). */
export const isoDate = z.preprocess(yamlDateToString, z.iso.date({ error: (issue) => `expected a real date written YYYY-MM-DD, got ${got(issue.input)}` }));
