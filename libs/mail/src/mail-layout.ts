import { bodyText, escapeHtml, headerText, httpUrl } from './mail-values.helper';
import type { MailLanguage, MailLayout } from './mail.types';

export const PRODUCT_NAME = 'Kennis';

const COLOURS = { brand: '#1f4e79', text: '#1b1b1b', muted: '#5f6368', line: '#e3e6ea', page: '#f4f6f8' };

/**
 * The one layout of every Kennis mail: a responsive single column (600 px at most, full width on a
 * phone) built from tables and inline styles, because mail clients drop <style> blocks and flexbox;
 * and its plain-text twin with the same content in the same order. All text is escaped here.
 */
export function renderMailLayout(language: MailLanguage, layout: MailLayout): { text: string; html: string } {
  const details = layout.details
    .map((detail) => ({ label: headerText(detail.label), text: headerText(detail.text), href: detail.href ? httpUrl(detail.href.trim()) : null }))
    .filter((detail) => detail.text.length > 0);
  const sections = (layout.sections ?? [])
    .map((section) => ({ heading: headerText(section.heading), body: bodyText(section.body).trim() }))
    .filter((section) => section.body.length > 0);
  const action = layout.action ? { label: headerText(layout.action.label), href: httpUrl(layout.action.href) } : null;
  const title = headerText(layout.title);
  const notes = layout.notes ?? [];

  const text = [
    layout.greeting,
    '',
    ...layout.lead.flatMap((paragraph) => [paragraph, '']),
    title,
    ...details.map((detail) => `${detail.label}: ${detail.text}${detail.href && detail.href !== detail.text ? ` <${detail.href}>` : ''}`),
    ...sections.flatMap((section) => ['', `${section.heading}:`, section.body]),
    ...(action?.href ? ['', `${action.label}: ${action.href}`] : []),
    ...notes.flatMap((note) => ['', note]),
    '',
    '-- ',
    layout.reason,
    PRODUCT_NAME,
    '',
  ].join('\n');

  const cell = `style="padding: 6px 12px 6px 0; vertical-align: top; font-size: 15px; color: ${COLOURS.text}"`;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body style="margin: 0; padding: 0; background: ${COLOURS.page}; font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; line-height: 1.5">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background: ${COLOURS.page}"><tr><td align="center" style="padding: 16px 8px">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width: 600px; background: #ffffff; border: 1px solid ${COLOURS.line}; border-radius: 8px">`,
    `<tr><td style="padding: 16px 24px; background: ${COLOURS.brand}; border-radius: 8px 8px 0 0; color: #ffffff; font-size: 18px; font-weight: bold">${PRODUCT_NAME}</td></tr>`,
    '<tr><td style="padding: 24px">',
    `<p style="margin: 0 0 12px; font-size: 15px; color: ${COLOURS.text}">${escapeHtml(layout.greeting)}</p>`,
    ...layout.lead.map((paragraph) => `<p style="margin: 0 0 12px; font-size: 15px; color: ${COLOURS.text}">${escapeHtml(paragraph)}</p>`),
    `<h1 style="margin: 20px 0 8px; font-size: 22px; line-height: 1.3; color: ${COLOURS.text}">${escapeHtml(title)}</h1>`,
    ...(details.length > 0
      ? [
          '<table role="presentation" cellpadding="0" cellspacing="0" style="margin: 0 0 16px">',
          ...details.map(
            (detail) =>
              `<tr><th align="left" ${cell.replace(COLOURS.text, COLOURS.muted)}>${escapeHtml(detail.label)}</th><td ${cell}>${
                detail.href === null ? escapeHtml(detail.text) : `<a href="${escapeHtml(detail.href)}" style="color: ${COLOURS.brand}">${escapeHtml(detail.text)}</a>`
              }</td></tr>`,
          ),
          '</table>',
        ]
      : []),
    ...sections.flatMap((section) => [
      `<h2 style="margin: 16px 0 4px; font-size: 16px; color: ${COLOURS.text}">${escapeHtml(section.heading)}</h2>`,
      `<p style="margin: 0 0 12px; font-size: 15px; color: ${COLOURS.text}">${escapeHtml(section.body).replace(/\n/g, '<br>\n')}</p>`,
    ]),
    ...(action?.href
      ? [
          `<table role="presentation" cellpadding="0" cellspacing="0" style="margin: 20px 0"><tr><td style="border-radius: 6px; background: ${COLOURS.brand}">`,
          `<a href="${escapeHtml(action.href)}" style="display: inline-block; padding: 12px 20px; color: #ffffff; font-size: 15px; font-weight: bold; text-decoration: none">${escapeHtml(action.label)}</a>`,
          '</td></tr></table>',
        ]
      : []),
    ...notes.map((note) => `<p style="margin: 0 0 12px; font-size: 14px; color: ${COLOURS.muted}">${escapeHtml(note)}</p>`),
    '</td></tr>',
    `<tr><td style="padding: 16px 24px; border-top: 1px solid ${COLOURS.line}; font-size: 13px; color: ${COLOURS.muted}">${escapeHtml(layout.reason)}<br>${PRODUCT_NAME}</td></tr>`,
    '</table>',
    '</td></tr></table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { text, html };
}
