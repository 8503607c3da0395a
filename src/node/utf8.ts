/** Node's own UTF-8 decoding, for the adapters that run on Node (the CLI and the core's worker). */
import { isUtf8, transcode } from 'node:buffer';
import { standardUtf8, type Utf8Decoder } from '../core/input';

/**
 * Validates with `isUtf8` (simdutf) and converts with ICU's `transcode` to UTF-16: on Node 20 about
 * four times as fast as `TextDecoder` on Arabic text (11.5 MB: ~18 ms against ~60–80 ms). Where the
 * runtime lacks either (a Node built without ICU), the standard decoder.
 */
export const nodeUtf8: Utf8Decoder =
  typeof isUtf8 === 'function' && typeof transcode === 'function'
    ? (bytes) => {
        if (!isUtf8(bytes)) return undefined;
        return transcode(bytes, 'utf8', 'utf16le').toString('ucs2');
      }
    : standardUtf8;
