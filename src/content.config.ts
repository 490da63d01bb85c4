/**
 * Every content collection of the site. Content lives outside `src/`: the source registry in
 * `content/sources.json`, the MDX pages in `content/pages/`, the seeds themselves in `seeds/`.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { containsWords } from './lib/citations/match';
import { DIFFERENCE_KINDS } from './lib/differences';
import { ANCHOR_ID, MAX_ANCHOR_LENGTH } from './lib/linking/anchors';
import { PEOPLE_GROUPS } from './lib/people';

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
    /** The page title: navigation, the browser's tab, link previews; also the `<h1>` unless a headline is given. */
    title: z.string().min(3),
    /** The headline above the text (the `<h1>`), when it should say more than the title: the home page's title is the site's name. */
    headline: z.string().min(3).optional(),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(30).max(220),
    /** A page about the site itself (method, corrections): its paragraphs need no citation. */
    meta: z.boolean().default(false),
    /** The next page in reading order, by page id (its path under content/pages without `.mdx`). */
    next: reference('pages').optional(),
  }),
});

/**
 * The Simplified Chinese pages: content/zh-hans/pages/<the English page's path>.mdx, published at
 * /zh-hans/<path>/ and, converted to Traditional, at /zh-hant/<path>/. The same sections (ids) and
 * cited passages as the English page, checked by the build (src/lib/translations/parity.ts).
 */
const zhPages = defineCollection({
  loader: glob({ base: './content/zh-hans/pages', pattern: '**/[^_]*.mdx' }),
  schema: z.object({
    /** The page title, translated. */
    title: z.string().min(2),
    /** The headline, translated, when the English page has one. */
    headline: z.string().min(2).optional(),
    /** The description, translated: one or two sentences for search results and link previews. */
    description: z.string().min(10).max(160),
    /** A page about the site itself, as its English page is (`meta: true`): its paragraphs need no citation. */
    meta: z.boolean().optional(),
    /**
     * The hash of each English section this page translates, by section id (`top`: the title,
     * description and what stands before the first heading). `npm run translations` prints them.
     */
    translatedFrom: z.record(
      z.string(),
      z.string().regex(/^[0-9a-f]{12}$/, 'a section hash is 12 hexadecimal digits, as `npm run translations` prints it'),
    ),
  }),
});

/** One quotation that supports a statement in a data file; verified like a <Cite>. */
const citation = z.object({
  /** Slug of a source in content/sources.json. */
  source: z.string(),
  /** The source's exact words (at least three, occurring once in it). */
  quote: z.string(),
});

/** A section anchor id: short, lowercase words joined by hyphens. */
const anchorId = z
  .string()
  .regex(ANCHOR_ID, 'an id must be lowercase words joined by hyphens, like "june-4-meeting"')
  .max(MAX_ANCHOR_LENGTH);

/** A link to a section of the site, such as "/case/#charges". */
const sectionLink = z
  .string()
  .regex(
    new RegExp(`^/(?:[a-z0-9-]+/)*(?:#${ANCHOR_ID.source.replace(/^\^|\$$/g, '')})?$`),
    'a section link is a site path with an optional #anchor, like "/case/#charges"',
  );

const timeline = defineCollection({
  loader: file('./content/timeline.json'),
  schema: z.object({
    /** The event's permanent anchor on /timeline/. */
    id: anchorId,
    /** The date as precisely as the sources give it: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, '"date" must be YYYY, YYYY-MM or YYYY-MM-DD'),
    /** How the date was read from the sources, when it is not stated in full (an inferred year, "early September"). */
    dateNote: z.string().optional(),
    /** A short title. */
    title: z.string().min(3),
    /** One sentence on what happened, as the sources tell it. */
    summary: z.string().min(10),
    /** The quotations that support the event and its date. */
    citations: z.array(citation).min(1, 'every timeline event needs at least one citation'),
    /** The section of the site that covers the event. */
    section: sectionLink,
  }),
});

const people = defineCollection({
  loader: file('./content/people.json'),
  schema: z.object({
    /** The permanent anchor on /people/. */
    id: anchorId,
    /** The name as most sources give it. */
    name: z.string().min(2),
    /** A person or an organization. */
    kind: z.enum(['person', 'organization']),
    /** The group on the people page. */
    group: z.enum(PEOPLE_GROUPS),
    /** A few words on who they are, as the sources describe them. */
    role: z.string().min(3),
    /** One or two sentences, supported by the citations. */
    description: z.string().min(10),
    /** Other names or spellings the sources use, each with the passage that uses it. */
    aliases: z
      .array(citation.extend({ name: z.string().min(2) }))
      .default([])
      .refine((list) => list.every((a) => containsWords(a.quote, a.name)), 'each alias must appear as whole words in its own quote'),
    /** The quotations that support the role and description. */
    citations: z.array(citation).min(1, 'every person needs at least one citation'),
  }),
});

const differences = defineCollection({
  loader: file('./content/differences.json'),
  schema: z
    .object({
      /** The permanent anchor on /sources/. */
      id: anchorId,
      /** A disagreement between sources, a garbled name or term, or material unrelated to the case. */
      kind: z.enum(DIFFERENCE_KINDS),
      /** What the sources differ on, in a few words. */
      topic: z.string().min(3),
      /** One sentence on the difference, without taking a side the sources do not settle. */
      summary: z.string().min(10),
      /** Each source's version, with its own words. */
      versions: z.array(citation.extend({ says: z.string().min(3) })).min(1),
    })
    .refine((d) => d.kind !== 'disagreement' || d.versions.length >= 2, {
      message: 'a disagreement needs at least two versions, each cited',
      path: ['versions'],
    }),
});

/** A short text shown in the chain figure: no line breaks, and short enough to draw. */
const chainText = (max: number) =>
  z
    .string()
    .min(3)
    .max(max)
    .regex(/^[^\n]*$/, 'one line of text');

/**
 * The alleged chain of requests drawn on /case/ (<Chain />), in order: each step, and the arrow from
 * it to the next, with the quotations that support them, verified like every <Cite>. Words are the
 * allegations as the sources word them ("prosecutors allege", "according to the complaint").
 */
const chain = defineCollection({
  loader: file('./content/chain.json'),
  schema: z.object({
    /** A short name for the step. */
    id: anchorId,
    /** A few words in the box. */
    label: chainText(90),
    /** The step as a sentence, read in the figure's text alternative. */
    text: z.string().min(10),
    citations: z.array(citation).min(1, 'every step of the chain needs at least one citation'),
    /** The arrow to the next step; the last step has none. */
    next: z
      .object({
        label: chainText(80),
        text: z.string().min(10),
        citations: z.array(citation).min(1, 'every arrow of the chain needs at least one citation'),
      })
      .optional(),
  }),
});

const changelog = defineCollection({
  loader: file('./content/changelog.json'),
  schema: z.object({
    /** A short id for the change. */
    id: anchorId,
    /** When the change was published. */
    date: z.iso.date({ message: '"date" must be a real date written YYYY-MM-DD' }),
    /** One sentence on what changed. */
    summary: z.string().min(10),
    /** The sentence in Simplified Chinese, for the Chinese editions' feeds (an entry naming a Chinese page needs it). */
    summaryZh: z.string().min(5).optional(),
    /** The contract URLs of the pages the change touched. */
    pages: z.array(sectionLink).min(1),
  }),
});

const searchAliases = defineCollection({
  loader: file('./content/search-aliases.json'),
  schema: z.object({
    /** A short name for the entry. */
    id: anchorId,
    /** Words or phrases a search treats as the same: a search for one also searches the others. */
    terms: z
      .array(z.string().trim().min(2, 'a term needs two characters or more'))
      .min(2, 'an alias entry needs at least two terms')
      .refine((terms) => new Set(terms.map((t) => t.toLowerCase())).size === terms.length, 'the terms of an alias entry must differ'),
    /** Why the terms mean the same here: which source or reader uses which. */
    reason: z.string().min(10, 'every alias entry needs a reason a later editor can check'),
  }),
});

/**
 * The deks of the pages built from data (/people/ and /timeline/), which have no MDX to hold a
 * <Dek>: one or two sentences under the headline, each with the quotations that support it,
 * verified like every <Cite> (src/lib/citations/load-sources.node.ts reads them first on the page).
 */
const deks = defineCollection({
  loader: file('./content/deks.json'),
  schema: z.object({
    /** The page: "people" for /people/, "timeline" for /timeline/. */
    id: z.enum(['people', 'timeline'], 'a dek belongs to "people" or "timeline" (the pages built from data; MDX pages use <Dek>)'),
    sentences: z
      .array(
        z.object({
          /** One sentence, as the reader sees it. */
          text: z.string().min(10),
          citations: z.array(citation).min(1, 'every sentence of a dek needs at least one citation'),
        }),
      )
      .min(1)
      .max(2, 'a dek is one or two sentences'),
  }),
});

/**
 * The Simplified Chinese of the data files' prose (src/lib/translations/data.ts): one entry per
 * English entry, by its id, with the hash of the English entry it translates. No citations: the
 * Chinese page shows the English entry's. Parity with the English file and staleness are checked
 * before the build renders (src/lib/citations/load-sources.node.ts).
 */
const translatedFrom = z
  .string()
  .regex(/^[0-9a-f]{12}$/, '"translatedFrom" is the 12-digit hash of the English entry (npm run translations prints it)');
const zhText = z.string().min(2);
const zhTimeline = defineCollection({
  loader: file('./content/zh-hans/timeline.json'),
  schema: z.strictObject({ id: anchorId, translatedFrom, title: zhText, summary: zhText, dateNote: zhText.optional() }),
});
const zhPeople = defineCollection({
  loader: file('./content/zh-hans/people.json'),
  schema: z.strictObject({
    id: anchorId,
    translatedFrom,
    /** An organization's standard Chinese name; a person's name is not translated (the field is refused for a person). */
    name: z.string().min(2).optional(),
    role: zhText,
    description: zhText,
  }),
});
const zhDeks = defineCollection({
  loader: file('./content/zh-hans/deks.json'),
  schema: z.strictObject({
    id: z.enum(['people', 'timeline']),
    translatedFrom,
    sentences: z
      .array(z.strictObject({ text: zhText }))
      .min(1)
      .max(2),
  }),
});

const zhDifferences = defineCollection({
  loader: file('./content/zh-hans/differences.json'),
  schema: z.strictObject({
    id: anchorId,
    translatedFrom,
    /** The topic is the difference's heading: it may not quote (src/lib/translations/data.ts). */
    topic: zhText,
    summary: zhText,
    /** Each version's `says`, in the English entry's order (one per version). */
    versions: z.array(z.strictObject({ says: zhText })).min(1),
  }),
});

/** A label of the chain in Chinese: one line of text, short enough to draw (about 1 em a character; src/lib/chain.ts). */
const zhChainLabel = (max: number) => zhText.max(max).regex(/^[^\n]*$/, 'one line of text');
const zhChain = defineCollection({
  loader: file('./content/zh-hans/chain.json'),
  schema: z.strictObject({
    id: anchorId,
    translatedFrom,
    /** The box's label and the arrow's are drawn: they may not quote (src/lib/translations/data.ts). */
    label: zhChainLabel(45),
    text: zhText,
    /** The arrow to the next step, where the English step has one. */
    next: z.strictObject({ label: zhChainLabel(40), text: zhText }).optional(),
  }),
});

export const collections = {
  sources,
  pages,
  zhPages,
  timeline,
  people,
  differences,
  chain,
  changelog,
  searchAliases,
  deks,
  zhTimeline,
  zhPeople,
  zhDeks,
  zhDifferences,
  zhChain,
};
