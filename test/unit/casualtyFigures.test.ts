import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCasualtyFigures, type CasualtyFigure } from '../../server/src/service/parse/casualtyFigures';
import type { Count, CountKind } from '../../server/src/service/types';

const exact = (n: number): Count => ({ kind: 'exact', low: n, high: n });
const range = (low: number, high: number): Count => ({ kind: 'range', low, high });
const atLeast = (n: number): Count => ({ kind: 'atLeast', low: n, high: Infinity });
const about = (n: number): Count => ({ kind: 'about', low: n, high: n });

/** An expected figure: the text it spans (found once in the sentence), its kind and its count. */
type Expected = [span: string, kind: CountKind, count: Count];

function expected(prose: string, figures: Expected[]): CasualtyFigure[] {
  return figures.map(([span, kind, count]) => {
    const start = prose.indexOf(span);
    assert.ok(start >= 0 && prose.indexOf(span, start + 1) < 0, `"${span}" occurs once in: ${prose}`);
    return { start, end: start + span.length, count, kind };
  });
}

function assertTable(table: [string, Expected[]][]): void {
  for (const [prose, figures] of table) assert.deepEqual(findCasualtyFigures(prose), expected(prose, figures), prose);
}

test('a casualty verb before the number: the span starts at the qualifier or the number', () => {
  assertTable([
    ['A roadside bomb in Kurram killed five Pakistani soldiers on Tuesday.', [['five Pakistani soldiers', 'killed', exact(5)]]],
    ['Police said the blast killed at least 84 people, most of them policemen.', [['at least 84 people', 'killed', atLeast(84)]]],
    ['The raids caused the deaths of 46 people, mostly women and children.', [['46 people', 'killed', exact(46)]]],
    ['By evening the death toll had risen to 46.', [['46', 'killed', exact(46)]]],
    ['Blast kills 12 in Quetta', [['12', 'killed', exact(12)]]],
    ['The militants killed 40 to 50 soldiers.', [['40 to 50 soldiers', 'killed', range(40, 50)]]],
    ['Gunmen killed one soldier and wounded two.', [['one soldier', 'killed', exact(1)], ['two', 'injured', exact(2)]]],
    ['The shelling injured nearly 200 others.', [['nearly 200 others', 'injured', about(200)]]],
    ['The strike killed 3 Mehsuds near Wana.', [['3', 'killed', exact(3)]]],
  ]);
});

test('a casualty word after the number: the people noun is in the span, the verb is not', () => {
  assertTable([
    ['Hospital staff said 46 people were killed in the raid.', [['46 people', 'killed', exact(46)]]],
    ['At least 12 civilians died when the shell hit the bazaar.', [['At least 12 civilians', 'killed', atLeast(12)]]],
    ['Two soldiers were martyred when militants fired on the post.', [['Two soldiers', 'killed', exact(2)]]],
    ['Sixteen guards lost their lives in the assault.', [['Sixteen guards', 'killed', exact(16)]]],
    ['Rescuers said 7 fishermen remained missing off the coast.', [['7 fishermen', 'missing', exact(7)]]],
    ['The clinic treated 30 villagers for injuries overnight.', [['30 villagers', 'injured', exact(30)]]],
    ['A hundred people were hurt in the stampede.', [['A hundred people', 'injured', exact(100)]]],
    ['Officials said 3 more were killed overnight.', [['3', 'killed', exact(3)]]],
    ['As many as 20 miners were missing after the blast.', [['As many as 20 miners', 'missing', about(20)]]],
    ['1,500+ people were killed in the decade.', [['1,500+ people', 'killed', atLeast(1500)]]],
    ['one hundred and five workers died in the collapse.', [['one hundred and five workers', 'killed', exact(105)]]],
    ['Between 40 and 50 people were wounded.', [['Between 40 and 50 people', 'injured', range(40, 50)]]],
    ['46 people, mostly women and children, were killed.', [['46 people', 'killed', exact(46)]]],
    ['Two children were among the dead.', [['Two children', 'killed', exact(2)]]],
    ['The province recorded 1,50,000 casualties over the decade.', [['1,50,000 casualties', 'killed', exact(150000)]]],
  ]);
});

test('a casualty word right after a bare number belongs in the span', () => {
  assertTable([
    ['The ambush left 30 dead and 45 wounded.', [['30 dead', 'killed', exact(30)], ['45 wounded', 'injured', exact(45)]]],
    ['The monitor logged over 1,500 fatalities in the province.', [['over 1,500 fatalities', 'killed', atLeast(1500)]]],
    ['The count was revised to 101 dead.', [['101 dead', 'killed', exact(101)]]],
    ['Attack Leaves 30 Dead In Bajaur', [['30 Dead', 'killed', exact(30)]]],
    ['12 wounded soldiers were flown to Peshawar.', [['12 wounded soldiers', 'injured', exact(12)]]],
    ['Officials counted 12 deaths.', [['12 deaths', 'killed', exact(12)]]],
    ['More than 100 of the mourners died.', [['More than 100', 'killed', atLeast(100)]]],
    ['Seven died in the crossfire.', [['Seven', 'killed', exact(7)]]],
  ]);
});

test('figures listed together share a casualty word', () => {
  assertTable([
    ['Twelve people, including three children, died in the fire.', [['Twelve people', 'killed', exact(12)], ['three children', 'killed', exact(3)]]],
    ['The attack killed 12 soldiers and two civilians.', [['12 soldiers', 'killed', exact(12)], ['two civilians', 'killed', exact(2)]]],
    ['Five soldiers and two policemen were killed.', [['Five soldiers', 'killed', exact(5)], ['two policemen', 'killed', exact(2)]]],
    ['The blast killed 5 and injured 10.', [['5', 'killed', exact(5)], ['10', 'injured', exact(10)]]],
    ['Twenty-one policemen were killed and 40–50 others wounded.', [['Twenty-one policemen', 'killed', exact(21)], ['40–50 others', 'injured', range(40, 50)]]],
    [
      'A survey found more than 1,500 killed, including 500 police officers.',
      [['more than 1,500 killed', 'killed', atLeast(1500)], ['500 police officers', 'killed', exact(500)]],
    ],
  ]);
});

test('only the figure in the casualty clause is one: years, dates, times and other counts are not', () => {
  assertTable([
    ['In 2024, 12 people were killed in the district.', [['12 people', 'killed', exact(12)]]],
    ['On 24 December the strikes killed 46 people.', [['46 people', 'killed', exact(46)]]],
    ['At 10:30 a device went off and 3 people were injured.', [['3 people', 'injured', exact(3)]]],
    ['Militants overran 3 checkposts and killed 12 soldiers.', [['12 soldiers', 'killed', exact(12)]]],
    ['Two gunmen killed 12 worshippers.', [['12 worshippers', 'killed', exact(12)]]],
    ['About 40 people were injured, while 3,000 troops were sent to the area.', [['About 40 people', 'injured', about(40)]]],
    ['Around 15,000 fighters massed at the border; 16 soldiers died the next day.', [['16 soldiers', 'killed', exact(16)]]],
    ['Rescue 1122 said 9 people were injured.', [['9 people', 'injured', exact(9)]]],
    ['Relatives told us 12 people died in May 2023.', [['12 people', 'killed', exact(12)]]],
    ['Police said 12 may have died.', [['12', 'killed', exact(12)]]],
    ['The 2 neighbours traded fire after 12 soldiers were killed.', [['12 soldiers', 'killed', exact(12)]]],
  ]);
});

test('prose wrapped over lines, with blanked markup, keeps its offsets', () => {
  assertTable([
    ['The blast killed\nat least 84 people.', [['at least 84 people', 'killed', atLeast(84)]]],
    ['The raids killed           46 people      , officials said.', [['46 people', 'killed', exact(46)]]],
  ]);
});

test('numbers that are not casualty figures', () => {
  const none = [
    'Fighting resumed in 2024 and soldiers were killed.',
    'On 24 December the wounded were moved.',
    'By December 24 the dead had been buried.',
    'The device went off at 10:30 and killed soldiers.',
    'At 10 am the wounded were moved to the city.',
    'Officials noted a 56% rise in fatalities.',
    'There was a 56 per cent rise in fatalities.',
    'Fatalities rose 12 percent on the year.',
    '56 per cent of the injured were children.',
    'The convoy was ambushed 350 km from the capital and soldiers died.',
    'The valley is 34 km wide, and many were killed there.',
    'The government paid $2 million to families of the dead.',
    'Rs 500 was given to each injured worker.',
    'Rs. 500 was given to each injured worker.',
    'Some 500 rupees were given to every wounded man.',
    'The state set aside PKR 2 million for the injured.',
    'Some 15,000 fighters massed on the border, and the dead were buried.',
    'Some 15,000 fighters massed on the border; later, soldiers were killed.',
    '500,000 migrants were expelled as the death toll climbed.',
    'Nearly 300 families fled the valley, but no one was killed.',
    'Militants overran 3 checkposts and killed the guards.',
    'The two neighbours blamed each other for the deaths.',
    'A six-point agreement was signed after soldiers died.',
    'The five-point plan did not stop the killings, and many died.',
    'The 2nd battalion reported the deaths of its officers.',
    'It was the first attack in which civilians died.',
    'Under Taliban 2.0 many more people died.',
    'Call Rescue 1122 if anyone is injured.',
    'Section 144 was imposed after the injured were moved.',
    'Police killed one of the attackers.',
    'No one was killed in the blast.',
    'Hundreds of people were killed.',
    'Dozens died and scores were wounded.',
    'A 12-year-old boy was killed.',
    'The boy, aged 12, was killed.',
    'Two gunmen killed the guard.',
    'The army said 12 militants attacked the post where soldiers died.',
    'The 2019-20 budget did not fund the wounded.',
    'The dead-end road was closed and 12 shops shut.',
    'Flight 370 vanished and its passengers are missing.',
    'Three days later the soldiers died.',
    'He died 3 days later.',
    'The operation killed militants and destroyed 12 hideouts.',
  ];
  for (const prose of none) assert.deepEqual(findCasualtyFigures(prose), [], prose);
});

test('prose without a casualty word has no figures', () => {
  assert.deepEqual(findCasualtyFigures('Some 46 people gathered; 12 soldiers patrolled.'), []);
  assert.deepEqual(findCasualtyFigures(''), []);
});

test('a thin, narrow no-break or other Unicode space between the words of a figure reads as a space', () => {
  for (const space of ['\u00a0', '\u2009', '\u202f', '\u200a', '\u3000']) {
    assertTable([
      [`The blast killed at${space}least 84${space}people.`, [[`at${space}least 84${space}people`, 'killed', atLeast(84)]]],
      [`Officials said 12${space}people were killed.`, [[`12${space}people`, 'killed', exact(12)]]],
    ]);
  }
});

test('of a partitive, the part is the figure and the whole is not, unless a casualty word is its own', () => {
  assertTable([
    ['Eight of the 30 passengers were killed.', [['Eight', 'killed', exact(8)]]],
    ['Two of the 9 hostages died.', [['Two', 'killed', exact(2)]]],
    ['8 out of 30 passengers were killed.', [['8', 'killed', exact(8)]]],
    ['In the attack, 5 of 8 guards were killed.', [['5', 'killed', exact(5)]]],
    ['Of the 30 passengers, 8 were killed.', [['8', 'killed', exact(8)]]],
    ['“Of all 150 students, 132 were killed,” he said.', [['132', 'killed', exact(132)]]],
    ['The bus carried 30 passengers, 8 of whom were killed.', [['8', 'killed', exact(8)]]],
    ['Two of the five soldiers killed were officers.', [['five soldiers', 'killed', exact(5)]]],
    ['Of the 46 people killed, 20 were children.', [['46 people', 'killed', exact(46)]]],
    ['Of the 12 dead, four were police.', [['12 dead', 'killed', exact(12)]]],
    ['The blast killed 12 of the 30 soldiers.', [['12', 'killed', exact(12)]]],
    ['The deaths of the 46 people were confirmed.', [['46 people', 'killed', exact(46)]]],
  ]);
});

test('a count of people a negated casualty word says were not hurt is no figure', () => {
  assertTable([
    ['The 12 guards were not injured.', []],
    ["The 12 guards weren’t hurt.", []],
    ["The guards weren't injured, but 3 were injured later.", [['3', 'injured', exact(3)]]],
    ['All 40 passengers survived and none were killed.', []],
    ['There were no casualties among the 200 worshippers.', []],
    ['The 8 soldiers escaped without injuries.', []],
    ['The 200 residents who fled have not yet been reported hurt.', []],
    ['Nobody was injured in the 3 blasts.', []],
    ['No deaths were reported, but 12 people were injured.', [['12 people', 'injured', exact(12)]]],
    ['30 people were killed, not injured.', [['30 people', 'killed', exact(30)]]],
    ['No fewer than 20 people were killed.', [['No fewer than 20 people', 'killed', atLeast(20)]]],
    ['The 5 passengers were not seriously injured.', [['5 passengers', 'injured', exact(5)]]],
  ]);
});

test('a casualty verb of an intent, a threat, a prospect or what did not happen counts nobody', () => {
  assertTable([
    ['The group threatened to kill 10 hostages.', []],
    ['Police foiled an attempt to injure 4 judges.', []],
    ['Doctors said 3 more of the wounded may die.', []],
    ['The device could have killed 200 people.', []],
    ['The drone is said to have killed 12 militants.', [['12 militants', 'killed', exact(12)]]],
    ['At least 20 people may have been killed.', [['At least 20 people', 'killed', atLeast(20)]]],
    ['The strike, meant to kill 2 commanders, killed 9 civilians.', [['9 civilians', 'killed', exact(9)]]],
  ]);
});

test('a whole whose part is nobody is no figure, and an aside on a figure leaves it the verb after', () => {
  assertTable([
    ['None of the 25 crew members were injured.', []],
    ['Not one of the 12 was killed.', []],
    ['No one among the 40 passengers was injured.', []],
    ['Of 300 students, none was injured.', []],
    ['None of the 9 dead were soldiers.', [['9 dead', 'killed', exact(9)]]],
    ['Among the 300 passengers, 12 were injured.', [['12', 'injured', exact(12)]]],
    ['Thirty people, 6 of them women, were killed.', [['Thirty people', 'killed', exact(30)], ['6', 'killed', exact(6)]]],
    ['At least 17 people, among them 4 children, lost their lives.', [
      ['At least 17 people', 'killed', atLeast(17)], ['4 children', 'killed', exact(4)],
    ]],
    ['The bus carried 30 passengers, 8 of them killed.', [['8', 'killed', exact(8)]]],
  ]);
});

test('an aside between two dashes reads as one between commas; a lone dash still ends the clause', () => {
  assertTable([
    ['At least 23 people — including nine soldiers — were killed.', [
      ['At least 23 people', 'killed', atLeast(23)], ['nine soldiers', 'killed', exact(9)],
    ]],
    ['Some 40 villagers - most of them farmers - were injured.', [['Some 40 villagers', 'injured', about(40)]]],
    ['Police held 12 men — the raid lasted all night. Three were injured.', [['Three', 'injured', exact(3)]]],
    ['Police held 12 men — and later 3 were injured.', [['3', 'injured', exact(3)]]],
  ]);
});

test('the two numbers of a ratio are a share, not a count', () => {
  assertTable([
    ['One in three of those killed was a child.', []],
    ['Police said 1 in every 4 of the injured was a policeman.', []],
    ['Militants killed 12 in 2 attacks.', [['12', 'killed', exact(12)]]],
  ]);
});
