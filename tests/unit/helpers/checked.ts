// Unwraps the { ok } results of the deadline calculators and date parsers, failing with the
// whole result when it is not the expected kind.
export const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(`expected a result, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};
export const bad = <T extends { ok: boolean }>(r: T) => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: false }>;
};
