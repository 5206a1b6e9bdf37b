// News agencies and wire services, and matchers that recognise them in bylines and credit lines.

/** One wire service: its canonical name and the spellings pages use for it. */
interface Agency {
  name: string;
  /** Full names and spellings matched without regard to case ("Agence France-Presse"). */
  names: string[];
  /** Abbreviations matched case-sensitively, since "AP" or "PA" are also ordinary words or initials. */
  acronyms?: string[];
}

// Only real news agencies: organisations whose business is supplying stories to other newsrooms.
const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', names: ['Reuters', 'Thomson Reuters', 'Reuters Staff'] },
  { name: 'AP', names: ['Associated Press', 'The Associated Press'], acronyms: ['AP', 'A.P.'] },
  { name: 'AFP', names: ['Agence France-Presse', 'Agence France Presse', 'France-Presse'], acronyms: ['AFP', 'afp'] },
  { name: 'dpa', names: ['Deutsche Presse-Agentur', 'Deutsche Presse Agentur'], acronyms: ['dpa', 'DPA', 'dpa-AFX'] },
  { name: 'Anadolu Agency', names: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu Ajansi', 'Anadolu'], acronyms: ['AA'] },
  { name: 'PTI', names: ['Press Trust of India'], acronyms: ['PTI'] },
  { name: 'ANI', names: ['Asian News International'], acronyms: ['ANI'] },
  { name: 'IANS', names: ['Indo-Asian News Service'], acronyms: ['IANS'] },
  { name: 'UNI', names: ['United News of India'], acronyms: ['UNI'] },
  { name: 'Xinhua', names: ['Xinhua', 'Xinhua News Agency', '新华社', '新華社'] },
  { name: 'China News Service', names: ['China News Service'], acronyms: ['CNS'] },
  { name: 'EFE', names: ['Agencia EFE'], acronyms: ['EFE', 'Efe'] },
  { name: 'Europa Press', names: ['Europa Press'] },
  { name: 'ANSA', names: ['Agenzia ANSA'], acronyms: ['ANSA', 'Ansa'] },
  { name: 'Kyodo', names: ['Kyodo', 'Kyodo News', '共同通信', '共同通信社'] },
  { name: 'Jiji Press', names: ['Jiji Press', 'Jiji', '時事通信', '時事通信社'] },
  { name: 'Yonhap', names: ['Yonhap', 'Yonhap News Agency', '연합뉴스'] },
  { name: 'Central News Agency', names: ['Central News Agency'], acronyms: ['CNA'] },
  { name: 'TASS', names: ['ITAR-TASS'], acronyms: ['TASS', 'Tass'] },
  { name: 'RIA Novosti', names: ['RIA Novosti'] },
  { name: 'Interfax', names: ['Interfax'] },
  { name: 'Sputnik', names: ['Sputnik', 'Sputnik News Agency'] },
  { name: 'Ukrinform', names: ['Ukrinform'] },
  { name: 'UNIAN', names: [], acronyms: ['UNIAN'] },
  { name: 'UPI', names: ['United Press International'], acronyms: ['UPI'] },
  { name: 'Bloomberg', names: ['Bloomberg', 'Bloomberg News'] },
  { name: 'Dow Jones Newswires', names: ['Dow Jones Newswires', 'Dow Jones'] },
  { name: 'PA Media', names: ['PA Media', 'Press Association', 'PA Wire'] },
  { name: 'AAP', names: ['Australian Associated Press'], acronyms: ['AAP'] },
  { name: 'Canadian Press', names: ['The Canadian Press', 'Canadian Press'] },
  { name: 'APA', names: ['Austria Presse Agentur'], acronyms: ['APA'] },
  { name: 'Keystone-SDA', names: ['Keystone-SDA', 'Keystone-ATS'], acronyms: ['SDA', 'ATS'] },
  { name: 'KNA', names: ['Katholische Nachrichten-Agentur'], acronyms: ['KNA'] },
  { name: 'epd', names: ['Evangelischer Pressedienst'], acronyms: ['epd'] },
  { name: 'ANP', names: ['Algemeen Nederlands Persbureau'], acronyms: ['ANP'] },
  { name: 'Belga', names: ['Belga'] },
  { name: 'NTB', names: ['Norsk Telegrambyrå'], acronyms: ['NTB'] },
  { name: 'TT', names: ['TT Nyhetsbyrån'], acronyms: ['TT'] },
  { name: 'Ritzau', names: ['Ritzau', 'Ritzaus Bureau'] },
  { name: 'STT', names: ['Suomen Tietotoimisto'], acronyms: ['STT'] },
  { name: 'PAP', names: ['Polska Agencja Prasowa'], acronyms: ['PAP'] },
  { name: 'ČTK', names: ['Česká tisková kancelář', 'ČTK', 'CTK'] },
  { name: 'MTI', names: ['Magyar Távirati Iroda'], acronyms: ['MTI'] },
  { name: 'Lusa', names: ['Agência Lusa', 'Lusa'] },
  { name: 'Agência Brasil', names: ['Agência Brasil', 'Agencia Brasil'] },
  { name: 'Estadão Conteúdo', names: ['Estadão Conteúdo', 'Agência Estado'] },
  { name: 'Folhapress', names: ['Folhapress'] },
  { name: 'Agência O Globo', names: ['Agência O Globo'] },
  { name: 'Notimex', names: ['Notimex'] },
  { name: 'Bernama', names: ['Bernama'] },
  { name: 'Antara', names: ['Antara', 'Antara News Agency'] },
  { name: 'WAFA', names: ['WAFA News Agency'], acronyms: ['WAFA', 'Wafa'] },
  { name: 'IRNA', names: ['Islamic Republic News Agency'], acronyms: ['IRNA'] },
  { name: 'WAM', names: ['Emirates News Agency'], acronyms: ['WAM'] },
  { name: 'SPA', names: ['Saudi Press Agency'], acronyms: ['SPA'] },
  { name: 'QNA', names: ['Qatar News Agency'], acronyms: ['QNA'] },
  { name: 'KUNA', names: ['Kuwait News Agency'], acronyms: ['KUNA'] },
  { name: 'MENA', names: ['Middle East News Agency'], acronyms: ['MENA'] },
  { name: 'BTA', names: ['Bulgarian News Agency'], acronyms: ['BTA'] },
  { name: 'Agerpres', names: ['Agerpres'] },
  { name: 'Tanjug', names: ['Tanjug'] },
  { name: 'HINA', names: ['Hina'], acronyms: ['HINA'] },
  { name: 'STA', names: ['Slovenian Press Agency'], acronyms: ['STA'] },
  { name: 'DHA', names: ['Demirören Haber Ajansı', 'Demiroren News Agency'], acronyms: ['DHA'] },
  { name: 'IHA', names: ['İhlas Haber Ajansı', 'Ihlas News Agency'], acronyms: ['İHA', 'IHA'] },
  { name: 'SID', names: ['Sport-Informations-Dienst'], acronyms: ['SID', 'sid'] },
  { name: 'dts', names: ['dts Nachrichtenagentur', 'dts-Nachrichtenagentur'], acronyms: ['dts'] },
  { name: 'AGI', names: ['Agenzia Italia'], acronyms: ['AGI'] },
  { name: 'Adnkronos', names: ['Adnkronos'] },
  { name: 'LaPresse', names: ['LaPresse'] },
  { name: 'Askanews', names: ['Askanews'] },
  { name: 'Servimedia', names: ['Servimedia'] },
  { name: 'Prensa Latina', names: ['Prensa Latina'] },
  { name: 'Télam', names: ['Télam', 'Telam'] },
  { name: 'TASR', names: ['Tlačová agentúra Slovenskej republiky'], acronyms: ['TASR'] },
  { name: 'ANA-MPA', names: ['Athens-Macedonian News Agency', 'ANA-MPA', 'ΑΠΕ-ΜΠΕ'] },
  { name: 'BNS', names: ['Baltic News Service'], acronyms: ['BNS'] },
  { name: 'LETA', names: [], acronyms: ['LETA'] },
  { name: 'ELTA', names: [], acronyms: ['ELTA'] },
  { name: 'ANKA', names: ['ANKA Haber Ajansı'], acronyms: ['ANKA'] },
  { name: 'NNA', names: ['National News Agency', 'الوكالة الوطنية للإعلام'], acronyms: ['NNA'] },
  { name: 'VNA', names: ['Vietnam News Agency'], acronyms: ['VNA'] },
  { name: 'PNA', names: ['Philippine News Agency'], acronyms: ['PNA'] },
  { name: 'APP', names: ['Associated Press of Pakistan'], acronyms: ['APP'] },
  { name: 'BSS', names: ['Bangladesh Sangbad Sangstha'], acronyms: ['BSS'] },
  { name: 'NAN', names: ['News Agency of Nigeria'], acronyms: ['NAN'] },
  { name: 'GNA', names: ['Ghana News Agency'], acronyms: ['GNA'] },
  { name: 'African News Agency', names: ['African News Agency'], acronyms: ['ANA'] },
];

/** The canonical names of every known agency, in the order above. */
export const AGENCY_NAMES: readonly string[] = AGENCIES.map((agency) => agency.name);

const byLowerName = new Map<string, string>();
const byAcronym = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const name of agency.names) byLowerName.set(name.toLowerCase(), agency.name);
  for (const acronym of agency.acronyms ?? []) byAcronym.set(acronym, agency.name);
}

// Words around an agency name that do not change which agency it is ("via Reuters", "Reuters news agency").
const FILLER = /^(?:source|sources|quelle|fuente|fonte|via|from|by|with|von|par|por|de|the|agency inputs from)\s*[:\-–—]?\s+|\s+(?:news agency|agency|staff|wire|newswire|news|reporters?|inputs?)$/i;

function stripFiller(text: string): string {
  let current = text;
  for (let i = 0; i < 4; i += 1) {
    const next = current.replace(FILLER, '').trim();
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The canonical agency name when the whole text names one agency ("Reuters", "The Associated Press",
 * "SOURCE: AFP", "(dpa)"), else null. Ordinary names and words are never agencies.
 */
export function matchAgency(text: string): string | null {
  if (text.length > 80) return null;
  const trimmed = text.replace(/^[\s([{"'“‘/|:–—-]+|[\s)\]}"'”’/|:.,;–—-]+$/g, '').replace(/\s+/g, ' ');
  if (trimmed === '') return null;
  const direct = byAcronym.get(trimmed) ?? byLowerName.get(trimmed.toLowerCase());
  if (direct) return direct;
  const stripped = stripFiller(trimmed);
  if (stripped !== trimmed && stripped !== '') {
    const found = byAcronym.get(stripped) ?? byLowerName.get(stripped.toLowerCase());
    if (found) return found;
  }
  // "dpa/lno", "SDA/sep": the agency with the initials of the desk or editor who handled the story.
  const desk = /^(.{2,40}?)\s*\/\s*\p{Ll}{1,4}$/u.exec(trimmed);
  return desk?.[1] ? matchAgency(desk[1]) : null;
}

// Credit words before an agency's name that are not part of it ("Source: AFP", "via Reuters").
const LEADING_CREDIT = /^(?:source|sources|quelle|quellen|fuente|fonte|via|from|by|with|von|par|por|mit|agency inputs from)\s*[:\-–—]?\s+/i;

/**
 * The agency's name as the page prints it ("Associated Press", "Anadolu Ajansı", "SDA") when the whole text
 * names one agency, else null: credits keep the page's own spelling; `sameAgency` tells spellings apart.
 */
export function agencyAsPrinted(text: string): string | null {
  if (!matchAgency(text)) return null;
  let printed = text.replace(/^[\s([{"'“‘/|:–—-]+|[\s)\]}"'”’/|:.,;–—-]+$/g, '').replace(/\s+/g, ' ');
  for (let i = 0; i < 3; i += 1) {
    const next = printed.replace(LEADING_CREDIT, '').trim();
    if (next === printed) break;
    printed = next;
  }
  return printed !== '' && matchAgency(printed) ? printed : matchAgency(text);
}

/** True when two credits name the same agency ("AP" and "The Associated Press"), or are the same text. */
export function sameAgency(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const canonical = matchAgency(a);
  return canonical !== null && canonical === matchAgency(b);
}

/**
 * `credits` in order with each agency once; where `preferred` holds another spelling of the same agency
 * (the metadata's declared credit), that spelling is used.
 */
export function uniqueAgencies(credits: readonly string[], preferred: readonly string[] = []): string[] {
  const result: string[] = [];
  for (const credit of [...credits, ...preferred]) {
    if (result.some((known) => sameAgency(known, credit))) continue;
    result.push(preferred.find((spelling) => sameAgency(spelling, credit)) ?? credit);
  }
  return result;
}

/** Every agency named in a credit line ("Reuters/AFP", "with inputs from AP and Reuters"), canonical and once each. */
export function findAgencies(text: string): string[] {
  if (text.length > 2000) return [];
  const found: string[] = [];
  const add = (name: string | undefined) => {
    if (name && !found.includes(name)) found.push(name);
  };
  // Multi-word names first so "Press Trust of India" is not also read as something shorter.
  const lower = text.toLowerCase();
  for (const [name, canonical] of byLowerName) {
    const at = lower.indexOf(name);
    if (at >= 0 && isWordBoundary(lower, at, at + name.length)) add(canonical);
  }
  for (const token of text.split(/[^\p{L}\p{N}.-]+/u)) {
    add(byAcronym.get(token) ?? byAcronym.get(token.replace(/\.$/, '')));
  }
  return found;
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = start === 0 ? '' : text.charAt(start - 1);
  const after = end >= text.length ? '' : text.charAt(end);
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
