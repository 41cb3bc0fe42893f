// src/scripts/island.ts: an island's listeners, registered with its signal, end when it leaves the
// page, and a re-attached island starts afresh. Node has EventTarget and AbortController but no DOM:
// HTMLElement, the class an island extends, stands in as an empty class for this file, and the
// listeners are put on a real EventTarget. The e2e test islands.spec.ts proves it in the browser.
import { afterAll, beforeAll, expect, test, vi } from "vitest";

let Island: typeof import("../../src/scripts/island").Island;
beforeAll(async () => {
  vi.stubGlobal("HTMLElement", class {});
  ({ Island } = await import("../../src/scripts/island"));
});
afterAll(() => {
  vi.unstubAllGlobals();
});

/** An island that counts the "ping" events of `target` while it is connected, as islands listen to window or document. */
function counter(target: EventTarget) {
  const island = new (class extends Island {
    pings = 0;
    connectedCallback() {
      target.addEventListener("ping", () => this.pings++, { signal: this.signal });
    }
  })();
  return island;
}
const ping = (target: EventTarget) => target.dispatchEvent(new Event("ping"));

test("a connected island hears its listeners; once disconnected, it hears nothing", () => {
  const target = new EventTarget();
  const island = counter(target);
  island.connectedCallback();
  ping(target);
  expect(island.pings).toBe(1);
  island.disconnectedCallback();
  ping(target);
  expect(island.pings).toBe(1);
});

test("an island taken out and put back runs each handler once, not once per connection", () => {
  const target = new EventTarget();
  const island = counter(target);
  for (let i = 0; i < 3; i++) {
    island.connectedCallback();
    island.disconnectedCallback();
  }
  island.connectedCallback();
  ping(target);
  expect(island.pings).toBe(1);
});

test("one signal per connection: the same while connected, aborted on disconnect, a fresh one after", () => {
  const island = counter(new EventTarget()) as unknown as { signal: AbortSignal; disconnectedCallback(): void };
  const first = island.signal;
  expect(island.signal).toBe(first);
  expect(first.aborted).toBe(false);
  island.disconnectedCallback();
  expect(first.aborted).toBe(true);
  const second = island.signal;
  expect(second).not.toBe(first);
  expect(second.aborted).toBe(false);
});

test("each island has its own signal: one leaving the page leaves the others listening", () => {
  const target = new EventTarget();
  const [a, b] = [counter(target), counter(target)];
  a.connectedCallback();
  b.connectedCallback();
  a.disconnectedCallback();
  ping(target);
  expect([a.pings, b.pings]).toEqual([0, 1]);
});

test("an island disconnected before it ever listened does not fail", () => {
  const island = counter(new EventTarget());
  expect(() => island.disconnectedCallback()).not.toThrow();
});
