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
    '# connect the client',
    '// send some data',
  ])('%s', (line) => expect(looksLikeCode(line)).toBe(true));

  it.each(['Startseite', 'Mehr zum Thema', 'Contact Us', 'Warenkorb(0)', 'Preis: 20 €', '@trevorjd14', 'Show more (3)', 'Home > News', 'Done', '#Brexit', '# 1 in Charts', 'for the first time in years', 'If you like this post, share it.'])('not %s', (line) => expect(looksLikeCode(line)).toBe(false));
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

describe('a code listing that ends a technical post', () => {
  const lines = [
    'Home',
    'Contact',
    'About',
    'Python 3: a simple HTTP request with the socket module',
    'The socket module of the standard library gives access to the BSD socket interface, and it is available on every modern operating system.',
    'The demo sends an HTTP GET request to a web server and shows the reply in a window, which is a good way to see what a browser really sends.',
    'Here is the code that sends the request:',
    'target_host = "www.example.com"',
    'target_port = 80',
    'client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
    '# connect the client',
    'client.connect((target_host, target_port))',
    '# send some data',
    'client.send(request.encode())',
    '# receive some data',
    'response = client.recv(4096)',
    'http_response = repr(response)',
    'In the demo, the target host is filled in from the text field of the window.',
    'Related posts:',
    'Python 3: a stoppable TCP server',
    'Python 3: reading system information',
  ];
  const blocks = stripTextPage(lines);

  it('keeps the listing, its comments and the sentence under it', () => {
    for (let i = 4; i <= 17; i++) expect(blocks[i]!.removed, lines[i]).toBeUndefined();
  });

  it('still removes the menu and the related posts', () => {
    for (const i of [0, 1, 2, 18, 19, 20]) expect(blocks[i]!.removed, lines[i]).toBeDefined();
  });
});
