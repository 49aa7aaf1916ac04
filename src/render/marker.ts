/**
 * The hidden marker that makes a comment "ours": an HTML comment GitHub does not display. One
 * marker per comment-id, so several testops jobs in one workflow each keep their own comment.
 */

const PREFIX = '<!-- testops:sticky';

/** The marker for a comment-id (the default id when none is given). */
export function commentMarker(commentId?: string): string {
  const id = commentId?.trim() ? commentId.trim() : 'default';
  // encodeURIComponent keeps "-->" and spaces out of the HTML comment, so any id is safe.
  return `${PREFIX} id=${encodeURIComponent(id)} -->`;
}

/** Whether a body carries some testops marker (of any comment-id). */
export function hasAnyMarker(body: string): boolean {
  return body.includes(PREFIX);
}

/** Separates the comment's content from its footer (commit, run link, duration change every run). */
export const FOOTER_MARKER = '<!-- testops:footer -->';

/**
 * The part of a comment body that describes the result: everything before the footer, with full
 * commit SHAs (in links to files at the head commit) masked, so a new push with the same result
 * has the same content.
 */
export function commentContent(body: string): string {
  const index = body.indexOf(FOOTER_MARKER);
  return (index === -1 ? body : body.slice(0, index)).replace(/\b[0-9a-f]{40}\b/g, '<sha>').trimEnd();
}
