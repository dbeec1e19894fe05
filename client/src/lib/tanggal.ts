// Dates travel as ISO strings: LocalDate "YYYY-MM-DD" (no time zone) and Instant "…Z".
// A LocalDate is formatted in UTC so that the browser's own time zone never shifts the day.

const panjang = new Intl.DateTimeFormat('id-ID', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const bulan = new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' });

export function parseIsoDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Bukan tanggal ISO: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** "2026-03-31" → "Selasa, 31 Maret 2026". */
export function formatTanggalPanjang(iso: string): string {
  return panjang.format(parseIsoDate(iso));
}

/** Month name in Indonesian, month 1–12. */
export function namaBulan(month: number): string {
  const name = bulan.format(new Date(Date.UTC(2026, month - 1, 1)));
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Today's date where the user is, as ISO. */
export function hariIniIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const waktu = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** An Instant ("…Z") in the user's own time: "1 Des 2026, 09.05". */
export function formatWaktu(instant: string): string {
  return waktu.format(new Date(instant));
}
