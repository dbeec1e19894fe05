import { Button,Card,Group,Stack,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';

/** The printed recognition certificate (one A4 page: logo, holder, validity, signature block and a QR code pointing
 * at the public verification page), with a print button that is not printed. */
export function CetakSertifikatPage() {
  const params = useParams();
  const nomor = params['*'] ?? '';
  const jalur = nomor.split('/').map(encodeURIComponent).join('/');
  const data = useQuery({ queryKey: ['verifikasi', nomor], queryFn: () => fetch(`/api/fasilitator/sertifikat/${jalur}`).then((r) => r.json()) });
  return (
    <Stack maw={800} mx="auto">
      <Group justify="flex-end" data-cetak="sembunyi">
        <Button onClick={() => window.print()} data-testid="cetak">
          {t.fasilitator.cetakSertifikat}
        </Button>
      </Group>
      <Card withBorder p="xl" data-testid="sertifikat-cetak" data-cetak="satu-halaman" style={{ textAlign: 'center' }}>
        <Group justify="center" gap="sm" mb="md">
          <img src="/favicon.svg" alt="" width={56} height={56} />
          <div style={{ textAlign: 'left' }}>
            <Text fw={700} size="lg">{t.fasilitator.namaLembaga}</Text>
            <Text size="sm">{t.fasilitator.namaLembagaUnit}</Text>
          </div>
        </Group>
        <Title order={1} size="h3">{t.fasilitator.sertifikatJudul}</Title>
        <Text mt="md">{t.fasilitator.nomor}: {nomor}</Text>
        <Text mt="md">{t.fasilitator.diberikanKepada}</Text>
        <Text fw={700} size="xl" my="sm" data-testid="nama-pemegang">{data.data?.nama ?? '…'}</Text>
        {data.data && <Text>{t.fasilitator.berlakuSampai} {formatTanggalPanjang(data.data.berlakuSampai)}</Text>}
        <Group justify="space-between" align="flex-end" mt="xl" wrap="nowrap">
          <Stack gap={4} align="center">
            <img src={`/api/fasilitator/qr-sertifikat/${jalur}`} alt={t.fasilitator.pindaiUntukVerifikasi} width={140} height={140} data-testid="qr" />
            <Text size="xs" c="dimmed" maw={180}>{t.fasilitator.pindaiUntukVerifikasi}</Text>
          </Stack>
          <Stack gap={2} align="center" data-testid="tanda-tangan">
            {data.data && <Text size="sm">{formatTanggalPanjang(data.data.tanggalPengesahan)}</Text>}
            <Text size="sm">{t.fasilitator.disahkanOleh}</Text>
            <div style={{ height: 64 }} />
            <Text size="sm" fw={700} style={{ borderTop: '1px solid currentColor', paddingTop: 4, minWidth: 200 }}>{data.data?.disahkanOleh ?? '…'}</Text>
          </Stack>
        </Group>
      </Card>
    </Stack>
  );
}
