import { Alert,Button,Center,Paper,PasswordInput,Stack,Text,TextInput,Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState,type FormEvent } from 'react';
import { Navigate,useNavigate,useSearchParams } from 'react-router';
import { ApiError,api,unwrap } from '../api/client';
import { sesi,sesiDariToken } from '../auth/session';
import { useSesi } from '../auth/useSesi';
import { t } from '../i18n';
import { tanpaValidasiPeramban } from '../lib/opsi';

export function LoginPage() {
  const s = useSesi();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const kembali = params.get('kembali') ?? '/beranda';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/login', { body: { username, password } })),
    onSuccess: (token) => {
      sesi.mulai(sesiDariToken(token.accessToken, token.refreshExpiresAt, token.refreshToken, token.expiresAt));
      navigate(kembali.startsWith('/') ? kembali : '/beranda', { replace: true });
    },
  });

  if (s) return <Navigate to={kembali} replace />;
  const fieldErrors = login.error instanceof ApiError ? login.error.fieldErrors : {};
  const gagal = login.error instanceof ApiError && login.error.status === 401;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="form" {...tanpaValidasiPeramban} onSubmit={submit} withBorder shadow="sm" p="xl" w="100%" maw={400} noValidate>
        <Stack>
          <div>
            <Title order={1} size="h2">{t.app.nama}</Title>
            <Text c="dimmed" size="sm">
              {t.app.subjudul}
            </Text>
          </div>
          <Title order={4}>{t.login.judul}</Title>
          {sesi.berakhirKarenaKedaluwarsa() && !login.isPending && !login.error && (
            <Alert color="yellow">{t.login.sesiBerakhir}</Alert>
          )}
          {gagal && (
            <Alert color="red" role="alert">
              {t.login.gagal}
            </Alert>
          )}
          {login.error && !(login.error instanceof ApiError) && <Alert color="red">{t.galat.server}</Alert>}
          <TextInput
            label={t.login.username}
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={fieldErrors.username}
            required
          />
          <PasswordInput
            label={t.login.password}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldErrors.password}
            required
          />
          <Button type="submit" loading={login.isPending}>
            {t.login.masuk}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
