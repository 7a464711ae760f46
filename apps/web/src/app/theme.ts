import { type CSSVariablesResolver, createTheme, DEFAULT_THEME, defaultVariantColorsResolver, type MantineColorsTuple, parseThemeColor, type VariantColorsResolver } from '@mantine/core';

const kennis: MantineColorsTuple = ['#e3fafc', '#c5f6fa', '#99e9f2', '#66d9e8', '#3bc9db', '#22b8cf', '#15aabf', '#1098ad', '#0c8599', '#0b7285'];

/**
 * Mantine's darkest teal, orange, yellow and red stay under 4.5:1 on their own light shade (teal 4.3,
 * orange 3.6, yellow 2.9, red 4.5), which is where light badges draw their text: a darker last shade each.
 */
function withDarkestShade(color: MantineColorsTuple, darkest: string): MantineColorsTuple {
  return [...color.slice(0, 9), darkest] as unknown as MantineColorsTuple;
}

/**
 * Light, outline and subtle variants draw text in the darkest shade, so that badges and links keep a
 * contrast of at least 4.5:1 (WCAG AA) on their tinted backgrounds.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (parsed.isThemeColor && parsed.shade === undefined && input.variant === 'light') {
    // Mantine's light hover is the third shade, too dark under the darkest text (an active navigation link
    // under the mouse): light backgrounds stay within the first two shades.
    return { ...colors, background: `var(--mantine-color-${parsed.color}-0)`, hover: `var(--mantine-color-${parsed.color}-1)`, color: `var(--mantine-color-${parsed.color}-9)` };
  }
  if (parsed.isThemeColor && parsed.shade === undefined && input.variant === 'filled') {
    // Mantine lightens a filled button under the mouse (shade 8): white on it drops under 4.5:1.
    return { ...colors, hover: colors.background };
  }
  if (parsed.isThemeColor && parsed.shade === undefined && ['outline', 'subtle', 'dot', 'default'].includes(input.variant)) {
    return { ...colors, color: `var(--mantine-color-${parsed.color}-9)` };
  }
  return colors;
};

/** Dimmed text and field errors dark enough for small sizes on white and on the light grey page. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Field errors too: Mantine's red (shade 6) is 3.3:1 on white. And a filled primary button under the
  // mouse (a submit button just clicked) still got shade 8 (4.3:1 under white) where the variant resolver's
  // hover did not reach: the primary hover is the filled shade itself.
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-primary-color-filled-hover': 'var(--mantine-primary-color-filled)',
    '--mantine-color-kennis-filled-hover': 'var(--mantine-color-kennis-filled)',
  },
  dark: {},
});

export const theme = createTheme({
  primaryColor: 'kennis',
  primaryShade: 9,
  variantColorResolver,
  colors: {
    kennis,
    teal: withDarkestShade(DEFAULT_THEME.colors.teal, '#066649'),
    orange: withDarkestShade(DEFAULT_THEME.colors.orange, '#a63c06'),
    yellow: withDarkestShade(DEFAULT_THEME.colors.yellow, '#7a5200'),
    red: withDarkestShade(DEFAULT_THEME.colors.red, '#a51d1d'),
  },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'lg', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'lg' } },
    Button: { defaultProps: { radius: 'md' } },
  },
});
