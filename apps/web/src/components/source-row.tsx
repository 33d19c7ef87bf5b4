// The original row of the source table, as it stands: monospace, TABs drawn as ⇥.
import type { Provenance } from '../api-types.js';
import { useI18n } from '../i18n.js';

export function SourceRow({ provenance }: { provenance: Provenance }) {
  const { t } = useI18n();
  const lines = provenance.rowText.split('\n');
  return (
    <figure className="source-row" id="source">
      <figcaption>
        {t('provenance')} · {provenance.sourceName} · {t('lines')} {provenance.lines.start}–{provenance.lines.end}
      </figcaption>
      <pre>
        {lines.map((line, i) => (
          <span className="source-line" key={i}>
            <span className="line-no">{provenance.lines.start + i}</span>
            {line.split('\t').map((part, j) => (
              <span key={j}>
                {j > 0 ? <span className="tab" title="TAB">⇥</span> : null}
                {part}
              </span>
            ))}
            {'\n'}
          </span>
        ))}
      </pre>
    </figure>
  );
}
