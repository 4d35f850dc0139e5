import type { offlineNl } from './offline.nl.js';

/** English texts for working without a connection (issue 16); see offline.nl.ts. */
export const offlineEn: typeof offlineNl = {
  offline: {
    indicator: {
      offline: 'Offline',
      waiting: 'Changes are waiting to be sent',
      synced: 'Everything is sent',
      offlineWaiting: 'Offline · changes are waiting on this device',
    },
    unlock: {
      title: 'No connection',
      intro: 'You can go on with the cases you took on a home visit. Type your password to open them.',
      password: 'Password',
      open: 'Open',
      wrong: 'This password opens nothing on this device.',
      busy: 'One moment…',
    },
    visit: {
      title: 'On a home visit',
      intro: 'Take this case along: its maps, plan and conversation stay encrypted on this device, also without internet.',
      days: 'How long may it stay on this device?',
      day: '{{count}} day(s)',
      take: 'Take on a home visit',
      taken: 'Taken along until {{date}}. After that, or as soon as your changes are sent, it leaves this device.',
      release: 'Stop taking it along',
      noKey: 'This device cannot keep anything safely. Sign out and in again, then try once more.',
      notTaken: 'This case is not on this device. Without a connection you only open what you took on a home visit.',
      listOffline: 'Without a connection you only see the cases you took on a home visit.',
    },
    conflict: {
      title: 'You and someone else changed the same thing',
      intro: 'While you worked without a connection, someone else changed the same details. Choose for each line what stays. Everything else has already been merged.',
      person: 'Person',
      field: 'Detail',
      mine: 'Your version',
      theirs: 'Version on the server',
      removed: '(removed)',
      empty: '(empty)',
      whole: 'the whole person',
      map: 'the map itself',
      keep: 'Keep my choices',
      chooseAll: 'Choose a version for each line.',
    },
    print: {
      note: 'Without a connection this device makes the print-out. Choose "Save as PDF" when printing to keep a PDF.',
      print: 'Print or save as PDF',
      back: 'Back to the map',
    },
    plan: {
      readOnly: 'Without a connection you can read the plan. Changing it works again once the connection is back.',
      notSaved: 'Without a connection the plan cannot change: this change was not saved. Try again once the connection is back.',
    },
    signOutWaiting: 'Some changes have not been sent yet. If you sign out now, they are lost. Sign out anyway?',
  },
};
