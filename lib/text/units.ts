// Units of measure and counted nouns after a number, with their canonical unit and conversion.
//
// Measures convert to a canonical unit: km (miles ×1.609344, nautical miles ×1.852, metres
// ×0.001, feet ×0.0003048, yards ×0.0009144), km2 (square miles ×2.58999, hectares ×0.01, acres
// ×0.00404686, dunams ×0.001, square metres ×1e-6), tonne (kg ×0.001, pounds only when not
// money), hour (minutes ÷60), day (weeks ×7), month, year, percent, km/h (mph ×1.609344), knot,
// currencies as ISO codes without exchange (usd, eur, gbp, uah, rub, ils...).
// Counted nouns give the singular noun as unit (`vehicle`, `tank`, `drone`) or `person` for
// people nouns (troops, soldiers, civilians, demonyms such as `Russians`), with a category.
// Lazy: the tables are built on first use.

import type { Category, Measure } from '../model';
import { tokenize, TokKind } from './tokens';

export interface UnitInfo {
  /** The claim's unit: a canonical measure, `person`, or the singular of the counted noun (`helicopter`). */
  unit: string;
  /**
   * The class of thing counted when it is coarser than `unit` (`helicopter` → aircraft,
   * `truck` → vehicle, `counter-attack` → counterattack): what the category rules and the linker
   * compare, so two sources' `jets` and `aircraft` stay one quantity. Absent: the unit itself.
   */
  kind?: string;
  /** Multiply the stated value by this to get the canonical value. */
  factor: number;
  category: Category;
  /** A measure (distance, area, money, time...) rather than a count of things. */
  measure: boolean;
  /** Side implied by the noun itself (`Russians` → ru). */
  side?: string;
  /** Casualty measure implied by the noun itself (`deaths` → killed). */
  casualty?: Measure;
  /** Canonical category when counting people: troops by default unless a casualty cue. */
  people?: boolean;
}

type Row = [string, string, number, Category, boolean?];

// [phrase(s) separated by |, unit, factor, category, measure]
const MEASURES: Row[] = [
  ['km|kms|kilometre|kilometres|kilometer|kilometers|klicks', 'km', 1, 'distance', true],
  ['mile|miles|mi|statute miles', 'km', 1.609344, 'distance', true],
  ['nautical mile|nautical miles|nmi|nm', 'km', 1.852, 'distance', true],
  ['m|metre|metres|meter|meters', 'km', 0.001, 'distance', true],
  ['ft|foot|feet', 'km', 0.0003048, 'distance', true],
  ['yard|yards|yd|yds', 'km', 0.0009144, 'distance', true],
  ['km2|km²|sq km|sq. km|sqkm|square kilometre|square kilometres|square kilometer|square kilometers|sq kilometres|sq kilometers', 'km2', 1, 'territory', true],
  ['square mile|square miles|sq mi|sq miles|sq. miles|sq mile|sq. mi', 'km2', 2.58999, 'territory', true],
  ['hectare|hectares|ha', 'km2', 0.01, 'territory', true],
  ['acre|acres', 'km2', 0.00404686, 'territory', true],
  ['dunam|dunams|dunum|dunums|donum|donums', 'km2', 0.001, 'territory', true],
  ['square metre|square metres|square meter|square meters|sq m|m2|m²', 'km2', 1e-6, 'territory', true],
  ['tonne|tonnes|ton|tons|metric ton|metric tons|metric tonne|metric tonnes|t', 'tonne', 1, 'other', true],
  ['kg|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos', 'tonne', 0.001, 'other', true],
  ['pound|pounds|lb|lbs', 'tonne', 0.000453592, 'other', true],
  ['hour|hours|hr|hrs|h', 'hour', 1, 'duration', true],
  ['minute|minutes|min|mins', 'hour', 1 / 60, 'duration', true],
  ['day|days', 'day', 1, 'duration', true],
  ['week|weeks', 'day', 7, 'duration', true],
  ['month|months', 'month', 1, 'duration', true],
  ['year|years|yr|yrs', 'year', 1, 'duration', true],
  ['decade|decades', 'year', 10, 'duration', true],
  ['%|percent|per cent|pct|percentage points|percentage point|percentage|percents|per-cent|prozent|prozentpunkte', 'percent', 1, 'other', true],
  ['quadratkilometer|quadratkilometern', 'km2', 1, 'territory', true],
  ['stunden|stunde', 'hour', 1, 'duration', true],
  ['tage|tagen', 'day', 1, 'duration', true],
  ['woche|wochen', 'day', 7, 'duration', true],
  ['monate|monaten', 'month', 1, 'duration', true],
  ['jahre|jahren', 'year', 1, 'duration', true],
  ['km/h|kph|kmph|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour', 'km/h', 1, 'other', true],
  ['mph|miles per hour|miles an hour', 'km/h', 1.609344, 'other', true],
  // a ship's speed in knots stays in knots, as the guide's gold does
  ['knot|knots', 'knot', 1, 'other', true],
  ['dollar|dollars|us dollars|u.s. dollars|usd', 'usd', 1, 'cost', true],
  ['euro|euros|eur', 'eur', 1, 'cost', true],
  ['pounds sterling|sterling|gbp', 'gbp', 1, 'cost', true],
  ['hryvnia|hryvnias|hryvnya|hryvnyas|uah', 'uah', 1, 'cost', true],
  ['rouble|roubles|ruble|rubles|rub', 'rub', 1, 'cost', true],
  ['shekel|shekels|new shekels|ils|nis', 'ils', 1, 'cost', true],
  ['sudanese pounds|sudanese pound|sdg', 'sdg', 1, 'cost', true],
  ['riyal|riyals|sar', 'sar', 1, 'cost', true],
  ['yuan|renminbi|cny', 'cny', 1, 'cost', true],
  ['yen|jpy', 'jpy', 1, 'cost', true],
  ['kyat|kyats|mmk', 'mmk', 1, 'cost', true],
  ['lira|liras|lire|lebanese pounds', 'lbp', 1, 'cost', true],
  ['rial|rials|irr', 'irr', 1, 'cost', true],
  ['won', 'krw', 1, 'cost', true],
  ['cfa francs|cfa franc|francs cfa', 'xof', 1, 'cost', true],
];

// People nouns: [phrases, casualty measure implied]
const PEOPLE: Array<[string, Measure?]> = [
  ['people|persons|person|individuals|individual|troops|troop|soldiers|soldier|servicemen|serviceman|servicemembers|service members|service personnel|military personnel|personnel|fighters|fighter|militants|militant|civilians|civilian|residents|inhabitants|children|child|kids|teenagers|teenager|teens|boys|girls|women|men|babies|infants|minors|adults|villagers|herders|shepherds|miners|bystanders|suspects|combatants|recruits|conscripts|reservists|volunteers|mercenaries|contractors|officers|officer|commanders|generals|pilots|sailors|sailor|marines|paratroopers|militiamen|insurgents|rebels|jihadists|gunmen|members|staff|workers|aid workers|journalists|reporters|medics|paramedics|doctors|nurses|patients|students|pupils|families|family members|refugees|migrants|evacuees|guards|police|policemen|police officers|security personnel|operatives|commandos|snipers|infantrymen|crew|crewmen|crew members|sappers|gunners|settlers|worshippers|pilgrims|protesters|demonstrators|peacekeepers|observers|monitors|engineers|specialists|advisers|advisors|instructors|trainers|cadets|fishermen|farmers|teachers|elderly|lives|souls|heads|infantry|cases|occupiers|invaders|aggressors|orcs|enemy personnel|crew|sailors|seafarers|passengers|hostage-takers|attackers|assailants|raiders|extremists|terrorists'],
  // religious communities and ranks name people (`11 Christians`, `two majors`)
  ['christians|muslims|jews|hindus|buddhists|catholics|protestants|worshipers|majors|captains|lieutenants|colonels|lieutenant colonels|sergeants|corporals|privates|brigadiers|warrant officers|noncommissioned officers'],
  ['deaths|death|fatalities|fatality|dead|killed|bodies|corpses|victims|martyrs|people killed|soldiers killed', 'killed'],
  ['wounded|injured|injuries|injury', 'wounded'],
  ['casualties|casualty|killed and wounded|killed or wounded|dead and wounded', 'killedOrWounded'],
  ['prisoners|prisoner|prisoners of war|pows|pow|captives|hostages|hostage|detainees|detainee|abductees', 'captured'],
  ['missing|disappeared', 'missing'],
  ['displaced|displaced people|displaced persons|internally displaced', undefined],
  ['soldaten|menschen|zivilisten|kämpfer|personen|einwohner|mann|kinder|frauen|männer|soldat|infanteristen|infanterist|geflüchtete|geflüchteten|flüchtlinge|flüchtlingen|vertriebene|vertriebenen', undefined],
  ['tote|toten|getötete|getötet', 'killed'],
  ['verletzte|verletzten|verwundete|verwundeten|verletzt|verwundet', 'wounded'],
  ['gefangene|kriegsgefangene|geiseln', 'captured'],
];

// Things: [phrases, unit, category]
const THINGS: Array<[string, string, Category]> = [
  ['tank|tanks|main battle tanks|battle tanks|panzer', 'tank', 'equipment'],
  ['fahrzeuge|wohnungen|drohnen|angriffsdrohnen|kampfdrohnen|raketen|flugzeuge|dörfer|ortschaften|hubschrauber|kampfhubschrauber|panzerfahrzeuge|schützenpanzer|lastwagen|lkw|granaten|artilleriegranaten|bomben|gleitbomben|lenkbomben|fliegerbomben|marschflugkörper|schiffe|kriegsschiffe|boote|häuser|gebäude|wohnhäuser|stellungen|städte|artilleriesysteme|geschütze|notunterkünfte|unterkünfte|wärmestuben|schutzräume|bunker|krankenhäuser|schulen|brücken', '', 'other'],
  ['angriffe|angriffen|attacken|luftangriffe|drohnenangriffe|raketenangriffe|vorstöße', 'attack', 'other'],
  ['familien', 'family', 'other'],
  ['haushalte|haushalten', 'household', 'other'],
  ['flugabwehrsysteme|systeme|luftabwehrsysteme', 'system', 'equipment'],
  ['vehicle|vehicles|infantry fighting vehicles|infantry fighting vehicle|armoured fighting vehicles|armored fighting vehicles|fighting vehicles|units of special military vehicles|units of military vehicles|units of special equipment|units of military equipment|units of armoured vehicles|units of armored vehicles|armoured vehicles|armored vehicles|armoured personnel carriers|armored personnel carriers|apcs|apc|ifvs|ifv|bmps|btrs|mraps|humvees|pickups|technicals|cars|buses|trucks|truck|lorries|fuel trucks|aid trucks|motorcycles|automotive equipment and fuel tanks|automotive equipment', 'vehicle', 'equipment'],
  ['drone|drones|uavs|uav|unmanned aerial vehicles|fpvs|fpv drones|shaheds|loitering munitions|quadcopters', 'drone', 'equipment'],
  ['missile|missiles|ballistic missiles|cruise missiles|interceptors', 'missile', 'equipment'],
  ['rocket|rockets|projectiles|projectile', 'rocket', 'equipment'],
  ['shell|shells|artillery shells|rounds|munitions|bombs|bomb|glide bombs|grenades|mortar rounds|mines|landmines|warheads|explosives|bullets|cartridges', 'munition', 'equipment'],
  ['artillery pieces|artillery systems|field artillery guns|artillery guns|field guns|guns|artillery|howitzers|howitzer|cannons|mortars|mortar', 'artillery', 'equipment'],
  ['launchers|launcher|mlrs|multiple launch rocket systems|multiple launch rocket system|multiple rocket launchers|multiple rocket launch systems|rocket launchers|air defence systems|air defense systems|air defence means|air defense means|air defence batteries|air defense batteries|batteries|battery|systems|system|radars|radar|stations|station|complexes', 'system', 'equipment'],
  ['aircraft|planes|plane|jets|jet|warplanes|fighter jets|helicopters|helicopter|bombers|airplanes|aeroplanes', 'aircraft', 'equipment'],
  ['ship|ships|vessels|vessel|boats|boat|warships|warship|tankers|tanker|submarines|submarine|frigates|frigate|corvettes|corvette|landing craft|craft|cargo ships|merchant ships', 'ship', 'equipment'],
  ['weapons|weapon|rifles|machine guns|firearms|small arms', 'weapon', 'equipment'],
  // a tally's catch-all line (`special equipment ‒ 3,912`): military equipment of no one kind
  ['special equipment|pieces of equipment|pieces of military equipment', 'item', 'equipment'],
  ['villages|village|settlements|settlement|towns|town|cities|city|localities|locality|hamlets|communities|communes|neighbourhoods|neighborhoods|districts|townships|township|municipalities|municipality|kibbutzim|kibbutz|moshavim|state capitals|capitals', 'settlement', 'territory'],
  ['positions|position|locations|trenches|strongpoints|outposts|checkpoints|bases|base|depots|depot|warehouses', 'position', 'other'],
  // `nine launch pads had been destroyed`
  ['launch pads|launch pad|launchpads|launchpad|launch sites|launch site', 'launch pad', 'other'],
  ['buildings|building|berths|piers|docks|jetties|homes|home|houses|house|apartments|apartment blocks|structures|hospitals|hospital|schools|school|mosques|churches|shelters|bridges|bridge|power plants|facilities|facility|sites|site|camps|camp|tents|shops|farms', 'building', 'other'],
  ['targets|target|objects|objectives', 'target', 'other'],
  ['tunnel shafts|tunnel shaft|shafts|shaft|tunnel entrances|tunnel entrance', 'shaft', 'other'],
  ['tunnels|tunnel', 'tunnel', 'other'],
  ['sorties|sortie|flights|missions', 'sortie', 'other'],
  ['assault actions|assault action|combat actions|offensive actions|strikes|strike|airstrikes|air strikes|attacks|attack|counterattacks|counterattack|counter-attacks|counter-attack|assaults|assault|raids|raid|clashes|engagements|bombardments|barrages|shellings|waves|ambushes|incursions|operations|offensives|combat clashes|firefights', 'attack', 'other'],
  ['assault groups|assault group|assault teams|assault team|attack groups|attack group|sabotage groups|sabotage group|reconnaissance groups|reconnaissance group|brigades|brigade|battalions|battalion|regiments|regiment|divisions|division|companies|platoons|platoon|squads|squad|detachments|units', 'formation', 'troops'],
  ['meals|food parcels|food baskets|parcels|aid packages|tonnes of aid|doses|litres|liters|gallons|barrels', 'item', 'other'],
];

/** Demonyms and side nouns: singular adjective form and plural noun form. */
const SIDES: Array<[string, string]> = [
  ['russian|russians|russia|moscow|kremlin|wagner|rosgvardia|russische|russischen|russischer|russisches|russland|moskau', 'ru'],
  ['ukrainian|ukrainians|ukraine|kyiv|kiev|zsu|ukrainische|ukrainischen|ukrainischer|ukrainisches|kiew', 'ua'],
  ['north korean|north koreans|north korea|pyongyang|dprk', 'kp'],
  ['israeli|israelis|israel|idf|tsahal|zionist|israelische|israelischen|israelischer', 'il'],
  ['palestinian|palestinians|gazan|gazans|hamas|gaza|islamic jihad|qassam', 'ps'],
  ['lebanese|lebanon|hezbollah|hizbollah|hizballah|hisbollah|libanon', 'lb'],
  // Sudan's war is fought by the army (SAF, the state's side) and the paramilitary RSF: two sides
  ['sudanese|sudan|saf', 'sd'],
  ['rsf|janjaweed|rapid support', 'rsf'],
  ['syrian|syrians|syria|damascus|hts', 'sy'],
  ['yemeni|yemenis|yemen|houthi|houthis|ansar allah|jemen|jemenitische|jemenitischen|huthi|huthis', 'ye'],
  ['american|americans|u.s.|us|usa|pentagon|united states', 'us'],
  ['iranian|iranians|iran|tehran|irgc', 'ir'],
  ['belarusian|belarusians|belarus|minsk', 'by'],
  ['burmese|myanmar|tatmadaw|junta', 'mm'],
  ['british|britain|uk', 'gb'],
  ['french|france', 'fr'],
  ['german|germans|germany|bundeswehr', 'de'],
  ['chinese|china|beijing', 'cn'],
  ['turkish|turkey|türkiye|ankara', 'tr'],
  ['malian|malians|mali|bamako', 'ml'],
  ['burkinabe|burkina faso', 'bf'],
  ['nigerien|nigeriens|niger', 'ne'],
  ['nigerian|nigerians|nigeria', 'ng'],
  ['ethiopian|ethiopians|ethiopia', 'et'],
  ['eritrean|eritreans|eritrea', 'er'],
  ['somali|somalis|somalia|al-shabaab|shabaab', 'so'],
  ['fano', 'et'],
  ['congolese|fardc|m23|wazalendo', 'cd'],
  ['rwandan|rwandans|rwanda|kigali', 'rw'],
  ['burundian|burundians|burundi|gitega', 'bi'],
  ['mozambican|mozambicans|mozambique|maputo', 'mz'],
  ['iraqi|iraqis|iraq', 'iq'],
  ['afghan|afghans|taliban', 'af'],
  ['indian|indians|india|delhi', 'in'],
  ['pakistani|pakistanis|pakistan|islamabad|rawalpindi', 'pk'],
  ['haitian|haitians|haiti', 'ht'],
  ['polish|poles|poland', 'pl'],
  ['georgian|georgians', 'ge'],
  ['armenian|armenians|armenia', 'am'],
  ['azerbaijani|azerbaijanis|azerbaijan', 'az'],
  ['saudi|saudis|saudi arabia', 'sa'],
  ['south african|south africans|south africa', 'za'],
];

/** German counted nouns: [the English unit the guide gives, category, the class when coarser]. */
const GERMAN_THINGS: Record<string, [string, Category, string?]> = {
  fahrzeuge: ['vehicle', 'equipment'], drohnen: ['drone', 'equipment'], angriffsdrohnen: ['drone', 'equipment'], kampfdrohnen: ['drone', 'equipment'], raketen: ['missile', 'equipment'],
  flugzeuge: ['aircraft', 'equipment'], dörfer: ['settlement', 'territory'], ortschaften: ['settlement', 'territory'],
  hubschrauber: ['helicopter', 'equipment', 'aircraft'], kampfhubschrauber: ['helicopter', 'equipment', 'aircraft'],
  panzerfahrzeuge: ['vehicle', 'equipment'], schützenpanzer: ['vehicle', 'equipment'], lastwagen: ['truck', 'equipment', 'vehicle'],
  lkw: ['truck', 'equipment', 'vehicle'], granaten: ['shell', 'equipment'], artilleriegranaten: ['shell', 'equipment'],
  bomben: ['bomb', 'equipment'], gleitbomben: ['bomb', 'equipment'], lenkbomben: ['bomb', 'equipment'], fliegerbomben: ['bomb', 'equipment'],
  notunterkünfte: ['shelter', 'other'], unterkünfte: ['shelter', 'other'], wärmestuben: ['shelter', 'other'], schutzräume: ['shelter', 'other'],
  wohnungen: ['apartment', 'other'], bunker: ['bunker', 'other'], krankenhäuser: ['hospital', 'other'], schulen: ['school', 'other'], brücken: ['bridge', 'other'], marschflugkörper: ['missile', 'equipment'],
  schiffe: ['ship', 'equipment'], kriegsschiffe: ['ship', 'equipment'], boote: ['boat', 'equipment', 'ship'],
  häuser: ['house', 'other'], wohnhäuser: ['house', 'other'], gebäude: ['building', 'other'], stellungen: ['position', 'other'],
  städte: ['settlement', 'territory'], artilleriesysteme: ['system', 'equipment', 'artillery'], geschütze: ['gun', 'equipment'],
};

const DEMONYM_NOUNS =
  'russians|ukrainians|north koreans|israelis|palestinians|gazans|syrians|yemenis|houthis|americans|iranians|belarusians|germans|malians|nigeriens|nigerians|ethiopians|eritreans|somalis|iraqis|afghans|poles|georgians|armenians|azerbaijanis|saudis|burundians|mozambicans|rwandans|indians|pakistanis|haitians';

export interface Lexicon {
  /** Phrases keyed by first word; each entry: remaining words and info. Longest first. */
  byFirst: Map<string, Array<{ rest: string[]; info: UnitInfo }>>;
  /** Side for a lower-case word or two-word phrase. */
  sides: Map<string, string>;
  /** Demonym plural nouns that name people (`russians`). */
  demonymNouns: Set<string>;
}

let LEX: Lexicon | undefined;

/** Phrase → its non-space lower-case tokens, as the scanners see text (`km/h` → km / h). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => t.k !== TokKind.Space && t.k !== TokKind.Break)
    .map((t) => t.l);
}

function addPhrase(map: Lexicon['byFirst'], phrase: string, info: UnitInfo): void {
  const words = phraseWords(phrase);
  if (words.length === 0) return;
  const list = map.get(words[0]) ?? [];
  list.push({ rest: words.slice(1), info });
  map.set(words[0], list);
}

export function lexicon(): Lexicon {
  if (LEX) return LEX;
  const byFirst: Lexicon['byFirst'] = new Map();
  for (const [phrases, unit, factor, category, measure] of MEASURES)
    for (const p of phrases.split('|')) addPhrase(byFirst, p, { unit, factor, category, measure: measure === true });
  for (const [phrases, casualty] of PEOPLE)
    for (const p of phrases.split('|'))
      addPhrase(byFirst, p, { unit: 'person', factor: 1, category: casualty ? (casualty === 'captured' ? 'captured' : 'casualties') : 'troops', measure: false, casualty, people: true });
  for (const [phrases, unit, category] of THINGS)
    for (const p of phrases.split('|')) {
      if (unit) {
        const own = unitOfPhrase(p, unit);
        const kind = kindOfPhrase(p, unit);
        addPhrase(byFirst, p, kind === own ? { unit: own, factor: 1, category, measure: false } : { unit: own, kind, factor: 1, category, measure: false });
      }
      else {
        const g = GERMAN_THINGS[p];
        if (g) addPhrase(byFirst, p, g[2] ? { unit: g[0], kind: g[2], factor: 1, category: g[1], measure: false } : { unit: g[0], factor: 1, category: g[1], measure: false });
      }
    }
  const sides = new Map<string, string>();
  const demonymNouns = new Set<string>();
  for (const [phrases, side] of SIDES) {
    for (const p of phrases.split('|')) {
      sides.set(p, side);
    }
  }
  for (const p of DEMONYM_NOUNS.split('|')) {
    const side = sides.get(p);
    if (!side) continue;
    demonymNouns.add(p);
    addPhrase(byFirst, p, { unit: 'person', factor: 1, category: 'troops', measure: false, people: true, side });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  LEX = { byFirst, sides, demonymNouns };
  return LEX;
}

/**
 * The class a phrase of a THINGS row counts as (the claim's `kind`): the row's class for the
 * classes the annotation guide names (`armoured personnel carriers`, `helicopters`, `villages`),
 * else the singular of the phrase's own noun (`guns` → gun, `air strikes` → strike, `hospitals` →
 * hospital), so `12 strikes` and `12 raids` are two quantities, not one.
 */
const GUIDE_CLASSES = new Set(['tank', 'vehicle', 'drone', 'missile', 'rocket', 'aircraft', 'ship', 'settlement', 'sortie', 'target', 'shaft', 'tunnel', 'family', 'household']);
/** Phrases that name their class as a whole rather than by a head noun of their own. */
const CLASS_PHRASES = new Set(['artillery', 'artillery pieces', 'artillery systems', 'weapons', 'weapon', 'firearms', 'small arms', 'mlrs', 'air defence means', 'air defense means', 'special equipment', 'pieces of equipment', 'pieces of military equipment']);
const HEAD_OVERRIDE: Record<string, string> = { 'tonnes of aid': 'tonne' };

function kindOfPhrase(phrase: string, unit: string): string {
  if (GUIDE_CLASSES.has(unit)) return unit;
  if (GERMAN_CLASS.has(phrase)) return unit; // a German noun keeps the English class it translates to
  if (CLASS_PHRASES.has(phrase)) return unit;
  const override = HEAD_OVERRIDE[phrase];
  if (override) return override;
  const words = phrase.split(' ');
  return singular(words[words.length - 1]).replace(/-/g, ''); // counter-attacks and counterattacks: one kind
}
const GERMAN_CLASS = new Set('angriffe|angriffen|attacken|luftangriffe|drohnenangriffe|raketenangriffe|vorstöße|flugabwehrsysteme|systeme|luftabwehrsysteme|familien|haushalte|haushalten'.split('|'));

/**
 * The unit the annotation guide gives a counted phrase: the singular of its head noun as written
 * (`helicopters` → helicopter, `pickup trucks` → truck, `152mm shells` → shell, `counter-attacks`
 * → counter-attack). A phrase that names its thing by an abbreviation, a type name or a word the
 * class is known by takes the class instead (`UAVs` and `unmanned aerial vehicles` → drone, `APCs`
 * → vehicle, `MLRS` and `air defence means` → system, `villages` and `towns` → settlement), and a
 * catch-all with no counted noun of its own is `item` (`special equipment`, `pieces of equipment`).
 */
const CLASS_UNIT: Record<string, string> = {
  panzer: 'tank',
  'units of special military vehicles': 'vehicle', 'units of military vehicles': 'vehicle', 'units of armoured vehicles': 'vehicle', 'units of armored vehicles': 'vehicle',
  'units of special equipment': 'item', 'units of military equipment': 'item',
  'armoured personnel carriers': 'vehicle', 'armored personnel carriers': 'vehicle', apcs: 'vehicle', apc: 'vehicle', ifvs: 'vehicle', ifv: 'vehicle',
  bmps: 'vehicle', btrs: 'vehicle', mraps: 'vehicle', humvees: 'vehicle', buses: 'bus', 'automotive equipment': 'vehicle', 'automotive equipment and fuel tanks': 'vehicle',
  uavs: 'drone', uav: 'drone', 'unmanned aerial vehicles': 'drone', fpvs: 'drone', 'fpv drones': 'drone', shaheds: 'drone',
  mlrs: 'system', 'air defence means': 'system', 'air defense means': 'system',
  artillery: 'artillery', 'artillery pieces': 'artillery', 'small arms': 'weapon',
  warships: 'ship', warship: 'ship', 'landing craft': 'ship',
  'special equipment': 'item', 'pieces of equipment': 'item', 'pieces of military equipment': 'item',
  villages: 'settlement', village: 'settlement', settlements: 'settlement', settlement: 'settlement', towns: 'settlement', town: 'settlement',
  cities: 'settlement', city: 'settlement', localities: 'settlement', locality: 'settlement', hamlets: 'settlement', kibbutzim: 'settlement',
  kibbutz: 'settlement', moshavim: 'settlement',
  objects: 'target', objectives: 'target',
  'tonnes of aid': 'tonne',
};

function unitOfPhrase(phrase: string, unit: string): string {
  const own = CLASS_UNIT[phrase];
  if (own) return own;
  if (GERMAN_CLASS.has(phrase) || unit === 'tank') return unit;
  const words = phrase.split(' ');
  return singular(words[words.length - 1]);
}

/** The counted kinds that are attacks of some kind (`strikes`, `raids`, `assaults`, `Angriffe`): a claim's kind or unit. */
export function isAttackUnit(unit: string): boolean {
  if (!ATTACK_UNITS) {
    ATTACK_UNITS = new Set(['attack']);
    for (const [phrases, unit0] of THINGS)
      if (unit0 === 'attack')
        for (const p of phrases.split('|')) {
          ATTACK_UNITS.add(kindOfPhrase(p, unit0));
          ATTACK_UNITS.add(unitOfPhrase(p, unit0));
        }
  }
  return ATTACK_UNITS.has(unit);
}
let ATTACK_UNITS: Set<string> | undefined;

/** Plurals the endings below would get wrong (`sorties` is no `sorty`, `buses` no `buse`). */
const IRREGULAR_SINGULAR: ReadonlyMap<string, string> = new Map(Object.entries({
  sorties: 'sortie', zombies: 'zombie', movies: 'movie', cookies: 'cookie', rookies: 'rookie', buses: 'bus',
  gases: 'gas', lenses: 'lens', crises: 'crisis', analyses: 'analysis', bases: 'base', cases: 'case',
  men: 'man', women: 'woman', children: 'child', people: 'person', mice: 'mouse', geese: 'goose',
  militiamen: 'militiaman', servicemen: 'serviceman', policemen: 'policeman', fishermen: 'fisherman', crewmen: 'crewman',
}));

/** Singular of an English plural noun (for counted things outside the lexicon). */
export function singular(w: string): string {
  if (w.length <= 3) return w;
  const own = IRREGULAR_SINGULAR.get(w);
  if (own) return own;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Currency symbols and codes written before the amount. */
export const CURRENCY_PREFIX: ReadonlyMap<string, string> = new Map(Object.entries({
  $: 'usd', 'us$': 'usd', usd: 'usd', '€': 'eur', eur: 'eur', '£': 'gbp', gbp: 'gbp', '₴': 'uah', uah: 'uah',
  '₽': 'rub', rub: 'rub', '₪': 'ils', ils: 'ils', nis: 'ils', '¥': 'cny', cny: 'cny', sdg: 'sdg', 'a$': 'aud', 'c$': 'cad', chf: 'chf',
}));
