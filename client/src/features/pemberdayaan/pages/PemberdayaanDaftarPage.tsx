import { Select } from '@mantine/core';
import { api,unwrap } from '../../../api/client';
import { sesi } from '../../../auth/session';
import { DaftarKegiatanSop,useParamUrl } from '../../../components/DaftarKegiatanSop';
import { t } from '../../../i18n';
import { opsi } from '../../../lib/opsi';
import { Program } from '../components/FormPemberdayaan';

/** Kegiatan Pemberdayaan Masyarakat the user may read. */
export function PemberdayaanDaftarPage() {
  const [program, setProgram] = useParamUrl('program');
  return (
    <DaftarKegiatanSop
      judul={t.pemberdayaan.judul}
      keterangan={t.pemberdayaan.keterangan}
      modul="pemberdayaan"
      bolehBuat={sesi.punyaPeran('Upt') || sesi.punyaPeran('UnitKerjaPusat')}
      labelCari={t.advokasi.cari}
      testId="daftar-pemberdayaan"
      ekspor="/api/pemberdayaan/xlsx"
      saringanTambahan={{
        nilai: { program: program ?? undefined },
        elemen: <Select label={t.pemberdayaan.program} clearable placeholder={t.umum.semua} data={opsi(t.pemberdayaan.programNama)} value={program} onChange={setProgram} w={200} />,
      }}
      ambil={(query) => unwrap(api.GET('/api/pemberdayaan', { params: { query: { ...query, program: (program ?? undefined) as Program | undefined } } }))}
      rincian={(k) => `${t.pemberdayaan.programNama[k.program]} · ${t.pemberdayaan.bentukNama[k.bentuk]} · ${k.jumlahKomunitas} ${t.pemberdayaan.komunitas.toLowerCase()} · ${k.jumlahKader} kader`}
    />
  );
}
