/**
 * /search/aliases-zh-hant.json: the alias table of the Traditional edition's search, with its
 * Chinese terms converted as the edition's pages are (src/lib/search/aliases.ts, traditionalTable).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toTraditional } from '../../i18n.node.ts';
import { buildAliasTable, traditionalTable } from '../../lib/search/aliases';

export const GET: APIRoute = async () => {
  const people = (await getCollection('people')).map((p) => p.data);
  const synonyms = (await getCollection('searchAliases')).map((a) => a.data);
  return Response.json(traditionalTable(buildAliasTable(people, synonyms), toTraditional));
};
