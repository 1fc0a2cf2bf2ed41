/**
 * What the client does when the server process dies: start it again, at most MAX_RESTARTS times within
 * RESTART_WINDOW_MS, saying in the output channel which process ended and how; after that, leave it stopped
 * and tell the user, in a notification, how to start it again. languageclient's default handler counts the
 * same way, but its messages name neither the process nor the way back, and it keeps counting the crashes
 * from before a manual restart, so that one crash after the restart command gives up at once.
 */
import type { ChildProcess } from 'node:child_process';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

/** Crashes tolerated within the window before the server is left stopped (as languageclient's default). */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60_000;
/** Broken messages tolerated on one connection before the client shuts it down (as languageclient's default). */
const MAX_CONNECTION_ERRORS = 3;

export class RestartPolicy implements ErrorHandler {
  private crashes: number[] = [];
  /** How the last watched server process ended, once it has. */
  private ending: string | undefined;

  constructor(private readonly restartCommandTitle: string) {}

  /** Remembers how `server` ends, so that a crash can be reported with its process id and exit code or signal. */
  watch(server: ChildProcess | undefined): void {
    this.ending = undefined;
    const pid = server?.pid;
    if (server === undefined || pid === undefined) return;
    // A child process emits 'exit' before 'close', and the connection closes on 'close': this runs before closed().
    server.once('exit', (code, signal) => {
      this.ending = `process ${pid} ${signal ? `was ended by ${signal}` : `exited with code ${code}`}`;
    });
  }

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= MAX_CONNECTION_ERRORS ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = this.crashes.filter((time) => now - time < RESTART_WINDOW_MS);
    this.crashes.push(now);
    const how = this.ending ?? 'its process ended';
    this.ending = undefined;
    const minutes = RESTART_WINDOW_MS / 60_000;
    if (this.crashes.length <= MAX_RESTARTS) {
      return {
        action: CloseAction.Restart,
        message: `The Corpus Lint server stopped unexpectedly (${how}). Starting it again: restart ${this.crashes.length} of the ${MAX_RESTARTS} allowed within ${minutes} minutes.`,
      };
    }
    // Whatever starts the server next is the user's restart: it starts with a clean count.
    this.crashes = [];
    return {
      action: CloseAction.DoNotRestart,
      message: `The Corpus Lint server stopped unexpectedly ${MAX_RESTARTS + 1} times within ${minutes} minutes (the last time, ${how}) and was not started again. The output channel "Corpus Lint" shows why; run "${this.restartCommandTitle}" to start it.`,
    };
  }
}
