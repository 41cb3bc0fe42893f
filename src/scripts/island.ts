// The base of the site's islands (custom elements). Listeners an island adds in connectedCallback
// are registered with `{ signal: this.signal }`, so that they are all removed when the element
// leaves the page, and an element that is moved or re-attached does not run its handlers twice.
export class Island extends HTMLElement {
  #listeners: AbortController | undefined;

  /** Aborted when the element is disconnected; a fresh one for each connection. */
  protected get signal(): AbortSignal {
    this.#listeners ??= new AbortController();
    return this.#listeners.signal;
  }

  disconnectedCallback() {
    this.#listeners?.abort();
    this.#listeners = undefined;
  }
}
