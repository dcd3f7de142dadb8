/**
 * A minimal page to chat with the bot as a Zalo user. It renders every text with textContent, never innerHTML, so
 * replies and user input are always shown as text.
 */
export function chatPage(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zalo OA emulator</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 1rem auto; padding: 0 1rem; }
  #log { border: 1px solid #ccc; border-radius: .5rem; height: 60vh; overflow-y: auto; padding: .5rem; background: #f5f7fb; }
  .msg { white-space: pre-wrap; margin: .4rem 0; padding: .5rem .7rem; border-radius: .8rem; max-width: 85%; }
  .user { background: #0068ff; color: #fff; margin-left: auto; }
  .oa { background: #fff; border: 1px solid #dde; }
  .buttons button { display: block; margin-top: .3rem; width: 100%; }
  form { display: flex; gap: .5rem; margin-top: .5rem; } #text { flex: 1; }
</style>
</head>
<body>
<h1>Zalo OA emulator</h1>
<label>User ID <input id="user" value="2512523625412515" size="22"></label>
<div id="log" aria-live="polite"></div>
<form id="form"><input id="text" autocomplete="off" placeholder="Nhập tin nhắn…" required><button>Gửi</button></form>
<p id="status" role="status"></p>
<script>
const log = document.getElementById('log');
const user = document.getElementById('user');
const status = document.getElementById('status');
let shown = '';
async function send(text) {
  const res = await fetch('/emulator/users/' + encodeURIComponent(user.value) + '/send', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  const out = await res.json();
  status.textContent = res.ok ? 'webhook answered ' + out.status + ' in ' + out.ms + ' ms' : (out.error || 'error');
  refresh();
}
function render(items) {
  log.replaceChildren();
  for (const m of items) {
    const div = document.createElement('div');
    div.className = 'msg ' + (m.from === 'user' ? 'user' : 'oa');
    div.textContent = m.text;
    if (m.buttons && m.buttons.length) {
      const box = document.createElement('div');
      box.className = 'buttons';
      for (const b of m.buttons) {
        const btn = document.createElement('button');
        btn.type = 'button';
        btn.textContent = b.title;
        btn.addEventListener('click', () => send(b.payload));
        box.append(btn);
      }
      div.append(box);
    }
    log.append(div);
  }
  log.scrollTop = log.scrollHeight;
}
async function refresh() {
  const res = await fetch('/emulator/conversation?user_id=' + encodeURIComponent(user.value));
  const items = await res.json();
  const key = JSON.stringify(items);
  if (key !== shown) { shown = key; render(items); }
}
document.getElementById('form').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = document.getElementById('text');
  const text = input.value;
  input.value = '';
  send(text);
});
user.addEventListener('change', () => { shown = ''; refresh(); });
setInterval(refresh, 1000);
refresh();
</script>
</body>
</html>
`;
}
