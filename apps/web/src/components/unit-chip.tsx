// A unit's name as a link to its page, coloured by kind.
import type { Involvement, UnitRef } from '../api-types.js';
import { KIND_COLOURS } from '../graph-style.js';
import { useI18n, UNIT_KIND_TEXT } from '../i18n.js';
import { Link, paths } from '../router.js';
import { placed, usePlaces } from '../scope.js';

export function UnitChip({ unit, involvement }: { unit: UnitRef; involvement?: Involvement }) {
  const { t, label } = useI18n();
  const { many } = usePlaces();
  const note = involvement?.inferred ? ` (${t('inferred')})` : '';
  return (
    <Link to={paths.unit(unit.id)} className="chip" title={`${label(UNIT_KIND_TEXT, unit.kind)}${note}`}>
      <span className="dot" style={{ background: KIND_COLOURS[unit.kind] ?? '#888' }} aria-hidden="true" />
      {placed(unit.name, unit.jurisdiction, many)}
      {involvement?.openEnded ? <span className="muted">{t('openEnded')}</span> : null}
      {involvement?.inferred ? <span className="muted">*</span> : null}
    </Link>
  );
}
