/** The renderers: pure functions of the Report that never call GitHub. */
export {
  type Annotation,
  type AnnotationLevel,
  type AnnotationRoom,
  collectAnnotations,
  fitToStep,
  renderAnnotations,
  STEP_LIMIT_PER_LEVEL,
} from './annotations.js';
export { COMMENT_MAX_LENGTH, type CommentOptions, renderComment } from './comment.js';
export { renderHtmlPage, renderMarkdown } from './html.js';
export { commentContent, commentMarker, FOOTER_MARKER } from './marker.js';
export { renderSummary, SUMMARY_MAX_BYTES } from './summary.js';
