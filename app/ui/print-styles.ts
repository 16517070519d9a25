/**
 * For <style media="print">: the page prints as a document, without the site's header, navigation,
 * footer or buttons. React escapes quotes, ampersands and angle brackets in a style element's text
 * on the server but not in the browser, which breaks hydration: keep those characters out.
 */
export const PRINT_STYLES = `
header, nav, footer, button, .no-print { display: none !important; }
body { font-size: 11pt; }
tr { page-break-inside: avoid; }
`;
