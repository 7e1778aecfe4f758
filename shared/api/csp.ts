/**
 * The Content Security Policy of the renderer: only the app's own scripts and styles, no remote
 * content, no eval. The browser host adds its own origin for the HTTP API via 'self'.
 * Mantine and ECharts set inline style attributes, hence style-src 'unsafe-inline'.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
