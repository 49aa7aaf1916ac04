import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor, StreamRedaction } from '../../src/util/redact.js';

const SHAPES: Record<string, string> = {
  'personal token': `ghp_${'a1B2'.repeat(9)}`,
  'OAuth token': `gho_${'c3D4'.repeat(9)}`,
  'installation token': `ghs_${'e5F6'.repeat(9)}`,
  'user-to-server token': `ghu_${'g7H8'.repeat(9)}`,
  'refresh token': `ghr_${'i9J0'.repeat(9)}`,
  'fine-grained token': `github_pat_11ABCDEFG0${'x'.repeat(20)}_${'Y'.repeat(40)}`,
  'AWS access key': 'AKIAIOSFODNN7EXAMPLE',
  'Slack bot token': 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
  JWT: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  'PEM private key': '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
};

describe('Redactor', () => {
  for (const [what, secret] of Object.entries(SHAPES)) {
    it(`replaces a ${what} wherever it appears in a text`, () => {
      const text = `request failed: ${secret} was refused`;
      expect(new Redactor().text(text)).toBe(`request failed: ${REDACTED} was refused`);
    });
  }

  it('keeps what is around a secret readable: the AWS secret key name, the URL without its password', () => {
    const redactor = new Redactor();
    expect(redactor.text(`aws_secret_access_key = ${'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}`)).toBe(
      `aws_secret_access_key = ${REDACTED}`,
    );
    expect(redactor.text('fetch https://deploy:hunter22@example.com/x')).toBe(`fetch https://deploy:${REDACTED}@example.com/x`);
  });

  it('replaces the values of ::add-mask:: commands it saw, and of variables named like secrets', () => {
    const redactor = new Redactor();
    redactor.seeMasks('setup\n::add-mask::p4ssw0rd-of-the-db\nready');
    redactor.addEnv({
      DEPLOY_API_KEY: 'k3y-value-123',
      DB_PASSWORD: 'correct horse',
      PATH: '/usr/bin:/bin',
      TESTOPS_BASELINE_KEY: 'testops-v1-main',
    });
    expect(redactor.text('connect p4ssw0rd-of-the-db k3y-value-123 correct horse /usr/bin:/bin testops-v1-main')).toBe(
      `connect ${REDACTED} ${REDACTED} ${REDACTED} /usr/bin:/bin testops-v1-main`,
    );
  });

  it('ignores values too short to be told from ordinary words', () => {
    const redactor = new Redactor();
    redactor.addEnv({ USE_TOKEN: 'true', KEY: 'a' });
    expect(redactor.text('true a')).toBe('true a');
  });

  it('redacts every string of a structure, keys included, and leaves numbers alone', () => {
    const redactor = new Redactor();
    redactor.add('s3cret-value');
    const token = SHAPES['personal token'];
    expect(redactor.deep({ name: `uses ${token}`, runs: 3, nested: [{ 's3cret-value': 's3cret-value!' }], ok: true })).toEqual({
      name: `uses ${REDACTED}`,
      runs: 3,
      nested: [{ [REDACTED]: `${REDACTED}!` }],
      ok: true,
    });
  });
});

describe('StreamRedaction (raw files streamed into bundle.zip)', () => {
  const text = Object.values(SHAPES)
    .map((secret, index) => `line ${index}: ${secret} end`)
    .join('\n');

  it('redacts a text cut into chunks anywhere, a secret split between two chunks included', () => {
    const whole = new Redactor().text(text);
    for (let cut = 1; cut < text.length; cut += 7) {
      const stream = new StreamRedaction(new Redactor());
      const out = stream.push(text.slice(0, cut)) + stream.push(text.slice(cut)) + stream.end();
      expect(out, `cut at ${cut}`).toBe(whole);
      for (const secret of Object.values(SHAPES)) expect(out).not.toContain(secret);
    }
  });

  it('holds a private key back until its end arrives', () => {
    const stream = new StreamRedaction(new Redactor());
    const key = SHAPES['PEM private key'];
    const first = stream.push(`before\n${key.slice(0, 40)}`);
    expect(first).toBe('before\n');
    expect(stream.push(`${key.slice(40)}\nafter\n`) + stream.end()).toBe(`${REDACTED}\nafter\n`);
  });

  it('learns the values a streamed log masks with ::add-mask:: and hides them from there on', () => {
    const stream = new StreamRedaction(new Redactor());
    const out = stream.push('start\n::add-mask::hidden-value-42\nusing hidden-') + stream.push('value-42 here\n') + stream.end();
    expect(out).toBe(`start\n::add-mask::${REDACTED}\nusing ${REDACTED} here\n`);
  });
});
