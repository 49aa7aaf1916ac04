/** SARIF 2.1.0 (CodeQL, Semgrep, ESLint, Trivy, …) → findings. */
import type { Finding, SecurityReport } from '../../model.js';
import { stableHash } from '../../util/id.js';
import { ReportError } from '../errors.js';
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
  if (!Array.isArray(value.runs)) throw new ReportError(file, 'SARIF log has no "runs" array', lineOf(source, /"runs"/));
  const findings: Finding[] = [];
  value.runs.forEach((run, runIndex) => {
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
