import type { PublicOrganisationDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { countOf, login, setupServerAndBrowser, visible } from './browser';

describe('an enterprise sees only its own organisation', { timeout: 120_000 }, () => {
  const e2e = setupServerAndBrowser();

  it('has no organisation list and cannot open another enterprise', async () => {
    const { server, browser, page } = e2e.begin('enterprise-scope');
    await login(page, server.baseUrl, 'enterprise.admin');

    const menu = page.getByRole('menu');
    await visible(menu.getByRole('menuitem', { name: '本企业' }));
    await visible(menu.getByRole('menuitem', { name: '所属协会' }));
    await countOf(menu.getByRole('menuitem', { name: '组织名录' }), 0);
    await countOf(menu.getByRole('menuitem', { name: '会员管理' }), 0);

    await menu.getByRole('menuitem', { name: '本企业' }).click();
    await visible(page.getByText('基本信息'));
    const ownId = new URL(page.url()).pathname.split('/').pop();

    const response = await page.request.get(
      `${server.baseUrl}/api/v1/public/organisations?kind=enterprise&pageSize=50`,
    );
    const { items } = (await response.json()) as { items: PublicOrganisationDto[] };
    const other = items.find((organisation) => organisation.id !== ownId);
    if (!other) throw new Error('the demo data should hold more than one enterprise');

    await page.goto(`${server.baseUrl}/console/organisations/${other.id}`);
    await visible(page.getByText(/未找到|无权访问/));
    await countOf(page.getByText(other.name), 0);
    await countOf(page.getByRole('button', { name: /编\s*辑/ }), 0);

    await page.goto(`${server.baseUrl}/console/organisations`);
    await visible(page.getByText('无权访问'));

    expect(browser.problems).toEqual([]);
  });
});
