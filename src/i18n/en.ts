// The interface in English: every word of the site's frame and tools that is not content.
// nb.ts has the same keys in Norwegian; pages pick one with ui(lang) (src/i18n/index.ts).
export const en = {
  lang: "en",
  skip: "Skip to content",
  home: "Home",
  menu: "Menu",
  mainNav: "Main",
  nav: {
    act: "Personal Data Act",
    actNb: "Norsk tekst",
    gdpr: "GDPR",
    decisions: "Decisions",
    fines: "Fines",
    penal: "Penal Code",
    legislation: "Legislation",
    guides: "Guides",
    glossary: "Glossary",
    tools: "Tools",
    search: "Search",
  },
  interfaceLanguage: "Interface language",
  switchTo: "Norsk grensesnitt",
  theme: { dark: "Dark theme", light: "Light theme" },
  footer: {
    notAdvice: "Not legal advice.",
    notAdviceText: "This site explains the law; it is not legal advice. Check the official text on Lovdata before relying on it.",
    sources: "Sources",
    checked: "Statute text last checked against its sources on",
    privacy:
      "Privacy: this site sets no cookies, loads nothing from other sites and runs no analytics. Your choices (theme, language) are kept in your own browser.",
    data: "Data",
  },
  print: { printed: "Printed from", asOf: "Text as of", source: "Source" },
  cite: {
    bar: "Cite this",
    place: "Cite this place",
    link: "Copy link",
    citation: "Copy citation",
    other: "Copy Norwegian citation",
    markdown: "Copy as Markdown link",
    quote: "Copy quote with citation",
    close: "Close",
    copied: "Copied",
    copiedTo: "Copied to the clipboard",
    failed: "Could not copy; select the text instead",
    asOf: "text as of",
  },
};

export type UiStrings = typeof en;
