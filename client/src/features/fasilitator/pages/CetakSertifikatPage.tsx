import { Card,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';

/** The printed recognition certificate with a QR code pointing at the public verification page. */
export function CetakSertifikatPage() {
  const params = useParams();
  const nomor = params['*'] ?? '';
  const jalur = nomor.split('/').map(encodeURIComponent).join('/');
  const data = useQuery({ queryKey: ['verifikasi', nomor], queryFn: () => fetch(`/api/fasilitator/sertifikat/${jalur}`).then((r) => r.json()) });
  return (
    <Card withBorder p="xl" maw={800} mx="auto" data-testid="sertifikat-cetak" style={{ textAlign: 'center' }}>
      <Title order={3}>{t.fasilitator.sertifikatJudul}</Title>
      <Text mt="md">{t.fasilitator.nomor}: {nomor}</Text>
      <Text mt="md">{t.fasilitator.diberikanKepada}</Text>
      <Title order={2} my="sm">{data.data?.nama ?? '…'}</Title>
      {data.data && <Text>{t.fasilitator.disahkanOleh} {data.data.disahkanOleh}, {formatTanggalPanjang(data.data.tanggalPengesahan)} · {t.fasilitator.berlakuSampai} {formatTanggalPanjang(data.data.berlakuSampai)}</Text>}
      <img src={`/api/fasilitator/qr-sertifikat/${jalur}`} alt={t.fasilitator.pindaiUntukVerifikasi} width={180} height={180} style={{ margin: '24px auto 8px', display: 'block' }} data-testid="qr" />
      <Text size="xs" c="dimmed">{t.fasilitator.pindaiUntukVerifikasi}</Text>
    </Card>
  );
}
