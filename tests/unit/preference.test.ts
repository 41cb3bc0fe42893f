// src/scripts/preference.ts: a reader's choice is set on <html> and remembered, and the page that
// loads next applies it before paint with public/scripts/prefs.js, which reads the same keys. The
// choices are those the components make (ThemeToggle, AlongsideToggle, InterfaceLanguage), read from
// their source, so a key renamed on one side only fails here. Node has no DOM: <html> is a small
// element that keeps data attributes the way the browser's does (dataset.theme is data-theme), and
// localStorage a Map behind the Storage methods the two scripts use.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, test, vi } from "vitest";
import { setPreference } from "../../src/scripts/preference";
import { root as project } from "./helpers/act-files";

class Html {
  readonly attributes = new Map<string, string>();
  readonly dataset: Record<string, string | undefined> = new Proxy(
    {},
    {
      get: (_, key) => this.attributes.get(Html.attribute(key)),
      set: (_, key, value) => (this.attributes.set(Html.attribute(key), String(value)), true),
      deleteProperty: (_, key) => (this.attributes.delete(Html.attribute(key)), true),
    },
  );
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  static attribute(key: string | symbol) {
    return `data-${String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  }
}

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A page: its <html> and the storage it shares with the other pages of the site. */
function page(storage: MemoryStorage | object = new MemoryStorage()) {
  const html = new Html();
  vi.stubGlobal("document", { documentElement: html });
  vi.stubGlobal("localStorage", storage);
  return { html, storage };
}
afterEach(() => {
  vi.unstubAllGlobals();
});

const prefsJs = readFileSync(join(project, "public", "scripts", "prefs.js"), "utf8");
/** The next page, as prefs.js leaves its <html> before the page is painted. */
function nextPage(storage: object): Map<string, string> {
  const html = new Html();
  runInNewContext(prefsJs, { document: { documentElement: html }, localStorage: storage });
  return html.attributes;
}

const source = (file: string) => readFileSync(join(project, "src", "components", file), "utf8");
/** Every preference the components set: [storage key, data attribute, values it can take]. */
const CHOICES: [string, string, string[]][] = [
  ...[
    ...`${source("ThemeToggle.astro")}${source("statute/AlongsideToggle.astro")}`.matchAll(
      /<PrefToggle [^>]*key="([^"]+)" attribute="([^"]+)" on="([^"]+)"(?: off="([^"]+)")?/g,
    ),
  ].map(([, key, attribute, on, off]): [string, string, string[]] => [key, attribute, off ? [on, off] : [on]]),
  ...[...source("PrefToggle.astro").matchAll(/setPreference\("([^"]+)", "([^"]+)", [^?]+\? "([^"]+)" : "([^"]+)"\)/g)].map(
    ([, key, attribute, a, b]): [string, string, string[]] => [key, attribute, [a, b]],
  ),
];

describe("setPreference", () => {
  test("sets the choice on <html> and remembers it", () => {
    const { html, storage } = page();
    setPreference("ndpr-theme", "theme", "dark");
    expect(html.attributes.get("data-theme")).toBe("dark");
    expect((storage as MemoryStorage).items.get("ndpr-theme")).toBe("dark");
    setPreference("ndpr-theme", "theme", "light");
    expect(html.attributes.get("data-theme")).toBe("light");
    expect((storage as MemoryStorage).items.get("ndpr-theme")).toBe("light");
  });

  test("no value takes the choice off <html> and forgets it", () => {
    const { html, storage } = page();
    setPreference("ndpr-alongside", "alongside", "nb");
    setPreference("ndpr-alongside", "alongside", undefined);
    expect(html.attributes.has("data-alongside")).toBe(false);
    expect((storage as MemoryStorage).items.has("ndpr-alongside")).toBe(false);
  });

  test("where storage is refused (private browsing), the choice still applies to the page, without an error", () => {
    const refuse = () => {
      throw new Error("QuotaExceededError");
    };
    const { html } = page({ getItem: refuse, setItem: refuse, removeItem: refuse });
    expect(() => setPreference("ndpr-ui", "interface", "nb")).not.toThrow();
    expect(html.attributes.get("data-interface")).toBe("nb");
    expect(() => setPreference("ndpr-ui", "interface", undefined)).not.toThrow();
    expect(html.attributes.has("data-interface")).toBe(false);
  });
});

describe("a choice made on one page is applied before paint on the next (public/scripts/prefs.js)", () => {
  test("the components make the three choices: theme, Norwegian alongside, interface language", () => {
    expect(CHOICES.map(([key]) => key).sort()).toEqual(["ndpr-alongside", "ndpr-theme", "ndpr-ui"]);
  });

  test.each(CHOICES.flatMap(([key, attribute, values]) => values.map((value) => [key, attribute, value])))("%s = %s %s", (key, attribute, value) => {
    const { html, storage } = page();
    setPreference(key, attribute, value);
    expect(nextPage(storage)).toEqual(html.attributes);
  });

  test("a choice taken back is not applied on the next page", () => {
    const { storage } = page();
    setPreference("ndpr-alongside", "alongside", "nb");
    setPreference("ndpr-alongside", "alongside", undefined);
    expect(nextPage(storage).size).toBe(0);
  });

  test("a stored value the site never sets is ignored", () => {
    const storage = new MemoryStorage();
    storage.setItem("ndpr-theme", "sepia");
    storage.setItem("ndpr-ui", "de");
    storage.setItem("ndpr-alongside", "en");
    expect(nextPage(storage).size).toBe(0);
  });

  test("without storage the page keeps its defaults, without an error", () => {
    expect(
      nextPage({
        getItem() {
          throw new Error("SecurityError");
        },
      }).size,
    ).toBe(0);
  });
});
