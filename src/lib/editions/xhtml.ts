/**
 * Serialises an HTML tree (ultrahtml's) as XHTML, for the EPUB: every element closed, void
 * elements self-closed, attributes quoted (a bare boolean attribute gets the empty value), character references turned into characters and
 * escaped as XML knows them (XML has no &nbsp;), and inline SVG in the SVG namespace.
 */
import { ELEMENT_NODE, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { decodeEntities } from './endnotes';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** The XHTML of `nodes`. */
export function toXhtml(nodes: readonly Node[]): string {
  return nodes.map((n) => node(n, false)).join('');
}

function node(n: Node, inSvg: boolean): string {
  if (n.type === TEXT_NODE) return escapeText(decodeEntities(n.value));
  if (n.type !== ELEMENT_NODE) return '';
  const el = n as ElementNode;
  const svgRoot = el.name === 'svg' && !inSvg;
  const attrs = Object.entries(el.attributes)
    .filter(([name]) => !(svgRoot && name === 'xmlns'))
    .map(([name, value]) => ` ${name}="${escapeAttr(decodeEntities(value))}"`)
    .join('');
  const ns = svgRoot ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const children = el.children.map((c) => node(c, inSvg || el.name === 'svg')).join('');
  if (children === '' && (VOID.has(el.name) || inSvg || svgRoot)) return `<${el.name}${ns}${attrs}/>`;
  return `<${el.name}${ns}${attrs}>${children}</${el.name}>`;
}
