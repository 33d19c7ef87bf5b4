// When and by whom a plan was issued: the year a researcher sorts plans by and the body that signed it.
// Notices carry both before the plan itself: 鞍山市人民政府 / 2024年2月2日 under the notice, a
// document number 鞍政发〔2024〕1号, a notice title 广东省人民政府关于印发…的通知.
import { execAsWritten, simplifiedText } from '../text/normalize.js';

export interface Issuance {
  year?: number;
  issuer?: string;
}

const CHINESE_DIGITS: Record<string, string> = Object.fromEntries([...'〇一二三四五六七八九'].map((c, i) => [c, String(i)]).concat([['○', '0'], ['零', '0']]));
/** A paragraph that is only a date (signature dates stand alone; dates inside sentences are events). */
const DATE_LINE = /^([0-9〇○零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(印发)?$/;
/** 鞍政发〔2024〕1号, 粤府办[2021]3号: the year in the brackets of a document number. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fa5]{1,10}[〔[［(（]((?:19|20)[0-9]{2})[〕\]］)）]第?[0-9]{1,4}号$/;
/** A title's own year: 2024年市《政府工作报告》…, …行动方案（2021—2025年）. */
const TITLE_YEAR = /((?:19|20)[0-9]{2})(?:年|[—–-]{1,2}(?:19|20)[0-9]{2}年)/;
/** A body's name as a signature: it ends as bodies end, and is a line of its own. */
const BODY = /^[\u4e00-\u9fa5（）()]{2,30}(人民政府|政府|办公室|办公厅|委员会|委|局|厅|领导小组|指挥部)$/;
/** 某某人民政府关于印发《…》的通知, 某某办公室关于明确…的通知, 省人民政府关于…的若干意见: the sender. */
const NOTICE_SENDER = /^(.{2,30}?)关于.+的(通知|意见|若干意见|实施意见|决定|批复)$/d;

function yearOfDate(line: string): number | undefined {
  const date = DATE_LINE.exec(line);
  if (!date) return undefined;
  const year = Number([...date[1]!].map((c) => CHINESE_DIGITS[c] ?? c).join(''));
  return year >= 1949 && year <= 2100 ? year : undefined;
}

/** A line that cannot end a title: …关于, …关于印发, or a 《 not yet closed. */
function unfinished(text: string): boolean {
  const simple = simplifiedText(text);
  return /关于(印发)?$/.test(simple) || (simple.match(/《/g)?.length ?? 0) > (simple.match(/》/g)?.length ?? 0);
}

/**
 * Paragraphs as one text each, spaces between characters gone: a notice title broken over lines
 * (…关于印发 / 《…分解 / 和…方案》的通知) joined up to its 的通知, a title broken after 关于 or inside
 * 《》 joined to its end.
 */
export function joinedParagraphs(texts: readonly string[]): string[] {
  const compact = texts.map((text) => text.replace(/[\s\u3000]+/g, ''));
  const joined: string[] = [];
  for (let i = 0; i < compact.length; i += 1) {
    let text = compact[i]!;
    const simple = simplifiedText(text);
    // A notice title runs on until a line ending in 的通知 (a few lines at most).
    const end = /关于/.test(simple) && !/通知$/.test(simple) ? compact.findIndex((line, j) => j > i && j < i + 4 && /通知$/.test(line)) : -1;
    if (end > 0) {
      text = compact.slice(i, end + 1).join('');
      i = end;
    }
    for (let more = 0; more < 3 && i + 1 < compact.length && unfinished(text); more += 1) text += compact[++i]!;
    joined.push(text);
  }
  return joined;
}

/**
 * The issue year and issuer from a document's paragraphs (joined, see joinedParagraphs) and
 * title. The year: the first stand-alone date, else a document number's year, else the title's own year (the start of a
 * range). The issuer: the body signing above the date, else the sender of the notice.
 */
export function documentIssuance(lines: readonly string[], title: string): Issuance {
  // Read in simplified characters (簽發, 辦公室); the issuer is given as written.
  const simple = lines.map(simplifiedText);
  let year: number | undefined;
  let issuer: string | undefined;
  for (const [i, line] of simple.entries()) {
    const dated = yearOfDate(line);
    if (dated === undefined) continue;
    year = dated;
    const signature = [i - 1, i - 2].find((j) => j >= 0 && BODY.test(simple[j]!));
    if (signature !== undefined) issuer = lines[signature];
    break;
  }
  const numbered = simple.map((line) => DOCUMENT_NUMBER.exec(line)?.[1]).find(Boolean) ?? TITLE_YEAR.exec(title.replace(/\s+/g, ''))?.[1];
  year ??= numbered ? Number(numbered) : undefined;
  issuer ??= lines.map((line) => execAsWritten(NOTICE_SENDER, line)?.[1]).find((sender) => sender !== undefined && BODY.test(simplifiedText(sender)));
  return { ...(year !== undefined ? { year } : {}), ...(issuer ? { issuer } : {}) };
}
