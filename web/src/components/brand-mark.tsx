// The product's name and emblem, the same in the header and on the login page.
import { Flex, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context.ts';

/** "CongDoan" with its emblem and a one-line tagline. */
export function BrandMark({ large = false }: { large?: boolean }) {
  const { t } = useI18n();
  const size = large ? 52 : 34;
  return (
    <Flex align="center" gap={large ? 14 : 10}>
      <img src="/favicon.svg" width={size} height={size} alt="" aria-hidden />
      <Flex vertical gap={0}>
        <Typography.Text strong className={large ? 'brand-name brand-name-large' : 'brand-name'}>
          {t.app.name}
        </Typography.Text>
        <Typography.Text type="secondary" className="brand-tagline">
          {large ? t.app.subtitle : t.app.tagline}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
