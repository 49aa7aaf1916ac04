/**
 * What a runner reads back from a step: workflow commands on stdout (`::error file=a,line=3::msg`,
 * `::add-mask::`, `::group::` …, with `::stop-commands::` honoured) and the `name=value` /
 * `name<<DELIMITER` files behind GITHUB_OUTPUT and GITHUB_ENV.
 */

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
  /** the step (id) that wrote it */
  step: string;
}

export interface CommandSink {
  annotations: Annotation[];
  masks: string[];
  groups: string[];
  debug: string[];
  /** the log as a runner would show it: command lines removed, masks applied */
  log: string[];
}

export function emptySink(): CommandSink {
  return { annotations: [], masks: [], groups: [], debug: [], log: [] };
}

const unescapeData = (value: string) => value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (value: string) => unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function mask(text: string, masks: readonly string[]): string {
  let out = text;
  for (const secret of masks) if (secret) out = out.split(secret).join('***');
  return out;
}

/** Feeds stdout lines of one step; keeps `::stop-commands::` state between lines. */
export function commandReader(sink: CommandSink, step: string): (line: string) => void {
  let stopToken: string | undefined;
  return (line) => {
    const match = /^::([A-Za-z0-9_-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (stopToken !== undefined) {
      if (match && match[1] === stopToken) stopToken = undefined;
      else sink.log.push(mask(line, sink.masks));
      return;
    }
    if (!match) {
      sink.log.push(mask(line, sink.masks));
      return;
    }
    const [, name = '', rawProps = '', rawMessage = ''] = match;
    const message = unescapeData(rawMessage);
    const props: Record<string, string> = {};
    for (const pair of rawProps.split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      if (at > 0) props[pair.slice(0, at).trim()] = unescapeProperty(pair.slice(at + 1));
    }
    switch (name) {
      case 'error':
      case 'warning':
      case 'notice': {
        const annotation: Annotation = { level: name, message: mask(message, sink.masks), step };
        if (props.file) annotation.file = props.file;
        if (props.line) annotation.line = Number(props.line);
        if (props.endLine) annotation.endLine = Number(props.endLine);
        if (props.col) annotation.col = Number(props.col);
        if (props.title) annotation.title = props.title;
        sink.annotations.push(annotation);
        sink.log.push(mask(`${name}: ${message}`, sink.masks));
        return;
      }
      case 'add-mask':
        if (message) sink.masks.push(message);
        return;
      case 'group':
        sink.groups.push(message);
        sink.log.push(mask(`▸ ${message}`, sink.masks));
        return;
      case 'endgroup':
        return;
      case 'debug':
        sink.debug.push(mask(message, sink.masks));
        return;
      case 'stop-commands':
        stopToken = message;
        return;
      default:
        // set-output / save-state / add-path are retired or file-based now: keep the line visible
        sink.log.push(mask(line, sink.masks));
    }
  };
}

/** GitHub's display limits for workflow-command annotations (docs: "Workflow commands"; actions/toolkit#734). */
export const SHOWN_PER_LEVEL_PER_STEP = 10;
export const SHOWN_PER_JOB = 50;

/**
 * The annotations GitHub would show from one job step: the first 10 errors, 10 warnings and 10
 * notices, and at most 50 in the job. A composite action is one job step (the runner collects its
 * inner steps' annotations into it, actions/runner#2311), so everything one action run wrote counts
 * together. The rest GitHub drops without a sign.
 */
export function shownByGitHub(annotations: readonly Annotation[]): Annotation[] {
  const seen = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const annotation of annotations) {
    if (seen[annotation.level] >= SHOWN_PER_LEVEL_PER_STEP || shown.length >= SHOWN_PER_JOB) continue;
    seen[annotation.level] += 1;
    shown.push(annotation);
  }
  return shown;
}

export class CommandFileError extends Error {}

/** GITHUB_OUTPUT / GITHUB_ENV: `name=value` lines and `name<<DELIM` … `DELIM` blocks */
export function parseCommandFile(text: string, what: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const body: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        const current = (lines[i] as string).replace(/\r$/, '');
        if (current === delimiter) {
          closed = true;
          break;
        }
        body.push(current);
      }
      if (!closed) throw new CommandFileError(`${what}: ${name} opens a <<${delimiter} block that is never closed`);
      values[name] = body.join('\n');
      continue;
    }
    const at = line.indexOf('=');
    if (at <= 0)
      throw new CommandFileError(`${what}: line ${i + 1} is neither name=value nor name<<DELIMITER: ${JSON.stringify(line.slice(0, 80))}`);
    values[line.slice(0, at)] = line.slice(at + 1);
  }
  return values;
}
