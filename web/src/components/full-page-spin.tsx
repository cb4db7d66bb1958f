// The loading state of a whole screen, centred, so nothing jumps when data arrives.
import { Flex, Spin } from 'antd';

/** A centred spinner that fills the space it is given. */
export function FullPageSpin({ height = '60vh' }: { height?: string | number }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: height }}>
      <Spin size="large" />
    </Flex>
  );
}
