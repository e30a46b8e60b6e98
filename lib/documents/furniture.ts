/**
 * Page furniture: the text a web page wraps around an article (sharing buttons, menus, cookie
 * notices, comment counts …) that ends up in a copy-paste or a saved page. Each rule names what it
 * recognises. Whole-line rules match only the entire line; phrase rules only fire on short lines,
 * so an article paragraph that mentions "subscribe" or "cookies" in passing is kept.
 */

const socialNames = "facebook|twitter|x|linkedin|whatsapp|reddit|telegram|bluesky|threads|mastodon|email|e-mail|print|pinterest|copy link|tweet";

const wholeLine: readonly RegExp[] = [
  /^(?:\d[\d,.]*k?\s+)?comments?(?:\s*\(\d+\))?$/i,
  /^(?:show|view|load|hide|read|see) (?:all )?(?:\d+ )?comments?$/i,
  /^(?:leave|post|add|write) (?:a |your )?(?:comment|reply)$/i,
  /^share(?: this)?(?: (?:article|story|page|post|on))?:?$/i,
  new RegExp(`^(?:share (?:on|via|to) )?(?:${socialNames})$`, "i"),
  new RegExp(`^(?:(?:${socialNames})[\\s|·•,/]*){2,}$`, "i"),
  /^(?:advertisement|advert|ad|sponsored(?: content)?|promoted|paid content)$/i,
  /^(?:skip|jump) to (?:main )?(?:content|navigation|search)$/i,
  /^(?:menu|main menu|search|log ?in|sign ?in|sign ?up|register|toggle navigation|open menu|close|back to top|top)$/i,
  /^(?:read|view|see) more(?: »| ›| →|\.\.\.|…)?$/i,
  /^continue reading\b.{0,80}$/i,
  /^(?:\d+\s+)?(?:min(?:ute)?s?) read$/i,
  /^listen to (?:this )?(?:article|story)(?: \d+ min(?:ute)?s?)?$/i,
  /^(?:related|recommended|popular|trending|most read)(?: (?:articles?|posts?|stories|reading|content|coverage|topics))?:?$/i,
  /^(?:you (?:may|might) also like|more from [\w\s]{1,30}|more on this (?:topic|story)|read next|also read)\b.{0,60}$/i,
];

const shortLinePhrases: readonly RegExp[] = [
  /^(?:«|‹|←|<)?\s*(?:previous|prev|next|older|newer)\s+(?:article|post|story|page|entry)\b/i,
  /^share on (?:facebook|twitter|x|linkedin|whatsapp|reddit|bluesky|email)\b/i,
  /\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b/i,
  /^(?:accept|reject|decline|manage) (?:all |our )?cookies\b/i,
  /^cookie (?:settings|preferences|policy|notice)\b/i,
  /\bsubscribe to (?:our|the) (?:newsletter|mailing list|podcast)\b/i,
  /^(?:sign up|subscribe|register) (?:for|to) (?:our|the|free)\b/i,
  /^(?:get|receive) (?:our|the) (?:\w+ )?newsletter\b/i,
  /^enter your e-?mail\b/i,
  /^follow us on\b/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(?:tags|topics|filed under|categories|category)\s*:/i,
  /^(?:photo|image|picture|illustration|credit|source: getty|photograph)\s*(?:credit)?\s*:/i,
  /^(?:story continues below|article continues after) (?:this )?advert/i,
  /^click here to\b/i,
  /^(?:related|see also|also read|read also|more|recommended|further reading)\s*:\s*\S/i,
];

const navWords = new Set(
  "home about contact news analysis opinion features events podcasts podcast videos video newsletter subscribe search login log sign donate support privacy terms careers jobs shop archive topics regions research publications experts blog menu".split(" "),
);

/** Lines of a menu bar or breadcrumb trail: short items split by separators. */
function isNavigationLine(line: string): boolean {
  const items = line.split(/\s+[|>»›•·/]\s+|\s*[|»›•·]\s*/).filter((item) => item.trim().length > 0);
  if (items.length < 2 || /[.!?]$/.test(line)) return false;
  if (!items.every((item) => item.trim().split(/\s+/).length <= 4)) return false;
  const first = items[0]!.trim().toLowerCase();
  const navItems = items.filter((item) => isNavWord(item)).length;
  return first === "home" || navItems >= 2 || (items.length >= 3 && navItems >= 1);
}

export function isNavWord(item: string): boolean {
  return navWords.has(item.trim().toLowerCase().split(/\s+/)[0] ?? "");
}

export const shortLineWords = 25;

/** Why a line is furniture, or null when it is content. */
export function furnitureReason(line: string): string | null {
  const text = line.trim();
  // Furniture is short; the length check also keeps the patterns away from huge lines.
  if (text.length === 0 || text.length > 300) return null;
  if (wholeLine.some((rule) => rule.test(text))) return "page furniture";
  const words = text.split(/\s+/).length;
  if (words <= shortLineWords && shortLinePhrases.some((rule) => rule.test(text))) return "page furniture";
  if (words <= 20 && isNavigationLine(text)) return "navigation";
  return null;
}

/** A heading that starts the part of a page after the article: comments, related links. */
export function isTailMarker(line: string): boolean {
  return (
    line.length <= 80 &&
    /^(?:\d[\d,.]*k?\s+)?comments?(?:\s*\(\d+\))?:?$/i.test(line) ||
    /^(?:leave|post|add|write) (?:a |your )?(?:comment|reply)$/i.test(line) ||
    /^(?:join the (?:discussion|conversation)|what do you think\??|reader comments|discussion)$/i.test(line) ||
    /^(?:related|recommended|more) (?:articles?|posts?|stories|reading|coverage)(?: from [\w\s]{1,30})?:?$/i.test(line) ||
    /^(?:you (?:may|might) also like|read next|more on this (?:topic|story)):?$/i.test(line)
  );
}
