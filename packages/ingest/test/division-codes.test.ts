// Place names ↔ GB/T 2260 codes, as the API's scope filters and place tree read them.
import { describe, expect, it } from 'vitest';
import { divisionCodeOf, divisionLabelOf } from '../src/index.js';

describe('divisionCodeOf / divisionLabelOf', () => {
  it('gives a province, city or county its code, and a code its name', () => {
    expect(['浙江省', '衢州市', '常山县', '长春市朝阳区'].map(divisionCodeOf)).toEqual(['330000', '330800', '330822', '220104']);
    expect(['330000', '330800', '330822', '220104'].map(divisionLabelOf)).toEqual(['浙江省', '衢州市', '常山县', '长春市朝阳区']);
  });

  it('leaves a name no division has, or two share, without a code', () => {
    expect([divisionCodeOf('朝阳区'), divisionCodeOf('某某开发区'), divisionCodeOf(''), divisionLabelOf('999999')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
