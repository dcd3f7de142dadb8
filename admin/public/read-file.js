// A chosen file as base64 (FileReader): the upload posts JSON, as multipart would need a new server dependency.
export function readBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The server's reply as JSON (or an empty object), and its message for the person: it names the file and the problem. */
export async function replyOf(res) {
  const reply = await res.json().catch(() => ({}));
  return { reply, message: reply.message ?? reply.error ?? String(res.status) };
}
