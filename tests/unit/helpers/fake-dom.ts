// A very small document for the search scripts' unit tests: elements with children, text, data
// attributes, properties set freely, and querySelector(All) by tag name only. Enough to read what
// renderHit and the filters build; the browser itself is the e2e tests' (tests/e2e/search.spec.ts).
export class FakeText {
  constructor(public textContent: string) {}
}

export class FakeElement {
  children: (FakeElement | FakeText)[] = [];
  dataset: Record<string, string> = {};
  hidden = false;
  className = "";
  private text = "";
  [property: string]: unknown;
  constructor(public tagName: string) {}
  append(...nodes: (FakeElement | FakeText | string)[]) {
    for (const n of nodes) this.children.push(typeof n === "string" ? new FakeText(n) : n);
  }
  get textContent(): string {
    return this.children.length ? this.children.map((c) => c.textContent).join("") : this.text;
  }
  set textContent(value: string) {
    this.children = [];
    this.text = value;
  }
  querySelectorAll(tag: string): FakeElement[] {
    return this.children.flatMap((c) => (c instanceof FakeElement ? [...(c.tagName === tag ? [c] : []), ...c.querySelectorAll(tag)] : []));
  }
  querySelector(tag: string): FakeElement | null {
    return this.querySelectorAll(tag)[0] ?? null;
  }
}

/** A stand-in for `document`: what the search scripts call on it. */
export const fakeDocument = () => ({
  activeElement: null as FakeElement | null,
  createElement: (tag: string) => new FakeElement(tag),
  createTextNode: (text: string) => new FakeText(text),
});
