/**
 * Fit a document made of fixed parts and trimmable sections into a size limit. The lowest-priority
 * section is cut to a stub first, then the next; once the document fits, the last section cut
 * gets back as many items as still fit (found by bisection), so the space is used, not wasted.
 */
import { itemCount, type Section, type SectionStyle, renderSection } from './section.js';

export interface Document {
  /** fixed text before the sections (headline, notes) */
  head: string[];
  sections: Section[];
  /** fixed text after the sections (footer) */
  tail: string[];
}

export interface FitOptions {
  style: SectionStyle;
  maxSize: number;
  /** how size is measured: UTF-16 length for the comment, UTF-8 bytes for the job summary (it must add up over a join) */
  measure: (text: string) => number;
  /** text for the items left out of a section */
  omittedNote: (section: Section, omitted: number, whole: boolean) => string;
  /** a line saying the document was trimmed (added only when it was) */
  trimmedNote: string;
}

export interface FitResult {
  text: string;
  /** keys of sections shown partly or as a stub */
  trimmed: string[];
}

/**
 * The last render of each section, with the limit it was made at: bisection re-renders only the
 * section it is sizing. One text a section: keeping every limit tried kept a dozen renders of a
 * list of 190,000 failures alive at once (hundreds of megabytes).
 */
type RenderCache = Map<string, { limit: number; text: string; size: number }>;

/** The document's parts as they stand (empty ones left out), each with its measured size. */
function partsWith(
  document: Document,
  limits: Map<string, number>,
  options: FitOptions,
  trimmed: boolean,
  cache: RenderCache,
): Array<{ text: string; size: number }> {
  const sections = document.sections.map((section) => {
    const limit = limits.get(section.key) ?? Number.POSITIVE_INFINITY;
    const cached = cache.get(section.key);
    if (cached?.limit === limit) return cached;
    const text = renderSection(section, options.style, limit, (omitted, whole) => options.omittedNote(section, omitted, whole));
    const rendered = { limit, text, size: options.measure(text) };
    cache.set(section.key, rendered);
    return rendered;
  });
  const fixed = (text: string) => ({ text, size: options.measure(text) });
  return [...document.head.map(fixed), ...(trimmed ? [fixed(options.trimmedNote)] : []), ...sections, ...document.tail.map(fixed)].filter(
    (part) => part.text !== '',
  );
}

const SEPARATOR = '\n\n';

/**
 * The size of the parts joined, from their sizes: both measures (UTF-16 length, UTF-8 bytes) add
 * up over a join, so a document that does not fit is never joined (a list of 190,000 failures
 * joined once per trimming step was hundreds of megabytes of text at once).
 */
function sizeOf(parts: ReadonlyArray<{ size: number }>, options: FitOptions): number {
  let size = Math.max(0, parts.length - 1) * options.measure(SEPARATOR);
  for (const part of parts) size += part.size;
  return size;
}

function composeWith(document: Document, limits: Map<string, number>, options: FitOptions, trimmed: boolean, cache: RenderCache): string {
  return partsWith(document, limits, options, trimmed, cache)
    .map((part) => part.text)
    .join(SEPARATOR);
}

export function fitToBudget(document: Document, options: FitOptions): FitResult {
  const limits = new Map<string, number>();
  const renderCache: RenderCache = new Map();
  const compose = (trim: boolean) => composeWith(document, limits, options, trim, renderCache);
  if (sizeOf(partsWith(document, limits, options, false, renderCache), options) <= options.maxSize)
    return { text: compose(false), trimmed: [] };

  const fits = () => sizeOf(partsWith(document, limits, options, true, renderCache), options) <= options.maxSize;
  const byPriority = [...document.sections].sort((a, b) => a.priority - b.priority);
  const trimmed: string[] = [];
  for (const section of byPriority) {
    limits.set(section.key, 0);
    trimmed.push(section.key);
    if (!fits()) continue;
    // Give back as many items of this section as fit.
    let low = 0;
    // A section without items (only fixed lines) is restored whole with a limit of 1.
    let high = Math.max(1, itemCount(section));
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      limits.set(section.key, middle);
      if (fits()) low = middle;
      else high = middle - 1;
    }
    limits.set(section.key, low);
    return { text: compose(true), trimmed };
  }
  // Even the stubs and fixed parts are too big (a pathological head): cut the text itself.
  const text = compose(true);
  const cut = `\n\n… cut here: ${options.trimmedNote}`;
  let end = options.maxSize - options.measure(cut);
  while (end > 0 && options.measure(text.slice(0, end)) > options.maxSize - options.measure(cut)) end = Math.floor(end * 0.95);
  return { text: `${text.slice(0, Math.max(0, end))}${cut}`, trimmed };
}
