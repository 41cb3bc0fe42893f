// Builds the Pagefind search index from the finished site, as the last step of `astro build` (and,
// once the whole index outgrows a first query's budget, a second bundle without the decisions, which
// first results come from: writeFirstBundle), then the search's own small files from Pagefind's
// fragments: search/titles.json and search/filters.json (a row per page, lib/search/pages.ts),
// search/vocabulary/<letter>.json (the words the pages use, for correcting queries) and
// search/knowledge.json (glossary synonyms and everyday words, kept to the words the pages use, with
// the pages the glossary names by their ids, which pages are lists, and whether the first bundle exists).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { dataEntries, dataFile } from "../lib/content/disk";
import { isStatuteTarget, parseTarget, statuteSectionPath, targetPath } from "../lib/refs/targets";
import { indexableHtml, pageUrl } from "../lib/search/indexable";
import { listIds, pageRow, parseFragment, sortKeysIn, splitRows } from "../lib/search/pages";
import { type KnowledgeFile, knowledgeFor, parseEveryday } from "../lib/search/synonyms";
import { languagesOf, shardVocabulary, vocabularyOf } from "../lib/search/vocabulary";
import { glossaryTerm } from "../schemas/glossary";

// Notes repeated on hundreds of pages (where a text comes from, "not legal advice", feed links,
// source labels): they say the same on every page, so nobody searches for one page by them. Left in,
// they were a fifth of the words indexed, made every index chunk a reader downloads cover fewer words,
// and let words like "corrigendum" or "translation" match every page instead of the pages about them.
const BOILERPLATE = [".translation-notice", ".gdpr-notice", ".legal-notice", ".statute-source", ".explanation-notice", ".provision-feed", ".source-kind"];
const EVERYDAY = "search/everyday.yaml";
/** The bundle of the first results (writeFirstBundle), beside the whole index in pagefind/. */
const FIRST = "pagefind/first";
/**
 * The whole index's metadata (a line per page, compressed) past which a query reads the first bundle
 * first. A first query fetches Pagefind's script and WebAssembly (72 KB), an index chunk (about 25 KB)
 * and a few pages' fragments (5 KB) besides: within its budget of 120 KB, 8 KB of metadata (about 1,300 pages) leave room to spare.
 */
const FIRST_META_BYTES = 8 * 1024;

/**
 * The pages a glossary term's `see` target names, as the page table addresses them: a statute section
 * in each language its instrument is held in (the Act's twice), any other target's own page. Decisions are examples of a term, not where
 * it is defined, and are left out (their addresses are known only to the decisions collection).
 */
function glossaryPages(target: string): string[] {
  const t = parseTarget(target);
  if (t.kind === "decision") return [];
  const path = targetPath(t).split("#")[0];
  return isStatuteTarget(t) ? [...new Set([path, statuteSectionPath(t.kind, t.section, "nb")])] : [path];
}

function writeSearchFiles(dist: string, firstBundle: boolean) {
  const fragments = readdirSync(`${dist}pagefind/fragment`).map((file) => {
    const fragment = parseFragment(gunzipSync(readFileSync(`${dist}pagefind/fragment/${file}`)).toString("utf8"));
    return { id: file.replace(/\.pf_fragment$/, ""), fragment };
  });
  const rows = fragments
    .map(({ id, fragment }) => {
      const html = readFileSync(`${dist}${decodeURI(fragment.url).replace(/^\//, "").replace(/\/?$/, "/")}index.html`, "utf8");
      return pageRow(id, fragment, sortKeysIn(html));
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  mkdirSync(`${dist}search/vocabulary`, { recursive: true });
  const texts = fragments.map(({ fragment }) => `${fragment.meta?.title ?? ""}. ${fragment.content ?? ""}`);
  const vocabulary = vocabularyOf(texts);
  const shards = shardVocabulary(vocabulary, languagesOf(texts));
  for (const [letter, words] of Object.entries(shards)) writeFileSync(`${dist}search/vocabulary/${letter}.json`, JSON.stringify(words));
  // Through the one content reader: the glossary validated with its collection's schema, as the build reads it.
  const glossary = dataEntries("glossary/terms.yaml", glossaryTerm).map((e) => e.data);
  const everyday = parseEveryday(dataFile(EVERYDAY), `content/${EVERYDAY}`);
  const idOf = new Map(rows.map((r) => [r.url, r.id]));
  const pagesOf = (target: string) => (target.startsWith("/") ? [target] : glossaryPages(target)).flatMap((u) => idOf.get(u) ?? []);
  const { terms, ...knowledge } = knowledgeFor(glossary, everyday, vocabulary, rows.length, pagesOf);
  const { titles, filters } = splitRows(rows, terms);
  const knowledgeFile: KnowledgeFile = { ...knowledge, pages: rows.length, lists: listIds(rows), ...(firstBundle ? { firstBundle } : {}) };
  writeFileSync(`${dist}search/titles.json`, JSON.stringify(titles));
  writeFileSync(`${dist}search/filters.json`, JSON.stringify(filters));
  writeFileSync(`${dist}search/knowledge.json`, JSON.stringify(knowledgeFile));
  return { pages: rows.length, words: vocabulary.size };
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

/** The built pages (their files under dist/), as the index should read them. */
function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"))
    .sort();
}

/** Adds the pages to the index as it should read them (lib/search/indexable.ts), at the address Pagefind would give each. */
async function addPages(index: PagefindIndex, dist: string, files: string[]) {
  const errors: string[] = [];
  let page_count = 0;
  const add = async (file: string) => {
    const added = await index.addHTMLFile({ url: pageUrl(file), content: indexableHtml(readFileSync(join(dist, file), "utf8")) });
    if (added.errors.length) errors.push(`${file}: ${added.errors.join("; ")}`);
    else page_count++;
  };
  // A few files in flight at once: this process reads the next page while Pagefind's own process
  // indexes the last (one at a time left a core idle). The index is the same whatever the order.
  let next = 0;
  const lane = async () => {
    while (next < files.length) await add(files[next++]);
  };
  await Promise.all(Array.from({ length: 4 }, lane));
  return { errors, page_count };
}

/** Indexes the files and writes the bundle to `output` (a folder of dist/); returns how many pages it holds. */
async function writeBundle(dist: string, files: string[], output: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en", excludeSelectors: BOILERPLATE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await addPages(index, dist, files);
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: join(dist, output) });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
  // Pagefind's process lets go of the index once written: the next bundle is made without it in memory.
  await index.deleteIndex();
  return added.page_count;
}

/** The pages of a bundle (its fragments): their ids by address, and their type. */
function bundlePages(dist: string, bundle: string): Map<string, { id: string; type?: string }> {
  const folder = join(dist, bundle, "fragment");
  return new Map(
    readdirSync(folder).map((file) => {
      const fragment = parseFragment(gunzipSync(readFileSync(join(folder, file))).toString("utf8"));
      return [fragment.url, { id: file.replace(/\.pf_fragment$/, ""), type: fragment.filters?.type?.[0] }];
    }),
  );
}

/** The size of a bundle's metadata file (Pagefind writes it compressed): what a query fetches before any index chunk. */
function metaBytes(dist: string, bundle: string): number {
  const meta = readdirSync(join(dist, bundle)).filter((f) => f.endsWith(".pf_meta"));
  return meta.reduce((sum, f) => sum + readFileSync(join(dist, bundle, f)).length, 0);
}

/**
 * The first bundle, pagefind/first/: every page but the decisions, for the first results of a query
 * (the engine, scripts/search/engine.ts, searches it first, then the whole index), written when the
 * whole index's metadata passes FIRST_META_BYTES. With thousands of decisions that metadata alone
 * outweighs a first query's budget; this bundle grows only with the law and the guides. Its pages must
 * have the ids they have in the whole index (the engine names and filters results by them), and its
 * WebAssembly must be the whole index's (the worker fetches it once). Returns how many pages it holds.
 */
async function writeFirstBundle(dist: string): Promise<number> {
  const whole = bundlePages(dist, "pagefind");
  const files = builtPages(dist).filter((file) => {
    const page = whole.get(pageUrl(file));
    return page && page.type !== "Decision";
  });
  const pages = await writeBundle(dist, files, FIRST);
  for (const [url, { id }] of bundlePages(dist, FIRST)) {
    if (whole.get(url)?.id !== id) throw new Error(`${FIRST}: page ${url} has id ${id}, in the whole index ${whole.get(url)?.id ?? "none"}`);
  }
  for (const wasm of readdirSync(join(dist, FIRST)).filter((f) => f.startsWith("wasm."))) {
    if (!readFileSync(join(dist, FIRST, wasm)).equals(readFileSync(join(dist, "pagefind", wasm))))
      throw new Error(`${FIRST}/${wasm} differs from pagefind/${wasm}`);
  }
  // Its script and Pagefind's own interface are the whole index's; only the index files are kept.
  for (const file of readdirSync(join(dist, FIRST))) if (/^pagefind([-.].*)?\.(js|css)$/.test(file)) rmSync(join(dist, FIRST, file));
  return pages;
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: "pagefind-index",
    hooks: {
      "astro:build:done": async ({ dir, logger: astroLogger }) => {
        // Its own label in the build's log: "[pagefind] indexed 680 pages …".
        const logger = astroLogger.fork("pagefind");
        const started = performance.now();
        // One index for both languages, so that Norwegian and English words find pages from the same box.
        const dist = fileURLToPath(dir);
        let pages: number;
        let first = 0;
        try {
          pages = await writeBundle(dist, builtPages(dist), "pagefind");
          if (metaBytes(dist, "pagefind") > FIRST_META_BYTES) first = await writeFirstBundle(dist);
        } catch (error) {
          throw new Error(`The search index was not built: ${(error as Error).message}`, { cause: error });
        } finally {
          // Pagefind runs as a child process; it must end even when indexing fails, or the build hangs.
          await pagefind.close();
        }
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${pages} pages${first ? ` (${first} of them again for the first results)` : ""} in ${ms} ms`);
        const search = writeSearchFiles(dist, first > 0);
        logger.info(`search files: ${search.pages} pages, ${search.words} words`);
        // The benchmark (scripts/bench.ts) reads how long indexing took.
        if (process.env.PAGEFIND_TIMING_FILE) writeFileSync(process.env.PAGEFIND_TIMING_FILE, JSON.stringify({ ms, pages }));
      },
    },
  };
}
