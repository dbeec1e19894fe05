import { Select } from '@mantine/core';
import { api,unwrap } from '../../../api/client';
import { sesi } from '../../../auth/session';
import { DaftarKegiatanSop,useParamUrl } from '../../../components/DaftarKegiatanSop';
import { t } from '../../../i18n';
import { opsi } from '../../../lib/opsi';
import type { DataKegiatanPembinaan } from '../api';

/** Kegiatan Pembinaan dan Pendampingan the user may read. */
export function PembinaanDaftarPage() {
  const [komoditas, setKomoditas] = useParamUrl('komoditas');
  const [fungsi, setFungsi] = useParamUrl('fungsi');
  return (
    <DaftarKegiatanSop
      judul={t.pembinaan.judul}
      keterangan={t.pembinaan.keterangan}
      modul="pembinaan"
      bolehBuat={sesi.punyaPeran('Upt') || sesi.punyaPeran('UnitKerjaPusat')}
      labelCari={t.advokasi.cari}
      testId="daftar-pembinaan"
      ekspor="/api/pembinaan/xlsx"
      saringanTambahan={{
        nilai: { komoditas: komoditas ?? undefined, fungsi: fungsi ?? undefined },
        elemen: (
          <>
            <Select label={t.pembinaan.komoditas} clearable placeholder={t.umum.semua} data={opsi(t.pembinaan.komoditasNama)} value={komoditas} onChange={setKomoditas} w={190} />
            <Select label={t.pembinaan.fungsi} clearable placeholder={t.umum.semua} data={opsi(t.pembinaan.fungsiNama)} value={fungsi} onChange={setFungsi} w={140} />
          </>
        ),
      }}
      ambil={(query) =>
        unwrap(
          api.GET('/api/pembinaan', {
            params: { query: { ...query, komoditas: (komoditas ?? undefined) as DataKegiatanPembinaan['komoditas'] | undefined, fungsi: (fungsi ?? undefined) as DataKegiatanPembinaan['fungsi'] | undefined } },
          }),
        )
      }
      rincian={(k) => `${t.pembinaan.komoditasNama[k.komoditas]} · ${t.pembinaan.fungsiNama[k.fungsi]} · ${t.pembinaan.bentukNama[k.bentuk]} · ${k.jumlahSasaran} ${t.pembinaan.jumlahSasaran.toLowerCase()}`}
    />
  );
}
