import { expect, test } from "vitest";
import { csvCell } from "../../src/lib/csv";

test("a cell is quoted only when it holds a quote, comma or line break, with quotes doubled", () => {
  expect(csvCell("Grindr LLC")).toBe("Grindr LLC");
  expect(csvCell("Oslo, tingrett")).toBe('"Oslo, tingrett"');
  expect(csvCell('the "Board"')).toBe('"the ""Board"""');
  expect(csvCell("two\nlines")).toBe('"two\nlines"');
  expect(csvCell(undefined)).toBe("");
  expect(csvCell(null)).toBe("");
  expect(csvCell(65000000)).toBe("65000000");
});
