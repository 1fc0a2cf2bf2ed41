/**
 * The timeline panel's commands and its serializer. One panel at a time: the command brings it forward.
 * `corpusLint.timelineState` and `corpusLint.timelinePostMessage` are internal (not in package.json): the
 * end-to-end tests read what the panel shows and hand it a page message as if it were clicked.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { parseWebviewState } from '../../../server/src/service/timeline/messages';
import { isMarkdownFile, TIMELINE_VIEW_TYPE, TimelinePanel, type TimelineSnapshot } from './panel';

export const SHOW_TIMELINE = 'corpusLint.showTimeline';
export const TIMELINE_STATE = 'corpusLint.timelineState';
export const TIMELINE_POST_MESSAGE = 'corpusLint.timelinePostMessage';

export function registerTimeline(context: vscode.ExtensionContext, client: LanguageClient): void {
  let current: TimelinePanel | undefined;
  const adopt = (panel: TimelinePanel): void => {
    current = panel;
    panel.onDidDispose(() => {
      if (current === panel) current = undefined;
    });
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_TIMELINE, async (resource?: unknown) => {
      const document = resource instanceof vscode.Uri ? resource : activeMarkdownFile();
      if (!current) return adopt(TimelinePanel.create(client, document));
      current.show();
      if (document) await current.follow(document);
    }),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        if (current) return panel.dispose();
        adopt(TimelinePanel.restore(panel, client, parseWebviewState(state) ?? { scope: 'corpus' }));
      },
    }),
    vscode.commands.registerCommand(TIMELINE_STATE, (): TimelineSnapshot | undefined => current?.snapshot()),
    vscode.commands.registerCommand(TIMELINE_POST_MESSAGE, async (message: unknown): Promise<boolean> => (current ? current.handleMessage(message) : false)),
    { dispose: () => current?.dispose() },
  );
}

function activeMarkdownFile(): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isMarkdownFile(editor.document) ? editor.document.uri : undefined;
}
