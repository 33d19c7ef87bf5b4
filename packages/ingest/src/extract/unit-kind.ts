// The kind of a body, read from how its name is built.
import type { UnitKind } from '@dutymap/model';
import { isDivisionName } from './divisions.js';

const RULES: ReadonlyArray<readonly [UnitKind, RegExp]> = [
  ['collective', /^(各|相关|有关|全市|全省|市级|省级|县级)|(相关|有关|其他|其它)(部门|单位|县|市|区)|成员单位|各(部门|单位|级)|^[^（]*各[^（]*(机构|单位|部门|政府)$/],
  ['judicial', /(法院|检察院|中院)$/],
  ['enterprise', /(公司|集团|银行|有限|股份|厂|企业)$/],
  ['party_or_people_org', /^(市|省|县|区)?委(?!员)|^团(市|省|县|区)委|(妇联|总工会|科协|残联|工商联|侨联|文联|社科联|红十字会|文明办|宣传部|组织部|统战部|政法委|编办|纪委|监委)$/],
  ['county_government', /^[^市省各]{1,6}(县|市|区|旗)(人民)?政府$|^(市|省|县|区)(人民)?政府$/],
  ['zone_or_committee', /(管委会|管理委员会|集聚区|开发区|高新区|园区|新区|试验区|领导小组|办公室|指挥部|工作专班|委员会|保护区)/],
];

export function unitKindOf(name: string): UnitKind {
  for (const [kind, pattern] of RULES) if (pattern.test(name)) return kind;
  if (isDivisionName(name)) return 'county_government';
  return 'municipal_department';
}
