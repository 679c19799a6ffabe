'use strict';
// The e-mail provider of the embedded default (no SMTP_HOST): every mail is appended, one JSON object a line,
// to a local outbox log, so that a developer can read what the platform would have sent. Production uses
// SMTP through @strapi/provider-email-nodemailer.
const fs = require('node:fs');
const path = require('node:path');

module.exports = {
  init(providerOptions = {}, settings = {}) {
    const file = path.resolve(providerOptions.file ?? '.tmp/mail-outbox.log');
    return {
      async send(options) {
        const mail = {
          at: new Date().toISOString(),
          from: options.from ?? settings.defaultFrom,
          replyTo: options.replyTo ?? settings.defaultReplyTo,
          to: options.to,
          cc: options.cc,
          bcc: options.bcc,
          subject: options.subject,
          text: options.text,
          html: options.html,
          headers: options.headers,
        };
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.appendFile(file, `${JSON.stringify(mail)}\n`);
      },
    };
  },
};
