const SOCIAL = '(?:facebook|twitter|x|youtube|instagram|whatsapp|linkedin|telegram|pinterest|reddit|tiktok|email|e-mail|print|share|tweet|copy link)';

/**
 * Whole lines (trimmed, bullets removed) that are page chrome rather than reporting: share buttons, adverts,
 * the headings of related-article and most-read boxes, follow-us, newsletter and cookie prompts, and
 * language switchers.
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
];

export function isBoilerplateLine(line: string): boolean {
  const text = line
    .trim()
    .replace(/^(?:[-*+•·]|\d+[.)])\s+/, '')
    .replace(/\s*-?\s*spot_img$/i, '')
    .trim();
  if (text.length === 0 || text.length > 240) return false;
  return BOILERPLATE_LINES.some((pattern) => pattern.test(text));
}
