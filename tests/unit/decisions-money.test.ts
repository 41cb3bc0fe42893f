import { describe, expect, test } from "vitest";
import {
  convert,
  formatApprox,
  formatMoney,
  formatMoneyShort,
  formatWithOther,
  otherCurrency,
  REFERENCE_RATE,
  roundApprox,
  toNok,
} from "../../src/lib/decisions/money";

describe("money", () => {
  test("one stated reference rate, with its sources", () => {
    expect(REFERENCE_RATE.nokPerEur).toBe(10);
    expect(REFERENCE_RATE.label).toBe("NOK 10 = EUR 1");
    expect(REFERENCE_RATE.explanation).toMatch(/approximate/);
    expect(REFERENCE_RATE.sources.length).toBeGreaterThan(0);
  });

  test("converts both ways at the reference rate", () => {
    expect(convert(65_000_000, "NOK")).toEqual({ amount: 6_500_000, currency: "EUR" });
    expect(convert(20_800, "EUR")).toEqual({ amount: 208_000, currency: "NOK" });
    expect(toNok(400_000, "NOK")).toBe(400_000);
    expect(toNok(20_800, "EUR")).toBe(208_000);
    expect(otherCurrency("NOK")).toBe("EUR");
  });

  test("exact amounts keep every digit", () => {
    expect(formatMoney(65_000_000, "NOK")).toBe("NOK 65,000,000");
    expect(formatMoney(235_200, "NOK")).toBe("NOK 235,200");
  });

  test("short forms only for round millions", () => {
    expect(formatMoneyShort(65_000_000, "NOK")).toBe("NOK 65 million");
    expect(formatMoneyShort(1_250_000, "NOK")).toBe("NOK 1.25 million");
    expect(formatMoneyShort(1_234_567, "NOK")).toBe("NOK 1,234,567");
    expect(formatMoneyShort(400_000, "NOK")).toBe("NOK 400,000");
  });

  test("derived amounts are rounded and marked approximate", () => {
    expect(roundApprox(23_520)).toBe(23_500);
    expect(roundApprox(7_500)).toBe(7_500);
    expect(roundApprox(0)).toBe(0);
    expect(formatApprox(6_500_000, "EUR")).toBe("≈ EUR 6.5 million");
    expect(formatApprox(23_520, "EUR")).toBe("≈ EUR 23,500");
    expect(formatWithOther(65_000_000, "NOK")).toBe("NOK 65,000,000 (≈ EUR 6.5 million)");
    expect(formatWithOther(20_800, "EUR")).toBe("EUR 20,800 (≈ NOK 208,000)");
  });
});
