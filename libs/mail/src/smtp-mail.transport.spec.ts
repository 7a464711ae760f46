import { smtpConnectionOptions } from './smtp-mail.transport';

describe('smtpConnectionOptions', () => {
  it('reads host, port, credentials and the query options a company relay needs', () => {
    expect(smtpConnectionOptions('smtp://us%40er:p%3Ass@mail.example.com:587/?requireTLS=true&tls.rejectUnauthorized=false&name=kennis.example.com')).toEqual({
      options: { host: 'mail.example.com', port: 587, secure: false, requireTLS: true, tls: { rejectUnauthorized: false }, name: 'kennis.example.com' },
      auth: { credentials: { user: 'us@er', pass: 'p:ss' } },
    });
  });

  it('takes smtps:// as implicit TLS and sends no login without credentials', () => {
    expect(smtpConnectionOptions('smtps://mail.example.com')).toEqual({ options: { host: 'mail.example.com', secure: true }, auth: null });
  });
});
