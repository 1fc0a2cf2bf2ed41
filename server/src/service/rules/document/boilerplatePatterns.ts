const FOOTER_LINK = '(?:privacy policy|terms of (?:service|use)|contact us|about us)';
const SOCIAL = '(?:facebook|twitter|x|youtube|instagram|whatsapp|linkedin|telegram|pinterest|reddit|tiktok|email|e-mail|print|share|tweet|copy link)';

/**
 * Whole lines (trimmed, bullets removed) that are page chrome rather than reporting: share buttons, adverts,
 * the headings of related-article and most-read boxes, follow-us, newsletter and cookie prompts, language
 * switchers, skip links and site menus, comment forms, copyright lines, breadcrumbs, reading times and
 * app or channel prompts.
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  new RegExp(`^(?:${SOCIAL}(?:\\s+icon)?[\\s|,·•/]*)+$`, 'i'),
  /^share (?:this|on|via)\b.{0,40}$/i,
  /^(?:advertisement|advertisements|sponsored(?: content)?|scroll to continue(?: with content)?|story continues below(?: advertisement)?)$/i,
  /^(?:also read|read also|read more|more on this topic|related(?: articles| stories| news)?|you may also like|recommended(?: for you)?|trending now)\b\s*:?.{0,160}$/i,
  /^(?:latest (?:news|stories|posts|articles)|must read|most (?:read|popular|viewed)|popular (?:posts|stories|news)|editor['’]?s picks?|top stories|more (?:stories|news)|don['’]?t miss)\s*:?$/i,
  /^follow us on\b.{0,80}$/i,
  /^(?:subscribe|sign up)\b.{0,80}\bnewsletter\b.{0,80}$/i,
  /^(?:get|receive) (?:the latest|our).{0,60}\b(?:inbox|newsletter)\b.{0,40}$/i,
  /^(?:this (?:web)?site|we) uses? cookies\b.{0,200}$/i,
  /^(?:accept(?: all)?|reject(?: all)?|manage) cookies$/i,
  /^[A-Z]{2}(?:\s*\|\s*[A-Z]{2}){1,8}$/,
  /^(?:skip to (?:main )?(?:content|navigation)|back to top|menu|search|log ?in|sign in|loading(?:\.\.\.|…)?)$/i,
  /^(?:read next|next (?:article|story|post)|previous (?:article|story|post)|listen to this (?:article|story)|print this (?:article|page))$/i,
  new RegExp(`^${FOOTER_LINK}(?:\\s*[|·•]\\s*${FOOTER_LINK})*$`, 'i'),
  /^(?:comments?(?: \(\d+\))?|\d+ comments?|(?:view|show|hide) comments|leave a (?:comment|reply)|(?:post|add) (?:a )?comment)$/i,
  /^your email address will not be published\b.{0,80}$/i,
  /^(?:copyright\s*)?©.{0,120}$/i,
  /^(?:copyright \d{4}\b.{0,120}|all rights reserved\.?)$/i,
  /^home\s*[»›>/|]\s*\S.{0,120}$/i,
  /^\d{1,2} min(?:ute)?s? read$/i,
  /^(?:click here to )?join our (?:whatsapp|telegram) channel\b.{0,80}$/i,
  /^download (?:our|the) .{0,30}\bapp\b.{0,40}$/i,
];

/** The patterns as one expression per set of flags: one search of each line instead of one per pattern. */
const COMBINED: readonly RegExp[] = [...new Set(BOILERPLATE_LINES.map((pattern) => pattern.flags))].map(
  (flags) => new RegExp(BOILERPLATE_LINES.filter((pattern) => pattern.flags === flags).map((pattern) => `(?:${pattern.source})`).join('|'), flags),
);

export function isBoilerplateLine(line: string): boolean {
  const text = line
    .trim()
    .replace(/^(?:[-*+•·]|\d+[.)])\s+/, '')
    .replace(/\s*-?\s*spot_img$/i, '')
    .trim();
  if (text.length === 0 || text.length > 240) return false;
  return COMBINED.some((pattern) => pattern.test(text));
}
