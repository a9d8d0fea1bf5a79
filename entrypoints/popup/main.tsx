import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, type Send } from '../../components/api';
import { I18nContext } from '../../components/i18n';
import { getDb } from '../../lib/db/database';
import { browserTranslator, langOf } from '../../lib/i18n/translator';
import type { Response } from '../../lib/messages/schema';
import { App } from './App';
import '../../components/styles.css';

const t = browserTranslator(browser.i18n);
const send: Send = (request) => browser.runtime.sendMessage(request) as Promise<Response>;
document.documentElement.lang = langOf(t);
document.title = t('extName');
const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={{ t, lang: langOf(t) }}>
      <ApiContext.Provider value={send}>
        <App db={getDb()} />
      </ApiContext.Provider>
    </I18nContext.Provider>,
    root,
  );
}
