// When and by whom a plan was issued: the year a researcher sorts plans by and the body that signed it.
// Notices carry both before the plan itself: 鞍山市人民政府 / 2024年2月2日 under the notice, a
// document number 鞍政发〔2024〕1号, a notice title 广东省人民政府关于印发…的通知.

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
/** 某某人民政府关于印发《…》的通知, 某某办公室关于明确…的通知: the sender. */
const NOTICE_SENDER = /^(.{2,30}?)关于.*的通知$/;

/** Paragraphs as one text each: a notice title broken over lines (…关于印发 / 《…分解 / 和…方案》的通知) joined, spaces between characters gone. */
export function joinedParagraphs(texts: readonly string[]): string[] {
  const compact = texts.map((text) => text.replace(/[\s\u3000]+/g, ''));
  const joined: string[] = [];
  for (let i = 0; i < compact.length; i += 1) {
    let text = compact[i]!;
    // A notice title runs on until a line ending in 的通知 (a few lines at most).
    if (/关于/.test(text) && !/通知$/.test(text)) {
      const end = compact.findIndex((line, j) => j > i && j < i + 4 && /通知$/.test(line));
      if (end > 0) {
        text = compact.slice(i, end + 1).join('');
        i = end;
      }
    }
    joined.push(text);
  }
  return joined;
}


function yearOfDate(line: string): number | undefined {
  const date = DATE_LINE.exec(line);
  if (!date) return undefined;
  const digits = [...date[1]!].map((c) => CHINESE_DIGITS[c] ?? c).join('');
  const year = Number(digits);
  return year >= 1949 && year <= 2100 ? year : undefined;
}

/**
 * The issue year and issuer from a document's paragraphs (joined, see joinedParagraphs) and title. The year: the first
 * stand-alone date, else a document number's year, else the title's own year (the start of a
 * range). The issuer: the body signing above the date, else the sender of the notice.
 */
export function documentIssuance(lines: readonly string[], title: string): Issuance {
  let year: number | undefined;
  let issuer: string | undefined;
  for (const [i, line] of lines.entries()) {
    const dated = yearOfDate(line);
    if (dated === undefined) continue;
    year = dated;
    const signature = lines.slice(Math.max(0, i - 2), i).reverse().find((before) => BODY.test(before));
    if (signature) issuer = signature;
    break;
  }
  const numbered = lines.map((line) => DOCUMENT_NUMBER.exec(line)?.[1]).find(Boolean) ?? TITLE_YEAR.exec(title.replace(/\s+/g, ''))?.[1];
  year ??= numbered ? Number(numbered) : undefined;
  issuer ??= lines.map((line) => NOTICE_SENDER.exec(line)?.[1]).find((sender) => sender !== undefined && BODY.test(sender));
  return { ...(year !== undefined ? { year } : {}), ...(issuer ? { issuer } : {}) };
}
