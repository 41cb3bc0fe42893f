// A reader's preference (theme, interface language, Norwegian text alongside): kept on <html> as a
// data attribute, remembered in localStorage and applied before paint by public/scripts/prefs.js,
// which reads the same keys.

/** Sets `data-<attribute>` on <html> to `value` (removes it for undefined) and remembers it under `key`. */
export function setPreference(key: string, attribute: string, value: string | undefined) {
  const root = document.documentElement;
  if (value === undefined) delete root.dataset[attribute];
  else root.dataset[attribute] = value;
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* storage refused: applied for this page only */
  }
}
