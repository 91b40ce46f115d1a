import { describe, expect, it } from 'vitest';
import { profile } from '../src/stages/strip/features.js';
import { stripTextPage } from './helpers/strip-page.js';

// Running prose is what the strip rules keep and what the text path's article finder looks for. It
// must be found in every language a page may be written in, not only in those of the stopword list.

const PARAGRAPHS: Record<string, string> = {
  russian: 'Власти города объявили, что ремонт моста начнётся весной и продлится не меньше двух лет, а движение транспорта на это время перекроют.',
  ukrainian: 'Міська рада ухвалила рішення про ремонт мосту, який почнеться навесні та триватиме щонайменше два роки, повідомили у мерії.',
  greek: 'Η δημοτική αρχή ανακοίνωσε ότι η επισκευή της γέφυρας θα ξεκινήσει την άνοιξη και θα διαρκέσει τουλάχιστον δύο χρόνια.',
  arabic: 'أعلنت بلدية المدينة أن أعمال صيانة الجسر ستبدأ في فصل الربيع وتستمر لمدة عامين على الأقل، وسيتم إغلاق الطريق أمام السيارات.',
  korean: '시 당국은 다리 보수 공사가 봄에 시작되어 적어도 2년 동안 계속될 것이라고 밝혔으며, 그 기간 동안 차량 통행이 전면 금지된다고 덧붙였다.',
  portuguese: 'A prefeitura anunciou que as obras na ponte vão começar na primavera e durar pelo menos dois anos, com o trânsito desviado para outras ruas.',
  dutch: 'De gemeente heeft laten weten dat de werkzaamheden aan de brug in het voorjaar beginnen en minstens twee jaar zullen duren, zo meldt de krant.',
  indonesian: 'Pemerintah kota mengumumkan bahwa perbaikan jembatan akan dimulai pada musim semi dan berlangsung paling sedikit dua tahun untuk seluruh kendaraan.',
  swedish: 'Kommunen meddelar att arbetet med bron börjar till våren och att det kommer att pågå i minst två år, och under den tiden är vägen avstängd.',
  turkish: 'Belediye, köprüdeki onarım çalışmalarının ilkbaharda başlayacağını ve en az iki yıl süreceğini, bu süre içinde yolun trafiğe kapalı olacağını açıkladı.',
  hungarian: 'A város vezetése bejelentette, hogy a híd felújítása tavasszal kezdődik, és legalább két évig tart, ezalatt a forgalom nem haladhat át rajta.',
  vietnamese: 'Chính quyền thành phố cho biết việc sửa chữa cây cầu sẽ bắt đầu vào mùa xuân và kéo dài ít nhất hai năm, trong thời gian này xe cộ không được qua lại.',
};

describe('prose in languages beyond the stopword list', () => {
  for (const [language, text] of Object.entries(PARAGRAPHS)) {
    it(`is found in a ${language} paragraph`, () => expect(profile(text).prose).toBe(true));
  }

  it('is not found in a menu, a teaser title or a short sentence of another script', () => {
    for (const text of [
      'Главная Новости Политика Экономика Спорт Культура Погода Контакты Реклама Подписка Архив',
      'Мост закроют на два года',
      'Подписывайтесь на наш канал.',
      '홈 뉴스 정치 경제 사회 국제 문화 스포츠 연예 오피니언 포토 영상 기획 연재 구독 신청',
    ]) {
      expect(profile(text).prose, text).toBe(false);
    }
  });

  it('lets the text path find the article of a Russian page between its menu and its footer', () => {
    const lines = [
      'Главная',
      'Новости',
      'Политика',
      'Экономика',
      'Спорт',
      'Мост закроют на два года',
      PARAGRAPHS['russian']!,
      'По словам мэра, объезд будет организован по соседним улицам, а для пешеходов построят временный переход рядом со старым мостом.',
      'Жители района уже пожаловались на пробки, которые возникают там каждое утро, и попросили городские власти продлить работу общественного транспорта.',
      'Читайте также',
      'Новый парк откроется летом',
      'Цены на жильё снова выросли',
      'Реклама',
      'Контакты',
      '© 2024 Городские новости',
    ];
    const blocks = stripTextPage(lines);
    const kept = blocks.filter((b) => !b.removed).map((b) => b.text);
    expect(kept).toEqual(expect.arrayContaining([lines[5], lines[6], lines[7], lines[8]]));
    for (const menu of ['Главная', 'Новости', 'Политика', 'Новый парк откроется летом', 'Реклама', '© 2024 Городские новости']) expect(kept).not.toContain(menu);
  });
});

describe('a page written in a script without spaces', () => {
  it('has short sentences of its own: one closed by a full stop is prose, a teaser trailing off is not', () => {
    expect(profile('これが非常に困ったもの。').prose).toBe(true);
    expect(profile('再起動して完了しました！').prose).toBe(true);
    expect(profile('理论应该怎么讲？看看这些年轻人……').prose).toBe(false);
    expect(profile('スポンサードリンク').prose).toBe(false);
  });

  it('keeps its lines that hold Latin product names, and drops a Latin menu word', () => {
    const lines = [
      'MENU',
      'ホーム',
      'Kindle for PCのショートカットキーを無効にする方法',
      'Kindle書籍を読む場合は、一般的にスマホやタブレットを使いますが、パソコンで読みたい人のためにデスクトップ版のアプリも用意されています。',
      'Kindle for PCの起動ホットキーがKeePassと被る',
      'このKindle for PCをインストールすると、自動でホットキーが設定されてしまい、パスワード管理ソフトの操作と重なってしまいます。',
      'これが非常に困ったもの。',
      'そこで、ショートカットの設定を空欄にして、パソコンを再起動してみたところ、ようやく元の操作性を取り戻すことができました。',
      '関連記事',
    ];
    const blocks = stripTextPage(lines);
    expect(blocks[4]!.removed, lines[4]).toBeUndefined();
    expect(blocks[0]!.removed?.rule).toBe('strip/foreign-script');
  });
});
