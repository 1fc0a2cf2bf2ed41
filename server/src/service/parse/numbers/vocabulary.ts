/** Word lists that tell a count of people from other numbers in news prose. All lower-case. */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Who a casualty figure counts: "46 people", "five Pakistani soldiers", "12 others". */
export const PEOPLE = words(`
  people persons person individuals civilians civilian soldiers soldier troops trooper troopers jawans personnel
  policemen policeman police policewomen officers officer cops constables guards guard militants militant fighters fighter
  insurgents insurgent terrorists terrorist attackers attacker gunmen gunman bombers bomber suspects rebels commanders
  men man women woman children child kids boys boy girls girl infants babies minors students pupils teachers worshippers
  worshipers pilgrims mourners workers worker labourers laborers miners farmers shepherds drivers passengers villagers
  residents locals tribesmen elders citizens nationals foreigners refugees migrants displaced journalists reporters
  doctors nurses officials employees staff volunteers members relatives others victims survivors hostages prisoners
  detainees protesters demonstrators recruits cadets crew family families brothers sisters sons daughters
  fishermen traders shopkeepers vendors porters guests tourists visitors spectators players clerics scholars imams
  leaders politicians lawmakers ministers diplomats engineers contractors vaccinators youths teenagers adults
  bystanders pedestrians commuters motorists travellers travelers levies khasadars rangers commandos paramilitaries
  militiamen sepoys
  afghans pakistanis indians iranians chinese hazaras pashtuns baloch uyghurs tajiks uzbeks muslims hindus christians sikhs shias sunnis
`);

/** After a number, these leave it bare, a count of no named noun: "12 were killed", "killed 12 in Kurram". */
export const FUNCTION_WORDS = words(`
  the a an of in on at to from by with for and or nor but as than so then there here
  were was are is be been being have has had will would could should may might must did do does
  who whom which that this these those when while after before during since until among amid including
  across near inside outside into onto upon over under along behind within without
  it its their his her they them he she we us our according
  all each also reportedly allegedly later subsequently eventually initially altogether too
`);

/** Between a number and its noun, words that neither name the noun nor end the phrase: "12 more soldiers". */
export const SOFT_MODIFIERS = words('more other further additional');

/** Before a verb that follows a number, these make it passive: "12 were killed". */
export const PASSIVE_AUXILIARIES = words('was were been being is are got get gets');

/** After a verb, these start its object, so the verb is active: "two gunmen killed the guard". */
export const OBJECT_STARTERS = words(`
  the a an his her their its our my your him them us me this that these those
  many several some dozens scores hundreds thousands all both each few more most another other
`);

/** Before a casualty word, these make it a noun of its own clause: "and the dead were buried". */
export const DETERMINERS = words('the a an their his her its our whose');

/** Words that may come between a casualty word and the number after it: "the death toll rose to 46". */
export const BEFORE_GAP = words(`
  of to at the a another further additional toll tolls count figure number total rose risen rises climbed climbs
  jumped reached reaches stood stands is was has had have been now include included includes including among them
  were are all also only reportedly allegedly officially
`);

/** Words that start a new clause, which a casualty word after a number does not reach across. */
export const CLAUSE_BREAKERS = words('but while whereas although though because after before when where since until unless however meanwhile');

/** Before a part of the figure before it: "46 killed, including 10 children", "among them 4 women". */
export const INCLUSIONS = words('including among amongst');

/** Words that join two figures into one list: "12 soldiers and three civilians were killed", "17 people, among them 4 children". */
export const CONNECTORS = words('and or plus including among them as well');

/** Before a casualty word, these say nobody was: "were not injured", "none died", "no casualties", "without injuries". */
export const NEGATORS = words('not never no none nobody neither nor without');

/** Between a negator and its casualty word: "none were reported killed", "have not yet been hurt". */
export const NEGATION_GAP = words('was were is are be been being has have had got yet reported reportedly');

/** Casualty verbs in their base form, which after "to" or a modal tell of what has not happened: "to kill", "may die". */
export const BASE_FORMS = words('kill injure hurt die');

export const MODALS = words('can could may might must shall should will would');

/** Before "have" and a casualty verb, what did not happen: "could have killed 200 people". */
export const COUNTERFACTUAL_MODALS = words('could would should');

/** After a number, a measure rather than a count of people: "350 km", "12 hours", "500 rupees", "56 per cent". */
export const UNITS = words(`
  percent per pc km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters
  ft feet foot yard yards acre acres hectare hectares kg kilograms tonnes tons litres
  second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years decade decades
  am pm gmt pst o'clock times
  rupee rupees rs dollar dollars usd afghani afghanis afs euro euros pound pounds yuan pkr inr
`);

/** Before a number, a currency: "Rs 500", "PKR 2 million". */
export const CURRENCIES = words('rs pkr usd inr afn afs');

/** Capitalised before a number, a name or a reference: "Rescue 1122", "Section 144", "Article 370", "No. 5". */
const IDENTIFIER_PREFIXES = words(`
  rescue section article flight resolution phase no number page chapter clause route highway sector block gate
  squadron platform
`);

/** Before a number, an age: "aged 12". */
export const AGES = words('aged age ages');

export function isIdentifierPrefix(text: string, word: { start: number; text: string }): boolean {
  const initial = text.charCodeAt(word.start);
  return initial >= 65 && initial <= 90 && IDENTIFIER_PREFIXES.has(word.text);
}

const MONTHS = words(`
  january february april june july august september october november december
  jan feb apr jun jul aug sep sept oct nov dec
`);

/** A month name; "May" and "March" only capitalised, since "12 may have died" is not a date. */
export function isMonth(text: string, word: { start: number; end: number; text: string }): boolean {
  if (MONTHS.has(word.text)) return true;
  const raw = text.slice(word.start, word.end);
  return raw === 'May' || raw === 'March' || raw === 'Mar';
}
