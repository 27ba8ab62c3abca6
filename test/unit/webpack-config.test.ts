// webpack.config.js as `webpack serve` sees it: webpack-dev-server over https with the
// office-addin-dev-certs certificate (http with --env http), live reload in the pane only.
import { getHttpsServerOptions } from 'office-addin-dev-certs';

jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions: jest.fn() }));

type Config = {
  entry: Record<string, string | string[]>;
  devServer?: {
    port: number;
    host: string;
    server: unknown;
    client: unknown;
    hot: boolean;
    liveReload: boolean;
    static: { directory: string; publicPath: string }[];
  };
};
const makeConfig = require('../../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<Config>;

const certs = getHttpsServerOptions as jest.MockedFunction<typeof getHttpsServerOptions>;
const pem = (s: string) => Buffer.from(s);

beforeEach(() => certs.mockReset());

describe('webpack serve (npm run dev-server)', () => {
  it('serves https with the office-addin-dev-certs certificate on port 3000, live reload, no HMR', async () => {
    certs.mockResolvedValue({ ca: pem('CA'), cert: pem('CERT'), key: pem('KEY') });
    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(certs).toHaveBeenCalledTimes(1);
    expect(config.devServer).toMatchObject({
      host: 'localhost',
      port: 3000,
      server: { type: 'https', options: { ca: pem('CA'), cert: pem('CERT'), key: pem('KEY') } },
      hot: false,
      liveReload: true,
    });
    // office.js from Microsoft's npm package, as development pages load it.
    expect(config.devServer?.static[0]?.publicPath).toBe('/office-js');
    expect(config.devServer?.static[0]?.directory).toMatch(/@microsoft[/\\]office-js[/\\]dist$/);
  });

  it('adds the live-reload client to the pane only, never to the send-time handler', async () => {
    certs.mockResolvedValue({ ca: pem('CA'), cert: pem('CERT'), key: pem('KEY') });
    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(config.devServer?.client).toBe(false);
    expect(config.entry.taskpane).toEqual([
      './src/taskpane/index.tsx',
      expect.stringMatching(/^webpack-dev-server\/client\/index\.js\?.*live-reload=true/),
    ]);
    expect(config.entry['send-guard']).toBe('./src/send-guard/index.ts');
  });

  it('--env http serves plain http and never asks for a certificate', async () => {
    const config = await makeConfig({ WEBPACK_SERVE: true, http: true }, { mode: 'development' });
    expect(config.devServer?.server).toBe('http');
    expect(certs).not.toHaveBeenCalled();
  });

  it('says how to go on when no certificate can be had', async () => {
    certs.mockRejectedValue(new Error('sudo: not found'));
    await expect(makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' })).rejects.toThrow(
      /sudo: not found.*npm run certs.*npm start.*--env http/,
    );
  });

  it('builds (webpack without serve) have no dev server and no client', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    expect(config.devServer).toBeUndefined();
    expect(config.entry.taskpane).toBe('./src/taskpane/index.tsx');
    expect(certs).not.toHaveBeenCalled();
  });
});
