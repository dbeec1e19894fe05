import { api,unwrap } from '../../../api/client';
import { sesi } from '../../../auth/session';
import { DaftarKegiatanSop } from '../../../components/DaftarKegiatanSop';
import { t } from '../../../i18n';

/** Cohorts the user may read. */
export function AngkatanDaftarPage() {
  return (
    <DaftarKegiatanSop
      judul={t.fasilitator.judul}
      keterangan={t.fasilitator.keterangan}
      modul="fasilitator/angkatan"
      bolehBuat={sesi.punyaPeran('UnitKerjaPusat')}
      labelCari={t.fasilitator.cari}
      labelBaru={t.fasilitator.baru}
      testId="daftar-angkatan"
      ekspor="/api/fasilitator/angkatan/xlsx"
      ambil={(query) =>
        unwrap(api.GET('/api/fasilitator/angkatan', { params: { query } })).then((h) => ({
          ...h,
          item: h.item.map((a) => ({ ...a, judul: a.nama, tanggalRencanaMulai: a.pendaftaranMulai })),
        }))
      }
      rincian={(a) => `${a.jumlahPeserta} ${t.fasilitator.peserta.toLowerCase()} · ${a.jumlahDiakui} ${t.fasilitator.statusNama.Diakui!.toLowerCase()}`}
    />
  );
}
