// The search page's filters: built once (their options are every value on the site, the same for
// every search), a few at a time with a pause between, so that the page answers the reader meanwhile;
// then updated in place (counts, checked, hidden), touching only what changed, so that the box the
// reader just toggled keeps the focus. Loaded after the first results, which do not need it. The
// options' order and words are lib/search/filter-options.ts.
import { chosenCount, optionOrder, optionShown, optionText } from "../../lib/search/filter-options";
import { FILTERS, type SearchState } from "../../lib/search/url-state";
import type { Facets } from "./engine";

/** How many options are made in one task: the GDPR articles alone are about a hundred. */
export const OPTIONS_PER_TASK = 40;

/** A fieldset per filter with values on the site, an unlabelled checkbox per value (renderFilters writes the labels). */
export async function buildFilters(box: HTMLElement, labels: Partial<Record<string, string>>, facets: Facets): Promise<void> {
  let made = 0;
  for (const name of FILTERS.filter((n) => facets.values[n]?.length)) {
    const fieldset = document.createElement("fieldset");
    if (name === "article") fieldset.className = "compact";
    fieldset.hidden = true;
    const legend = document.createElement("legend");
    legend.textContent = labels[name] ?? name;
    legend.dataset.filter = name;
    fieldset.append(legend);
    for (const value of optionOrder(name, facets.values[name])) {
      if (++made % OPTIONS_PER_TASK === 0) await new Promise((resolve) => setTimeout(resolve));
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
  }
}

/** Counts, checked boxes and the summary's number of chosen filters (`summaryText` words it, `values` the values in the interface language); options with no result are hidden unless chosen or focused. */
export function renderFilters(
  box: HTMLElement,
  summary: HTMLElement,
  state: SearchState,
  facets: Facets,
  summaryText: (chosen: number) => string,
  values: Partial<Record<string, string>> = {},
): void {
  for (const fieldset of box.querySelectorAll("fieldset")) {
    let visible = 0;
    for (const label of fieldset.querySelectorAll<HTMLLabelElement>("label")) {
      const input = label.querySelector("input")!;
      const n = facets.counts[input.name]?.[input.value] ?? 0;
      const checked = state.filters[input.name as keyof SearchState["filters"]]?.includes(input.value) ?? false;
      if (input.checked !== checked) input.checked = checked;
      const text = label.querySelector("span")!;
      const shown = optionText(input.name, values[input.value] ?? input.value, n);
      if (text.textContent !== shown) text.textContent = shown;
      const hidden = !optionShown(n, checked, document.activeElement === input);
      if (label.hidden !== hidden) label.hidden = hidden;
      if (!hidden) visible++;
    }
    if (fieldset.hidden !== (visible === 0)) fieldset.hidden = visible === 0;
  }
  summary.textContent = summaryText(chosenCount(state.filters));
}
