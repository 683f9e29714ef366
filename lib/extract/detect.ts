// War-coverage detection: is this page's main text reporting on an armed conflict?
//
// A small, transparent scored model. One pass over the words (the tokens are shared with the
// units extractor, see `tokensOf`); each word is looked up in one precompiled map of cues, built
// lazily on first use. Evidence FOR war coverage: fighting and forces, weapons in use, a side's
// forces or attacks (`Russian attack`, `Houthi rebels`), a party named as the attacker (`struck by
// the Houthis`, `hit by a Russian missile`), weapons or a party's attacks counted (`120 missiles`,
// `34 Houthi attacks`), casualty counts (`159 Russians were killed`), war at sea (`attacks on
// merchant ships`, `the tanker was hit`, `war-risk`), conflict parties and theatres (a theatre
// such as `Gaza` counts alone, a country name or a sea such as the `Red Sea` only next to fighting
// words), named military units, and the density of war words (a short report with an event of a
// war in it is not held to a long one's density). Evidence AGAINST: sports, business, defence
// industry and drills, history of past wars, film and games, disasters and accidents, protests
// and crime, domestic politics, and war words used as metaphor (`price war`, `battle for the
// title`, `army of fans`, `killed it`, `gang war`). Each topic against counts in proportion to how much it outweighs
// the war words, so a passing mention of a museum does not sink a war report. Two frames weigh
// the text as a whole: a past war (every year named before 1990, or a war the text says ended
// long ago — `thirty years on`, its years well before the article's date — with no fighting
// now), and a market story told in war words (business vocabulary and a war metaphor, no party,
// side or unit: its `casualties`, `offensive` and fleet of `1,800 drones` are the market's).
//
//   score = sigmoid(1.3 * (-1.6 + Σ contributions)),  isWarCoverage = score >= 0.5
//
// Each contribution saturates (1 - e^(-x/k)), so no single repeated word decides. The reasons
// list every contribution with the words that fired, strongest first, `+` for and `−` against.
// English and German vocabulary.
//
// Weak spots: opinion pieces about a war with little battlefield vocabulary; economic news from a
// country at war sits near the threshold; a disaster in a war zone reads as war.

import type { WarCoverage } from '../model';
import { WordFilter } from '../text/word-filter';
import { extractUnits, tokensOf } from './units';

export interface DetectHints {
  /** Units the extractor found. */
  units?: number;
  /** Places the extractor found. */
  places?: number;
  /** Numeric claims the extractor found. */
  claims?: number;
  /** The names of the units the extractor found (shown in the reasons); else the units pass runs. */
  unitNames?: readonly string[];
  /** The article's date (ISO, `2025-03-14`), when known: how long ago its war was. */
  date?: string;
}

const yearOf = (date: string | undefined): number | undefined => {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : undefined;
};

type Cat =
  | 'fighting'
  | 'weapons'
  | 'actors'
  | 'killed'
  | 'salvo'
  | 'sideForce'
  | 'attacker'
  | 'sports'
  | 'business'
  | 'defenceIndustry'
  | 'history'
  | 'media'
  | 'disaster'
  | 'policing'
  | 'politics'
  | 'metaphor';

interface Cue {
  cat: Cat;
  w: number;
}

// word → weight, per category. Weights below 1 mark words that are often used in other senses.
const CUE_TABLE: Record<Cat, string> = {
  fighting: `troops:1 soldiers:1 servicemen:1 militants:1 insurgents:1 insurgency:1 rebels:.8 militia:.8
    militias:.8 paramilitary:1 paramilitaries:1 offensive:.7 counteroffensive:1 counter-offensive:1
    counterattack:1 counterattacks:1 counterattacked:1 counter-attack:1 shelling:1 shelled:1 airstrike:1
    airstrikes:1 air-strike:1 bombardment:1 bombarded:1 frontline:1 front-line:1 trenches:.8 ceasefire:1
    cease-fire:1 truce:.8 invasion:.8 invaded:.8 incursion:1 encircled:1 encirclement:1 besieged:.8
    siege:.6 infantry:.8 battlefield:.8 hostilities:1 clashes:.6 gunfire:.5 warplanes:1 recaptured:1
    occupied:.4 occupation:.4 combat:.5 warfare:.8 war:.4 wartime:.6 military:.3 army:.3 armed:.4
    forces:.3 fighting:.5 fighters:.4 attack:.3 attacks:.3 attacked:.3 assault:.3 assaults:.5
    strikes:.3 struck:.2 withdrawal:.3 retreat:.4 retreated:.5 advanced:.2 advance:.2 positions:.3
    brigade:.8 brigades:.8 battalion:.8 battalions:.8 regiment:.6 platoon:.6 reconnaissance:.5
    sniper:.6 snipers:.6 ambush:.7 ambushed:.8 hostages:.5 hostage:.4 captives:.5 pows:1 mercenaries:.8
    jihadists:1 jihadist:1 shelter:.2 sirens:.4 evacuated:.1 liberated:.5 captured:.4 artillery:1
    mortar:.8 mortars:.8 front:.3 axis:.3 sector:.2 offensives:1 raids:.4 raid:.3 killed:.3 wounded:.4
    casualties:.5 enemy:.5 garrison:.8 outposts:.8 outpost:.6 sortie:.8 sorties:.8 militants':1
    soldier:.6 commander:.3 commanders:.3 deployed:.2 deployment:.2 war-torn:.8 genocide:.3 massacre:.5
    annexed:.5 annexation:.4 displaced:.4 famine:.3 humanitarian:.3 malnutrition:.3 refugees:.3
    blackouts:.3 full-scale:.6 seized:.3 peacekeepers:.6 peacekeeping:.5 gunmen:.6 assailants:.6 neutralised:.6 neutralized:.6 resistance:.2 ethnic:.1
    mobilisation:.6 mobilization:.6 conscripts:.8 conscription:.6 deserters:.8 war-risk:.6
    krieg:.5 kriegs:.5 truppen:1 soldaten:1 streitkräfte:.8 angriff:.5 angriffe:.6 frontlinie:1 front:.3 gefechte:1 kämpfe:.8 kämpfen:.5 beschuss:1 luftangriff:1 luftangriffe:1 raketenangriff:1 raketenangriffe:1 drohnenangriff:1 drohnenangriffe:1 getötet:.4 verwundet:.5 verluste:.4 waffenstillstand:1 waffenruhe:1 besatzung:.4 armee:.3 militär:.3 bataillon:.8 kampfhandlungen:1 offensive:.7 gegenoffensive:1 invasion:.8 einheiten:.3 kämpfer:.5 milizen:.8 rebellen:.8 geiseln:.5 evakuiert:.1 vorstoß:.6 eingekesselt:1 stellungen:.5 feind:.5 gefallen:.2`,
  weapons: `drone:.6 drones:.7 missile:.7 missiles:.8 rocket:.4 rockets:.6 tank:.4 tanks:.5 howitzer:1
    howitzers:1 himars:1 munitions:.8 ammunition:.6 interceptor:.7 interceptors:.7 intercepted:.8
    air-defense:.6 air-defence:.6 bombs:.6 bombing:.6 bombings:.6 explosives:.5 grenade:.7 grenades:.7
    landmine:.8 landmines:.8 warships:.8 warship:.8 destroyer:.4 jets:.3 launchers:.8 launcher:.7
    shells:.5 fpv:1 kamikaze:.8 shahed:1 shaheds:1 glide:.3 ballistic:.6 cruise:.2 anti-tank:1
    anti-ship:1 kalibr:1 iskander:1 atacms:1 storm:.1 patriot:.2 bradley:.3 leopard:.2 merkava:1
    gunships:.8 helicopter:.1 warhead:.7 barrage:.6
    drohnen:.7 drohne:.6 raketen:.6 rakete:.5 panzer:.5 artillerie:1 granaten:.7 marschflugkörper:1 luftabwehr:.8 munition:.6 gleitbomben:1 bomben:.6`,
  actors: `ukraine:.3 ukrainian:.5 ukrainians:.5 kyiv:.5 russia:.2 russian:.3 kremlin:.3 donetsk:1 luhansk:1
    kharkiv:.6 zaporizhzhia:1 kherson:.6 kursk:.6 donbas:1 crimea:.5 bakhmut:1 avdiivka:1 pokrovsk:1
    gaza:.8 hamas:1 hezbollah:1 idf:1 houthi:1 houthis:1 rsf:1 darfur:1 fasher:1 khartoum:.6 sudan:.4
    myanmar:.4 junta:.6 tatmadaw:1 rakhine:.6 syria:.4 syrian:.4 idlib:1 aleppo:.5 taliban:1 isis:.8
    al-shabaab:1 jnim:1 sahel:.6 wagner:.4 nato:.2 pentagon:.3 kurdish:.3 west-bank:.4 lebanon:.3
    zelensky:.6 zelenskyy:.6 putin:.2 netanyahu:.3 sinwar:1 nasrallah:.8 burhan:.6 hemedti:1 dagalo:1
    israeli:.4 palestinians:.3 palestinian:.3 tigray:1 amhara:.5 m23:1 kashmir:.3 yemen:.4 hodeidah:1 sanaa:.5
    el-mandeb:.6 mandeb:.6 aden:.4 hormuz:.4
    russische:.3 russischen:.3 ukrainische:.5 ukrainischen:.5 kiew:.5 moskau:.2 israelische:.4 israelischen:.4 hisbollah:1 huthi:1 huthis:1 huthi-miliz:1 gazastreifen:1 jemen:.4`,
  killed: '',
  salvo: '',
  sideForce: '',
  attacker: '',
  sports: `match:.6 matches:.5 season:.5 league:1 goal:.6 goals:.7 coach:1 coaches:.8 championship:1
    tournament:1 playoff:1 playoffs:1 quarterback:1 striker:1 midfielder:1 fans:.6 stadium:.8 scored:.8
    scoring:.6 teams:.5 team:.3 players:.5 player:.4 nba:1 nfl:1 fifa:1 uefa:1 premier:.6 cup:.5
    inning:1 innings:1 pitcher:1 touchdown:1 referee:1 qualifying:.8 qualifiers:.8 trophy:1 medal:.7
    olympic:.8 olympics:.8 racing:.6 half-time:1 halftime:1 defender:.3 captain:.3 title:.4 win:.3
    wins:.4 victory:.2 champions:.6 squad:.2 transfer:.3 club:.5 fixture:.6 semifinal:1 final:.3
    points:.3 rugby:1 cricket:1 tennis:1 golf:1 boxing:.6 ufc:1 wrestling:.6
    spiel:.4 tor:.5 tore:.6 trainer:.6 saison:.6 liga:1 bundesliga:1 mannschaft:.8 meisterschaft:1 spieler:.5`,
  business: `shares:.8 stock:.6 stocks:.8 investors:.8 investor:.6 revenue:1 earnings:1 profit:.8 profits:.8
    quarterly:.8 ipo:1 listing:.5 valuation:1 dividend:1 customers:.6 retail:.6 retailer:.8 sales:.5
    market:.4 markets:.5 prices:.4 pricing:.6 ceo:.8 startup:.8 brand:.5 consumers:.6 shareholders:1
    nasdaq:1 tariffs:.6 tariff:.6 inflation:.4 shoppers:1 supermarket:.8 supermarkets:.8 bargains:.8
    executive:.3 guidance:.5 margins:.6 fund:.3 dollar:.2 economy:.3 economies:.3 growth:.3 quarter:.4
    company:.3 companies:.3 traders:.6 bonds:.6 oil:.1 carmakers:.8 chipmakers:.8 app:.4 users:.3
    delivery:.3 deliveries:.3 courier:.8 couriers:.8 logistics:.4 bankruptcy:1 debts:.5 brokerage:1 fee:.5
    fees:.5 startups:.8 rivals:.4 competitors:.6 competition:.3 subscribers:.6 merger:1 buyer:.5 cents:.5
    yuan:.6 discount:.5 discounts:.6 founders:.6 price:.3 dealer:.6 dealers:.6 distributor:.8 distributors:.8
    importer:.6 importers:.6 seller:.5 sellers:.6 buyers:.5 competitor:.5 cheaper:.4 cheapest:.4 sells:.4
    aktie:.8 aktien:.8 umsatz:1 gewinn:.6 anleger:1 börse:1 unternehmen:.3 konzern:.6 kunden:.6 preise:.4`,
  defenceIndustry: `contractor:1 contractors:.8 contract:.6 contracts:.6 procurement:.8 order:.2 orders:.3
    backlog:1 lockheed:1 raytheon:1 rtx:1 northrop:1 rheinmetall:1 bae:1 saab:.8 thales:.8 leonardo:.5
    airbus:.6 boeing:.6 factory:.4 production:.3 manufacturer:.8 manufacturers:.8 exports:.4 spending:.3
    budget:.4 radars:.4 division:.1 exercise:.8 exercises:.8 drills:.8 drill:.5 manoeuvres:1
    maneuvers:1 wargame:1 parade:.8 rehearse:.8 rehearsal:.8 summit:.5 communique:.8 alliance:.3
    recruits:.4 recruitment:.5 academy:.6 graduation:.8 ceremony:.4 gdp:.6 pledge:.4 pledged:.4`,
  history: `anniversary:1 centenary:1 commemorate:1 commemorated:1 commemoration:1 veterans:.6 veteran:.6
    museum:1 memorial:.8 historian:1 historians:1 wreaths:1 wreath:1 wwii:1 ww2:1 wwi:1 holocaust:.6
    napoleon:1 napoleonic:1 confederate:1 confederacy:1 d-day:1 reenactment:1 reenactors:1 archive:.5
    archives:.5 exhibition:1 curators:1 curator:1 soviet:.3 nazi:.5 medieval:1 ancient:.6 century:.4
    grandfather:.6 descendants:.8 heritage:.6 remembrance:1 commemorations:1 1940s:1 parades:.5
    jahrestag:1 gedenken:1 weltkrieg:1 weltkriegs:1 historiker:1 museum:1 gedenkstätte:1 veteranen:.6`,
  media: `film:1 films:1 movie:1 movies:1 director:.4 director’s:.6 actor:1 actress:1 starring:1 cast:.5
    trailer:1 episode:1 episodes:1 series:.3 netflix:1 hbo:1 streaming:.6 review:.8 reviews:.6 novel:1
    game:.5 gameplay:1 gamer:1 gamers:1 pc:.5 console:1 playstation:1 xbox:1 nintendo:1 multiplayer:1 campaign:.1
    character:.6 characters:.6 plot:.6 sequel:1 franchise:.8 studio:.6 premiere:1 screenplay:1
    cinemas:1 cinema:1 documentary:.6 album:1 song:1 concert:1 levels:.4 missions:.3 shooter:.6
    fictional:1 frames:.6 patches:.6 matchmaking:1 skins:.8 podcast:.6 audiences:.6 screen:.4 jedi:1
    memoir:1 memoirs:1 novelist:1 paperback:1 hardback:1 hardcover:1 chapters:.4
    regisseur:1 schauspieler:1 schauspielerin:1 kino:1 serie:.4 roman:1 spielfilm:1`,
  disaster: `earthquake:1 quake:1 aftershocks:1 magnitude:.8 flood:1 floods:1 flooding:1 hurricane:1
    typhoon:1 cyclone:1 storms:.6 wildfire:1 wildfires:1 tornado:1 landslide:1 landslides:1 tsunami:1
    volcano:1 eruption:1 derailment:1 crash:.5 crashed:.5 passengers:.7 outbreak:.6 epidemic:.6
    pandemic:.6 heatwave:1 drought:1 rescuers:1 rubble:.4 avalanche:1 mudslide:1 rainfall:1 rain:.6
    weather:.6 runway:.8 airline:.8 wreckage:.5 flight:.4 recorders:.8 climate:.5
    erdbeben:1 überschwemmung:1 überschwemmungen:1 hochwasser:1 unwetter:1 absturz:.5 waldbrand:1 sturm:.4`,
  policing: `protesters:1 protest:.6 protests:.8 demonstrators:1 demonstrations:.8 police:.6 teargas:1
    tear-gas:1 riot:.6 riots:.8 rioters:1 arrested:.5 arrests:.5 suspect:.6 suspects:.6 gunman:.8
    murder:.8 homicide:.8 prosecutors:.8 jury:1 sentenced:.8 ransomware:1 hackers:1 cyberattack:.6
    crackdown:.5 cartel:.8 cartels:.8 shootout:.6 smuggling:.6 traffickers:.8 kidnapping:.4 strike:.05 opposition:.2 ombudsman:1 rights:.2`,
  politics: `impeachment:1 election:.6 elections:.6 vote:.4 votes:.5 voters:.8 senator:.8 senators:.8
    congress:.4 republicans:.8 democrats:.8 campaign:.2 hearing:.5 testimony:.8 testifies:.8 witnesses:.4
    lawmakers:.4 ballot:.8 polls:.5 candidate:.6 committee:.4 inquiry:.4 tories:.8 parliament:.2`,
  metaphor: '',
};

/** Two-word phrases that turn a war word into something else (`price war`, `heart attack`). */
const METAPHOR_BEFORE = new Set([
  'price', 'trade', 'culture', 'bidding', 'console', 'consoles', 'streaming', 'talent', 'turf',
  'flame', 'format', 'tariff', 'currency', 'ratings', 'browser', 'fare', 'pricing', 'legal',
  'heart', 'panic', 'asthma', 'charm', 'media', 'marketing', 'sales', 'fan', 'clone', 'pillow',
  'snowball', 'water', 'paintball', 'rap', 'dance', 'cola', 'star', 'class', 'gang', 'mafia', 'drug',
  'cartel', 'bike', 'turf', 'ad', 'subscriber', 'patent',
]);
const METAPHOR_AFTER = new Set(['chest', 'room', 'royale', 'cry', 'paint', 'games', 'horse', 'hero', 'heroes']);
const WAR_WORDS = new Set(['war', 'wars', 'battle', 'battles', 'attack', 'attacks', 'army', 'offensive', 'fight', 'fighting', 'bomb', 'bombed', 'killed', 'assault', 'fire', 'strike', 'strikes', 'troops', 'forces', 'fighters']);
/** War words that a preceding word can turn into a metaphor (`price war`, `heart attack`, `fan army`). */
const METAPHOR_WORDS = new Set(['war', 'wars', 'battle', 'battles', 'attack', 'attacks', 'army', 'fight', 'offensive', 'bomb']);
/** `world war`, `cold war` and friends are past wars: history. (`civil war` is not: Syria's, Sudan's.) */
const PAST_WAR_BEFORE = new Set(['cold', 'world', 'great', 'vietnam', 'korean', 'napoleonic', 'revolutionary', 'boer', 'crimean', 'punic', 'peloponnesian', 'falklands', 'gulf']);

/** `war on drugs`, `war on poverty`: campaigns, not wars. */
const WAR_ON = new Set(['drugs', 'poverty', 'christmas', 'cancer', 'obesity', 'plastic', 'waste', 'crime', 'woke', 'science']);
const KILL_WORDS = new Set([
  'killed', 'dead', 'deaths', 'wounded', 'injured', 'casualties', 'died', 'killing', 'fatalities',
  'servicemen', 'soldiers', 'troops', 'civilians', 'russians', 'ukrainians', 'palestinians',
  'israelis', 'militants', 'fighters', 'people', 'getötet', 'tote', 'toten', 'verletzte', 'verwundete',
  'soldaten', 'menschen', 'zivilisten',
]);
/** Weapons counted in a salvo: `120 missiles and 90 drones`. */
const SALVO_WORDS = new Set([
  'missiles', 'drones', 'rockets', 'shells', 'bombs', 'shaheds', 'projectiles', 'mortars',
  'airstrikes', 'strikes', 'sorties', 'tanks', 'munitions', 'drohnen', 'raketen', 'marschflugkörper',
]);
/** A side's adjective before a force or an attack word: `Russian attack`, `Israeli strikes`. */
const SIDE_ADJ = new Set([
  'russian', 'ukrainian', 'israeli', 'houthi', 'hezbollah', 'hamas', 'sudanese', 'syrian', 'iranian',
  'rsf', 'junta', 'idf', 'taliban', 'jihadist', 'rebel', 'insurgent', 'paramilitary', 'enemy',
  'russische', 'russischen', 'ukrainische', 'ukrainischen', 'israelische', 'israelischen',
]);
const SIDE_TARGET = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'forces', 'troops', 'army', 'shelling', 'offensive',
  'missile', 'missiles', 'drone', 'drones', 'soldiers', 'military', 'airstrikes', 'fighters',
  'assault', 'bombardment', 'advance', 'positions', 'lines', 'units', 'artillery', 'jets', 'warplanes',
  'rebels', 'militants', 'militia', 'militias', 'gunmen', 'paramilitaries', 'shelling', 'raid', 'raids',
  'truppen', 'streitkräfte', 'angriff', 'angriffe', 'armee', 'soldaten', 'drohnen', 'raketen', 'einheiten',
]);
/** Attacks counted (`34 Houthi attacks`, `mehr als 70 Angriffe`): a war's when a party makes them. */
const ATTACK_NOUNS = new Set(['attacks', 'raids', 'assaults', 'angriffe', 'attacken']);
/**
 * Who can make the attacks counted in a sentence: a party or theatre of weight .8 or more (the
 * `actors` of the cue table) or an armed force (`rebels`, `troops`); a nationality counts only
 * right before the attack word (`34 Russian attacks`), as a team's can be `Russian` too.
 */
const ARMED_FORCES = new Set([
  'troops', 'forces', 'army', 'militants', 'rebels', 'insurgents', 'militia', 'militias', 'jihadists', 'paramilitaries',
  'fighters', 'soldiers', 'truppen', 'streitkräfte', 'armee', 'rebellen', 'miliz', 'milizen', 'kämpfer', 'soldaten',
]);
/** Verbs of an attack whose agent, after `by`, is the attacker: `struck by the Houthis`. */
const ATTACK_VERBS = new Set([
  'struck', 'hit', 'attacked', 'targeted', 'shelled', 'bombed', 'bombarded', 'shot', 'downed', 'sunk', 'sank',
  'damaged', 'destroyed', 'raided', 'ambushed', 'hijacked', 'fired', 'launched', 'killed', 'wounded',
]);
/** The same in the active voice, the party first (`Hezbollah shelled`, `the RSF have raided`): verbs
 *  of arms only (`Hamas attacked the plan` can be words, and `struck a deal` is no attack). */
const ATTACK_VERBS_ACTIVE = new Set(['shelled', 'bombed', 'bombarded', 'raided', 'ambushed']);
/** A party's people who attack with words, not arms: `attacked by Hamas officials as a betrayal`. */
const PARTY_SPEAKERS = new Set([
  'officials', 'official', 'leaders', 'leader', 'spokesman', 'spokesmen', 'spokeswoman', 'spokesperson', 'media',
  'politicians', 'supporters', 'lawmakers', 'negotiators', 'statement', 'sprecher', 'führung', 'politiker',
]);
/** German participles after `von den Huthis …`: `angegriffen`, `beschossen`, `getroffen`. */
const ATTACK_PARTICIPLES = new Set(['angegriffen', 'beschossen', 'getroffen', 'attackiert', 'bombardiert', 'versenkt', 'gekapert', 'beschädigt', 'zerstört']);
/** What a camera shoots: `footage shot by Hamas` is no shooting. */
const SHOT_MEDIA = new Set(['video', 'videos', 'footage', 'film', 'films', 'photo', 'photos', 'pictures', 'images', 'scenes', 'documentary']);
const DETERMINERS = new Set(['the', 'a', 'an', 'der', 'den', 'dem', 'die', 'einer', 'einem', 'einen']);
/** Ships a war at sea attacks (`attacks on merchant ships`, `the tanker was hit`). */
const SHIP_WORDS = new Set([
  'ship', 'ships', 'vessel', 'vessels', 'shipping', 'tanker', 'tankers', 'freighter', 'freighters', 'carrier', 'carriers',
  'schiff', 'schiffe', 'handelsschiff', 'handelsschiffe', 'frachter', 'tanker', 'containerschiff', 'containerschiffe',
]);
/** A ship's kind before the ship word: `merchant ships`, `commercial shipping`, `a cargo ship`. */
const SHIP_KINDS = new Set(['merchant', 'commercial', 'cargo', 'container', 'civilian', 'bulk', 'oil', 'grain']);
const ATTACK_WORDS_ON = new Set(['attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'angriff', 'angriffe', 'attacken']);
/** Seas and straits of a war at sea, by the word before `Sea`/`Meer` (`Red Sea`, `Roten Meer`). */
const SEA_NAMES = new Set(['red', 'black', 'rotes', 'roten', 'rote', 'schwarzes', 'schwarzen', 'schwarze']);
const PEACE_WHAT = new Set(['talks', 'deal', 'plan', 'negotiations', 'process', 'agreement', 'summit', 'envoy']);
const STRIKE_BY = new Set(['air', 'drone', 'missile', 'rocket', 'artillery', 'precision', 'retaliatory', 'israeli', 'russian', 'ukrainian', 'us', 'american', 'coalition']);
const CASUALTY_VERBS = new Set(['killed', 'wounded', 'injured', 'dead', 'died', 'captured', 'missing', 'lost', 'getötet', 'verwundet', 'verletzt']);
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'dozens', 'hundreds', 'thousands', 'dozen', 'scores',
]);

const LABEL: Record<Cat, string> = {
  fighting: 'fighting and forces',
  weapons: 'weapons in use',
  actors: 'conflict parties and theatres',
  killed: 'casualty count',
  salvo: 'weapons or attacks counted',
  sideForce: 'a side’s forces or attacks',
  attacker: 'a party named as the attacker',
  sports: 'sports vocabulary',
  business: 'business vocabulary',
  defenceIndustry: 'defence industry, drills or budgets (no fighting)',
  history: 'history of past wars',
  media: 'film, game or media vocabulary',
  disaster: 'disaster or accident vocabulary',
  policing: 'protest, policing or crime vocabulary',
  politics: 'domestic politics vocabulary',
  metaphor: 'war words used as metaphor',
};

let cueMap: Map<string, Cue> | undefined;

function cues(): Map<string, Cue> {
  if (cueMap) return cueMap;
  const m = new Map<string, Cue>();
  for (const cat of Object.keys(CUE_TABLE) as Cat[]) {
    for (const item of CUE_TABLE[cat].split(/\s+/)) {
      if (!item) continue;
      const i = item.lastIndexOf(':');
      const word = item.slice(0, i);
      const w = Number(item.slice(i + 1));
      // a word listed under two categories keeps the first (fighting and weapons come first)
      if (!m.has(word)) m.set(word, { cat, w });
    }
  }
  cueMap = m;
  return m;
}

// what a word is to the word pass, as bits: one table lookup per word answers every set below
const B_NUMBER = 1;
const B_SALVO = 2;
const B_KILL = 4;
const B_SIDE_TARGET = 8;
const B_SIDE_ADJ = 16;
const B_METAPHOR_WORD = 32;
const B_METAPHOR_BEFORE = 64;
const B_METAPHOR_AFTER = 128;
const B_PAST_WAR_BEFORE = 256;
const B_WAR_ON = 512;
const B_STRIKE_BY = 1024;
const B_PEACE_WHAT = 2048;
const B_WAR_WORD = 4096;

/** A word that can matter: its cue (if any) and the sets it belongs to. */
interface Special {
  cue: Cue | undefined;
  bits: number;
}

let specialMap: Map<string, Special> | undefined;
let specialFilter: WordFilter | undefined;

/** Every word that can matter: cues and the words of the two- and three-word patterns. */
function specialWords(): Map<string, Special> {
  if (specialMap) return specialMap;
  const m = new Map<string, Special>();
  const at = (w: string): Special => {
    let e = m.get(w);
    if (!e) {
      e = { cue: cues().get(w), bits: 0 };
      m.set(w, e);
    }
    return e;
  };
  for (const w of cues().keys()) at(w);
  const sets: Array<[ReadonlySet<string>, number]> = [
    [METAPHOR_BEFORE, B_METAPHOR_BEFORE], [METAPHOR_AFTER, B_METAPHOR_AFTER], [WAR_WORDS, B_WAR_WORD],
    [METAPHOR_WORDS, B_METAPHOR_WORD], [PAST_WAR_BEFORE, B_PAST_WAR_BEFORE], [WAR_ON, B_WAR_ON],
    [KILL_WORDS, B_KILL], [NUMBER_WORDS, B_NUMBER], [SALVO_WORDS, B_SALVO], [SIDE_ADJ, B_SIDE_ADJ],
    [SIDE_TARGET, B_SIDE_TARGET], [STRIKE_BY, B_STRIKE_BY], [PEACE_WHAT, B_PEACE_WHAT],
  ];
  for (const [set, bit] of sets) for (const w of set) at(w).bits |= bit;
  // the words the patterns test as the current word (a word read only as `prev` or `prev2`, such
  // as `of` in `war of words`, needs no entry: every word becomes `prev`)
  for (const w of ['battle', 'battles', 'words', 'it', 'fans', 'state', 'sea', 'meer']) at(w);
  // the words the war-at-sea and attacker patterns test as the current word
  for (const set of [ATTACK_NOUNS, ATTACK_VERBS, ATTACK_VERBS_ACTIVE, SHIP_WORDS]) for (const w of set) at(w);
  specialMap = m;
  specialFilter = new WordFilter(m.keys());
  return m;
}
const YEAR_RE = /^(1[5-9]\d\d)$/;

/** Words ending in `s` that count nothing (`in 1944 was`, `since 2014 has`). */
const NOT_COUNTED = new Set(['was', 'has', 'is', 'its', 'this', 'thus', 'as', 'us', 'always', 'across', 'unless', 'whereas', 'perhaps', 'yes', 'his', 'hers', 'ours', 'yours', 'theirs', 'towards', 'afterwards', 'besides', 'nevertheless', 'less', 'regardless']);

const YEAR_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'of', 'during', 'around', 'circa', 'im', 'seit', 'bis', 'von']);

/** A four-digit figure is a count, not a year, when a plural noun follows it straight away, after
 *  at most one capitalised word (`1770 Russian soldiers`, `1592 drones`, `1623 civilians`). */
function countedAfter(s: string, tokens: readonly { text: string; lower: string; start: number; rawEnd: number }[], i: number): boolean {
  const plural = (t: { text: string; lower: string } | undefined): boolean => !!t && /^[a-z][a-z-]{2,}s$/.test(t.text) && !NOT_COUNTED.has(t.lower);
  // `in 1944 Soviet troops`, `since 2014 ...`: after a preposition of time it is the year
  const before = tokens[i - 1];
  if (before && YEAR_PREPOSITIONS.has(before.lower) && s.slice(before.rawEnd, tokens[i].start) === ' ') return false;
  const next = tokens[i + 1];
  if (!next || s.slice(tokens[i].rawEnd, next.start) !== ' ') return false;
  if (plural(next)) return true;
  const after = tokens[i + 2];
  return /^[A-Z][a-z]+$/.test(next.text) && !!after && s.slice(next.rawEnd, after.start) === ' ' && plural(after);
}

/** Head nouns of a gulf's or bay's name that are a sport elsewhere (German and Dutch `Golf` is a gulf). */
const PLACE_HEADS = new Set(['golf', 'golfe', 'golfo', 'gulf']);
/** Words joining such a head to its name: `Golf von Aden`, `Gulf of Oman`, `Golfo de México`. */
const PLACE_JOINERS = new Set(['von', 'van', 'of', 'de', 'del', 'di', 'du', 'do', 'da']);
/** A place's adjective before its head: `Persischer Golf`, `im Persischen Golf`, `Arabischen Golf`. */
const PLACE_ADJ_RE = /^\p{Lu}\p{L}*(?:isch(?:e|er|en|es|em)?|ian|ic)$/u;

/**
 * The word at `i` is the head of a place's name, not a sport (`im Golf von Aden`, `Golf von Oman`,
 * `Golfe d’Aden`, `Persischer Golf`): capitalised, and a joiner and a capitalised name follow it,
 * or a capitalised place adjective (not the sentence's first word) comes before it.
 */
function partOfPlaceName(s: string, tokens: readonly { text: string; lower: string; start: number; rawEnd: number; cap: boolean }[], i: number): boolean {
  const t = tokens[i];
  if (!t.cap || !PLACE_HEADS.has(t.lower)) return false;
  const spaced = (a: number, b: number): boolean => {
    const x = tokens[a];
    const y = tokens[b];
    return !!x && !!y && /^[ \u00a0]$/.test(s.slice(x.rawEnd, y.start));
  };
  if (spaced(i, i + 1)) {
    const next = tokens[i + 1];
    if (PLACE_JOINERS.has(next.lower) && spaced(i + 1, i + 2) && tokens[i + 2].cap) return true;
    if (/^d['’]\p{Lu}/u.test(next.text)) return true;
  }
  if (spaced(i - 1, i)) {
    const prev = tokens[i - 1];
    const before = tokens[i - 2];
    const first = !before || /[.!?:\n]\s*$/.test(s.slice(before.rawEnd, prev.start));
    if (prev.cap && !first && PLACE_ADJ_RE.test(prev.text)) return true;
  }
  return false;
}

/**
 * A hyphenated compound of a conflict party and a fighting or weapons word (`Huthi-Angriffe`,
 * `Hamas-Kämpfer`, `Hisbollah-Raketen`) counts as both words and as that side's forces or attacks.
 */
function partyCompound(w: string, add: (cat: Cat, w: number, example: string) => void): number {
  const m = cues();
  const party = m.get(w.slice(0, w.indexOf('-')));
  const head = m.get(w.slice(w.lastIndexOf('-') + 1));
  if (!party || party.cat !== 'actors' || !head || (head.cat !== 'fighting' && head.cat !== 'weapons')) return 0;
  add('actors', party.w, w.slice(0, w.indexOf('-')));
  add(head.cat, head.w, w.slice(w.lastIndexOf('-') + 1));
  add('sideForce', 1, w);
  // a theatre or armed group (weight .8 or more) counts as strong, as it does alone
  return party.w >= 0.8 ? party.w : 0;
}

type Tok = { text: string; lower: string; start: number; rawEnd: number; digits: boolean; cap: boolean; possessive: boolean };

/** Tokens `a` and `a + 1` are written next to each other, a space apart (no punctuation). */
function spaced(s: string, tokens: readonly Tok[], a: number): boolean {
  const x = tokens[a];
  const y = tokens[a + 1];
  if (!x || !y || a < 0) return false;
  const gap = s.slice(x.rawEnd, y.start);
  return gap.length >= 1 && gap.length <= 2 && /^[ \u00a0]+$/.test(gap);
}

/** A sentence ends between tokens `a` and `a + 1` (not at `19. November`, `U.S.`, `Nov.`). */
function sentenceBreak(s: string, tokens: readonly Tok[], a: number): boolean {
  const x = tokens[a];
  const y = tokens[a + 1];
  const gap = s.slice(x.rawEnd, y.start);
  if (/[!?;\n]/.test(gap)) return true;
  if (!gap.includes('.')) return false;
  return !(x.digits || x.text.length <= 3 || !y.cap);
}

/** The token at `k` names a party to a war: a theatre or armed group (weight .8 or more) or a party compound. */
function strongParty(tok: Tok): boolean {
  const c = cues().get(tok.lower);
  if (c) return c.cat === 'actors' && c.w >= 0.8;
  const dash = tok.lower.indexOf('-');
  if (dash <= 0) return false;
  const head = cues().get(tok.lower.slice(0, dash));
  return !!head && head.cat === 'actors' && head.w >= 0.8;
}

/** A party makes the attacks counted at `i`: one is named in its sentence, or an armed force is. */
function partyInSentence(s: string, tokens: readonly Tok[], i: number): boolean {
  const isParty = (t: Tok): boolean => strongParty(t) || ARMED_FORCES.has(t.lower);
  for (let k = i - 1, n = 0; k >= 0 && n < 25 && !sentenceBreak(s, tokens, k); k--, n++) if (isParty(tokens[k])) return true;
  for (let k = i + 1, n = 0; k < tokens.length && n < 25 && !sentenceBreak(s, tokens, k - 1); k++, n++) if (isParty(tokens[k])) return true;
  return false;
}

/**
 * The party whose name begins at `k` is the agent of an attack: `struck by the Houthis`, `hit
 * by a Houthi missile`, `von den Huthis angegriffen`. Returns the phrase, or '' when it is not.
 */
function attackerBefore(s: string, tokens: readonly Tok[], k: number): string {
  let by = k - 1;
  if (by >= 0 && DETERMINERS.has(tokens[by].lower) && spaced(s, tokens, by)) by--;
  if (by < 0 || !spaced(s, tokens, by)) return '';
  const w = tokens[by].lower;
  // `attacked by Hamas officials` is a war of words
  const after = tokens[k + 1];
  if (after && PARTY_SPEAKERS.has(after.lower) && spaced(s, tokens, k)) return '';
  // the weapon or force the party's name heads (`hit by a Houthi missile`, `by Hamas gunmen`)
  const head = after && spaced(s, tokens, k) ? cues().get(after.lower) : undefined;
  const armed = !!head && (head.cat === 'weapons' || SIDE_TARGET.has(after.lower));
  // `hit by Hamas’s refusal`: a party's possession is no attack unless it is its arms
  if (tokens[k].possessive && !armed) return '';
  if (w === 'by') {
    const verb = tokens[by - 1];
    if (!verb || !ATTACK_VERBS.has(verb.lower) || !spaced(s, tokens, by - 1)) return '';
    const before = by >= 2 && spaced(s, tokens, by - 2) ? tokens[by - 2] : undefined;
    // `fired` and `launched` attack with arms only (`rockets fired by Hamas`, not `an aide fired by
    // Hamas`, `a channel launched by Hezbollah`); `shot` is no attack after a camera's word
    if ((verb.lower === 'fired' || verb.lower === 'launched') && !armed && cues().get(before?.lower ?? '')?.cat !== 'weapons') return '';
    if (verb.lower === 'shot' && before && SHOT_MEDIA.has(before.lower)) return '';
    return s.slice(verb.start, armed ? after.rawEnd : tokens[k].rawEnd).replace(/\s+/g, ' ');
  }
  if (w === 'von') {
    // the participle closes the clause: `von den Huthis mit Drohnen angegriffen`
    for (let j = k + 1; j < tokens.length && j <= k + 5 && !sentenceBreak(s, tokens, j - 1); j++)
      if (ATTACK_PARTICIPLES.has(tokens[j].lower)) return s.slice(tokens[by].start, tokens[j].rawEnd).replace(/\s+/g, ' ');
  }
  return '';
}

/** The attack verb at `i` has a party as its subject: `Hezbollah shelled`, `the RSF have raided`. */
function attackerSubject(s: string, tokens: readonly Tok[], i: number): string {
  let k = i - 1;
  if (k >= 0 && /^(?:have|has|had|again|also|repeatedly)$/.test(tokens[k].lower) && spaced(s, tokens, k)) k--;
  if (k < 0 || !spaced(s, tokens, k) || !strongParty(tokens[k])) return '';
  return s.slice(tokens[k].start, tokens[i].rawEnd).replace(/\s+/g, ' ');
}

/** A ship attacked at `i`: `attacks on merchant ships`, `Angriffe auf Handelsschiffe`. */
function attackOnShips(s: string, tokens: readonly Tok[], i: number): string {
  let k = i - 1;
  if (k >= 0 && SHIP_KINDS.has(tokens[k].lower) && spaced(s, tokens, k)) k--;
  if (k < 1 || !spaced(s, tokens, k) || !/^(?:on|against|auf|gegen)$/.test(tokens[k].lower)) return '';
  const a = tokens[k - 1];
  if (!ATTACK_WORDS_ON.has(a.lower) || !spaced(s, tokens, k - 1)) return '';
  return s.slice(a.start, tokens[i].rawEnd).replace(/\s+/g, ' ');
}

/** A ship was hit at `i`: `the tanker was struck`, `two vessels were attacked`. */
function shipWasHit(s: string, tokens: readonly Tok[], i: number): string {
  let k = i - 1;
  if (k >= 0 && tokens[k].lower === 'been' && spaced(s, tokens, k)) k--;
  if (k < 1 || !spaced(s, tokens, k) || !/^(?:was|were|has|had|have|is|are)$/.test(tokens[k].lower)) return '';
  const ship = tokens[k - 1];
  if (!SHIP_WORDS.has(ship.lower) || !spaced(s, tokens, k - 1)) return '';
  return s.slice(ship.start, tokens[i].rawEnd).replace(/\s+/g, ' ');
}

const sat = (x: number, k: number): number => 1 - Math.exp(-x / k);
const round2 = (x: number): number => Math.round(x * 100) / 100;

interface Tally {
  sum: number;
  n: number;
  examples: Map<string, number>;
}

/** What one pass over the words found: the evidence, before the verdict. */
export interface WarScan {
  readonly tallies: Map<Cat, Tally>;
  readonly casualties: number;
  readonly casualtyExamples: string[];
  readonly strongActors: number;
  readonly words: number;
}

/**
 * Scores `text` as war coverage. `hints` are counts the orchestrator found with the heavier
 * extractors (units especially are strong evidence). Pure, deterministic, linear in the text.
 */
export function detectWarCoverage(text: string, hints?: DetectHints): WarCoverage {
  const s = typeof text === 'string' ? text : '';
  return scoreWarScan(s, scanWarWords(s), hints);
}

/**
 * The word pass of the detector alone. The engine runs it right after the units extractor,
 * while the shared word tokens are still in the processor's cache, and scores it at the end.
 */
export function scanWarWords(text: string): WarScan {
  const s = typeof text === 'string' ? text : '';
  const tallies = new Map<Cat, Tally>();
  const add = (cat: Cat, w: number, example: string): void => {
    let t = tallies.get(cat);
    if (!t) {
      t = { sum: 0, n: 0, examples: new Map() };
      tallies.set(cat, t);
    }
    t.sum += w;
    t.n++;
    if (t.examples.size < 40 || t.examples.has(example)) t.examples.set(example, (t.examples.get(example) ?? 0) + 1);
  };
  let prev = '';
  let prev2 = '';
  let prevEnd = -10;
  let numberStart = 0; // where the last number began, for casualty counts
  let numberAge = 99;
  let pendingWar = ''; // a war word waiting to see whether the next word makes it a metaphor
  let pendingWarW = 0;
  let pendingWarCat: Cat = 'fighting';
  const casualtyExamples: string[] = [];
  let casualtyOpen = -1;
  let casualtyStartAge = 99;
  let casualtyFrom = 0;
  let casualties = 0;
  let strongActors = 0;
  const flushWar = (next: string, nextBits: number): void => {
    if (!pendingWar) return;
    if (nextBits & B_METAPHOR_AFTER) add('metaphor', 1, `${pendingWar} ${next}`);
    else if (pendingWarW > 0) add(pendingWarCat, pendingWarW, pendingWar);
    pendingWar = '';
  };
  // an attack whose attacker is named, once per attack (`hit by a Houthi missile` names it twice)
  let attackerAt = -10;
  const attacker = (phrase: string, i: number): void => {
    if (!phrase || i - attackerAt <= 3) return;
    attackerAt = i;
    add('attacker', 1, phrase);
    // the attack is fighting, however mild its verb (`hit`, `struck`)
    add('fighting', 0.6, 'named attack');
  };
  const special = specialWords();
  const filter = specialFilter!;
  const tokens = tokensOf(s);
  const words = tokens.length;
  let prevBits = 0; // the bits of `prev`
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const w = tok.lower;
    const sameSentence = tok.start - prevEnd <= 2;
    // most words fail the cheap (length, first and last letters) test and are never hashed
    const info = filter.mayHave(w) ? special.get(w) : undefined;
    const bits = info === undefined ? 0 : info.bits;
    if (pendingWar) flushWar(sameSentence ? w : '', sameSentence ? bits : 0);
    numberAge++;
    // `Huthi-Angriffe`, `Hamas-Kämpfer`: a party and a fighting word in one hyphenated compound
    if (info === undefined && tok.hyphen) {
      const strong = partyCompound(w, add);
      strongActors += strong;
      // `von einer Huthi-Rakete getroffen`: the party of the compound is the attacker
      if (strong > 0) attacker(attackerBefore(s, tokens, i), i);
    }
    if (info === undefined && !tok.digits && numberAge > 3 && casualtyOpen < 0) {
      // the common case: a word that is no cue at all
      prev2 = prev;
      prev = w;
      prevBits = 0;
      prevEnd = tok.rawEnd;
      continue;
    }
    const c0 = tok.text.charCodeAt(0);
    const isDigit = c0 >= 48 && c0 <= 57;
    const isYear = isDigit && tok.digits && tok.text.length === 4 && YEAR_RE.test(tok.text) && !countedAfter(s, tokens, i);
    if (isYear && Number(tok.text) < 1990) add('history', 0.5, tok.text);
    const isTime = isDigit && tok.start > 0 && (s.charCodeAt(tok.start - 1) === 58 || s.charCodeAt(tok.rawEnd) === 58);
    if (((isDigit && tok.digits && !isYear) || bits & B_NUMBER) && !isTime) {
      // `78,000` arrives as two words: keep the start of the first
      if (!(numberAge === 1 && isDigit && tok.start - prevEnd === 1 && /[,. ]/.test(s[prevEnd]))) numberStart = tok.start;
      numberAge = 0;
    } else if (numberAge <= 2 && bits & B_SALVO) {
      add('salvo', 1, s.slice(numberStart, tok.rawEnd).replace(/\s+/g, ' '));
      numberAge = 99;
    } else if (numberAge <= 2 && ATTACK_NOUNS.has(w) && (prevBits & B_SIDE_ADJ || partyInSentence(s, tokens, i))) {
      // `34 Houthi attacks`, `mehr als 70 Angriffe` by the militia the sentence names: counted as weapons are
      add('salvo', 1, s.slice(numberStart, tok.rawEnd).replace(/\s+/g, ' '));
      numberAge = 99;
    } else if (numberAge <= 3 && bits & B_KILL) {
      // `159 Russians were killed`, `killing at least 34 people`, `18 soldiers were killed`
      casualties++;
      if (casualtyExamples.length < 3) {
        casualtyExamples.push(s.slice(numberStart, tok.rawEnd).replace(/\s+/g, ' '));
        casualtyOpen = casualtyStartAge = 0;
        casualtyFrom = numberStart;
      }
      numberAge = 99;
    } else if (casualtyOpen >= 0 && casualtyStartAge <= 4 && CASUALTY_VERBS.has(w)) {
      // `159 Russians were killed or wounded`: the example reads to the verb
      casualtyExamples[casualtyExamples.length - 1] = s.slice(casualtyFrom, tok.rawEnd).replace(/\s+/g, ' ');
      casualtyStartAge = 0;
    }
    casualtyStartAge++;
    if (casualtyStartAge > 4) casualtyOpen = -1;
    if (info !== undefined) {
      if (sameSentence && bits & B_SIDE_TARGET && prevBits & B_SIDE_ADJ) add('sideForce', 1, `${prev} ${w}`);
      // the attacker named: `struck by the Houthis`, `hit by a Russian missile`, `Hamas attacked`
      const here = info.cue;
      if (here?.cat === 'actors' && here.w >= 0.8) attacker(attackerBefore(s, tokens, i), i);
      else if (prevBits & B_SIDE_ADJ && (bits & B_SIDE_TARGET || here?.cat === 'weapons') && !strongParty(tokens[i - 1])) attacker(attackerBefore(s, tokens, i - 1), i);
      if (ATTACK_VERBS_ACTIVE.has(w)) attacker(attackerSubject(s, tokens, i), i);
      // war at sea: `attacks on merchant ships`, `the tanker was struck`
      if (SHIP_WORDS.has(w)) {
        const on = attackOnShips(s, tokens, i);
        if (on) add('fighting', 0.7, on.toLowerCase());
      } else if (ATTACK_VERBS.has(w)) {
        const hit = shipWasHit(s, tokens, i);
        if (hit) add('fighting', 0.6, hit.toLowerCase());
      }
      // a sea of a war at sea (`Red Sea`, `Black Sea`, `im Roten Meer`), weighed as a country is
      if ((w === 'sea' || w === 'meer') && SEA_NAMES.has(prev) && spaced(s, tokens, i - 1)) add('actors', 0.4, `${prev} ${w}`);
      if (sameSentence && (w === 'strike' || w === 'strikes') && prevBits & B_STRIKE_BY) {
        // `air strikes`, `drone strike`: the weapon decides, and the word is not a labour strike
        add('weapons', 1, `${prev} ${w}`);
        prev2 = prev;
        prev = w;
        prevBits = bits;
        prevEnd = tok.rawEnd;
        continue;
      }
      if (sameSentence && w === 'state' && prev === 'islamic') add('actors', 1, 'islamic state');
      if (sameSentence && prev === 'peace' && bits & B_PEACE_WHAT) add('fighting', 0.8, `peace ${w}`);
      if ((w === 'war' || w === 'wars') && sameSentence && prevBits & B_PAST_WAR_BEFORE) {
        add('history', 1, `${prev} ${w}`);
      } else if (bits & B_METAPHOR_WORD && sameSentence && prevBits & B_METAPHOR_BEFORE) {
        add('metaphor', 1, `${prev} ${w}`);
      } else if (w === 'words' && prev === 'of' && prev2 === 'war') {
        add('metaphor', 1, 'war of words');
      } else if (prev2 === 'war' && prev === 'on' && bits & B_WAR_ON) {
        add('metaphor', 1, `war on ${w}`);
      } else if (w === 'fans' && prev === 'of' && prev2 === 'army') {
        add('metaphor', 1, 'army of fans');
      } else if (prev === 'killed' && w === 'it') {
        add('metaphor', 1, 'killed it');
      } else {
        const cue = info.cue;
        if (cue) {
          if (bits & B_WAR_WORD || w === 'battle') {
            pendingWar = w;
            pendingWarW = cue.w;
            pendingWarCat = cue.cat;
          } else if (cue.cat !== 'sports' || !partOfPlaceName(s, tokens, i)) {
            add(cue.cat, cue.w, w);
            if (cue.cat === 'actors' && cue.w >= 0.8) strongActors += cue.w;
          }
        } else if (w === 'battle' || w === 'battles') {
          pendingWar = w;
          pendingWarW = 0.3;
          pendingWarCat = 'fighting';
        }
      }
    }
    prev2 = prev;
    prev = w;
    prevBits = bits;
    prevEnd = tok.rawEnd;
  }
  flushWar('', 0);
  return { tallies, casualties, casualtyExamples, strongActors, words };
}

/**
 * The word passes of two consecutive parts of one text as one (the engine scans a long text
 * chunk by chunk and scores the whole): counts add up, examples keep the first ones seen.
 */
export function mergeWarScans(a: WarScan, b: WarScan): WarScan {
  const tallies = new Map<Cat, Tally>();
  for (const [cat, t] of a.tallies) tallies.set(cat, { sum: t.sum, n: t.n, examples: new Map(t.examples) });
  for (const [cat, t] of b.tallies) {
    const into = tallies.get(cat);
    if (!into) {
      tallies.set(cat, { sum: t.sum, n: t.n, examples: new Map(t.examples) });
      continue;
    }
    into.sum += t.sum;
    into.n += t.n;
    for (const [e, count] of t.examples) if (into.examples.size < 40 || into.examples.has(e)) into.examples.set(e, (into.examples.get(e) ?? 0) + count);
  }
  return {
    tallies,
    casualties: a.casualties + b.casualties,
    casualtyExamples: [...a.casualtyExamples, ...b.casualtyExamples].slice(0, 3),
    strongActors: a.strongActors + b.strongActors,
    words: a.words + b.words,
  };
}

const YEAR_ANY_RE = /\b(1[5-9]\d\d|20\d\d)\b/g;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Januar|Februar|März|Juni|Juli|Oktober|Dezember';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag';
// what news of today carries: a weekday event, `overnight`, `yesterday`, a day of a month with no old year after it
const RECENT_RE = new RegExp(
  String.raw`\b(?:on|last|this|since|late|early|am|seit|by)\s+(?:${WEEKDAYS})\b|\b(?:yesterday|today|overnight|tonight|last night|this week|this month|this year|this morning|earlier this|past day|past 24 hours|past week|so far this|gestern|heute|in der Nacht|vergangenen Tag)\b|\b(?:${MONTHS})\.?\s+\d{1,2}\b(?!\d|,?\s*1[5-9]\d\d)|\b\d{1,2}\.?\s+(?:${MONTHS})\b(?!,?\s*1[5-9]\d\d)`,
  'u',
);

// A review's frame, read from the start and the end of the text (where titles, ratings, credits
// and release details sit). Each entry: the name shown in the reasons, and its pattern.
const FRAME_TITLE = 'a review or recap title';
const FRAME_RATING = 'a rating';
const FRAME_FICTION = 'fiction (a genre, a subplot, an episode)';
const REVIEW_FRAME: Array<[string, RegExp]> = [
  // `Review: ...`, `Film review: ...`, `... review – ...` at the start of a line
  [FRAME_TITLE, /(?:^|\n)[ \t]*(?:(?:film|movie|game|book|tv|television|theatre|theater|album|series|documentary)\s+)?(?:review|recap|rezension|kritik)\s*[:|–—]|(?:^|\n)[^\n.!?]{1,120}\brecap\s*:|(?:^|\n)[^\n.!?]{1,90}\s(?<!(?:\bin|defen[cs]e|security|strategic|posture|policy|spending|budget|judicial|annual|peer|performance|safety)\s)review\s+[–—|]\s/i],
  // `four stars out of five`, `3.5 stars`, `★★★★☆`, `Rating: 8 out of 10` (not a `four-star general`)
  [FRAME_RATING, /(?:^|[^-\w])(?:[1-5](?:\.5)?|one|two|three|four|five)(?: and a half)?\s+stars?\b(?!\s+general)|[★☆]{3,}|\b(?:rating|score|verdict|wertung)\s*:\s*\S|\b[1-5]\s+von\s+5\s+sternen\b/i],
  // credits
  ['credits', /\b(?:directed by|director\s*:|written and directed|starring\b|cast\s*:|screenplay by|played by|voiced by|regie\s*:|developer\s*:|publisher\s*:|platforms?\s*:)/i],
  ['a runtime', /\b(?:runtime|running time|laufzeit)\s*:?\s*\d|\(\s*\d{2,3}\s*min(?:s|utes)?\.?\s*\)|\b\d{2,4}\s+pages\b|\b(?:hardcover|paperback|hardback)\b/i],
  // release: a premiere, cinemas, a streaming service, a shop
  ['a release', /\b(?:premieres?|premiered|opens in (?:cinemas|theaters|theatres)|in (?:cinemas|theaters|theatres) (?:now|from|on|next)|streaming on|now streaming|out now|release date|kinostart|available (?:on|for) (?:steam|playstation|xbox|pc|switch|netflix)|box office|opening weekend|new episodes|episodes? (?:stream|air)s?|(?:streams|airs) (?:on|every))\b/i],
  // the war is fiction: a genre, a subplot, an episode
  [FRAME_FICTION, /\bwar (?:film|movie|drama|epic|thriller|novel|game|shooter|series|saga)s?\b|\b(?:subplot|protagonist)s?\b|\bseason \d+,? episode \d+/i],
  // a work's story told (a documentary's too)
  ['a plot summary', /\b(?:the|this) (?:film|movie|series|show|novel|game|episode|drama|documentary)(?:,[^.\n]{1,80},)? (?:follows|tells the story|is set in|centres on|centers on)\b|\bflashbacks?\b/i],
];

/**
 * For the two costliest patterns of REVIEW_FRAME, a pattern of the words each needs (a title's
 * `review`, `recap`, `rezension` or `kritik`; a rating's `star(s)`, star signs, `rating`, `score`,
 * `verdict`, `wertung` or `sternen`): most texts have none, and a list of words is searched much
 * faster than the full pattern is tried at every offset.
 */
const FRAME_NEEDS = new Map<string, RegExp>([
  [FRAME_TITLE, /review|recap|rezension|kritik/i],
  [FRAME_RATING, /stars?\b|[★☆]|rating|score|verdict|wertung|sternen/i],
]);

/** The parts of a review's frame the text has (at most once each). */
function reviewFrame(s: string): string[] {
  // the frame is at the top and the bottom; a long report's middle is not read
  const part = s.length <= 3000 ? s : `${s.slice(0, 1500)}\n${s.slice(-1500)}`;
  const out: string[] = [];
  for (const [name, re] of REVIEW_FRAME) {
    const needs = FRAME_NEEDS.get(name);
    if ((needs === undefined || needs.test(part)) && re.test(part)) out.push(name);
  }
  return out;
}

/** Years named are all before 1990, and nothing in the text is dated as recent. */
/** Every year the text names is before 1990 (and it names one). */
function oldYearsOnly(s: string): boolean {
  let old = 0;
  for (const m of s.matchAll(YEAR_ANY_RE)) {
    const y = Number(m[1]);
    if (y >= 1990) return false;
    old++;
  }
  return old > 0;
}

function pastOnly(s: string): boolean {
  return oldYearsOnly(s) && !RECENT_RE.test(s);
}

// A war that is over, as a reporter says it: the text measures the time since (`thirty years
// on`, `three decades after`, `the 30th anniversary`) or its war's years lie well before the
// article's date or the latest other year it names, and it says the war ended (`the siege
// ended`, `after the war`) — and nothing in it is fighting now.
const NUM_WORD: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, several: 3, many: 3,
  zehn: 10, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
const ORD_WORD: Record<string, number> = {
  tenth: 10, fifteenth: 15, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90, hundredth: 100,
};
const ELAPSED_N = String.raw`(\d{1,3}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`;
/** `thirty years on`, `three decades after`, `decades later`, `half a century ago`, `vor 30 Jahren`. */
const ELAPSED_RE = new RegExp(
  String.raw`\b(?:${ELAPSED_N}\s+years|(two|three|four|five|six|seven|eight|nine|several|many)\s+decades|(decades|a\s+century|half\s+a\s+century))\s+(?:on|after|later|ago|since|have\s+passed)\b` +
    String.raw`|\b(\d{2,3})(?:th|st|nd|rd)\s+anniversary\b|\b(tenth|fifteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\s+anniversary\b` +
    String.raw`|\bvor\s+(\d{2,3}|zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)\s+Jahren\b|\bJahrzehnte\s+nach\b`,
  'giu',
);
/** The war (siege, fighting) said to be over. */
const ENDED_RE =
  /\b(?:war|wars|siege|fighting|conflict|occupation|battle|guns|hostilities|genocide)\b[^.!?\n]{0,50}?\b(?:ended|was over|were over|came to an end|fell silent|was lifted)\b|\bafter the (?:\w+\s+){0,2}?(?:war|siege|conflict)\b(?!\s+(?:ends|is over|began|started|broke out))|\bpost-?war\b|\bendete(?:n)?\b|\bnach dem (?:\w+\s+)?Krieg\b|\bKriegsende\b/iu;
/** A war under way: fighting in the present tense, or an attack dated now. */
const WAR_NOW_RE =
  /\b(?:is|are|remains?)\s+(?:still\s+)?(?:fighting|shelling|attacking|advancing|bombing|besieging|at war|under (?:fire|siege|attack|bombardment))\b|\b(?:fighting|shelling|attacks|war|siege|offensive|bombardment|clashes|hostilities)\s+(?:continues?|goes on|go on|rages?|is still raging|(?:is|are) continuing|ha(?:s|ve) continued|resumed)\b|\bcontinue[sd]?\s+to\s+(?:fight|attack|shell|advance|bomb|strike|pound)\b|\b(?:ongoing|current)\s+(?:war|fighting|offensive|conflict|siege|hostilities|invasion)\b|\bstill\s+(?:fighting|under fire|under siege|at war)\b/iu;
const ATTACK_NOW_RE =
  /\b(?:shelled|attacked|struck|stormed|bombed|bombarded|pounded|raided|ambushed|clashed|killing|(?:were|was)\s+(?:killed|wounded)|intercepted|shot down|beschossen|angegriffen|getötet)\b/iu;
const SENTENCE_RE = /[^.!?\n]+/g;
/** Years a text gives as goals, not as its present: `by 2030`, `until 2040`, `a 2030 deadline`. */
const GOAL_YEAR_RE = /\b(?:by|until|till|before|to)\s+$|^\s*(?:deadline|target|goal)\b/i;
/**
 * A year of the fighting: a fighting or weapons word of weight .5 or more, or `war`, within six
 * words of it in its sentence (`in 1991 when the town was besieged`, not `reopened in 2024`).
 */
function warNear(sentence: string, at: number): boolean {
  const m = cues();
  const before = sentence.slice(0, at).split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).slice(-6);
  const after = sentence.slice(at + 4).split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).slice(0, 6);
  for (const word of [...before, ...after]) {
    const w = word.toLowerCase();
    if (w === 'war' || w === 'wars' || w === 'krieg') return true;
    const c = m.get(w);
    if (c && (c.cat === 'fighting' || c.cat === 'weapons') && c.w >= 0.5) return true;
  }
  return false;
}

/** The fighting a text reports is going on now (present tense, or an attack dated now). */
function fightingNow(s: string): boolean {
  if (WAR_NOW_RE.test(s)) return true;
  for (const m of s.matchAll(SENTENCE_RE)) if (ATTACK_NOW_RE.test(m[0]) && RECENT_RE.test(m[0])) return true;
  return false;
}

/**
 * What says the text's war is over and long past, quoted for the reasons; undefined when it does
 * not say so. `dateYear` is the year of the article's date, when known.
 */
function warLongOver(s: string, dateYear?: number): string | undefined {
  // how long ago: the text says it, or the years of its war lie well before its present
  let elapsed = 0;
  let elapsedText = '';
  for (const m of s.matchAll(ELAPSED_RE)) {
    const [all, num, decadesN, decadesW, ordNum, ordWord, deNum] = m;
    let years = 0;
    if (num) years = /^\d/.test(num) ? Number(num) : NUM_WORD[num.toLowerCase().split(/[- ]/)[0]] ?? 0;
    else if (decadesN) years = 10 * (NUM_WORD[decadesN.toLowerCase()] ?? 2);
    else if (decadesW) years = /century/i.test(decadesW) ? (/half/i.test(decadesW) ? 50 : 100) : 20;
    else if (ordNum) years = Number(ordNum);
    else if (ordWord) years = ORD_WORD[ordWord.toLowerCase()] ?? 0;
    else if (deNum) years = /^\d/.test(deNum) ? Number(deNum) : NUM_WORD[deNum.toLowerCase()] ?? 0;
    else years = 20; // Jahrzehnte nach
    if (years > elapsed) {
      elapsed = years;
      elapsedText = all;
    }
  }
  let longPast = elapsed >= 15 ? `‘${elapsedText}’` : '';
  if (!longPast) {
    let lastWar = 0;
    let firstWar = 9999;
    let present = dateYear ?? 0;
    for (const sm of s.matchAll(SENTENCE_RE)) {
      const sentence = sm[0];
      for (const ym of sentence.matchAll(YEAR_ANY_RE)) {
        const y = Number(ym[1]);
        const at = ym.index ?? 0;
        if (warNear(sentence, at)) {
          lastWar = Math.max(lastWar, y);
          firstWar = Math.min(firstWar, y);
        } else if (dateYear === undefined) {
          if (!GOAL_YEAR_RE.test(sentence.slice(Math.max(0, at - 8), at)) && !GOAL_YEAR_RE.test(sentence.slice(at + 4, at + 16))) present = Math.max(present, y);
        }
      }
    }
    if (lastWar > 0 && present - lastWar >= 15)
      longPast = `its war’s years ${firstWar === lastWar ? lastWar : `${firstWar}–${lastWar}`}, ${present - lastWar} years before ${dateYear !== undefined ? 'the article’s date' : present}`;
  }
  if (!longPast) return undefined;
  const ended = ENDED_RE.exec(s);
  if (!ended) return undefined;
  if (fightingNow(s)) return undefined;
  return `${longPast}, ‘${ended[0]}’`;
}

// A market story told in war words (`price war`, `the casualties so far`, `an offensive`, a
// delivery fleet of `1,800 drones`): when business vocabulary and a war metaphor are there and
// no conflict party, side's forces or military unit is, the war words that need no soldiers and
// the machines that are not only weapons read as the market's, not as fighting. Words that are
// fighting only (troops, shelling, artillery, missiles) still count.
const MARKET_FIGHTING = new Set([
  'war', 'wartime', 'warfare', 'battle', 'battles', 'offensive', 'offensives', 'counteroffensive', 'counter-offensive',
  'casualties', 'ceasefire', 'cease-fire', 'truce', 'siege', 'besieged', 'invasion', 'invaded', 'incursion', 'retreat',
  'retreated', 'advance', 'advanced', 'front', 'frontline', 'front-line', 'trenches', 'attack', 'attacks', 'attacked',
  'assault', 'assaults', 'raid', 'raids', 'strikes', 'struck', 'resistance', 'captured', 'seized', 'enemy', 'fighting',
  'combat', 'killed', 'hostilities', 'occupation', 'occupied', 'positions', 'sector', 'axis', 'ambush', 'ambushed',
  'encircled', 'encirclement', 'liberated', 'deployed', 'deployment', 'withdrawal', 'recaptured', 'armed', 'army',
  'forces', 'fighters', 'commander', 'commanders', 'hostage', 'hostages', 'mercenaries', 'mobilisation', 'mobilization',
  'blackouts', 'shelter', 'sirens', 'evacuated', 'displaced', 'refugees',
]);
/** Machines that are weapons in a war and goods or tools in a market. */
const MARKET_MACHINES = new Set([
  'drone', 'drones', 'rocket', 'rockets', 'jets', 'helicopter', 'cruise', 'glide', 'storm', 'patriot', 'bradley',
  'leopard', 'tank', 'tanks', 'barrage', 'drohne', 'drohnen', 'rakete', 'raketen',
]);

function marketWarWords(scan: WarScan, units: number): { fighting: number; weapons: number; salvo: number; detail: string } | undefined {
  const { tallies } = scan;
  const get = (c: Cat): number => tallies.get(c)?.sum ?? 0;
  if (get('metaphor') < 1 || get('business') < 2 || scan.strongActors > 0 || get('sideForce') > 0 || get('attacker') > 0 || units > 0) return undefined;
  const taken: Array<[string, number]> = [];
  const take = (cat: Cat, keep: (e: string) => boolean): number => {
    const t = tallies.get(cat);
    if (!t) return 0;
    let sum = 0;
    for (const [e, count] of t.examples) {
      if (!keep(e)) continue;
      sum += cat === 'salvo' ? count : (cues().get(e)?.w ?? 0) * count;
      taken.push([e, count]);
    }
    return Math.min(sum, t.sum);
  };
  const fighting = take('fighting', (e) => MARKET_FIGHTING.has(e));
  const weapons = take('weapons', (e) => MARKET_MACHINES.has(e));
  const salvo = take('salvo', (e) => MARKET_MACHINES.has(e.slice(e.lastIndexOf(' ') + 1).toLowerCase()));
  if (fighting + weapons + salvo <= 0) return undefined;
  const detail = taken
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([e, count]) => (count > 1 ? `${e} ×${count}` : e))
    .join(', ');
  return { fighting, weapons, salvo, detail };
}

/**
 * The k examples seen most often, most often first, ties in the order first seen (what a stable
 * sort of all of them by count would give first), picked in one pass without sorting them all.
 */
function topExamples(examples: ReadonlyMap<string, number> | undefined, k: number): Array<[string, number]> {
  const top: Array<[string, number]> = [];
  if (!examples || k <= 0) return top;
  for (const e of examples) {
    const v = e[1];
    let j: number;
    if (top.length < k) {
      j = top.length;
      top.push(e);
    } else if (top[k - 1][1] < v) {
      j = k - 1;
      top[j] = e;
    } else continue;
    // moved up past the examples seen fewer times (an example seen as often stays before it)
    while (j > 0 && top[j - 1][1] < v) {
      top[j] = top[j - 1];
      top[j - 1] = e;
      j--;
    }
  }
  return top;
}

/**
 * The verdict from a word pass over `text`. `unitNames`, when given, returns the names
 * extractUnits(text) finds (the engine has them already); else the units pass runs (cached).
 */
export function scoreWarScan(text: string, scan: WarScan, hints?: DetectHints, unitNames?: () => string[]): WarCoverage {
  const s = typeof text === 'string' ? text : '';
  const { tallies, casualties, casualtyExamples, strongActors, words } = scan;
  const get = (c: Cat): number => tallies.get(c)?.sum ?? 0;
  const fightAll = get('fighting') + get('weapons');
  const n = Math.max(words, 1);
  // units: the extractor's own count when given; the names come from the (cached) units pass
  const given = hints?.unitNames;
  const names = fightAll >= 2 ? (unitNames ? unitNames() : given ? [...given] : extractUnits(s).map((u) => u.name)) : [];
  const units = Math.max(0, hints?.units ?? names.length);
  const places = Math.max(0, hints?.places ?? 0);
  // a market story told in war words: what they supplied is taken back below
  const market = marketWarWords(scan, units);
  const fight = fightAll - (market ? market.fighting + market.weapons : 0);
  const density = (fight / Math.max(n, 60)) * 100; // war words per 100 words

  // evidence for war coverage
  // a detail is worked out only for the contributions shown in the reasons (examples sort)
  const contributions: Array<{ label: string; value: number; detail: string | (() => string) }> = [];
  const push = (label: string, value: number, detail: string | (() => string)): void => {
    if (value !== 0) contributions.push({ label, value, detail });
  };
  const examples = (c: Cat, k = 4): string =>
    topExamples(tallies.get(c)?.examples, k)
      .map(([e, count]) => (count > 1 ? `${e} ×${count}` : e))
      .join(', ');
  push(LABEL.fighting, 2.2 * sat(get('fighting'), 5), () => examples('fighting'));
  push(LABEL.weapons, 1.2 * sat(get('weapons'), 2.5), () => examples('weapons'));
  const fightGate = sat(fight, 3);
  // a short report is short of war words by its length: when an event of a war is there (a side's
  // attack, its attacker named, attacks, weapons or casualties counted), few war words per 100
  // words count against it less, not at all under 250 words (a long text still needs the density)
  const events = get('sideForce') + get('attacker') + get('salvo') + casualties * fightGate;
  const brief = n <= 250 ? 1 : Math.max(0, (600 - n) / 350);
  const sparse = 2.2 * sat(density, 3) - 0.9;
  push('war vocabulary density', sparse < 0 ? sparse * (1 - sat(events, 1.5) * brief) : sparse, `${round2(density)} per 100 words`);
  // a theatre of war (`Gaza`, `Donetsk`, `El Fasher`) counts alone; a country name only with fighting words
  push(LABEL.actors, 1.3 * sat(strongActors + (get('actors') - strongActors) * fightGate, 2.5), () => examples('actors'));
  push(LABEL.killed, 0.8 * sat(casualties, 2) * fightGate, casualtyExamples.join('; '));
  push(LABEL.salvo, 1.0 * sat(get('salvo'), 1.5), () => examples('salvo', 3));
  push(LABEL.sideForce, 1.2 * sat(get('sideForce'), 2), () => examples('sideForce'));
  push(LABEL.attacker, 1.5 * sat(get('attacker'), 1), () => examples('attacker', 3));
  if (market) {
    const [f, w, v] = [get('fighting'), get('weapons'), get('salvo')];
    const lost = 2.2 * (sat(f, 5) - sat(f - market.fighting, 5)) + 1.2 * (sat(w, 2.5) - sat(w - market.weapons, 2.5)) + (sat(v, 1.5) - sat(v - market.salvo, 1.5));
    push('war words in a market story (business words and a war metaphor; no party, side or unit)', -lost, market.detail);
  }
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ` (+${names.length - 3} more)` : '');
  push('military units named', 1.6 * sat(units, 1.5) * fightGate, shown || `${units}`);
  push('places named', 0.3 * sat(places, 5) * fightGate, `${places}`);

  // evidence against: other topics, each weighed against the war vocabulary
  const negCats: Array<[Cat, number, number]> = [
    ['sports', 2.2, 4],
    ['business', 1.8, 5],
    ['defenceIndustry', 1.8, 3],
    ['history', 2.4, 3],
    ['media', 2.6, 3],
    ['disaster', 2.2, 3],
    ['policing', 1.8, 3],
    ['politics', 1.6, 3],
    ['metaphor', 1.5, 1],
  ];
  for (const [cat, w, k] of negCats) {
    const v = get(cat);
    if (v <= 0) continue;
    // a topic that dominates the war words counts fully; a passing mention hardly at all
    const share = v / (v + fight * 0.8 + 0.5);
    push(LABEL[cat], -w * sat(v, k) * Math.min(1, share * 1.6), () => examples(cat));
  }

  // a real war has somewhere and someone: when a game's, a sport's or a market's vocabulary is
  // there to explain the war words and the text names no party, theatre, place or unit (a strategy
  // game's `enemy soldiers` and `armoured divisions`), the war words are most likely that topic's
  const otherTopic = get('media') > 0 || get('sports') > 0 || get('business') > 0 || get('metaphor') > 0;
  if (otherTopic && get('actors') === 0 && units === 0 && places === 0 && fight > 0) push('no conflict party, place or unit named', -1.4, '');

  // a work's frame (a review's or recap's title, a rating, credits, a runtime, a release, a fiction
  // genre, a plot summary): the war words are the story of a film, series, game or book, however
  // vivid; a war report that mentions a documentary or a war film has one or two of these at most
  if (get('media') > 0 && fight > 0) {
    const frame = reviewFrame(s);
    // a review's title or a rating says the text is about a work; without one it takes three parts
    // (a war report may mention a war film's premiere, or a documentary's director)
    const evaluative = frame.includes(FRAME_TITLE) || frame.includes(FRAME_RATING);
    if (frame.length >= 3 || (evaluative && frame.length >= 2)) push('framed as a film, series, game or book', -Math.min(3.6, 1.2 + 0.6 * frame.length), frame.join(', '));
  }

  // a text whose years are all long past and that dates nothing now is about a past war
  if (get('history') > 0 && fight > 0 && pastOnly(s)) push('a past war: every year named is before 1990 and nothing is dated now', -3.2, '');
  // an exhibition, anniversary or museum piece is dated now (`opens on Saturday`) but its war is
  // long over: when the history vocabulary is strong, every year named is long past and no
  // theatre of a war under way or side's forces at work (`Russian forces attacked`) is named
  // — or when the text says its war ended long ago (`thirty years on`, `the siege ended`) and
  // reports no fighting now
  else if (get('history') >= 3 && fight > 0 && strongActors === 0) {
    if (get('sideForce') === 0 && oldYearsOnly(s)) push('a past war remembered: every year named is before 1990', -3.2, '');
    else {
      const over = warLongOver(s, yearOf(hints?.date));
      if (over) push('a past war remembered: the war is long over', -3.2, over);
    }
  }

  const logit = -1.6 + contributions.reduce((a, c) => a + c.value, 0);
  const score = round2(1 / (1 + Math.exp(-logit * 1.3)));
  const reasons = contributions
    .filter((c) => Math.abs(c.value) >= 0.05)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .map((c) => {
      const detail = typeof c.detail === 'function' ? c.detail() : c.detail;
      return `${c.value > 0 ? '+' : '−'} ${c.label}${detail && detail !== '0' ? `: ${detail}` : ''}`;
    });
  if (!reasons.length) reasons.push('no war vocabulary');
  return { isWarCoverage: score >= 0.5, score, reasons };
}
