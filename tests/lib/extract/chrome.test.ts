// The chrome rules one by one, as tables a reviewer can read: what is furniture, and the reporting that looks like it.
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_RE, isAuthorBio, isCaptionLike, isChromeLine, isPromo } from '../../../lib/extract/chrome';
import { detectLanguage } from '../../../lib/extract/lang';
import { outletFromPageTitle, outletFromText } from '../../../lib/extract/outlet';

describe('closing notes', () => {
  it.each([
    'Heba Habib contributed to this report.',
    'Maria Lopez in Boston and Sam Chen in Portland contributed reporting.',
    'This article originally appeared on The Atlantic.',
    'Reporting by Jane Doe; Editing by John Roe',
  ])('"%s" is a note about the text', (line) => expect(ATTRIBUTION_RE.test(line)).toBe(true));

  it.each([
    'Via a spokesman, the ministry said the talks would resume on Monday.',
    'The article was removed from the archive after a complaint, the editor said.',
  ])('"%s" is reporting', (line) => expect(ATTRIBUTION_RE.test(line)).toBe(false));

  it.each([
    'Sarah Archer is the author of The Midcentury Kitchen.',
    'Steven Mufson covers the White House. Since joining The Post, he has covered economics, China, foreign policy and energy.',
    'Andrés Malamud es politólogo e investigador en la Universidad de Lisboa.',
    'Jane Miller is a staff writer who covers weather and climate.',
    'Claire Dupont est journaliste au service économie.',
  ])('"%s" is an author bio', (line) => expect(isAuthorBio(line)).toBe(true));

  it.each([
    'Peter Hall is the third minister to leave the government this year.',
    'Yuri Ushakov is a top Kremlin official who attended the meeting alongside Putin.',
    'Mr. Reeves said he thought that the American government was being manipulated.',
  ])('"%s" is reporting, not a bio', (line) => expect(isAuthorBio(line)).toBe(false));
});

describe('captions, credits, promos and labels', () => {
  it.each([
    "Israeli Prime Minister Benjamin Netanyahu reacts as he visits the Western Wall in Jerusalem on March 18. (Thomas Coex/AFP/Getty Images)",
    "Gunmen in military uniforms stormed Tunisia's national museum, killing at least 19 people. (Reuters)",
    'Sandbags line the east bank of the river. Photo: Ivan Petrov',
    'Rescuers search the rubble beneath the collapsed tower on Thursday. Photograph: Anna Lind for The Daily Courier',
  ])('"%s" is a caption', (line) => expect(isCaptionLike(line)).toBe(true));

  it.each([
    '1Password kostet aktuell knapp 50 Euro im Mac App Store und setzt mindestens OS X 10.10 voraus. (bsc)',
    'The ruling (which the court published on Friday) was unanimous.',
  ])('"%s" is not a caption', (line) => expect(isCaptionLike(line)).toBe(false));

  it.each([
    '© Provided by Business Insider Inc',
    'Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám, prosím, vědět prostřednictvím kontaktního formuláře.',
    'If you spotted an error in this story, please let us know.',
    'Lire aussi : Inflation : les prix alimentaires reculent',
    'Jetzt Newsletter abonnieren und keine Nachricht mehr verpassen.',
    'Stay informed with JournosNews.com — your trusted source for verified global reporting.',
  ])('"%s" is a promo or credit', (line) => expect(isPromo(line)).toBe(true));

  it.each(['Share this story', 'Advertisement', 'Tags: Flooding, City Council', 'Laisser un commentaire', 'Yorum yap', 'Noticias relacionadas'])(
    '"%s" is a label',
    (line) => expect(isChromeLine(line)).toBe(true),
  );

  it.each(['Topics of the talks included energy and prisoners.', 'Tagging wildlife is now routine, the researchers said.', 'Home prices rose again in May.'])(
    '"%s" is not a label',
    (line) => expect(isChromeLine(line)).toBe(false),
  );
});

describe('outlet', () => {
  it.each([
    ['United States to Lift Sudan Sanctions - The New York Times', 'United States to Lift Sudan Sanctions', 'The New York Times'],
    ['Una solución no violenta para la cuestión mapuche - 07.12.2017 - LA NACION', 'Una solución no violenta para la cuestión mapuche', 'LA NACION'],
    ["The 'birth lottery' and economic mobility - Feb. 1, 2016", "The 'birth lottery' and economic mobility", null],
    ['Nintendo launches Super Mario Run', 'Nintendo launches Super Mario Run', null],
  ])('page title "%s" names %s', (pageTitle, headline, outlet) => expect(outletFromPageTitle(pageTitle, headline)).toBe(outlet));

  it('a photo credit does not name the publisher; a copyright line does', () => {
    expect(outletFromText(['© Provided by Business Insider Inc'])).toBeNull();
    expect(outletFromText(['© 2024 Riverside Daily. All rights reserved.'])).toBe('Riverside Daily');
    // A wire dateline names its agency; a masthead line with a tagline names the paper; a sentence with a dash does not.
    expect(outletFromText(['LARISA, Greece, Nov 22 (Hellas Wire) - Police evacuated 400 people on Sunday.'])).toBe('Hellas Wire');
    expect(outletFromText(['Riverside Daily – news for the valley and the coast'])).toBe('Riverside Daily');
    expect(outletFromText(['Police said – and officials agreed – that the road was shut.'])).toBeNull();
  });
});

describe('language', () => {
  it.each([
    ['en', 'The minister said on Tuesday that the talks with the unions had been useful, but that there was still a lot of work to do before an agreement could be signed.'],
    ['es', 'El ministro dijo el martes que las conversaciones con los sindicatos habían sido útiles, pero que todavía queda mucho trabajo por hacer antes de firmar un acuerdo.'],
    ['fr', "Le ministre a déclaré mardi que les discussions avec les syndicats avaient été utiles, mais qu'il restait encore beaucoup de travail avant la signature d'un accord."],
    ['de', 'Der Minister sagte am Dienstag, die Gespräche mit den Gewerkschaften seien nützlich gewesen, aber es sei noch viel Arbeit nötig, bevor eine Einigung unterzeichnet werden könne.'],
    ['pt', 'O ministro disse na terça-feira que as conversas com os sindicatos foram úteis, mas que ainda há muito trabalho a fazer antes da assinatura de um acordo.'],
    ['it', 'Il ministro ha detto martedì che i colloqui con i sindacati sono stati utili, ma che resta ancora molto lavoro da fare prima della firma di un accordo.'],
    ['cs', 'Ministr v úterý řekl, že jednání s odbory byla užitečná, ale že je ještě potřeba udělat hodně práce, než bude možné podepsat dohodu.'],
    ['tr', 'Bakan salı günü yaptığı açıklamada sendikalarla yapılan görüşmelerin faydalı olduğunu, ancak bir anlaşma imzalanmadan önce daha çok iş olduğunu söyledi ve bu konuda bir açıklama yaptı.'],
    ['nl', 'De minister zei dinsdag dat de gesprekken met de vakbonden nuttig waren, maar dat er nog veel werk moet worden gedaan voordat er een akkoord kan worden getekend.'],
  ])('%s', (lang, text) => expect(detectLanguage(text)).toBe(lang));

  it('falls back to the declared language when the text is too short or unknown, and never claims English for it', () => {
    expect(detectLanguage('قال الوزير إن المحادثات كانت مفيدة وبناءة، لكن العمل لا يزال كثيرا', 'ar')).toBe('ar');
    expect(detectLanguage('قال الوزير إن المحادثات كانت مفيدة وبناءة، لكن العمل لا يزال كثيرا', 'en')).toBe('und');
    expect(detectLanguage('Kyiv', 'uk-UA')).toBe('uk');
  });
});
