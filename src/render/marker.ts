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
