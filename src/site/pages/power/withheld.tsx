import { withheldLabel, type WithholdableField } from '../../../format/power-fields.js';
import { concat, ui } from '../../i18n.js';
import { T } from '../common.js';

/** 本项不予公开：廉政风险点、裁量基准 — the fields named, in the partial-withholding notice and in place of each withheld section. */
export function WithheldFields({ fields }: { fields: readonly WithholdableField[] }) {
  const labels = fields.map(withheldLabel);
  const separator = ui('、');
  const names = { zh: labels.map((l) => l.zh).join(separator.zh), en: labels.map((l) => l.en).join(separator.en) };
  return (
    <p class="withheld-fields">
      <T text={concat(ui('本项不予公开：'), names)} />
    </p>
  );
}
