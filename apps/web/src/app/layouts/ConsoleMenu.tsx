import type { MeDto } from '@gongzhi/contracts';
import { Menu, type MenuProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { buildConsoleNav, selectedNavKey } from './consoleNav';

export function ConsoleMenu({ me, onNavigate }: { me: MeDto; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const nav = useMemo(() => buildConsoleNav(me), [me]);
  const paths = useMemo(() => {
    const map = new Map<string, string>([[nav.home.key, nav.home.path]]);
    for (const item of nav.sections.flatMap((section) => section.items)) map.set(item.key, item.path);
    return map;
  }, [nav]);

  const items: MenuProps['items'] = [
    { key: nav.home.key, icon: nav.home.icon, label: t(nav.home.label) },
    ...nav.sections.map((section) => ({
      type: 'group' as const,
      key: section.key,
      label: t(section.label),
      children: section.items.map((item) => ({ key: item.key, icon: item.icon, label: t(item.label) })),
    })),
  ];

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedNavKey(nav, pathname)]}
      onClick={({ key }) => {
        const path = paths.get(key);
        if (path) navigate(path);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
