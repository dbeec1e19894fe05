import { api,unwrap } from '../../../api/client';
import { sesi } from '../../../auth/session';
import { DaftarKegiatanSop } from '../../../components/DaftarKegiatanSop';
import { t } from '../../../i18n';

/** Kegiatan Advokasi the user may read, with filters and where each stands on the SOP. */
export function AdvokasiDaftarPage() {
  return (
    <DaftarKegiatanSop
      judul={t.advokasi.judul}
      keterangan={t.advokasi.keterangan}
      modul="advokasi"
      bolehBuat={sesi.punyaPeran('Upt') || sesi.punyaPeran('UnitKerjaPusat')}
      labelCari={t.advokasi.cari}
      testId="daftar-advokasi"
      ekspor="/api/advokasi/xlsx"
      ambil={(query) => unwrap(api.GET('/api/advokasi', { params: { query } }))}
      rincian={(k) => `${t.advokasi.komoditasNama[k.komoditas]} · ${t.advokasi.bentukNama[k.bentuk]}`}
    />
  );
}
