// Site-wide settings and facts shown in the frame of every page.
export const site = {
  name: "Norwegian Data Protection Reference",
  shortName: "NDPR",
  description: "The Norwegian Personal Data Act in English and Norwegian, section by section, with permanent links to every subsection and lettered item.",
  /** When the statute text on the site was last compared with its sources (tests/unit/act-fidelity.test.ts). */
  textCheckedOn: "2026-11-23",
  notLegalAdvice: "This site explains the law; it is not legal advice. Check the official text on Lovdata before relying on it.",
};
