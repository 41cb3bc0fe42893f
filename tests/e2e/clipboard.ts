// Reading the clipboard after a copy button. A copy is asynchronous (navigator.clipboard.write), so
// a test reads with expect.poll until the expected text is there, not once: a single read on a loaded
// machine can see the previous copy.
import type { Page } from "@playwright/test";

/** The text/plain flavour on the clipboard. */
export const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/**
 * Both flavours on the clipboard: text/plain and text/html. A copy that lands between reading the
 * clipboard and reading a flavour makes Chromium refuse the read ("Clipboard data has changed"):
 * the clipboard is read again, as the new copy is what the test waits for.
 */
export const flavours = (page: Page) =>
  page.evaluate(async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        const [item] = await navigator.clipboard.read();
        const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : undefined);
        return { plain: await read("text/plain"), html: await read("text/html") };
      } catch (error) {
        if (attempt === 10 || !(error instanceof DOMException && error.name === "InvalidStateError")) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
