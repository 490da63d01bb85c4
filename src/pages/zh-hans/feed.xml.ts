/** /zh-hans/feed.xml: the Simplified Chinese edition's Atom feed of updates (src/i18n.node.ts). */
import type { APIRoute } from 'astro';
import { editionFeed } from '../../i18n.node.ts';

export const GET: APIRoute = ({ site }) => editionFeed('zh-hans', site);
