// The relevance set: Chinese (and a few English and pinyin) queries over the seed with the hits a reader of the seed expects.
// Every expectation comes from reading seeds/quzhou-eco-civilization-plan.txt (task and project numbers as
// printed in the 序号 column), never from what an engine returned.
import type { SearchOptions } from '../src/index.js';

export interface RelevanceCase {
  query: string;
  /** Must be in the first max(3, top.length) hits: these count toward recall@3. */
  top: string[];
  /** Must be somewhere in the first 30 hits. */
  also?: string[];
  options?: SearchOptions;
  /** Why this case is in the set, when the query alone does not say. */
  why?: string;
}

export const RELEVANCE_SET: RelevanceCase[] = [
  { query: '燃煤锅炉', top: ['task:22', 'project:1'], also: ['task:25'], why: 'project 1 restates task 22; task 25 names 燃煤锅炉 too' },
  {
    query: '巨化',
    top: ['enterprise:巨化集团有限公司', 'unit:巨化集团有限公司'],
    also: ['task:25', 'task:31', 'task:69', 'task:74', 'task:75', 'task:77', 'project:9', 'project:19'],
    why: 'a two-character short name must find the long name and every row naming 巨化集团 (text or support unit)',
  },
  { query: '污水零直排', top: ['task:37', 'task:38', 'task:39', 'project:10'] },
  { query: '市农业局', top: ['unit:市农业农村局'], why: 'former name → canonical unit' },
  { query: '市应急局', top: ['unit:市应急管理局'], why: 'short alias → canonical unit' },
  { query: '市环保局', top: ['unit:市生态环境局'], why: 'former name → canonical unit' },
  { query: '巨化集团公司', top: ['unit:巨化集团有限公司', 'enterprise:巨化集团有限公司'] },
  { query: '生态环境局', top: ['unit:市生态环境局'] },
  { query: '市经信局', top: ['unit:市经信局'] },
  { query: '华友钴业', top: ['task:69', 'enterprise:华友钴业'] },
  { query: '元立公司', top: ['enterprise:元立公司', 'task:25', 'task:69'] },
  { query: '清泰环境', top: ['enterprise:清泰环境工程有限公司', 'task:74'] },
  {
    query: '富春紫光',
    top: ['task:41', 'project:14', 'enterprise:常山富春紫光污水处理有限公司', 'enterprise:开化富春紫光污水处理有限公司'],
  },
  { query: '衢州绿色产业集聚区', top: ['unit:衢州绿色产业集聚区', 'place:衢州绿色产业集聚区'] },
  { query: '秸秆', top: ['task:34'] },
  { query: '烟花爆竹', top: ['task:35'] },
  { query: '餐饮油烟', top: ['task:33'] },
  { query: '小箱进大箱', top: ['task:70'] },
  { query: '医疗废物', top: ['task:70'] },
  { query: '美丽河湖', top: ['task:45', 'project:12'], also: ['task:97'] },
  { query: '一村万树', top: ['task:87', 'project:22'] },
  { query: '古田山', top: ['place:古田山国家级自然保护区', 'task:88', 'project:23'] },
  { query: '钱塘江', top: ['place:钱塘江', 'task:90', 'project:24'] },
  { query: '东港工业园区', top: ['place:东港工业园区', 'task:31', 'project:9'] },
  { query: '松材线虫病', top: ['task:93'] },
  { query: '厕所革命', top: ['task:96'] },
  { query: '旱厕', top: ['task:96', 'project:25'] },
  { query: '河长制', top: ['task:101'] },
  { query: '三线一单', top: ['task:102'] },
  { query: '最多跑一次', top: ['task:103'] },
  { query: '环境公益诉讼', top: ['task:104'] },
  { query: '离任审计', top: ['task:109', 'task:117'] },
  { query: '亩均论英雄', top: ['task:3', 'unit:市深化“亩均论英雄”改革工作领导小组各成员单位'] },
  { query: '散乱污', top: ['task:4'] },
  { query: '县县通', top: ['task:23', 'project:2'] },
  { query: '国六排放标准', top: ['task:30'] },
  { query: '老旧农机', top: ['task:29', 'project:8'] },
  { query: '新能源车', top: ['task:27', 'task:28', 'project:7'] },
  { query: '垃圾分类', top: ['task:17', 'task:75', 'project:19'] },
  { query: '水泥窑协同处置', top: ['task:75', 'project:19'] },
  { query: '重金属', top: ['task:62'] },
  { query: '养殖尾水', top: ['task:53', 'project:15'] },
  { query: '清新空气', top: ['task:20', 'project:27'] },
  { query: '勘界定标', top: ['task:83', 'project:21'] },
  { query: '环保督察', top: ['task:100'] },
  { query: '湿地', top: ['task:92', 'task:89'] },
  { query: '第三方治理', top: ['task:108'] },
  { query: '挥发性有机物排污收费', top: ['task:107'] },
  { query: '国家公园', top: ['task:97'] },
  { query: 'VOCs', top: ['task:24'], why: 'a Latin abbreviation inside Chinese text' },
  { query: '燃煤锅护', top: ['task:22', 'project:1'], why: 'a typo in the last character of a longer Chinese query' },
  { query: '农业', top: ['unit:市农业农村局'], options: { types: ['unit'] }, why: 'a short word inside a long name' },
  { query: 'Ecology and Environment', top: ['unit:市生态环境局'], why: 'English name, its own field' },
  { query: 'Enviroment Bureau', top: ['unit:市生态环境局'], why: 'a typo in a longer English word' },
  { query: 'Juhu', top: ['unit:巨化集团有限公司'], why: 'prefix of an English name' },
  { query: 'shengtaihuanjing', top: ['unit:市生态环境局'], why: 'pinyin without the leading 市, a prefix of the whole name' },
  { query: 'sthjj', top: ['unit:市生态环境局'], why: 'pinyin initials of the name without 市' },
  { query: 'gutianshan', top: ['place:古田山国家级自然保护区'], why: 'pinyin prefix of a place name' },
];
