// Site chrome: general rules for text that is not reporting (labels, prompts, promos, disclaimers, link lists).
import { DEFAULT_MAX_HEADING_WORDS, DEFAULT_MAX_LINK_DENSITY } from '../config';
import { words } from '../text/words';

export type BlockKind = 'heading' | 'paragraph' | 'caption' | 'item';

/** One block of text as it stands on the page or in a text file. */
export interface Block {
  text: string;
  kind: BlockKind;
  /** Share of the text inside links (0 for plain text). */
  linkDensity: number;
}

/**
 * Phrases that mark a block as site furniture rather than reporting, in the languages we can reasonably detect.
 * Matched against the whole block when it is short, anywhere when it is a promo/disclaimer sentence.
 */
const CHROME_LINE_RES: RegExp[] = [
  /^(more|related( articles| stories| posts| content| coverage)?|read (more|next|also)|see also|also read|recommended( for you)?|most (read|popular|viewed)|trending( now)?|latest( news)?|top stories|breaking( news)?|advertisement|sponsored( content)?|share( this( article| story)?)?|share on \w+|tweet|email|print|comments?( \(\d+\))?|\d+ comments?|leave a (reply|comment)|post a comment|add a comment|write a (reply|comment)|back to top|skip to (main )?content|sign (in|up)|log ?in|subscribe( now)?|newsletter|follow us|(tags?|topics?|filed under)(\s*:.*)?|photo:.*|image:.*|credit:.*|getty images|reuters|ap photo.*|loading\.*|close|menu|search|home|next|previous)$/i,
  // Other languages: leave a reply / back to top / read more / related / share.
  /^(yorum yap|yorum yazın|ilgili (haberler|makaleler)|devamını oku|laisser un commentaire|retour en haut|lire aussi|à lire aussi|articles similaires|partager|deja una respuesta|volver arriba|leer más|noticias relacionadas|compartir|kommentar schreiben|nach oben|weiterlesen|mehr zum thema|teilen|lascia un commento|torna su|leggi anche|deixe um comentário|voltar ao topo|leia (mais|também)|compartilhe|napište komentář|související články|sdílet)$/i,
];

/** Sentences that promote the site or disclaim responsibility: never reporting, whatever their length. */
const PROMO_RES: RegExp[] = [
  /\b(follow us on|subscribe to|sign up for|download (our|the) app|stay (informed|tuned|updated) with|join (us|our) on)\b/i,
  /\b(do(es)? not necessarily reflect|all rights reserved|copyright ©|©\s*\d{4}|editorial independence|fact-checked,? and edited|rewritten by|this (article|story|content) (was|has been) (rewritten|produced|generated|edited|published)|based on (verified )?reporting from)\b/i,
  /^(read more|continue reading|related|see also|more on this|read the full story|click here|watch:|listen:|photo:|video:)\b/i,
  /\b(your (trusted|reliable|go-to) source for)\b/i,
  // Calls to the outlet's own readers and products: "Subscribers can follow this casualty in our live claims tracker."
  /\b(subscribers|premium (members|readers)|members) (can|get|may) (follow|read|access|listen|watch|track)\b|\b(follow|track) (this|the) [\p{L} ]{0,30}\b(in|on) our (live )?[\p{L} ]{0,20}\b(tracker|blog|app|podcast|newsletter|dashboard)\b/iu,
  // "Read also: <other story>" and newsletter calls in other languages.
  /^(lire aussi|à lire aussi|voir aussi|leer más|lea también|lee también|lesen sie auch|mehr zum thema|leia também|leia mais|leggi anche|čtěte také|ayrıca (oku|bakınız)|lees ook)\s*[:：]/iu,
  /(?<!\p{L})(abonnez-vous|inscrivez-vous à (notre|la) newsletter|suscríbete|suscribite|newsletter abonnieren|abonnieren sie|assine (a|nossa) newsletter|iscriviti alla newsletter|přihlaste se k odběru|bültenimize abone olun|schrijf je in voor)(?!\p{L})/iu,
  /\bcookies?\b.*\b(consent|accept|policy)\b/i,
  // Credits: a block that opens with © is a photo credit or a copyright line ("© Provided by …").
  /^©/u,
  // "If you noticed an error, let us know": correction prompts, in the languages we detect.
  /\b(spotted|noticed|found|see) (an? )?(error|mistake|typo)\b.*\b(let us know|tell us|contact us|report it)\b/i,
  /(?<!\p{L})(zaznamenali|našli) chybu(?!\p{L})|(?<!\p{L})(signaler une erreur|vous avez (repéré|remarqué|trouvé) une (erreur|faute))|(?<!\p{L})(encontr(aste|ó) un error|viste un error)|(?<!\p{L})fehler (entdeckt|gefunden)(?!\p{L})|(?<!\p{L})(encontrou um erro)|(?<!\p{L})(hai (trovato|notato) un errore)/iu,
];

/** "X reports this, referring to Y." and the like: attribution notes about the text itself. */
export const ATTRIBUTION_RE = /^(?:(?:This|The) (?:article|story|report|piece) (?:is|was) (?:by|from) .+|(?:This|The) (?:article|story|report|piece) (?:originally |first )?(?:appeared|ran|was (?:originally |first )?published) (?:on|in) .+|.{2,120} contributed (?:reporting|research|to this (?:report|story|article))(?: (?:from|in) .+)?\.?|.{2,40} reports? this(?:,? (?:referring to|citing|according to) .+)?\.?|(?:Source|Sources|Via): .+|(?:With reporting by|Additional reporting by|Reporting by|Writing by|Editing by):? .{2,100})$/i;

/**
 * A photo or video caption standing as a paragraph: short, ending in a parenthesised credit with an agency, a
 * photographer/agency pair ("(Thomas Coex/AFP/Getty Images)") or "Photo: …". A bare "(bsc)" author tag is not a credit.
 */
const CAPTION_CREDIT_RE =
  /(?:\((?:[^()]*\/[^()]*|[^()]*\b(?:Images?|Photos?|Foto|Reuters|AFP|AP|EPA|Getty|Shutterstock|Bloomberg|Associated Press|File)\b[^()]*)\)|\b(?:Photo|Photograph|Foto|Image|Picture|Credit|Bild|Crédit photo)s?:\s*[^.]{2,60})\.?\s*$/u;
const MAX_CAPTION_WORDS = 45;

export function isCaptionLike(text: string): boolean {
  return words(text).length <= MAX_CAPTION_WORDS && CAPTION_CREDIT_RE.test(text);
}

/** Roles a short closing note gives its author: "X is the author of …", "X es politólogo …", "X covers the White House." */
const BIO_ROLES =
  String.raw`(?:author|writer|reporter|correspondent|journalist|editor|columnist|contributor|critic|professor|lecturer|fellow|analyst|researcher|novelist|politólog[oa]|periodista|abogad[oa]|investigador[a]?|profesor[a]?|escritor[a]?|analista|corresponsal|journaliste|écrivain|chercheur|chercheuse|politologue|avocat|avocate|Journalist(?:in)?|Autor(?:in)?|Korrespondent(?:in)?|Redakteur(?:in)?|jornalista|escritor[a]?|pesquisador[a]?|giornalista|scrittore|scrittrice|ricercatore|novinář(?:ka)?|redaktor(?:ka)?|spisovatel(?:ka)?)`;
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:de|da|van|von|del|di|le|la)?\s*\p{Lu}[\p{L}'’.-]+){1,3}`;
const AUTHOR_BIO_RE = new RegExp(
  String.raw`^${PERSON},?\s+(?:(?:is|es|est|ist|é|è|je)\s+(?:(?:a|an|the|un|una|une|ein|eine|um|uma|il|lo|la)\s+)?(?:[\p{L}-]+\s+){0,5}${BIO_ROLES}|(?:covers|writes about|reports on|has covered)\s)`,
  'u',
);
const MAX_BIO_WORDS = 70;

/** A short note about the author, as articles end with: only ever checked on the closing blocks. */
export function isAuthorBio(text: string): boolean {
  return words(text).length <= MAX_BIO_WORDS && AUTHOR_BIO_RE.test(text.trim());
}

export function isChromeLine(text: string): boolean {
  const t = text.trim().replace(/[\s:|»›>→←‹«·•–—-]+$/u, '').replace(/^[\s|»›>→←‹«·•–—-]+/u, '');
  if (!t) return true;
  if (CHROME_LINE_RES.some((re) => re.test(t))) return true;
  return false;
}

export function isPromo(text: string): boolean {
  return PROMO_RES.some((re) => re.test(text));
}

/** Ends like a sentence: a period, question or exclamation mark, possibly inside closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…][”"’')\]]*$/u.test(text.trim());
}

/** A short line without closing punctuation: a headline, section label or subheading. */
export function looksLikeHeading(block: Block): boolean {
  if (block.kind === 'heading') return true;
  const n = words(block.text).length;
  return n > 0 && n <= DEFAULT_MAX_HEADING_WORDS && !endsLikeSentence(block.text);
}

export function isLinkList(block: Block): boolean {
  return block.linkDensity > DEFAULT_MAX_LINK_DENSITY;
}
