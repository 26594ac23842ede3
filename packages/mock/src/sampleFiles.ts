/**
 * Real file bytes for proof attachments: a small JPEG (a receipt), a small PNG (a product
 * photo) and a one-page PDF, so images render and PDFs open in Storybook and tests.
 */
const JPEG_BASE64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSgBBwcHCggKEwoKEygaFhooKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKP/AABEIADAAQAMBEQACEQEDEQH/xAGiAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgsQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+gEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoLEQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/APobzK9Cxyh5lFgKelW+r6pbPcxX9jBH580SxtZu5ASVkGW80ZJ256DrWM6vK7WLjC6uXP7H1r/oK6f/AOC9/wD49U+38ivZeYf2PrX/AEFdP/8ABe//AMeo9v5B7LzKesWmtabpF9ff2jp8n2aB5tn2Fxu2qTjPncZxTVa7tYTp2V7lzzK3sZh5lFgKu+qsIN9FgKf9jaf4h+HV5pmsXL21jPdz+ZLG6oV23bMMFgQOQB071xzbVTQ3ik4anE/8KY8A/wDQxX3/AIHW/wD8bp88+wuSPcdH8FfAcsixx+INQd2IVVW9gJJPQAeXRzz7ByR7nZWng/T/AAT8OfEOm6VNdTQSwXFwzXLKzbjDtwNqgYwo7etQpOUk2Vy8sWXt9d1jnDfRYCr5lVYA8yiwFnRefBMv/Hl/x9XH/H7/AKn/AI+n+9/T3xXDP+IzePwGf/4RNP7xfcW7Gyv5sT2Ft4Tk2NxJDGx2sOeo6HpSbS0dxpPpY2PFPm/8ITq/2nZ5/wDZ83meXnbu8s5xnnGazj8SsVL4TD8yvSscweZRYCrvq7AG+iwGt4bhlufBjRW8VrLK1zcYS6UtGf8ASXPIH+c4rzqjtUdzePwkf9i6p/0DfC//AH4f/Cjnj3Ycr7I0tGtdXtJ0jlg0aCyJLSLaI6sTjggdOuPwqJOL7lJNE3jH/kUdc/68Z/8A0W1KHxIctmcrvr1bHKG+iwFXzKqwg8yiwE891q1n8Kbu48OrM2qrcS+SIYfNfm8YNhcHPylu1ebUSdV3DESqRw7dL4vv6nm//CUfFn/n31j/AMFC/wDxqq5aZ4/1nMOz/wDAf+AH/CUfFn/n31j/AMFC/wDxqjlph9ZzDs//AAH/AIB6B4Xv/EOo/C7xJL4tS5S/WO5VBcWwgby/IBHyhVyMlucfyrNqKmuU9XBTrTpN1979VbSwvmV6liw8yiwFXfVWEG+iwGp4b8TJpGkrZT6bfyuk0z74vK2kNK7DGZAejDtXDVw85TbRvGokrGp/wnFv/wBAjVP/ACB/8drP6pUH7VB/wnFv/wBAjVP/ACB/8do+qVA9qihr/i2PUNC1Gyh0rUllubaSFC/khQWUgZxJ05pxwtRNMHVTVjG316NjnDfRYD//2Q==';
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAA10lEQVR42u3ZwQ3CMAyFYd+7A3c2QGLXbsK5azADqBKnhgOXikpJaj9QAn/lAfy1SWo7ttynrsMAAAAA4LcB8zh0BpjHIR+NAop5f0hiwuwPx3N9qAwmfPcOQNxgwmXjAwQZesDp8shHK4DtpowA3AYTnjlBgM9gwhNzDbjelm0UAQ4DgO4AmT9rfA84DAAAANDVzCrALgNLCACAfwNU1kJuQCvFHAA6MndP7JtKfLsnrh+rpJQ6G6u8Zf96GgXUTOaKX4DZqG46vRfA/QA3NFzyAQAAIBxP9Fw0fnYuZIQAAAAASUVORK5CYII=';

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A valid one-page PDF saying `text`, with a correct cross-reference table. */
export function onePagePdf(text: string): Uint8Array {
  const safe = text.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

let jpeg: Uint8Array | undefined;
let png: Uint8Array | undefined;

/** Bytes for a file of this mime type: a real image, a real PDF, or a short text otherwise. */
export function sampleBytes(mimeType: string, name: string): Uint8Array {
  if (mimeType === 'image/png') {
    png ??= fromBase64(PNG_BASE64);
    return png;
  }
  if (mimeType.startsWith('image/')) {
    jpeg ??= fromBase64(JPEG_BASE64);
    return jpeg;
  }
  if (mimeType === 'application/pdf') return onePagePdf(`Proof of purchase: ${name}`);
  return new TextEncoder().encode(`Sample file ${name} from the DHMAD simulator.\n`);
}
