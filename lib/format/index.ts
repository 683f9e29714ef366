export { claimNormalForm, claimNormalParts, claimValueText, categoryText } from './normal-form';
export { linkCounts, claimStatuses, relationCounts, STATUS_LABELS, type ClaimStatus } from './links';
export { formatPeriod, periodTime } from './dates';
export { formatNumber, formatInterval } from './numbers';
export { unitDisplay, pluralize, statedFactor } from './units';
export { sideName, countryName, CATEGORY_LABELS, CATEGORY_TITLES, MEASURE_LABELS, RELATION_LABELS } from './labels';
export { textFragmentUrl, encodeFragmentText } from './fragment';
