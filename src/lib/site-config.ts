/** Site-wide names and the main navigation, in the order of the URL contract. */
export const SITE_TITLE = 'The Zoom Tiananmen Case';
export const SITE_TAGLINE = 'a sourced explainer';

/** The contract's main pages; the header shows those that exist in this build. */
export const MAIN_PAGES: readonly { url: string; label: string }[] = [
  { url: '/case/', label: 'The case' },
  { url: '/laws/', label: 'Laws' },
  { url: '/corporate-responses/', label: 'Corporate responses' },
  { url: '/related-cases/', label: 'Related cases' },
  { url: '/timeline/', label: 'Timeline' },
  { url: '/people/', label: 'People' },
  { url: '/sources/', label: 'Sources' },
  { url: '/search/', label: 'Search' },
  { url: '/about/', label: 'About' },
];
