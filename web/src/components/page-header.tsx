// The top of every page: optional breadcrumb, the title as the page's heading, actions on the right,
// a line of tags and secondary facts under the title, and an optional toolbar below.
import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** A consistent page title block. */
export function PageHeader({
  title,
  meta,
  extra,
  breadcrumb,
  toolbar,
}: {
  title: ReactNode;
  /** Tags and short facts shown under the title. */
  meta?: ReactNode;
  /** Actions on the right of the title. */
  extra?: ReactNode;
  breadcrumb?: ReactNode;
  /** A row of actions under the title, for pages with many. */
  toolbar?: ReactNode;
}) {
  return (
    <div className="page-header">
      {breadcrumb && <div style={{ marginBottom: 8 }}>{breadcrumb}</div>}
      <Flex align="center" justify="space-between" gap={16} wrap>
        <Typography.Title level={1} style={{ minWidth: 0 }}>
          {title}
        </Typography.Title>
        {extra && (
          <Flex gap={8} wrap justify="flex-end">
            {extra}
          </Flex>
        )}
      </Flex>
      {meta && (
        <Flex align="center" gap={8} wrap style={{ marginTop: 6 }}>
          {meta}
        </Flex>
      )}
      {toolbar && (
        <Flex gap={8} wrap style={{ marginTop: 14 }}>
          {toolbar}
        </Flex>
      )}
    </div>
  );
}
