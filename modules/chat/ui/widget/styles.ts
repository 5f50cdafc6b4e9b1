/** The widget's look, inside its shadow root (the host page's CSS cannot reach it). */
export function widgetStyles(color: string, side: 'left' | 'right') {
  const ink = inkOn(color)
  return `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.root { position: fixed; bottom: 20px; ${side}: 20px; z-index: 2147483000; display: flex; flex-direction: column; align-items: ${side === 'left' ? 'flex-start' : 'flex-end'}; gap: 12px; color: #1a1b1e; }
button { font: inherit; cursor: pointer; }
button:focus-visible, a:focus-visible, textarea:focus-visible { outline: 3px solid #1c7ed6; outline-offset: 2px; }
.launcher { width: 56px; height: 56px; border-radius: 50%; border: none; background: ${color}; color: ${ink}; box-shadow: 0 4px 14px rgba(0,0,0,.25); display: grid; place-items: center; }
.launcher svg { width: 28px; height: 28px; }
.launcher { position: relative; }
.launcher[data-unread]::after { content: ""; position: absolute; top: 2px; right: 2px; width: 14px; height: 14px; border-radius: 50%; background: #e03131; border: 2px solid #fff; }
.greeting { background: #fff; border-radius: 12px; padding: 10px 14px; box-shadow: 0 4px 14px rgba(0,0,0,.15); max-width: 260px; font-size: 14px; }
.panel { width: min(380px, calc(100vw - 40px)); height: min(580px, calc(100vh - 110px)); background: #fff; border-radius: 14px; box-shadow: 0 8px 30px rgba(0,0,0,.25); display: flex; flex-direction: column; overflow: hidden; }
.panel[hidden] { display: none; }
.header { background: ${color}; color: ${ink}; padding: 12px 14px; display: flex; align-items: center; gap: 8px; }
.header h2 { font-size: 16px; margin: 0; flex: 1; }
.header .mode { font-size: 12px; opacity: .9; display: block; font-weight: 400; }
.close { background: transparent; border: none; color: ${ink}; font-size: 22px; line-height: 1; padding: 4px 8px; }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; background: #f8f9fa; }
.bubble { max-width: 85%; padding: 8px 12px; border-radius: 12px; font-size: 14px; line-height: 1.4; white-space: pre-wrap; overflow-wrap: anywhere; }
.bubble a { color: inherit; text-decoration: underline; }
.bubble .who { display: block; font-size: 11px; color: #666; margin-bottom: 2px; }
.from-customer { align-self: flex-end; background: ${color}; color: ${ink}; }
.from-customer .who { color: inherit; opacity: .85; }
.from-bot, .from-agent { align-self: flex-start; background: #fff; border: 1px solid #e3e5e8; }
.from-system { align-self: center; background: #fff4e6; color: #5c3c00; font-size: 13px; text-align: center; }
.cards { display: flex; gap: 8px; overflow-x: auto; padding: 2px 0 4px; align-self: stretch; }
.card { flex: 0 0 160px; background: #fff; border: 1px solid #e3e5e8; border-radius: 10px; overflow: hidden; display: flex; flex-direction: column; font-size: 13px; }
.card img { width: 100%; height: 110px; object-fit: cover; background: #f1f3f5; }
.card .body { padding: 8px; display: flex; flex-direction: column; gap: 4px; flex: 1; }
.card .name { font-weight: 600; }
.card .price s { color: #868e96; margin-left: 4px; }
.card .actions { display: flex; gap: 6px; margin-top: auto; }
.card a, .card button { flex: 1; display: flex; align-items: center; justify-content: center; text-align: center; font-size: 12px; padding: 6px 4px; border-radius: 6px; text-decoration: none; }
.card a { border: 1px solid ${color}; color: #1a1b1e; }
.card button { border: none; background: ${color}; color: ${ink}; }
.card button:disabled { opacity: .6; cursor: default; }
.quick { display: flex; flex-wrap: wrap; gap: 6px; }
.quick button { border: 1px solid ${color}; background: #fff; color: #1a1b1e; border-radius: 16px; padding: 6px 10px; font-size: 13px; }
.status { min-height: 18px; padding: 0 12px; font-size: 12px; color: #555; }
.error { color: #c92a2a; }
.compose { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #e3e5e8; align-items: flex-end; }
.compose textarea { flex: 1; resize: none; border: 1px solid #ced4da; border-radius: 8px; padding: 8px; font-size: 14px; min-height: 38px; max-height: 120px; }
.compose .send { border: none; background: ${color}; color: ${ink}; border-radius: 8px; padding: 9px 14px; }
.person[hidden] { display: none; }
.person { border: none; background: transparent; color: #1a1b1e; text-decoration: underline; font-size: 13px; padding: 6px 12px 10px; align-self: flex-start; }
`
}

/** Black or white, whichever reads better on the colour (WCAG luminance). */
function inkOn(hex: string) {
  const match = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!match) return '#fff'
  const value = Number.parseInt(match[1], 16)
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#111' : '#fff'
}
