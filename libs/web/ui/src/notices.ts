// The snack-bar notices as their own entry point, for the shell: neither the sign-in page (which shows
// its problems in its own line) nor the shell should pull the whole ui barrel for them.
export * from './lib/notices/notice.service';
