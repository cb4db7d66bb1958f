// The top of every page: optional breadcrumb, the title as the page's heading, actions on the right.
import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** A consistent page title row. */
export function PageHeader({
  title,
  tags,
  extra,
  breadcrumb,
  subtitle,
}: {
  title: ReactNode;
  tags?: ReactNode;
  extra?: ReactNode;
  breadcrumb?: ReactNode;
  subtitle?: ReactNode;
}) {
  return (
    <div className="page-header">
      {breadcrumb && <div style={{ marginBottom: 8 }}>{breadcrumb}</div>}
      <Flex align="flex-start" justify="space-between" gap={16} wrap>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={1}>{title}</Typography.Title>
            {tags}
          </Flex>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </Flex>
        {extra && (
          <Flex gap={8} wrap justify="flex-end">
            {extra}
          </Flex>
        )}
      </Flex>
    </div>
  );
}
