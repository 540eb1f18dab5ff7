import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useAuthProvider, useBasename, useTranslate } from 'react-admin';
import { fieldErrorText } from '../../api/ra-errors';

/**
 * Choose your own password (first login with a temporary one, or any time): e-mail, current password and the new
 * one twice. It goes through the auth provider's `login` with `newPassword`, so a success is a login. Outside the
 * layout: it is reached logged out.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const authProvider = useAuthProvider();
  const basename = useBasename();
  const [form, setForm] = useState({ email: '', current: '', next: '', again: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (form.next !== form.again) return setError(translate('fidele.staff.passwords_differ'));
    setBusy(true);
    setError(null);
    try {
      await authProvider!.login({ username: form.email, password: form.current, newPassword: form.next });
      // The admin was loaded logged out (its menus and resources computed without a session): a full load starts it
      // again with the new session, as opening the admin after a login does. The provider is called directly, not
      // through useLogin, whose own navigation raced this load and could land on the login page.
      window.location.assign(`${basename}/`);
    } catch (e) {
      setError(fieldErrorText(translate, (e as Error).message));
    } finally {
      setBusy(false);
    }
  };
  const field = (key: keyof typeof form, label: string, type = 'password') => (
    <TextField
      label={translate(label)}
      type={type}
      value={form[key]}
      onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      fullWidth
      margin="dense"
      required
    />
  );
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: 8 }}>
      <Card sx={{ width: 420 }}>
        <CardContent>
          <Typography variant="h6" component="h1">
            {translate('fidele.staff.change_password')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('fidele.staff.change_password_help')}
          </Typography>
          {field('email', 'fidele.staff.email', 'email')}
          {field('current', 'fidele.staff.current_password')}
          {field('next', 'fidele.staff.new_password')}
          {field('again', 'fidele.staff.new_password_again')}
          {error ? (
            <Alert severity="error" sx={{ mt: 1 }}>
              {error}
            </Alert>
          ) : null}
          <Button variant="contained" fullWidth sx={{ mt: 2 }} onClick={submit} loading={busy}>
            {translate('fidele.staff.change_password')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
