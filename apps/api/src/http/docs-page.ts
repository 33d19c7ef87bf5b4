// A human page for the API, made from the same OpenAPI document the machines read.
import { XLSX_TYPE } from './csv.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Operation {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string; schema?: { type?: string; enum?: unknown[]; default?: unknown } }>;
  responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

/** What a success answers: its schema's name (UnitMatchPage), a file type, or nothing. */
function answer(op: Operation): string {
  const [status, success] = Object.entries(op.responses ?? {}).find(([code]) => code.startsWith('2')) ?? [];
  const [type, media] = Object.entries(success?.content ?? {})[0] ?? [];
  const name = media?.schema?.$ref?.split('/').pop();
  return `${status ?? ''} ${name ?? (type === 'text/csv' ? 'CSV' : type === XLSX_TYPE ? 'XLSX' : (type ?? ''))}`.trim();
}

export function docsPage(openapi: Record<string, unknown>): string {
  const paths = openapi.paths as Record<string, Record<string, Operation>>;
  const rows = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = (op.parameters ?? [])
        .map((p) => {
          const values = p.schema?.enum ? ` (${p.schema.enum.join(' | ')})` : '';
          const fallback = p.schema?.default !== undefined ? ` = ${String(p.schema.default)}` : '';
          return `<code>${escape(p.name)}</code>${p.required ? '' : '?'}${escape(values + fallback)}${p.description ? ` — ${escape(p.description)}` : ''}`;
        })
        .join('<br>');
      return `<tr><td><b>${method.toUpperCase()}</b></td><td><code>${escape(path)}</code>${op.security ? ' 🔒' : ''}</td><td>${escape(op.summary ?? '')}</td><td>${params}</td><td>${escape(answer(op))}</td></tr>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>dutymap API</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem;max-width:1200px}td{vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid #ddd}code{background:#f4f4f4;padding:0 .2rem}</style></head>
<body><h1>dutymap API</h1><p>JSON everywhere; lists are <code>{items, total, limit, offset}</code>; errors are <code>{error: {code, message, details}}</code>.
🔒 needs <code>Authorization: Bearer $DUTYMAP_ADMIN_TOKEN</code>. Machine-readable, with every answer's schema (under <code>components.schemas</code>): <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<table><thead><tr><th>method</th><th>path</th><th>what</th><th>parameters</th><th>answer</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></body></html>`;
}
