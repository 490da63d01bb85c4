/**
 * /search/aliases.json: the alias table the search widens queries with (src/lib/search/aliases.ts),
 * built from people's other names, agency abbreviations, number words and content/search-aliases.json (English
 * and Simplified Chinese terms; the Traditional edition's is aliases-zh-hant.json).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildAliasTable } from '../../lib/search/aliases';

export const GET: APIRoute = async () => {
  const people = (await getCollection('people')).map((p) => p.data);
  const synonyms = (await getCollection('searchAliases')).map((a) => a.data);
  return Response.json(buildAliasTable(people, synonyms));
};
