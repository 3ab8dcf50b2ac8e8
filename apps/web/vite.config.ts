import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The shared contracts are pure declarations (TypeBox schemas built at module level).
 * Marking them side-effect free lets the bundler drop the schemas (and TypeBox itself)
 * that the web app only uses as types, keeping the portal's first load small.
 */
function contractsAreSideEffectFree(): Plugin {
  return {
    name: 'gongzhi:contracts-side-effect-free',
    transform(code, id) {
      if (id.includes('/packages/contracts/src/')) return { code, map: null, moduleSideEffects: false };
      return null;
    },
  };
}

/** Where the dev server and `vite preview` send /api (GONGZHI_API_URL overrides the default). */
const apiTarget = process.env.GONGZHI_API_URL ?? 'http://localhost:3000';

const antdPackages = /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|dayjs|@emotion|stylis)[\\/]/;

export default defineConfig({
  plugins: [react(), contractsAreSideEffectFree()],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React is shared by the portal and the console: captured first so that the antd
            // group (which pulls in its dependencies) does not take it into its chunk.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 10 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 3 },
            { name: 'antd', test: antdPackages, priority: 2 },
          ],
        },
      },
    },
  },
});
