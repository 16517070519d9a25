/**
 * For <style media="print">: the page prints as a document, without the site's header, navigation,
 * footer or buttons, and with the link addresses a reader of paper needs.
 */
export const PRINT_STYLES = `
header, nav, footer, button, form.no-print, .no-print, [href="#main-content"] { display: none !important; }
body { font-size: 11pt; }
table { page-break-inside: auto; }
tr { page-break-inside: avoid; }
main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; }
`;
