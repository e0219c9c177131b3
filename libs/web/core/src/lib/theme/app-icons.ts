// A reference, not an import: every program that compiles this file (app build, each project's jest) needs
// the `*.svg` module type, and an ambient declaration file cannot be imported.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./svg-text.d.ts" />
// Each icon is one Material Symbols (outlined, weight 400) SVG file, read as text by the build's
// `.svg` text loader, so the app carries only the icons it uses instead of the 4 MB symbol font.
// app-icons.spec.ts scans the templates and fails when one names an icon missing here.
import accountBalance from '@material-symbols/svg-400/outlined/account_balance.svg';
import accountCircle from '@material-symbols/svg-400/outlined/account_circle.svg';
import add from '@material-symbols/svg-400/outlined/add.svg';
import addLink from '@material-symbols/svg-400/outlined/add_link.svg';
import alarm from '@material-symbols/svg-400/outlined/alarm.svg';
import approval from '@material-symbols/svg-400/outlined/approval.svg';
import arrowBack from '@material-symbols/svg-400/outlined/arrow_back.svg';
import arrowDownward from '@material-symbols/svg-400/outlined/arrow_downward.svg';
import arrowUpward from '@material-symbols/svg-400/outlined/arrow_upward.svg';
import assignmentTurnedIn from '@material-symbols/svg-400/outlined/assignment_turned_in.svg';
import attachFile from '@material-symbols/svg-400/outlined/attach_file.svg';
import autorenew from '@material-symbols/svg-400/outlined/autorenew.svg';
import block from '@material-symbols/svg-400/outlined/block.svg';
import calendarMonth from '@material-symbols/svg-400/outlined/calendar_month.svg';
import calendarViewMonth from '@material-symbols/svg-400/outlined/calendar_view_month.svg';
import campaign from '@material-symbols/svg-400/outlined/campaign.svg';
import cancel from '@material-symbols/svg-400/outlined/cancel.svg';
import check from '@material-symbols/svg-400/outlined/check.svg';
import checkCircle from '@material-symbols/svg-400/outlined/check_circle.svg';
import checklist from '@material-symbols/svg-400/outlined/checklist.svg';
import chevronLeft from '@material-symbols/svg-400/outlined/chevron_left.svg';
import chevronRight from '@material-symbols/svg-400/outlined/chevron_right.svg';
import close from '@material-symbols/svg-400/outlined/close.svg';
import contentCopy from '@material-symbols/svg-400/outlined/content_copy.svg';
import deleteIcon from '@material-symbols/svg-400/outlined/delete.svg';
import domain from '@material-symbols/svg-400/outlined/domain.svg';
import download from '@material-symbols/svg-400/outlined/download.svg';
import done from '@material-symbols/svg-400/outlined/check.svg';
import drafts from '@material-symbols/svg-400/outlined/drafts.svg';
import dragIndicator from '@material-symbols/svg-400/outlined/drag_indicator.svg';
import edit from '@material-symbols/svg-400/outlined/edit.svg';
import error from '@material-symbols/svg-400/outlined/error.svg';
import event from '@material-symbols/svg-400/outlined/event.svg';
import eventAvailable from '@material-symbols/svg-400/outlined/event_available.svg';
import eventBusy from '@material-symbols/svg-400/outlined/event_busy.svg';
import expandLess from '@material-symbols/svg-400/outlined/keyboard_arrow_up.svg';
import expandMore from '@material-symbols/svg-400/outlined/keyboard_arrow_down.svg';
import exploreOff from '@material-symbols/svg-400/outlined/explore_off.svg';
import flag from '@material-symbols/svg-400/outlined/flag.svg';
import forwardToInbox from '@material-symbols/svg-400/outlined/forward_to_inbox.svg';
import group from '@material-symbols/svg-400/outlined/group.svg';
import hourglassBottom from '@material-symbols/svg-400/outlined/hourglass_bottom.svg';
import hourglassTop from '@material-symbols/svg-400/outlined/hourglass_top.svg';
import inbox from '@material-symbols/svg-400/outlined/inbox.svg';
import info from '@material-symbols/svg-400/outlined/info.svg';
import inventory2 from '@material-symbols/svg-400/outlined/inventory_2.svg';
import logout from '@material-symbols/svg-400/outlined/logout.svg';
import mail from '@material-symbols/svg-400/outlined/mail.svg';
import manageAccounts from '@material-symbols/svg-400/outlined/manage_accounts.svg';
import menu from '@material-symbols/svg-400/outlined/menu.svg';
import notifications from '@material-symbols/svg-400/outlined/notifications.svg';
import notificationsNone from '@material-symbols/svg-400/outlined/notifications.svg';
import notificationsPaused from '@material-symbols/svg-400/outlined/notifications_paused.svg';
import openInNew from '@material-symbols/svg-400/outlined/open_in_new.svg';
import outgoingMail from '@material-symbols/svg-400/outlined/outgoing_mail.svg';
import person from '@material-symbols/svg-400/outlined/person.svg';
import personAdd from '@material-symbols/svg-400/outlined/person_add.svg';
import radioButtonChecked from '@material-symbols/svg-400/outlined/radio_button_checked.svg';
import radioButtonUnchecked from '@material-symbols/svg-400/outlined/radio_button_unchecked.svg';
import refresh from '@material-symbols/svg-400/outlined/refresh.svg';
import requestQuote from '@material-symbols/svg-400/outlined/request_quote.svg';
import savings from '@material-symbols/svg-400/outlined/savings.svg';
import schedule from '@material-symbols/svg-400/outlined/schedule.svg';
import scheduleSend from '@material-symbols/svg-400/outlined/schedule_send.svg';
import search from '@material-symbols/svg-400/outlined/search.svg';
import searchOff from '@material-symbols/svg-400/outlined/search_off.svg';
import star from '@material-symbols/svg-400/outlined/star.svg';
import summarize from '@material-symbols/svg-400/outlined/summarize.svg';
import swapHoriz from '@material-symbols/svg-400/outlined/swap_horiz.svg';
import syncProblem from '@material-symbols/svg-400/outlined/sync_problem.svg';
import taskAlt from '@material-symbols/svg-400/outlined/task_alt.svg';
import translate from '@material-symbols/svg-400/outlined/translate.svg';
import undo from '@material-symbols/svg-400/outlined/undo.svg';
import update from '@material-symbols/svg-400/outlined/update.svg';
import viewAgenda from '@material-symbols/svg-400/outlined/view_agenda.svg';
import viewKanban from '@material-symbols/svg-400/outlined/view_kanban.svg';
import warning from '@material-symbols/svg-400/outlined/warning.svg';

/**
 * Every icon the app shows, by the name templates use (`svgIcon="add"`). Names the symbol set has
 * since renamed keep their old name and point at the new file (done → check, expand_more →
 * keyboard_arrow_down, expand_less → keyboard_arrow_up, notifications_none → notifications).
 */
export const APP_ICONS: Readonly<Record<string, string>> = {
  account_balance: accountBalance,
  account_circle: accountCircle,
  add,
  add_link: addLink,
  alarm,
  approval,
  arrow_back: arrowBack,
  arrow_downward: arrowDownward,
  arrow_upward: arrowUpward,
  assignment_turned_in: assignmentTurnedIn,
  attach_file: attachFile,
  autorenew,
  block,
  calendar_month: calendarMonth,
  calendar_view_month: calendarViewMonth,
  campaign,
  cancel,
  check,
  check_circle: checkCircle,
  checklist,
  chevron_left: chevronLeft,
  chevron_right: chevronRight,
  close,
  content_copy: contentCopy,
  delete: deleteIcon,
  domain,
  download,
  done,
  drafts,
  drag_indicator: dragIndicator,
  edit,
  error,
  event,
  event_available: eventAvailable,
  event_busy: eventBusy,
  expand_less: expandLess,
  expand_more: expandMore,
  explore_off: exploreOff,
  flag,
  forward_to_inbox: forwardToInbox,
  group,
  hourglass_bottom: hourglassBottom,
  hourglass_top: hourglassTop,
  inbox,
  info,
  inventory_2: inventory2,
  logout,
  mail,
  manage_accounts: manageAccounts,
  menu,
  notifications,
  notifications_none: notificationsNone,
  notifications_paused: notificationsPaused,
  open_in_new: openInNew,
  outgoing_mail: outgoingMail,
  person,
  person_add: personAdd,
  radio_button_checked: radioButtonChecked,
  radio_button_unchecked: radioButtonUnchecked,
  refresh,
  request_quote: requestQuote,
  savings,
  schedule,
  schedule_send: scheduleSend,
  search,
  search_off: searchOff,
  star,
  summarize,
  swap_horiz: swapHoriz,
  sync_problem: syncProblem,
  task_alt: taskAlt,
  translate,
  undo,
  update,
  view_agenda: viewAgenda,
  view_kanban: viewKanban,
  warning,
};
