// The guides of the URL contract (DESIGN.md, helper conventions): /guides/<slug>/. Shared by the unit and end-to-end tests.
export const GUIDE_SLUGS = [
  "recording-conversations",
  "photos-and-video",
  "workplace-camera-surveillance",
  "employer-email-access",
  "breach-notification",
  "data-protection-officers",
  "dpia",
  "transfers",
  "children-and-consent",
  "national-identity-numbers",
  "research-archiving-statistics",
  "scope-of-the-act",
  "enforcement-and-appeals",
];
