/**
 * Dutch texts (B1) for working without a connection (issue 16): the indicator in the header,
 * opening the app without a connection, taking cases on a visit, the conflict screen and the
 * print-out made on the device. Kept apart from nl.ts.
 */
export const offlineNl = {
  offline: {
    indicator: {
      offline: 'Zonder verbinding',
      waiting: 'Wijzigingen wachten om te versturen',
      synced: 'Alles is verstuurd',
      offlineWaiting: 'Zonder verbinding · wijzigingen wachten op dit toestel',
    },
    unlock: {
      title: 'Geen verbinding',
      intro: 'Je kunt verder met de dossiers die je meenam op huisbezoek. Typ je wachtwoord om ze te openen.',
      password: 'Wachtwoord',
      open: 'Openen',
      wrong: 'Met dit wachtwoord gaat er niets open op dit toestel.',
      busy: 'Even geduld…',
    },
    visit: {
      title: 'Op huisbezoek',
      intro: 'Neem dit dossier mee: de kaarten, het plan en het gesprek blijven dan versleuteld op dit toestel, ook als er geen internet is.',
      days: 'Hoe lang mag het op dit toestel blijven?',
      day: '{{count}} dag(en)',
      take: 'Meenemen op huisbezoek',
      taken: 'Meegenomen tot {{date}}. Daarna, of zodra je wijzigingen verstuurd zijn, gaat het weg van dit toestel.',
      release: 'Niet meer meenemen',
      noKey: 'Dit toestel kan niets veilig bewaren. Meld je af en opnieuw aan, en probeer dan nog eens.',
      notTaken: 'Dit dossier staat niet op dit toestel. Zonder verbinding open je alleen wat je meenam op huisbezoek.',
      listOffline: 'Zonder verbinding zie je alleen de dossiers die je meenam op huisbezoek.',
    },
    conflict: {
      title: 'Jij en iemand anders veranderden hetzelfde',
      intro: 'Terwijl je zonder verbinding werkte, veranderde iemand anders dezelfde gegevens. Kies bij elke regel wat blijft. Al het andere is al samengevoegd.',
      person: 'Persoon',
      field: 'Gegeven',
      mine: 'Jouw versie',
      theirs: 'Versie op de server',
      removed: '(weggehaald)',
      empty: '(leeg)',
      whole: 'de hele persoon',
      map: 'de kaart zelf',
      keep: 'Bewaar mijn keuzes',
      chooseAll: 'Kies bij elke regel een versie.',
    },
    print: {
      note: 'Zonder verbinding maakt dit toestel de afdruk. Kies bij het afdrukken "Opslaan als PDF" als je een PDF wilt.',
      print: 'Afdrukken of als PDF bewaren',
      back: 'Terug naar de kaart',
    },
    plan: {
      readOnly: 'Zonder verbinding kan je het plan lezen. Aanpassen kan weer zodra er verbinding is.',
      notSaved: 'Zonder verbinding kan het plan niet veranderen: deze wijziging is niet bewaard. Probeer het opnieuw als er verbinding is.',
    },
    signOutWaiting: 'Er wachten nog wijzigingen die niet verstuurd zijn. Als je je nu afmeldt, ben je ze kwijt. Toch afmelden?',
  },
};
