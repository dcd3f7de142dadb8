/** Text as gold texts are compared: NFC, runs of spaces as one, trimmed. */
export function normalizedText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}
