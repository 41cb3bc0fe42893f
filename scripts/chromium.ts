// How Debian's Chromium is launched, for the end-to-end tests (playwright.config.ts) and the bench
// alike: Playwright's own browser download is not used; CHROMIUM_PATH points elsewhere if needed.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
