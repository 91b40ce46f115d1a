import { describe, expect, it } from 'vitest';
import { looksLikeCode } from '../src/stages/strip/rules/sequence.js';
import { stripTextPage } from './helpers/strip-page.js';

// A technical post quotes code between its paragraphs. On a text dump the listing is a run of short
// lines that are no prose; it must not part the paragraphs after it from the post, and a line it
// quotes twice is no menu item.

describe('a line of code', () => {
  it.each([
    'import os',
    'from django.conf import settings',
    'def setUpClass(cls):',
    'class ReportTests(TestCase):',
    'cls.browser = webdriver.Firefox()',
    'super().setUpClass()',
    'finders.get_finder.cache_clear()',
    '@classmethod',
    '@app.route("/health")',
    '"""Check the report for failures."""',
    'CMD flask run exampleapp:app',
    'RUN pip install /tmp/myapp',
    '$ git clone https://example.org/repo.git',
    'for line in `cat $filename`',
    'done',
    './PodGrab.py -s $line',
    'exit 0',
    '})',
  ])('%s', (line) => expect(looksLikeCode(line)).toBe(true));

  it.each(['Startseite', 'Mehr zum Thema', 'Contact Us', 'Warenkorb(0)', 'Preis: 20 €', '@trevorjd14', 'Show more (3)', 'Home > News', 'Done', 'for the first time in years', 'If you like this post, share it.'])('not %s', (line) => expect(looksLikeCode(line)).toBe(false));
});

describe('a code listing inside a technical post', () => {
  const lines = [
    'Blog',
    'Services',
    'Testing a report view with a live server',
    'Last month I ran into a test that passed on its own and failed whenever the whole suite ran, which is the most annoying kind of failure there is.',
    'The test starts a browser, loads the report page and reads the number of failures from it, so nothing in it should depend on the other tests.',
    'import os',
    'from django.conf import settings',
    'from django.test import LiveServerTestCase',
    'from selenium import webdriver',
    'class ReportTests(LiveServerTestCase):',
    '@classmethod',
    'def setUpClass(cls):',
    'cls.browser = webdriver.Firefox()',
    'super().setUpClass()',
    '@classmethod',
    'def tearDownClass(cls):',
    'cls.browser.quit()',
    'super().tearDownClass()',
    'def test_report(self):',
    "self.browser.get(self.live_server_url + '/report/')",
    "failed = int(self.browser.find_element('id', 'failed').text)",
    'self.assertEqual(failed, 0)',
    'It turned out that a cache of static file finders kept the settings of an earlier test, so the page was served without its scripts.',
    'Clearing that cache in the setup of the test fixed it, and the suite has been green ever since, on every machine we run it on.',
    'Comments',
    'You might also like:',
    'Our favourite talks of the year',
  ];
  const blocks = stripTextPage(lines);

  it('keeps the paragraphs after the listing with the post', () => {
    for (const i of [3, 4, 22, 23]) expect(blocks[i]!.removed, lines[i]).toBeUndefined();
  });

  it('keeps the listing, lines it quotes twice among them', () => {
    for (let i = 5; i <= 21; i++) expect(blocks[i]!.removed, lines[i]).toBeUndefined();
  });

  it('still removes the menu, the comments header and the teasers', () => {
    for (const i of [0, 24, 25, 26]) expect(blocks[i]!.removed, lines[i]).toBeDefined();
  });
});
