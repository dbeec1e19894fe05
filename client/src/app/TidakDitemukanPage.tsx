import { Button,Stack,Title } from '@mantine/core';
import { Link } from 'react-router';
import { t } from '../i18n';

export function TidakDitemukanPage() {
  return (
    <Stack align="flex-start">
      <Title order={3}>{t.galat.tidakDitemukan}</Title>
      <Button component={Link} to="/kalender" variant="light">
        {t.galat.kembali}
      </Button>
    </Stack>
  );
}
