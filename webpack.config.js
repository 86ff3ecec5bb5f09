/* Builds the task pane (dist/web) and serves it over HTTPS on localhost:3000 in development. */
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** Certificates of office-addin-dev-certs when a developer installed them (trusted by Office); else a self-signed one. */
function httpsOptions() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) {
    return { type: 'https', options: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))])) };
  }
  return 'https';
}

/**
 * With ADDIN_URL (an https address), the folder is deployable there: manifest.xml with every URL
 * pointing at it, and the icons it names. Without it, nothing is added (development uses
 * ../manifest.xml and the dev server).
 */
class EmitDeployment {
  constructor(addinUrl) {
    this.addinUrl = addinUrl;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const { deployManifest } = require('./scripts/deploy');
    const manifest = deployManifest(fs.readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8'), this.addinUrl);
    compiler.hooks.thisCompilation.tap('EmitDeployment', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitDeployment', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('manifest.xml', new RawSource(manifest));
        for (const icon of fs.readdirSync(path.join(__dirname, 'assets')).filter((f) => f.endsWith('.png'))) {
          compilation.emitAsset(`assets/${icon}`, new RawSource(fs.readFileSync(path.join(__dirname, 'assets', icon))));
        }
      });
    });
  }
}

/** Emits src/taskpane/compat.js as it is (ES5, run before the bundle: see the file). */
class EmitCompat {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('EmitCompat', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitCompat', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('compat.js', new RawSource(fs.readFileSync(path.join(__dirname, 'src', 'taskpane', 'compat.js'), 'utf8')));
      });
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const addinUrl = process.env.ADDIN_URL;
  if (addinUrl) require('./scripts/deploy').normalizeAddinUrl(addinUrl);
  return {
    entry: { taskpane: './src/taskpane/index.tsx', web: './src/taskpane/web/index.tsx' },
    output: { path: path.join(__dirname, 'dist', 'web'), filename: '[name].[contenthash:8].js', clean: true },
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } }],
    },
    plugins: [
      new EmitCompat(),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      // Web mode: the same panels over an .xlsx opened in the browser (no Office.js).
      new HtmlWebpackPlugin({ filename: 'web.html', template: './src/taskpane/web/web.html', chunks: ['web'] }),
      // The manifest's SupportUrl and LearnMoreUrl: how to use the add-in, in Vietnamese and English.
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [], inject: false }),
      ...(addinUrl ? [new EmitDeployment(addinUrl)] : []),
    ],
    performance: { hints: false },
    // No webpack 'global' shim: it falls back to new Function(), which the pane's CSP and policy forbid.
    node: { global: false },
    devServer: {
      port: 3000,
      server: httpsOptions(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: [{ directory: path.join(__dirname, 'assets'), publicPath: '/assets' }],
      client: { overlay: false },
    },
  };
};
