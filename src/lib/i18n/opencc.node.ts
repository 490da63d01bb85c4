/**
 * The Simplified-to-Traditional conversion of the Traditional edition: OpenCC's `cn` → `tw`
 * (s2tw, Taiwan's standard character forms, without phrase substitution), then the editor's
 * overrides (content/zh-hant-overrides.json). Why s2tw is in the README ("The Chinese editions").
 * Node only: it reads the override list from disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { formatProblem } from '../citations/citation-index';
import { convertWithOverrides, overridesSchema, type Override } from './traditional';

/** The override list's path in a site. */
export const OVERRIDES_FILE = 'content/zh-hant-overrides.json';

/** Reads and checks the override list; returns the entries, or the writer's messages. */
export function readOverrides(root: string): { overrides: Override[]; problems: string[] } {
  const path = join(root, OVERRIDES_FILE);
  if (!existsSync(path)) return { overrides: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { overrides: [], problems: [formatProblem(OVERRIDES_FILE, [['problem', `not valid JSON: ${(error as Error).message}`]])] };
  }
  const parsed = overridesSchema.safeParse(data);
  if (parsed.success) return { overrides: parsed.data, problems: [] };
  return {
    overrides: [],
    problems: parsed.error.issues.map((issue) =>
      formatProblem(
        `${OVERRIDES_FILE}${issue.path.length > 0 ? `, ${issue.path.map((p) => (typeof p === 'number' ? `entry ${p + 1}` : `"${String(p)}"`)).join(', ')}` : ''}`,
        [
          ['problem', issue.message],
          [
            'write',
            '{ "id": "account", "simplified": "账号", "traditional": "帳號", "reason": "why OpenCC\u2019s own result is wrong here" }',
          ],
        ],
      ),
    ),
  };
}

/** The site's Simplified-to-Traditional conversion, overrides included. */
export function traditionalConverter(overrides: readonly Override[]): (text: string) => string {
  const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
  return (text) => convertWithOverrides(text, opencc, overrides);
}

/**
 * The site's conversion with the override list of the site at `root`, for code that runs after
 * the build's first check has reported any problem in that list (the integrations, the tests).
 */
export function traditionalConverterAt(root: string): (text: string) => string {
  return traditionalConverter(readOverrides(root).overrides);
}
