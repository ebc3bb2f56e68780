// Share links: the plan's answers travel in the URL fragment (never sent to any server) as
// "<version>.<base64url of deflate-raw JSON>". Each version the page still reads has its own reader (v1: a Baseline;
// v2: shared-plan.ts). Decoding explains what is wrong instead of throwing.

export const SHARE_VERSION = 'v2';

export interface FieldError {
  path: string;
  message: string;
}
export type Validate<T> = (input: unknown) => { ok: true; value: T } | { ok: false; errors: FieldError[] };
/** A reader per link version the page accepts; the newest is SHARE_VERSION. */
export type Readers<T> = Record<string, Validate<T>>;
export type Decoded<T> =
  | { ok: true; value: T }
  | { ok: false; problem: 'version' | 'encoding' | 'content'; message: string; errors?: FieldError[] };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeShare(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return `${SHARE_VERSION}.${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

export async function decodeShare<T>(token: string, readers: Readers<T>): Promise<Decoded<T>> {
  const dot = token.indexOf('.');
  const version = dot < 0 ? '' : token.slice(0, dot);
  const validate = Object.hasOwn(readers, version) ? readers[version] : undefined;
  if (!validate) {
    return {
      ok: false,
      problem: 'version',
      message: version
        ? `This link was made by a different version of Pushoff (${version}); this page reads ${Object.keys(readers).join(' and ')} links.`
        : 'This link has no version mark, so it was not made by Pushoff or was cut short.',
    };
  }
  let parsed: unknown;
  try {
    const json = await pipe(fromBase64Url(token.slice(dot + 1)), new DecompressionStream('deflate-raw'));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return {
      ok: false,
      problem: 'encoding',
      message: 'This link is damaged: it was probably cut short or changed after it was copied.',
    };
  }
  const result = validate(parsed);
  if (result.ok) return result;
  return {
    ok: false,
    problem: 'content',
    message: 'This link opens, but the test results inside it are not valid.',
    errors: result.errors,
  };
}
