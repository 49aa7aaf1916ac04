// The JUnit file the ingest bench parses; also runnable alone to keep a file for profiling:
//   node --import tsx bench/ingest-generate.ts OUT.xml SIZE_MB
import { createWriteStream } from 'node:fs';

/**
 * A realistic report: pytest/Surefire-like cases, 3% failing with a stack, 5% skipped; times with
 * three decimals as pytest and Surefire write them (2,500 distinct values, 0–2.5 s).
 */
export async function generate(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n');
  let written = 60;
  let cases = 0;
  for (let suite = 0; written < bytes; suite++) {
    let block = `<testsuite name="pkg${suite % 97}.module${suite}" tests="200" time="12.5">\n`;
    for (let i = 0; i < 200; i++, cases++) {
      const name = `test_behaviour_${i}_${suite}[param-${i % 7}]`;
      const head = `  <testcase classname="pkg${suite % 97}.module${suite}.TestClass${i % 13}" name="${name}" file="tests/pkg${suite % 97}/test_module${suite}.py" line="${10 + i}" time="${(((i * 37 + suite * 11) % 2500) / 1000).toFixed(3)}"`;
      if (i % 33 === 5)
        block += `${head}>\n    <failure message="AssertionError: expected 3, got 4" type="AssertionError">Traceback (most recent call last):\n  File "tests/x.py", line ${i}, in ${name}\n    assert f(x) == 3\nAssertionError: expected 3, got 4</failure>\n    <system-out>log line for ${name}</system-out>\n  </testcase>\n`;
      else if (i % 20 === 7) block += `${head}>\n    <skipped type="pytest.skip" message="needs GPU"/>\n  </testcase>\n`;
      else block += `${head}/>\n`;
    }
    block += '</testsuite>\n';
    written += Buffer.byteLength(block);
    await write(block);
  }
  await write('</testsuites>\n');
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return cases;
}

if (import.meta.filename === process.argv[1]) {
  const [out, size] = process.argv.slice(2);
  if (!out || !size) throw new Error('usage: bench/ingest-generate.ts OUT.xml SIZE_MB');
  console.log(`${await generate(out, Number(size) * 1024 * 1024)} test cases written to ${out}`);
}
