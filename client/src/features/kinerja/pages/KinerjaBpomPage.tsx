import { Group,Select,Stack,Tabs,Text,Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { InputTahun } from '../../../components/InputTahun';
import { DalamAngkaBagian } from '../components/DalamAngkaBagian';
import { EditorPkNasional } from '../components/EditorPkNasional';
import { KinerjaBpomBagian } from '../components/KinerjaBpomBagian';
import { PERIODE,k,periodeSelesai,triwulanDari } from '../lib';

const TAB = ['capaian', 'angka', 'pk'] as const;

/** The national dashboard (Pimpinan, the planning unit, Admin): BPOM's PK scored on the units' roll-up, the SOP
 * figures per quarter (a month shows its quarter's) ("Dalam Angka") and the national PK with its roll-up rules. Year, quarter and tab in the URL. */
export function KinerjaBpomPage() {
  const [cari, setCari] = useSearchParams();
  const tahunUrl = Number(cari.get('tahun'));
  const tahun = Number.isInteger(tahunUrl) && tahunUrl >= 2000 && tahunUrl <= 2100 ? tahunUrl : new Date().getFullYear();
  const periode = PERIODE.includes(cari.get('periode') ?? '') ? cari.get('periode')! : periodeSelesai();
  const tab = (TAB as readonly string[]).includes(cari.get('tab') ?? '') ? cari.get('tab')! : 'capaian';
  const atur = (kunci: string, v: string) => setCari((c) => { const baru = new URLSearchParams(c); baru.set(kunci, v); return baru; }, { replace: true });
  return (
    <Stack>
      <Title order={1} size="h2">{k.bpomHalaman}</Title>
      <Text c="dimmed" size="sm">{k.bpomHalamanKet}</Text>
      <Group align="end">
        <InputTahun tahun={tahun} onTahun={(v) => v !== null && atur('tahun', String(v))} label={k.tahun} />
        {tab !== 'pk' && <Select label={k.periode} searchable data={PERIODE} value={periode} onChange={(v) => v && atur('periode', v)} w={120} allowDeselect={false} />}
      </Group>
      <Tabs value={tab} onChange={(v) => v && atur('tab', v)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="capaian">{k.tabCapaian}</Tabs.Tab>
          <Tabs.Tab value="angka">{k.tabDalamAngka}</Tabs.Tab>
          <Tabs.Tab value="pk">{k.tabPkNasional}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="capaian" pt="md"><KinerjaBpomBagian tahun={tahun} periode={periode} /></Tabs.Panel>
        <Tabs.Panel value="angka" pt="md"><DalamAngkaBagian tahun={tahun} periode={triwulanDari(periode)} /></Tabs.Panel>
        <Tabs.Panel value="pk" pt="md"><EditorPkNasional tahun={tahun} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
