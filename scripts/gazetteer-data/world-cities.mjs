// Cities outside the war zones and their neighbours that war reporting names as venues of talks
// and summits, seats of courts and alliances, bases and arms plants. The population lists keep
// only towns of 500,000 or more there (and capitals), which leaves out Geneva or Miami.
//
// WORLD_CITIES row: [ISO country, GeoNames name, canonical English name, aliases...]: the most
// populous GeoNames settlement of that spelling in that country joins the index with its own
// coordinates and population.
// WORLD_SITES row: [canonical name, lat, lon, ISO country, admin region, aliases...] for places
// the population lists lack (a base, a plant's village, a resort).
export const WORLD_CITIES = [
  // Switzerland: talks, UN agencies, the 2024 peace summit
  ['CH', 'Genève', 'Geneva', 'Genf', 'Genève', 'Ginevra'],
  ['CH', 'Lausanne', 'Lausanne'],
  ['CH', 'Montreux', 'Montreux'],
  ['CH', 'Luzern', 'Lucerne', 'Luzern'],
  ['CH', 'Davos', 'Davos'],
  ['CH', 'Zürich', 'Zurich', 'Zürich'],
  ['CH', 'Basel', 'Basel', 'Bâle'],
  // the United States: talks in Florida and Alaska
  ['US', 'Miami', 'Miami'],
  ['US', 'West Palm Beach', 'West Palm Beach'],
  ['US', 'Anchorage', 'Anchorage'],
  // Europe: courts, parliaments, summit towns
  ['NL', 'The Hague', 'The Hague', 'Den Haag'],
  ['FR', 'Strasbourg', 'Strasbourg', 'Straßburg'],
  ['AT', 'Salzburg', 'Salzburg'],
  ['DE', 'Wiesbaden', 'Wiesbaden'],
  ['DE', 'Bonn', 'Bonn'],
  // Thailand: Myanmar's exiles, aid routes and border trade
  ['TH', 'Chiang Mai', 'Chiang Mai'],
  ['TH', 'Mae Sot', 'Mae Sot'],
  // arms plants named in war-economy reporting
  ['US', 'Mesquite', 'Mesquite'],
];

export const WORLD_SITES = [
  ['Ramstein', 49.44, 7.6, 'DE', '', 'Ramstein Air Base', 'Ramstein-Miesenbach'],
  ['Grafenwöhr', 49.72, 11.9, 'DE', '', 'Grafenwoehr'],
  ['Unterlüss', 52.84, 10.29, 'DE', '', 'Unterluess'],
  ['Bürgenstock', 46.99, 8.39, 'CH', '', 'Buergenstock', 'Burgenstock'],
];
