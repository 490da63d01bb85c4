/**
 * A quiet build log: drops one known-harmless bundler warning and passes every other log on
 * unchanged, so that a writer reading the log sees only what they can act on.
 *
 * The MDX integration puts the module-level directive "use astro:head-inject" at the top of every
 * MDX page. Rolldown warns (MODULE_LEVEL_DIRECTIVE) that bundling may not preserve a directive's
 * meaning, but Astro reads this one before bundling, so the warning, once per page, says nothing a
 * writer can act on. Only that directive's warning is dropped; errors are never filtered.
 */
import type { AstroIntegration } from 'astro';

type OnLog = NonNullable<NonNullable<NonNullable<import('vite').UserConfig['build']>['rolldownOptions']>['onLog']>;

/** Passes every bundler log on except the MDX head-inject directive warning. */
export const quietDirectiveLog: OnLog = (level, log, handler) => {
  if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
};

/** The log filter, as an Astro integration. */
export default function quietLog(): AstroIntegration {
  return {
    name: 'quiet-log',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { rolldownOptions: { onLog: quietDirectiveLog } } } });
      },
    },
  };
}
