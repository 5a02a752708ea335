// The A6 card's print button (a script file, not an inline handler: the
// Content-Security-Policy allows no inline script).
document.getElementById("print-card")?.addEventListener("click", () => window.print());
