/**
 * Every content collection of the site. Content lives outside `src/`: the source registry in
 * `content/sources.json`, the MDX pages in `content/pages/`, the seeds themselves in `seeds/`.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The kinds of text a seed can be, as far as its own text shows. */
export const sourceKinds = ['news report', 'news analysis', 'opinion', 'republication', 'translation'] as const;

const sources = defineCollection({
  loader: file('./content/sources.json'),
  schema: z
    .object({
      /** Slug used in citations and in `/sources/<slug>/`; permanent once published. */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '"id" must be a lowercase hyphenated slug, like "axios-2020-12-18"'),
      /** Seed file name in `seeds/`, exactly as received. */
      file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, '"file" must be a seed file name, like "000_6b2b431ca97f834b.txt"'),
      /** A short name for the source used in notes and lists. */
      shortName: z.string().min(3),
      /** The publishing outlet, or null when the text does not name one. */
      outlet: z.string().nullable(),
      /** How the text shows its outlet, or why none can be given. */
      outletNote: z.string().min(10),
      /** The headline as the text gives it, or null when the text has none. */
      headline: z.string().nullable(),
      /** Why the headline is null, when it is. */
      headlineNote: z.string().optional(),
      /** Publication date (YYYY-MM-DD) as printed in the text, or null when the text gives none. */
      date: z.iso.date().nullable(),
      /** Where the date comes from, or why none can be given. */
      dateNote: z.string().min(10),
      /** What kind of text this is. */
      kind: z.enum(sourceKinds),
      /** One paragraph on what the text is, for the source list. */
      summary: z.string().min(20),
      /** Notes on reliability: garbled names, residue from the web page, truncation, stance. */
      reliability: z.array(z.string().min(10)).min(1, '"reliability" needs at least one note'),
      /** Quotations from this seed that support the fields above; the build verifies each. */
      evidence: z.array(z.object({ claim: z.string(), quote: z.string() })).default([]),
    })
    .refine((s) => s.headline !== null || (s.headlineNote ?? '').length > 0, {
      message: 'a source with "headline": null needs a "headlineNote" saying why',
      path: ['headlineNote'],
    }),
});

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/[^_]*.mdx' }),
  schema: z.object({
    /** The page title (also the `<h1>`). */
    title: z.string().min(3),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(30).max(220),
    /** The next page in reading order, by page id (its path under content/pages without `.mdx`). */
    next: reference('pages').optional(),
  }),
});

export const collections = { sources, pages };
