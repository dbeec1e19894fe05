import { Alert,Card,Text,Timeline,Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { type Instans } from '../../api/client';
import { t } from '../../i18n';
import { ItemLangkah } from './ItemLangkah';
import { JejakAudit } from './JejakAudit';
import { PanelRekomendasi } from './PanelRekomendasi';

/** The SOP parts of an activity page (any SOP module): step timeline with actions and routings, recommendations and
 * the audit trail. <code>kunci</code> is the module's query key, refreshed after every change. */
export function BagianSop({ instans, kegiatanId, kunci }: { instans: Instans; kegiatanId: string; kunci: string }) {
  return (
    <>
      <Tahapan instans={instans} kegiatanId={kegiatanId} kunci={kunci} />
      <PanelRekomendasi instans={instans} kegiatanId={kegiatanId} kunci={kunci} />
      <JejakAudit instansId={instans.id} />
    </>
  );
}

export function useSegarkan(kunci: string, kegiatanId: string, instansId: string) {
  const qc = useQueryClient();
  return () => {
    qc.invalidateQueries({ queryKey: [kunci, kegiatanId] });
    qc.invalidateQueries({ queryKey: [kunci] });
    qc.invalidateQueries({ queryKey: ['rekomendasi', instansId] });
    qc.invalidateQueries({ queryKey: ['audit', instansId] });
    qc.invalidateQueries({ queryKey: ['tugas-saya'] });
  };
}

function Tahapan({ instans, kegiatanId, kunci }: { instans: Instans; kegiatanId: string; kunci: string }) {
  const aktif = instans.langkah.findIndex((l) => l.kode === instans.langkahAktif);
  const { hash } = useLocation();
  // A notification links to its step (#langkah-A2): bring that step into view once the timeline is drawn.
  useEffect(() => {
    if (hash.startsWith('#langkah-')) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [hash]);
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t.kegiatan.tahapan}
      </Title>
      {instans.status === 'Selesai' && <Alert color="green" mb="sm">{t.kegiatan.kegiatanSelesai}</Alert>}
      <Timeline active={aktif === -1 ? instans.langkah.length - 1 : aktif - 1} bulletSize={22} lineWidth={2}>
        {instans.langkah.map((l) => (
          <Timeline.Item key={l.kode} bullet={<Text size="xs">{l.nomor}</Text>} title={`${l.kode} ${l.nama}`} id={`langkah-${l.kode}`} data-testid={`langkah-${l.kode}`} data-status={l.status} data-sla={l.sla.status}>
            <ItemLangkah instans={instans} langkah={l} kegiatanId={kegiatanId} kunci={kunci} aktif={l.kode === instans.langkahAktif} />
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
