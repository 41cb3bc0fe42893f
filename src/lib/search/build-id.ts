// One id per build, written on every page, so that the search can ask for Pagefind's entry file
// by build (…pagefind-entry.json?ts=<id>) and the browser may keep it between pages.
export const BUILD_ID = Date.now().toString(36);
