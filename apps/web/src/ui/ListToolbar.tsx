import { Flex } from 'antd';
import type { ReactNode } from 'react';

/** Filters on the left, wrapping on narrow screens. */
export function ListToolbar({ children }: { children: ReactNode }) {
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
      {children}
    </Flex>
  );
}
