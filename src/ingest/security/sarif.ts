/** SARIF 2.1.0 (CodeQL, Semgrep, ESLint, Trivy, …) → findings. */
import type { Finding, SecurityReport } from '../../model.js';
import { stableHash } from '../../util/id.js';
import { ReportError } from '../errors.js';
import { locateJsonPath } from '../json.js';
import { relativePath } from '../text.js';
import { severityFromLevel, severityFromScore } from './severity.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function lineOf(source: string, needle: RegExp): number | undefined {
  const index = source.search(needle);
  return index < 0 ? undefined : source.slice(0, index).split('\n').length;
}

function score(properties: unknown): number | undefined {
  if (!isObject(properties)) return undefined;
  const raw = properties['security-severity'];
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(value) ? value : undefined;
}

function message(result: Json, rule: Json | undefined): string {
  const own = isObject(result.message) ? (text(result.message.text) ?? text(result.message.markdown)) : undefined;
  if (own) return own;
  // message by reference to the rule's messageStrings
  const id = isObject(result.message) ? text(result.message.id) : undefined;
  const strings = rule && isObject(rule.messageStrings) ? rule.messageStrings : undefined;
  const fromRule = id && strings && isObject(strings[id]) ? text(strings[id].text) : undefined;
  return fromRule ?? (rule && isObject(rule.shortDescription) ? (text(rule.shortDescription.text) ?? '') : '');
}

function fingerprint(tool: string, rule: string, result: Json, file: string | undefined, line: number | undefined, body: string): string {
  for (const key of ['fingerprints', 'partialFingerprints'] as const) {
    const prints = result[key];
    if (isObject(prints) && Object.keys(prints).length > 0) {
      const stable = Object.keys(prints)
        .sort()
        .map((name) => `${name}=${String(prints[name])}`)
        .join(';');
      return stableHash('sarif', tool, rule, stable);
    }
  }
  return stableHash('sarif', tool, rule, file, line, body);
}

type Path = (string | number)[];
const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 40) ?? 'nothing';
const pathText = (path: Path) => path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
const LEVELS = ['none', 'note', 'warning', 'error'];
const KINDS = ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'];

/**
 * The parts of SARIF 2.1.0 testops reads, checked against the schema's types before anything is
 * taken from them: a log that breaks them is rejected with the field and its line:col, never read
 * as fewer or milder findings (`"results": 42` was 0 findings; a made-up level was "info").
 */
function checkSarif(value: Json, file: string, source: string): void {
  const fail = (path: Path, what: string): never => {
    // the field's own position, else its parent's
    const at = locateJsonPath(source, path) ?? locateJsonPath(source, path.slice(0, -1));
    throw new ReportError(file, `${pathText(path)}: ${what} (SARIF 2.1.0)`, at?.line, at?.column);
  };
  const object = (v: unknown, path: Path): Json => (isObject(v) ? v : fail(path, `expected an object, got ${shown(v)}`));
  const array = (v: unknown, path: Path): unknown[] => (Array.isArray(v) ? v : fail(path, `expected an array, got ${shown(v)}`));
  const optionalArray = (v: unknown, path: Path): unknown[] => (v === undefined || v === null ? [] : array(v, path));
  const optionalString = (v: unknown, path: Path) => {
    if (v !== undefined && typeof v !== 'string') fail(path, `expected a string, got ${shown(v)}`);
  };
  const oneOf = (v: unknown, allowed: string[], path: Path) => {
    if (v !== undefined && (typeof v !== 'string' || !allowed.includes(v)))
      fail(path, `expected one of ${allowed.join(', ')}, got ${shown(v)}`);
  };
  const index = (v: unknown, path: Path) => {
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < -1))
      fail(path, `expected an index (an integer ≥ -1), got ${shown(v)}`);
  };
  const severity = (properties: unknown, path: Path) => {
    if (properties === undefined) return;
    const props = object(properties, path);
    const raw = props['security-severity'];
    if (raw === undefined) return;
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
    if (!Number.isFinite(n) || n < 0 || n > 10)
      fail([...path, 'security-severity'], `expected a score from 0.0 to 10.0, got ${shown(raw)}`);
  };
  const rules = (component: Json, path: Path) => {
    optionalArray(component.rules, [...path, 'rules']).forEach((rule, i) => {
      const r = object(rule, [...path, 'rules', i]);
      if (typeof r.id !== 'string') fail([...path, 'rules', i, 'id'], `expected the rule's id (a string), got ${shown(r.id)}`);
      if (r.defaultConfiguration !== undefined)
        oneOf(object(r.defaultConfiguration, [...path, 'rules', i, 'defaultConfiguration']).level, LEVELS, [
          ...path,
          'rules',
          i,
          'defaultConfiguration',
          'level',
        ]);
      severity(r.properties, [...path, 'rules', i, 'properties']);
    });
  };
  array(value.runs, ['runs']).forEach((rawRun, r) => {
    const run = object(rawRun, ['runs', r]);
    const tool = object(run.tool, ['runs', r, 'tool']);
    const driver = object(tool.driver, ['runs', r, 'tool', 'driver']);
    if (typeof driver.name !== 'string')
      fail(['runs', r, 'tool', 'driver', 'name'], `expected the tool's name (a string), got ${shown(driver.name)}`);
    rules(driver, ['runs', r, 'tool', 'driver']);
    optionalArray(tool.extensions, ['runs', r, 'tool', 'extensions']).forEach((extension, e) => {
      rules(object(extension, ['runs', r, 'tool', 'extensions', e]), ['runs', r, 'tool', 'extensions', e]);
    });
    optionalArray(run.results, ['runs', r, 'results']).forEach((rawResult, k) => {
      const at: Path = ['runs', r, 'results', k];
      const result = object(rawResult, at);
      const message = object(result.message, [...at, 'message']);
      if (typeof message.text !== 'string' && typeof message.markdown !== 'string' && typeof message.id !== 'string')
        fail([...at, 'message'], 'expected a message with "text" or "id"');
      optionalString(result.ruleId, [...at, 'ruleId']);
      index(result.ruleIndex, [...at, 'ruleIndex']);
      oneOf(result.level, LEVELS, [...at, 'level']);
      oneOf(result.kind, KINDS, [...at, 'kind']);
      optionalString(result.baselineState, [...at, 'baselineState']);
      if (result.rule !== undefined) {
        const ref = object(result.rule, [...at, 'rule']);
        optionalString(ref.id, [...at, 'rule', 'id']);
        index(ref.index, [...at, 'rule', 'index']);
        if (ref.toolComponent !== undefined)
          index(object(ref.toolComponent, [...at, 'rule', 'toolComponent']).index, [...at, 'rule', 'toolComponent', 'index']);
      }
      severity(result.properties, [...at, 'properties']);
      optionalArray(result.locations, [...at, 'locations']).forEach((rawLocation, l) => {
        const location = object(rawLocation, [...at, 'locations', l]);
        if (location.physicalLocation === undefined) return;
        const physical = object(location.physicalLocation, [...at, 'locations', l, 'physicalLocation']);
        if (physical.artifactLocation !== undefined)
          optionalString(object(physical.artifactLocation, [...at, 'locations', l, 'physicalLocation', 'artifactLocation']).uri, [
            ...at,
            'locations',
            l,
            'physicalLocation',
            'artifactLocation',
            'uri',
          ]);
        if (physical.region !== undefined) {
          const region = object(physical.region, [...at, 'locations', l, 'physicalLocation', 'region']);
          const line = region.startLine;
          if (line !== undefined && (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > 2 ** 31 - 1))
            fail([...at, 'locations', l, 'physicalLocation', 'region', 'startLine'], `expected a line number ≥ 1, got ${shown(line)}`);
        }
      });
      optionalArray(result.suppressions, [...at, 'suppressions']).forEach((suppression, x) => {
        object(suppression, [...at, 'suppressions', x]);
      });
      for (const key of ['fingerprints', 'partialFingerprints'] as const) if (result[key] !== undefined) object(result[key], [...at, key]);
    });
  });
}

export function parseSarif(value: unknown, file: string, source = ''): SecurityReport {
  if (!isObject(value)) throw new ReportError(file, 'expected a SARIF log object');
  const version = text(value.version);
  if (version !== '2.1.0') {
    throw new ReportError(
      file,
      `SARIF version ${JSON.stringify(value.version ?? null)} is not supported (expected "2.1.0")`,
      lineOf(source, /"version"/),
    );
  }
  checkSarif(value, file, source);
  const findings: Finding[] = [];
  (value.runs as unknown[]).forEach((run, runIndex) => {
    if (!isObject(run) || !isObject(run.tool) || !isObject(run.tool.driver)) {
      throw new ReportError(file, `runs[${runIndex}].tool.driver is missing (SARIF 2.1.0)`, lineOf(source, /"tool"/));
    }
    const driver = run.tool.driver;
    const tool = text(driver.name) ?? 'sarif';
    // CodeQL and others keep their rules in tool.extensions (query packs): a result's
    // rule.toolComponent names the component by index or name (SARIF §3.52.7)
    const extensions = list(run.tool.extensions).filter(isObject);
    const rulesById = new Map<string | undefined, Record<string, unknown>>();
    for (const component of [driver, ...extensions])
      for (const rule of list(component.rules).filter(isObject)) if (!rulesById.has(text(rule.id))) rulesById.set(text(rule.id), rule);
    if (run.results !== undefined && run.results !== null && !Array.isArray(run.results)) {
      throw new ReportError(
        file,
        `runs[${runIndex}].results: expected an array of results, got ${JSON.stringify(run.results).slice(0, 40)}`,
        lineOf(source, /"results"/),
      );
    }
    list(run.results).forEach((item, resultIndex) => {
      if (!isObject(item)) throw new ReportError(file, `runs[${runIndex}].results[${resultIndex}] is not an object`);
      // SARIF §3.27.9: only "fail" (the default) and "open" are problems; informational,
      // notApplicable, pass and review results are not findings
      const kind = text(item.kind) ?? 'fail';
      if (kind === 'informational' || kind === 'notApplicable' || kind === 'pass' || kind === 'review') return;
      const ref = isObject(item.rule) ? item.rule : undefined;
      const index = typeof item.ruleIndex === 'number' ? item.ruleIndex : typeof ref?.index === 'number' ? ref.index : undefined;
      const ruleId = text(item.ruleId) ?? text(ref?.id);
      const componentRef = ref && isObject(ref.toolComponent) ? ref.toolComponent : undefined;
      const component =
        componentRef === undefined
          ? driver
          : typeof componentRef.index === 'number'
            ? extensions[componentRef.index]
            : (extensions.find((extension) => text(extension.name) === text(componentRef.name)) ?? driver);
      const componentRules = list(component?.rules).filter(isObject);
      const rule = (index !== undefined ? componentRules[index] : undefined) ?? rulesById.get(ruleId);
      const ruleName = ruleId ?? text(rule?.id) ?? '(no rule)';
      const defaults = isObject(rule?.defaultConfiguration) ? rule.defaultConfiguration : undefined;
      // SARIF §3.27.10: no level → the rule's default level → "warning"
      const level = text(item.level) ?? text(defaults?.level) ?? 'warning';
      const scored = score(item.properties) ?? score(rule?.properties);
      const location = list(item.locations).find(isObject);
      const physical = location && isObject(location.physicalLocation) ? location.physicalLocation : undefined;
      const artifact = physical && isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
      const region = physical && isObject(physical.region) ? physical.region : undefined;
      const uri = text(artifact?.uri);
      const findingFile = uri === undefined ? undefined : relativePath(uri);
      const line = typeof region?.startLine === 'number' ? region.startLine : undefined;
      const body = message(item, rule);
      const finding: Finding = {
        fingerprint: fingerprint(tool, ruleName, item, findingFile, line, body),
        tool,
        rule: ruleName,
        severity: scored !== undefined ? severityFromScore(scored) : severityFromLevel(level),
        message: body,
      };
      if (findingFile !== undefined) finding.file = findingFile;
      if (line !== undefined) finding.line = line;
      const baselineState = text(item.baselineState);
      if (baselineState) finding.baselineState = baselineState;
      // suppressed unless every suppression is still under review or was rejected
      const suppressions = list(item.suppressions).filter(isObject);
      if (suppressions.some((suppression) => suppression.status === undefined || suppression.status === 'accepted'))
        finding.suppressed = true;
      const helpUri = text(rule?.helpUri);
      if (helpUri) finding.url = helpUri;
      findings.push(finding);
    });
  });
  return { kind: 'security', format: 'sarif', file, findings };
}
