import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, toOffsetEdits } from '../../../server/src/service/applyEdits';
import { applyFix, frontMatter, lint, lintCorpus, rulesOf, textAt } from '../harness';

const doc = (body: string, id = 'test-doc') => `${frontMatter().replace('test-doc', id)}\n${body}\n`;

test('event/invalid: missing id or date, bad id, bad date, unknown attribute', () => {
  const text = doc(':event[A]{date=2024-01-01} :event[B]{id=Bad_Id date=2024-02-30} :event[C]{id=c date=2024 colour=red}');
  const diagnostics = lint(text).filter((d) => d.rule === 'event/invalid');
  assert.deepEqual(diagnostics.map((d) => textAt(text, d)), ['event', 'Bad_Id', '2024-02-30', 'colour']);
});

test('event/duplicate-id across documents', () => {
  const results = lintCorpus({
    'a.md': doc(':event[Raid]{id=raid-1 date=2024-01-01}', 'a'),
    'b.md': doc(':event[Raid again]{id=raid-1 date=2024-01-01}', 'b'),
  });
  assert.deepEqual(rulesOf(results.get('a.md')!, 'event/'), ['event/duplicate-id']);
  assert.equal(results.get('b.md')!.find((d) => d.rule === 'event/duplicate-id')!.related![0].file, 'a.md');
});

test('directive/unknown with a fix to the near name', () => {
  const text = doc('They counted :casulty[3 killed]{killed=3 source=a} and :weather[rain]{}.');
  const diagnostics = lint(text).filter((d) => d.rule === 'directive/unknown');
  assert.deepEqual(diagnostics.map((d) => textAt(text, d)), ['casulty', 'weather']);
  assert.ok(applyFix(text, diagnostics[0]).includes(':casualty[3 killed]'));
  assert.equal(diagnostics[1].fix, undefined);
});

test('colons that are not directives are left alone', () => {
  const text = doc('At 10:30, Note:this and a 3:1 vote, see:[a link](https://example.org).');
  assert.deepEqual(rulesOf(lint(text), 'directive/'), []);
});

test('directive/syntax: an unterminated label and an unterminated attribute list', () => {
  const text = doc(':casualty[46 people killed\n\nNext paragraph :event[Raid]{id=r date=2024-01-01\n');
  assert.deepEqual(rulesOf(lint(text), 'directive/'), ['directive/syntax', 'directive/syntax']);
});

test('document/boilerplate: share buttons, adverts, also-read, follow-us, newsletter and cookie lines, deleted by the fix', () => {
  const lines = [
    '  • Facebook Icon', '- Advertisement -spot_img', 'Advertisement', 'Also Read: Border trade falls again', 'Follow us on:', 'Subscribe to our newsletter for daily updates',
    'We use cookies to improve your experience.', 'EN|FR|RU', 'Latest news', 'Must read', 'Most Popular:', 'Editor’s Picks', 'Top Stories',
    'Skip to main content', 'Back to top', 'Search', 'Loading…', 'Read Next', 'Listen to this article', 'Privacy Policy | Contact Us',
    'Comments (12)', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', '© 2025 Frontier Daily',
    'All rights reserved.', 'Home » Pakistan » Khyber Pakhtunkhwa', '4 min read', 'Join our WhatsApp channel for breaking news',
    'Download the Frontier Daily app',
  ];
  const text = doc(['Real reporting starts here.', ...lines, 'Real reporting ends here.'].join('\n'));
  const diagnostics = lint(text).filter((d) => d.rule === 'document/boilerplate');
  assert.equal(diagnostics.length, lines.length);
  assert.equal(textAt(text, diagnostics[0]), '• Facebook Icon');
  const fixed = applyFix(text, diagnostics[1]);
  assert.ok(!fixed.includes('spot_img'));
  assert.ok(fixed.includes('Facebook Icon\nAdvertisement\nAlso Read'));
});

/** `text` with every document/boilerplate fix of one round applied together. */
function withEveryBoilerplateFix(text: string) {
  return applyFixes(text, lint(text).flatMap((d) => (d.rule === 'document/boilerplate' ? [{ edits: toOffsetEdits(text, d.fix!.edits) }] : [])));
}

test('document/boilerplate: deleting a line alone between blank lines takes one along, so paragraphs stay one blank line apart', () => {
  const withBody = (body: string) => `${frontMatter()}\n${body}`;
  const fixedAlone = (body: string, nth = 0) => {
    const text = withBody(body);
    return applyFix(text, lint(text).filter((d) => d.rule === 'document/boilerplate')[nth]).slice(frontMatter().length + 1);
  };
  assert.equal(fixedAlone('Before.\n\nAdvertisement\n\nAfter.\n'), 'Before.\n\nAfter.\n');
  assert.equal(fixedAlone('Before.\n\nAdvertisement\nAfter.\n'), 'Before.\n\nAfter.\n');
  assert.equal(fixedAlone('Before.\nAdvertisement\n\nAfter.\n'), 'Before.\n\nAfter.\n');
  assert.equal(fixedAlone('Before.\n\nAdvertisement\n'), 'Before.\n');
  assert.equal(fixedAlone('Before.\n\nAdvertisement'), 'Before.\n');
  assert.equal(fixedAlone('Advertisement\n\nAfter.\n'), 'After.\n');
  // In a run of chrome lines, each deletion alone leaves the paragraphs around the run apart.
  assert.equal(fixedAlone('Before.\n\nFollow us on:\nAdvertisement\n\nAfter.\n', 0), 'Before.\n\nAdvertisement\n\nAfter.\n');
  assert.equal(fixedAlone('Before.\n\nFollow us on:\nAdvertisement\n\nAfter.\n', 1), 'Before.\n\nFollow us on:\n\nAfter.\n');
  const crlf = withBody('Before.\r\n\r\nAdvertisement\r\n\r\nAfter.\r\n').replace(/(?<!\r)\n/g, '\r\n');
  const fixedCrlf = withEveryBoilerplateFix(crlf).text;
  assert.ok(fixedCrlf.endsWith('---\r\n\r\nBefore.\r\n\r\nAfter.\r\n'), JSON.stringify(fixedCrlf));
  const several = withBody('Before.\n\nAlso Read: More news\n\nSubscribe to our newsletter\n\nAdvertisement\n');
  const all = withEveryBoilerplateFix(several);
  assert.equal(all.text.slice(frontMatter().length + 1), 'Before.\n\nAdvertisement\n', 'the last waits a round, its edit overlapping the one before');
});

test('document/boilerplate leaves sentences that merely mention these words', () => {
  const text = doc(
    [
      'Analysts also read the statement as a warning. The advertisement campaign was banned. Follow-up talks were held.',
      'Latest news from Kabul suggests the talks stalled.',
      'Must read the fine print, the envoy joked.',
      'The party unveiled its new logo.',
      'Row Over the Most Read Column',
      'Comments by the spokesman drew criticism.',
      'Search operations continued in Tirah valley.',
      'Home to two million people, the district saw 3 attacks.',
      'Copyright disputes are rare in the tribal press.',
      'Download speeds fell when the network was cut.',
    ].join('\n\n'),
  );
  assert.deepEqual(rulesOf(lint(text), 'document/'), []);
});

test('suppression comments silence the named rule on the next line, or a block', () => {
  const text = doc(
    [
      '<!-- corpus-lint-disable-next-line document/boilerplate -->',
      'Advertisement',
      'Advertisement',
      '<!-- corpus-lint-disable -->',
      'Advertisement',
      '<!-- corpus-lint-enable -->',
      'Advertisement',
    ].join('\n'),
  );
  const lines = lint(text).filter((d) => d.rule === 'document/boilerplate').map((d) => d.range.start.line);
  const first = text.split('\n').indexOf('<!-- corpus-lint-disable-next-line document/boilerplate -->');
  assert.deepEqual(lines, [first + 2, first + 6]);
});
