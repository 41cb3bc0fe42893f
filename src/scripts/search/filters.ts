// The search page's filters: built once, a group at a time with a pause between (so that the page
// answers the reader meanwhile), then updated in place (counts, checked, hidden), so that the box
// the reader just toggled keeps the focus. Loaded after the first results, which do not need it.
import { FILTERS, type SearchState } from "../../lib/search/url-state";
import type { Facets } from "./engine";

/** A fieldset per filter with values on the site, an unlabelled checkbox per value (renderFilters writes the labels). */
export async function buildFilters(box: HTMLElement, labels: Partial<Record<string, string>>, facets: Facets): Promise<void> {
  const byNumber = (a: string, b: string) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, ""));
  for (const name of FILTERS.filter((n) => facets.values[n]?.length)) {
    const fieldset = document.createElement("fieldset");
    if (name === "article") fieldset.className = "compact";
    fieldset.hidden = true;
    const legend = document.createElement("legend");
    legend.textContent = labels[name] ?? name;
    legend.dataset.filter = name;
    fieldset.append(legend);
    const values = [...facets.values[name]].sort((a, b) =>
      name === "year" ? b.localeCompare(a) : name === "article" ? byNumber(a, b) : a.localeCompare(b, "nb"),
    );
    for (const value of values) {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "checkbox";
      input.name = name;
      input.value = value;
      label.append(input, document.createElement("span"));
      label.dataset.value = value;
      fieldset.append(label);
    }
    box.append(fieldset);
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Counts, checked boxes and the summary's number of chosen filters (`summaryText` words it); options with no result are hidden unless chosen or focused. */
export function renderFilters(box: HTMLElement, summary: HTMLElement, state: SearchState, facets: Facets, summaryText: (chosen: number) => string): void {
  let chosen = 0;
  for (const fieldset of box.querySelectorAll("fieldset")) {
    let visible = 0;
    for (const label of fieldset.querySelectorAll<HTMLLabelElement>("label")) {
      const input = label.querySelector("input")!;
      const n = facets.counts[input.name]?.[input.value] ?? 0;
      input.checked = state.filters[input.name as keyof SearchState["filters"]]?.includes(input.value) ?? false;
      if (input.checked) chosen++;
      const shown = input.name === "article" ? `${input.value.replace(/^Article /, "Art. ")} (${n})` : ` ${input.value} (${n})`;
      const text = label.querySelector("span")!;
      if (text.textContent !== shown) text.textContent = shown;
      label.hidden = n === 0 && !input.checked && document.activeElement !== input;
      if (!label.hidden) visible++;
    }
    fieldset.hidden = visible === 0;
  }
  summary.textContent = summaryText(chosen);
}
