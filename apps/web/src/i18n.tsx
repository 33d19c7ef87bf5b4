// UI text in Chinese (default) and English; the choice is kept in localStorage, ?lang=en overrides it.
import { createContext, useCallback, useContext, useMemo, useState } from 'react';

export type Lang = 'zh' | 'en';

const TEXT = {
  appName: { zh: '责任图谱', en: 'dutymap' },
  navNetwork: { zh: '协同网络', en: 'Network' },
  navSearch: { zh: '搜索', en: 'Search' },
  navConnect: { zh: '关联查找', en: 'Connections' },
  navChecks: { zh: '责任检查', en: 'Checks' },
  navSections: { zh: '章节', en: 'Sections' },
  navCompare: { zh: '方案对比', en: 'Compare' },
  navPlans: { zh: '方案', en: 'Plans' },
  scope: { zh: '范围', en: 'Scope' },
  scopeAll: { zh: '全部地区与方案', en: 'All places and plans' },
  scopePlaces: { zh: '地区', en: 'Places' },
  scopePlans: { zh: '方案', en: 'Plans' },
  searchPlaceholder: { zh: '搜索单位、任务、项目…（按 / 聚焦）', en: 'Search units, tasks, projects… (press /)' },
  loading: { zh: '加载中…', en: 'Loading…' },
  empty: { zh: '没有结果', en: 'Nothing found' },
  error: { zh: '出错了', en: 'Something went wrong' },
  retry: { zh: '重试', en: 'Retry' },
  notFound: { zh: '页面不存在', en: 'Page not found' },
  backHome: { zh: '返回协同网络', en: 'Back to the network' },
  // network
  chapter: { zh: '章节', en: 'Chapter' },
  allChapters: { zh: '全部章节', en: 'All chapters' },
  role: { zh: '角色', en: 'Role' },
  roleAny: { zh: '全部', en: 'Any' },
  roleLead: { zh: '牵头', en: 'Lead' },
  roleSupport: { zh: '配合', en: 'Support' },
  roleResponsible: { zh: '责任单位', en: 'Responsible' },
  minShared: { zh: '最少共同任务', en: 'Min. shared tasks' },
  fit: { zh: '适应窗口', en: 'Fit' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  reset: { zh: '重置', en: 'Reset' },
  exportPng: { zh: '导出 PNG', en: 'PNG' },
  exportSvg: { zh: '导出 SVG', en: 'SVG' },
  legend: { zh: '图例', en: 'Legend' },
  legendSize: { zh: '节点大小 = 参与任务与项目数', en: 'Node size = tasks and projects involved in' },
  legendWidth: { zh: '连线粗细 = 共同任务数', en: 'Edge width = shared tasks' },
  units: { zh: '个单位', en: 'units' },
  links: { zh: '条关联', en: 'links' },
  works: { zh: '参与', en: 'Involved in' },
  partnersCount: { zh: '协作单位', en: 'Partners' },
  openUnit: { zh: '查看单位详情', en: 'Open unit page' },
  expand: { zh: '展开任务与项目', en: 'Expand tasks and projects' },
  expandPreview: { zh: '展开后将新增', en: 'Expanding adds' },
  collapse: { zh: '收起', en: 'Collapse' },
  clearFocus: { zh: '取消聚焦', en: 'Clear focus' },
  groupChapters: { zh: '按主要章节分组', en: 'Group by main chapter' },
  legendGroup: { zh: '章节（括号内为单位数，点击展开或收起）', en: 'Chapter (units in brackets; click to open or close)' },
  groupExpandHint: { zh: '点击展开', en: 'click to open' },
  openAllPlaces: { zh: '展开全部地区', en: 'Open every place' },
  unknownPlace: { zh: '地区不详', en: 'Place unknown' },
  closeAllPlaces: { zh: '收起全部地区', en: 'Close every place' },
  legendPlace: { zh: '地区（点击展开或收起其单位）', en: 'Place (click to open or close its units)' },
  groupCollapseHint: { zh: '点击分组收起', en: 'click the group to collapse' },
  clickHint: { zh: '悬停查看详情，点击聚焦单位', en: 'Hover for details, click to focus a unit' },
  networkAggregated: { zh: '单位过多：同名单位（各地的同一部门）已合并为一个节点', en: 'Too many units: units of one name (the same department in every city) are merged into one node' },
  networkTruncated: { zh: '只显示最主要的部分', en: 'only the busiest part is shown' },
  chaptersOfFirstPlans: { zh: '（前几份方案的章节）', en: '(chapters of the first plans)' },
  searchUnitsNamed: { zh: '查找同名单位', en: 'Find the units of this name' },
  nothingToAdd: { zh: '没有可新增的节点', en: 'nothing new' },
  // unit
  lead: { zh: '牵头任务', en: 'Tasks led' },
  support: { zh: '配合任务', en: 'Tasks supported' },
  projects: { zh: '重点项目', en: 'Key projects' },
  partners: { zh: '协作单位排名', en: 'Partners, ranked' },
  workload: { zh: '工作量', en: 'Workload' },
  shareOfTasks: { zh: '占全部任务', en: 'Share of all tasks' },
  bridgeScore: { zh: '桥接度', en: 'Bridge score' },
  chaptersInvolved: { zh: '涉及章节', en: 'Chapters' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  downloadXlsx: { zh: '下载台账 XLSX', en: 'Download ledger (XLSX)' },
  coUnits: { zh: '共同单位', en: 'With' },
  years: { zh: '年份', en: 'Years' },
  sourceRow: { zh: '原文行', en: 'source row' },
  shared: { zh: '共同', en: 'shared' },
  aliases: { zh: '别名', en: 'Also known as' },
  showInNetwork: { zh: '在网络中查看', en: 'Show in network' },
  findConnection: { zh: '查找关联', en: 'Find a connection' },
  noChapter: { zh: '（无章节）', en: '(no chapter)' },
  byPlan: { zh: '各方案中的职责', en: 'By plan and year' },
  planYear: { zh: '年份', en: 'Year' },
  plan: { zh: '方案', en: 'Plan' },
  noYear: { zh: '未注明', en: 'n/a' },
  countLead: { zh: '牵头', en: 'Led' },
  countSupport: { zh: '配合', en: 'Supported' },
  countProjects: { zh: '项目', en: 'Projects' },
  tasksOfPlan: { zh: '仅显示此方案中的任务：', en: 'Only the tasks of this plan: ' },
  allPlans: { zh: '显示全部方案', en: 'Show every plan' },
  counterparts: { zh: '其他地区的同类单位', en: 'Counterparts elsewhere' },
  counterpartsNone: { zh: '已加载的方案中没有其他地区的同类单位', en: 'No counterpart in the plans loaded' },
  counterpartsMore: { zh: '另有', en: 'and' },
  counterpartsMoreTail: { zh: '个未列出', en: 'more not listed' },
  plansMoreTail: { zh: '份未列出', en: 'more not listed' },
  plansCount: { zh: '份方案', en: 'plans' },
  compareTwoPlaces: { zh: '对比两地', en: 'compare the two places' },
  inferred: { zh: '由集合单位推定', en: 'inferred from a collective' },
  openEnded: { zh: '等', en: ' etc.' },
  colon: { zh: '：', en: ': ' },
  // search
  results: { zh: '条结果', en: 'results' },
  filters: { zh: '筛选', en: 'Filters' },
  type: { zh: '类型', en: 'Type' },
  unit: { zh: '单位', en: 'Unit' },
  year: { zh: '年份', en: 'Year' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  typeHint: { zh: '输入关键词开始搜索，例如：生态环境局、燃煤锅炉、2020', en: 'Type words to search, e.g. 生态环境局, 燃煤锅炉, 2020' },
  // connect
  unitA: { zh: '单位 A', en: 'Unit A' },
  unitB: { zh: '单位 B', en: 'Unit B' },
  pickUnit: { zh: '输入单位名称…', en: 'Type a unit name…' },
  swap: { zh: '交换', en: 'Swap' },
  paths: { zh: '最短路径', en: 'Shortest paths' },
  hops: { zh: '步', en: 'hops' },
  explanation: { zh: '说明', en: 'Explanation' },
  pickTwo: { zh: '请选择两个单位', en: 'Pick two units' },
  viaUnits: { zh: '途经单位', en: 'Through' },
  noConnection: { zh: '两个单位之间没有找到关联', en: 'No connection found between these units' },
  // checks
  checksTitle: { zh: '责任检查', en: 'Responsibility checks' },
  checksIntro: { zh: '需要协调人员逐项核对的情况；勾选表示已处理（保存在本浏览器）。', en: 'Findings a coordinator works through; ticks are kept in this browser.' },
  multiLeadTasks: { zh: '多个牵头单位的任务', en: 'Tasks with several lead units' },
  tasksWithoutSupport: { zh: '没有配合单位的任务', en: 'Tasks without a supporting unit' },
  supportOnlyUnits: { zh: '只配合、从不牵头的单位', en: 'Units that only support' },
  openEndedLists: { zh: '含“等”的开放式单位列表', en: 'Open-ended unit lists (“…等”)' },
  projectsWithoutTask: { zh: '未对应任务的重点项目', en: 'Projects restating no task' },
  tasksWithoutProject: { zh: '没有重点项目的任务', en: 'Tasks without a key project' },
  done: { zh: '已处理', en: 'done' },
  showMore: { zh: '显示更多', en: 'Show more' },
  // compare
  compareTitle: { zh: '方案对比', en: 'Compare plans' },
  compareIntro: { zh: '选择两份方案或两个地区，并排比较各部门牵头与配合的任务、相似任务、无对应任务，以及各自提出的年份与量化目标。', en: 'Pick two plans or two places to see side by side the tasks each department leads and supports, the tasks that match, those without a counterpart, and the years and targets each sets.' },
  compareSideA: { zh: '甲方', en: 'Side A' },
  compareSideB: { zh: '乙方', en: 'Side B' },
  comparePick: { zh: '请选择方案或地区', en: 'Pick a plan or a place' },
  compareGo: { zh: '对比', en: 'Compare' },
  comparePlans: { zh: '方案', en: 'Plans' },
  compareTasks: { zh: '任务', en: 'Tasks' },
  compareUnits: { zh: '责任单位', en: 'Units' },
  compareYears: { zh: '目标年份', en: 'Target years' },
  compareTargets: { zh: '量化目标', en: 'Quantified targets' },
  compareDepartments: { zh: '部门对比', en: 'Departments' },
  compareDepartment: { zh: '部门（职能）', en: 'Department (function)' },
  compareContrast: { zh: '对比', en: 'Contrast' },
  compareAllContrasts: { zh: '全部', en: 'All' },
  contrastOnlyA: { zh: '仅甲方', en: 'Only in A' },
  contrastOnlyB: { zh: '仅乙方', en: 'Only in B' },
  contrastLeadASupportB: { zh: '甲方牵头、乙方仅配合', en: 'Leads in A, only supports in B' },
  contrastLeadBSupportA: { zh: '乙方牵头、甲方仅配合', en: 'Leads in B, only supports in A' },
  contrastBoth: { zh: '两方均有', en: 'In both' },
  compareMatched: { zh: '相似任务', en: 'Matching tasks' },
  compareSimilarity: { zh: '相似度', en: 'Similarity' },
  compareThreshold: { zh: '相似度不低于', en: 'Similarity at least' },
  compareUnmatched: { zh: '无对应任务', en: 'Tasks without a match' },
  compareClosest: { zh: '最接近', en: 'Closest' },
  compareNone: { zh: '无', en: 'none' },
  compareExport: { zh: '导出', en: 'Export' },
  compareShown: { zh: '仅显示前若干项（完整内容请导出）', en: 'Showing the first ones (export for all)' },
  // detail pages
  task: { zh: '任务', en: 'Task' },
  project: { zh: '重点项目', en: 'Key project' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  place: { zh: '地点', en: 'Place' },
  section: { zh: '章节', en: 'Section' },
  document: { zh: '文件', en: 'Document' },
  leads: { zh: '牵头单位', en: 'Lead units' },
  supports: { zh: '配合单位', en: 'Supporting units' },
  responsible: { zh: '责任单位', en: 'Responsible units' },
  deadline: { zh: '完成时间', en: 'Deadline' },
  mentions: { zh: '提及', en: 'Mentions' },
  implementedBy: { zh: '对应重点项目', en: 'Key projects restating it' },
  implements: { zh: '对应任务', en: 'Tasks it restates' },
  provenance: { zh: '原文（按原样，⇥ 表示制表符）', en: 'Source row as it stands (⇥ marks a TAB)' },
  lines: { zh: '行', en: 'lines' },
  mentionedIn: { zh: '出现于', en: 'Named in' },
  asUnit: { zh: '作为责任单位', en: 'As a responsible unit' },
  tasksAndProjects: { zh: '任务与项目', en: 'Tasks and projects' },
  involvedUnits: { zh: '涉及单位', en: 'Units involved' },
  subsections: { zh: '下级', en: 'Subsections' },
  tasksCount: { zh: '项任务', en: 'tasks' },
  projectsCount: { zh: '个项目', en: 'projects' },
  // plans
  plansTitle: { zh: '已载入的方案', en: 'Loaded plans' },
  plansIntro: { zh: '按地区代码排列，同一地区新方案在前；点击方案查看其协同网络或责任检查。', en: 'By place code, newest plan of a place first; open a plan’s network or checks.' },
  planTitle: { zh: '方案', en: 'Plan' },
  planPlace: { zh: '地区', en: 'Place' },
  planIssuer: { zh: '印发单位', en: 'Issued by' },
  planTasks: { zh: '任务', en: 'Tasks' },
  planProjects: { zh: '项目', en: 'Projects' },
  planUnits: { zh: '单位', en: 'Units' },
  planLoadedAt: { zh: '载入时间', en: 'Loaded' },
  planViews: { zh: '查看', en: 'Open' },
  noPlace: { zh: '（未注明）', en: '(not named)' },
  previousPage: { zh: '上一页', en: 'Previous' },
  nextPage: { zh: '下一页', en: 'Next' },
  pageOf: { zh: '共', en: 'of' },
  admin: { zh: '管理', en: 'Administration' },
  adminToken: { zh: '管理令牌', en: 'Admin token' },
  adminTokenHint: { zh: '令牌只保存在本标签页（sessionStorage），关闭后即清除。', en: 'Kept in this tab only (sessionStorage), gone when it closes.' },
  useToken: { zh: '使用令牌', en: 'Use token' },
  forgetToken: { zh: '清除令牌', en: 'Forget token' },
  uploadPlan: { zh: '上传方案', en: 'Upload a plan' },
  upload: { zh: '上传', en: 'Upload' },
  uploading: { zh: '上传中…', en: 'Uploading…' },
  uploaded: { zh: '已载入', en: 'Loaded' },
  uploadRefused: { zh: '无法载入该文件', en: 'The file could not be loaded' },
  deletePlan: { zh: '删除', en: 'Delete' },
  confirmDelete: { zh: '确认删除该方案？此操作会从图谱、索引和存储中移除它。', en: 'Delete this plan from graph, index and storage?' },
  confirm: { zh: '确认删除', en: 'Delete' },
  cancel: { zh: '取消', en: 'Cancel' },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;

export const UNIT_KIND_TEXT: Record<string, Record<Lang, string>> = {
  municipal_department: { zh: '市级部门', en: 'Municipal department' },
  party_or_people_org: { zh: '党委/群团', en: 'Party or people’s org.' },
  judicial: { zh: '司法机关', en: 'Judicial' },
  county_government: { zh: '县（市、区）政府', en: 'County government' },
  zone_or_committee: { zh: '园区/委员会', en: 'Zone or committee' },
  collective: { zh: '集合单位', en: 'Collective' },
  enterprise: { zh: '企业', en: 'Enterprise' },
};

/** GB/T 2260 levels of a place. */
export const LEVEL_TEXT: Record<string, Record<Lang, string>> = {
  province: { zh: '省级', en: 'province' },
  city: { zh: '市级', en: 'city' },
  county: { zh: '县级', en: 'county' },
};

export const NODE_KIND_TEXT: Record<string, Record<Lang, string>> = {
  unit: { zh: '单位', en: 'Unit' },
  task: { zh: '任务', en: 'Task' },
  project: { zh: '重点项目', en: 'Project' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  place: { zh: '地点', en: 'Place' },
  section: { zh: '章节', en: 'Section' },
  document: { zh: '文件', en: 'Document' },
  group: { zh: '章节分组', en: 'Chapter group' },
  jurisdiction: { zh: '地区', en: 'Place' },
};

export const RELATION_TEXT: Record<string, Record<Lang, string>> = {
  LEADS: { zh: '牵头', en: 'lead' },
  SUPPORTS: { zh: '配合', en: 'support' },
  RESPONSIBLE_FOR: { zh: '负责', en: 'responsible' },
  MENTIONS: { zh: '提及', en: 'mentions' },
  IMPLEMENTS: { zh: '对应', en: 'restates' },
  IN_SECTION: { zh: '所属章节', en: 'in section' },
  PART_OF: { zh: '属于', en: 'part of' },
};

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: TextKey) => string;
  /** A label from one of the tables above, falling back to the raw value. */
  label: (table: Record<string, Record<Lang, string>>, value: string) => string;
}

const I18nContext = createContext<I18nValue | null>(null);
const STORAGE_KEY = 'dutymap.lang';

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'zh') return fromUrl;
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh'; // storage can be off (private mode): Chinese is the default anyway
  }
}

export function I18nProvider({ children }: { children: React.ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not persisted; the toggle still works for this page
    }
  }, []);
  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key) => TEXT[key][lang], label: (table, v) => table[v]?.[lang] ?? v }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n: no I18nProvider above this component');
  return value;
}
