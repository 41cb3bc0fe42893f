// A small decision tree for the tests of the tree validator (lib/trees/validate.ts) and walker (lib/trees/walk.ts).
import type { ValidatableTree } from "../../../src/lib/trees/validate";

/** A small well-formed tree: two questions, three outcomes, one outcome reached two ways. */
export const smallTree = (): ValidatableTree => ({
  start: "q1",
  nodes: {
    q1: {
      kind: "question",
      question: "First?",
      answers: [
        { id: "yes", label: "Yes", next: "q2" },
        { id: "no", label: "No", next: "o-no" },
      ],
    },
    q2: {
      kind: "question",
      question: "Second?",
      answers: [
        { id: "a", label: "A", next: "o-a" },
        { id: "b", label: "B", next: "o-no" },
      ],
    },
    "o-no": { kind: "outcome", verdict: "No", cites: ["pda:12(1)"] },
    "o-a": { kind: "outcome", verdict: "Yes", cites: ["gdpr:33(1)", "pda:16(4)"] },
  },
});
