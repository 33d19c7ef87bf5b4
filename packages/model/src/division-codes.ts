// GB/T 2260 codes as the scope filters read them: six digits, two for the province, two for the city,
// two for the county (330000 浙江省 ⊃ 330800 衢州市 ⊃ 330822 常山县). Pure functions, no table of names.

/** Whether a value is a six-digit division code. */
export function isDivisionCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** The digits a code shares with every place under it: 330000 → 33, 330800 → 3308, 330822 → 330822. */
export function divisionCodePrefix(code: string): string {
  return code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
}

/** The code and the codes above it, the province first (330822 → 330000, 330800, 330822); [] for no code. */
export function divisionCodeChain(code: string | undefined): string[] {
  if (code === undefined || !isDivisionCode(code)) return [];
  return [...new Set([`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code])];
}
