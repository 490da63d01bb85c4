/**
 * Syntax highlighting with Shiki, emitting classes instead of inline styles: the site's Content
 * Security Policy forbids style="" attributes, and the colours then follow the light/dark theme
 * from the stylesheet (see .code in global.css).
 */
import { codeToHtml, type ShikiTransformer } from 'shiki';
import { createCssVariablesTheme } from 'shiki/core';

const theme = createCssVariablesTheme({ name: 'site-css-variables', variablePrefix: '--shiki-', fontStyle: true });

/** Turns `style="color:var(--shiki-token-keyword);font-style:italic"` into classes. */
export function styleToClasses(style: string): string[] {
  const classes: string[] = [];
  for (const decl of style.split(';')) {
    const [prop = '', value = ''] = decl.split(':').map((s) => s.trim());
    const variable = /^var\(--shiki-([a-z-]+)\)$/.exec(value)?.[1];
    if (prop === 'color' && variable) classes.push(`sh-${variable}`);
    else if (prop === 'font-style' && value === 'italic') classes.push('sh-italic');
    else if (prop === 'font-weight' && value === 'bold') classes.push('sh-bold');
    else if (prop === 'text-decoration' && value === 'underline') classes.push('sh-underline');
  }
  return classes;
}

const classesNotStyles: ShikiTransformer = {
  name: 'classes-not-styles',
  pre(node) {
    delete node.properties['style'];
    node.properties['class'] = 'code';
    node.properties['tabindex'] = '0';
  },
  span(node) {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    delete node.properties['style'];
    const classes = styleToClasses(style);
    if (classes.length > 0) node.properties['class'] = classes.join(' ');
  },
};

/** Highlights code as HTML with classes only (no style attributes). */
export async function highlightCode(code: string, lang: string): Promise<string> {
  return codeToHtml(code, { lang, theme, transformers: [classesNotStyles] });
}
