// Puts text on the clipboard, as plain text and, when given, as HTML (so rich editors paste a
// titled link); falls back to a copy event where the Clipboard API is unavailable (pages served
// over plain http on an intranet).
export async function copyRich(plain: string, html?: string): Promise<boolean> {
  try {
    if (html && typeof ClipboardItem !== "undefined") {
      await navigator.clipboard.write([
        new ClipboardItem({ "text/plain": new Blob([plain], { type: "text/plain" }), "text/html": new Blob([html], { type: "text/html" }) }),
      ]);
    } else {
      await navigator.clipboard.writeText(plain);
    }
    return true;
  } catch {
    const fill = (event: ClipboardEvent) => {
      event.clipboardData?.setData("text/plain", plain);
      if (html) event.clipboardData?.setData("text/html", html);
      event.preventDefault();
    };
    document.addEventListener("copy", fill, { once: true });
    const ok = document.execCommand("copy");
    document.removeEventListener("copy", fill);
    return ok;
  }
}

export const copyText = (text: string) => copyRich(text);
