/**
 * Which format a report is in, from its content (the file name only breaks ties): a file named
 * results_stats.csv that is not Locust output must not be read as Locust.
 */
import type { ReportKind } from '../model.js';

export interface Detected {
  kind: ReportKind;
  format: string;
}

export const FORMATS: Record<string, ReportKind> = {
  junit: 'tests',
  ctrf: 'tests',
  lcov: 'coverage',
  cobertura: 'coverage',
  jacoco: 'coverage',
  'istanbul-summary': 'coverage',
  'istanbul-final': 'coverage',
  go: 'coverage',
  k6: 'perf',
  'k6-summary-export': 'perf',
  'k6-handle-summary': 'perf',
  'k6-json': 'perf',
  locust: 'perf',
  autocannon: 'perf',
  benchmark: 'perf',
  sarif: 'security',
  'npm-audit': 'security',
};

/** The name of the first element of an XML text, skipping the declaration, comments and DOCTYPE. */
export function xmlRootName(head: string): string | undefined {
  let rest = head.replace(/^\uFEFF/, '');
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) rest = rest.slice(rest.indexOf('?>') + 2 || rest.length);
    else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return undefined;
      rest = rest.slice(end + 3);
    } else if (rest.startsWith('<!')) {
      const end = rest.search(/\]\s*>|>/);
      if (end < 0) return undefined;
      rest = rest.slice(rest.indexOf('>', end) + 1);
    } else break;
  }
  return /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1];
}

function detectXml(head: string): Detected | undefined {
  const root = xmlRootName(head);
  if (root === 'testsuites' || root === 'testsuite') return { kind: 'tests', format: 'junit' };
  if (root === 'coverage') return { kind: 'coverage', format: 'cobertura' };
  if (root === 'report' && /<!DOCTYPE\s+report|<(sessioninfo|package|counter)\b/.test(head)) return { kind: 'coverage', format: 'jacoco' };
  return undefined;
}

/** JSON formats from the keys seen in the first part of the text. */
function detectJsonHead(head: string): Detected | undefined {
  const has = (key: string) => head.includes(`"${key}"`);
  if (head.trimStart().startsWith('[')) {
    if (has('name') && has('unit') && has('value')) return { kind: 'perf', format: 'benchmark' };
    return undefined;
  }
  if ((has('$schema') && /sarif/i.test(head)) || (has('runs') && /"version"\s*:\s*"2\.\d/.test(head))) {
    return { kind: 'security', format: 'sarif' };
  }
  if (has('auditReportVersion') || (has('vulnerabilities') && has('metadata'))) return { kind: 'security', format: 'npm-audit' };
  if (has('results') && has('tool') && (has('summary') || has('tests'))) return { kind: 'tests', format: 'ctrf' };
  if (has('root_group') || (has('metrics') && (has('http_reqs') || has('iterations') || has('vus')))) return { kind: 'perf', format: 'k6' };
  if (has('latency') && has('requests') && has('throughput')) return { kind: 'perf', format: 'autocannon' };
  if ((has('benchmarks') && has('machine_info')) || (has('results') && has('command') && has('mean') && !has('tool')))
    return { kind: 'perf', format: 'benchmark' }; // pytest-benchmark, hyperfine
  if (has('benches') && (has('tool') || has('entries'))) return { kind: 'perf', format: 'benchmark' }; // github-action-benchmark data
  if (has('statementMap') || has('fnMap') || has('branchMap')) return { kind: 'coverage', format: 'istanbul-final' };
  if (has('total') && has('lines') && has('pct')) return { kind: 'coverage', format: 'istanbul-summary' };
  return undefined;
}

/** Top-level keys of parsed JSON, for files whose head did not decide. */
export function detectJsonValue(value: unknown): Detected | undefined {
  if (Array.isArray(value)) {
    const first = value[0] as Record<string, unknown> | undefined;
    if (first && typeof first === 'object' && 'name' in first && 'unit' in first && 'value' in first)
      return { kind: 'perf', format: 'benchmark' };
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const object = value as Record<string, unknown>;
  if ('runs' in object && typeof object.version === 'string' && /^2\./.test(object.version)) return { kind: 'security', format: 'sarif' };
  if ('auditReportVersion' in object || ('vulnerabilities' in object && 'metadata' in object))
    return { kind: 'security', format: 'npm-audit' };
  if (object.error && typeof object.error === 'object' && ('summary' in object.error || 'code' in object.error)) {
    return { kind: 'security', format: 'npm-audit' };
  }
  const results = object.results as Record<string, unknown> | undefined;
  if (results && typeof results === 'object' && 'tool' in results) return { kind: 'tests', format: 'ctrf' };
  if ('root_group' in object || ('metrics' in object && typeof object.metrics === 'object' && 'state' in object))
    return { kind: 'perf', format: 'k6' };
  if ('latency' in object && 'requests' in object && 'throughput' in object) return { kind: 'perf', format: 'autocannon' };
  if ('total' in object && typeof object.total === 'object' && object.total && 'lines' in object.total) {
    return { kind: 'coverage', format: 'istanbul-summary' };
  }
  const values = Object.values(object);
  if (values.length > 0 && values.every((entry) => entry && typeof entry === 'object' && 'statementMap' in entry)) {
    return { kind: 'coverage', format: 'istanbul-final' };
  }
  return undefined;
}

const LOCUST_HEADERS = [
  /^"?Type"?,"?Name"?,"?(# r|R)equest/,
  /^"?Method"?,"?Name"?,"?(# r|R)equest/, // locust < 1.0 stats
  /^"?Timestamp"?,"?User Count"?,/,
  /^"?Method"?,"?Name"?,"?Error"?,"?Occurr?ences"?/,
  /^"?Count"?,"?Message"?,"?Traceback"?/,
];

/** Detect the format from the first part of the file (and its name, to break ties). */
export function detectFormat(head: string, fileName: string): Detected | undefined {
  const text = head.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('<')) return detectXml(start);
  // k6 --out json: one {"type":"Metric"|"Point", …, "metric"} object a line
  if (/^\{"type"\s*:\s*"(Metric|Point)"/.test(start) && /"metric"\s*:/.test(start.split('\n', 1)[0]!))
    return { kind: 'perf', format: 'k6-json' };
  if (start.startsWith('{') || start.startsWith('[')) return detectJsonHead(start);
  if (/^window\.BENCHMARK_DATA\s*=/.test(start)) return { kind: 'perf', format: 'benchmark' };
  // go test -bench output: goos/goarch/pkg headers, then Benchmark… lines with ns/op
  if (/^Benchmark\S*\s+\d+\s+[\d.e+-]+ ns\/op/m.test(start) && /^(goos|goarch|pkg|cpu):|^Benchmark/m.test(start))
    return { kind: 'perf', format: 'benchmark' };
  const firstLine = start.split(/\r?\n|\r/, 1)[0] ?? '';
  if (/^mode:\s*(set|count|atomic)\s*$/.test(firstLine)) return { kind: 'coverage', format: 'go' };
  if (/^(TN|SF):/m.test(start.slice(0, 2000)) && /^(SF|DA|end_of_record)/m.test(start)) return { kind: 'coverage', format: 'lcov' };
  if (LOCUST_HEADERS.some((header) => header.test(firstLine))) return { kind: 'perf', format: 'locust' };
  if (/\.lcov$|lcov\.info$/i.test(fileName) && /^(SF|DA|TN|end_of_record)/m.test(start)) return { kind: 'coverage', format: 'lcov' };
  return undefined;
}
