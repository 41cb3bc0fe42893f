// src/scripts/clipboard.ts: what reaches the clipboard by each way the browser may offer. Node has no
// clipboard: navigator.clipboard, ClipboardItem and the document's copy command stand in here as
// small recorders of what they are given (the copy command fires a real copy event through Node's
// EventTarget, as the browser does). The e2e tests (cite.spec.ts and others) read the real clipboard.
import { afterEach, describe, expect, test, vi } from "vitest";
import { copyRich, copyText } from "../../src/scripts/clipboard";

/** What was put on the clipboard, by MIME type. */
type Written = Record<string, string>;

class RecordingClipboard {
  written: Written | undefined;
  constructor(private readonly refuse = false) {}
  async writeText(text: string) {
    if (this.refuse) throw new DOMException("Write permission denied.", "NotAllowedError");
    this.written = { "text/plain": text };
  }
  async write(items: { items: Record<string, Blob> }[]) {
    if (this.refuse) throw new DOMException("Write permission denied.", "NotAllowedError");
    expect(items).toHaveLength(1);
    const entries = await Promise.all(Object.entries(items[0].items).map(async ([type, blob]) => [type, await blob.text()] as const));
    for (const [type, blob] of Object.entries(items[0].items)) expect(blob.type).toBe(type);
    this.written = Object.fromEntries(entries);
  }
}

/** The document's copy command: fires a cancelable copy event whose clipboardData records what listeners set. */
class CopyCommandDocument extends EventTarget {
  copied: Written[] = [];
  constructor(private readonly works = true) {
    super();
  }
  execCommand(command: string) {
    expect(command).toBe("copy");
    const data: Written = {};
    const event = Object.assign(new Event("copy", { cancelable: true }), { clipboardData: { setData: (type: string, text: string) => (data[type] = text) } });
    this.dispatchEvent(event);
    if (event.defaultPrevented) this.copied.push(data);
    return this.works;
  }
}

function browser({ clipboardItem = true, refuse = false, copyWorks = true } = {}) {
  const clipboard = new RecordingClipboard(refuse);
  const document = new CopyCommandDocument(copyWorks);
  vi.stubGlobal("navigator", { clipboard });
  vi.stubGlobal("document", document);
  vi.stubGlobal(
    "ClipboardItem",
    clipboardItem
      ? class {
          constructor(readonly items: Record<string, Blob>) {}
        }
      : undefined,
  );
  return { clipboard, document };
}
afterEach(() => {
  vi.unstubAllGlobals();
});

const PLAIN = "Personal Data Act section 16 first subsection (c)";
const HTML = `<a href="https://example.org/personal-data-act/16/#subsection-1-c">${PLAIN}</a>`;

describe("with the Clipboard API", () => {
  test("text and HTML go on the clipboard together, each under its own type", async () => {
    const { clipboard, document } = browser();
    expect(await copyRich(PLAIN, HTML)).toBe(true);
    expect(clipboard.written).toEqual({ "text/plain": PLAIN, "text/html": HTML });
    expect(document.copied).toEqual([]);
  });

  test("text alone goes on as plain text", async () => {
    const { clipboard } = browser();
    expect(await copyText(PLAIN)).toBe(true);
    expect(clipboard.written).toEqual({ "text/plain": PLAIN });
  });

  test("a browser without ClipboardItem gets the plain text", async () => {
    const { clipboard } = browser({ clipboardItem: false });
    expect(await copyRich(PLAIN, HTML)).toBe(true);
    expect(clipboard.written).toEqual({ "text/plain": PLAIN });
  });
});

describe("where the Clipboard API refuses (a page over plain http), through the copy command", () => {
  test("the copy event carries the text and the HTML", async () => {
    const { clipboard, document } = browser({ refuse: true });
    expect(await copyRich(PLAIN, HTML)).toBe(true);
    expect(clipboard.written).toBeUndefined();
    expect(document.copied).toEqual([{ "text/plain": PLAIN, "text/html": HTML }]);
  });

  test("text alone is copied without HTML", async () => {
    const { document } = browser({ refuse: true });
    expect(await copyText(PLAIN)).toBe(true);
    expect(document.copied).toEqual([{ "text/plain": PLAIN }]);
  });

  test("the listener is gone afterwards: the reader's own next copy is left alone", async () => {
    const { document } = browser({ refuse: true });
    await copyRich(PLAIN, HTML);
    document.execCommand("copy");
    expect(document.copied).toHaveLength(1);
  });

  test("a copy command that fails is reported as a failure, and leaves no listener", async () => {
    const { document } = browser({ refuse: true, copyWorks: false });
    expect(await copyRich(PLAIN)).toBe(false);
    document.execCommand("copy");
    expect(document.copied).toHaveLength(1);
  });
});
