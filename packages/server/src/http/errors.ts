import { describeIssue, formatPath, type Issue, type Labels, type Language } from '@netwerkkracht/core';

/**
 * The one catalogue of API errors: each code has its HTTP status and a plain text in every
 * language. Handlers throw `ApiError`; the error handler in ../app.ts turns it into
 * `{ error: { code, message, issues?, ...details } }`.
 */
export const API_ERRORS = {
  invalid_input: { status: 400, text: { nl: 'Sommige gegevens kloppen niet. Kijk de velden na.', fr: 'Certaines données ne sont pas correctes. Vérifiez les champs.', en: 'Some of the data is not right. Check the fields.' } },
  bad_request: { status: 400, text: { nl: 'Deze aanvraag is niet goed opgebouwd.', fr: 'Cette requête est mal formée.', en: 'This request is not well formed.' } },
  malformed_json: { status: 400, text: { nl: 'De gegevens zijn geen geldige JSON.', fr: 'Les données ne sont pas du JSON valide.', en: 'The data is not valid JSON.' } },
  empty_body: { status: 400, text: { nl: 'Er zijn geen gegevens meegestuurd.', fr: 'Aucune donnée n’a été envoyée.', en: 'No data was sent.' } },
  headers_too_large: { status: 431, text: { nl: 'De kopregels (headers) van deze aanvraag zijn te groot.', fr: 'Les en-têtes de cette requête sont trop grands.', en: 'The headers of this request are too large.' } },
  request_timeout: { status: 408, text: { nl: 'De aanvraag kwam niet op tijd helemaal aan. Probeer het opnieuw.', fr: 'La requête n’est pas arrivée complètement à temps. Réessayez.', en: 'The request did not arrive in full in time. Please try again.' } },
  body_too_large: { status: 413, text: { nl: 'Er zijn te veel gegevens in één keer gestuurd.', fr: 'Trop de données envoyées en une fois.', en: 'Too much data was sent at once.' } },
  unsupported_media_type: { status: 415, text: { nl: 'Stuur de gegevens als JSON (Content-Type: application/json).', fr: 'Envoyez les données en JSON (Content-Type: application/json).', en: 'Send the data as JSON (Content-Type: application/json).' } },
  not_authenticated: { status: 401, text: { nl: 'Meld je eerst aan.', fr: 'Connectez-vous d’abord.', en: 'Please log in first.' } },
  login_failed: { status: 401, text: { nl: 'Deze combinatie van e-mailadres en wachtwoord klopt niet, of het account is na te veel mislukte pogingen even vergrendeld. Probeer het later opnieuw.', fr: 'Cette combinaison d’adresse e-mail et de mot de passe est incorrecte, ou le compte est bloqué un moment après trop de tentatives échouées. Réessayez plus tard.', en: 'This email and password do not match, or the account is locked for a while after too many failed attempts. Try again later.' } },
  too_many_attempts: { status: 429, text: { nl: 'Te veel pogingen vanaf dit adres. Wacht even.', fr: 'Trop de tentatives depuis cette adresse. Patientez un moment.', en: 'Too many attempts from this address. Please wait.' } },
  password_change_required: { status: 403, text: { nl: 'Kies eerst een nieuw wachtwoord.', fr: 'Choisissez d’abord un nouveau mot de passe.', en: 'Choose a new password first.' } },
  csrf_failed: { status: 403, text: { nl: 'Deze aanvraag is geweigerd omdat de beveiligingscode ontbreekt of niet klopt. Laad de pagina opnieuw.', fr: 'Requête refusée : le code de sécurité manque ou est incorrect. Rechargez la page.', en: 'Request refused: the security token is missing or wrong. Reload the page.' } },
  forbidden: { status: 403, text: { nl: 'Je rol laat dit niet toe.', fr: 'Votre rôle ne le permet pas.', en: 'Your role does not allow this.' } },
  not_found: { status: 404, text: { nl: 'Niet gevonden.', fr: 'Introuvable.', en: 'Not found.' } },
  consent_required: { status: 409, text: { nl: 'Registreer eerst de toestemming van het gezin voor dit dossier.', fr: 'Enregistrez d’abord le consentement de la famille pour ce dossier.', en: 'Record the family’s consent for this case first.' } },
  sharing_consent_required: { status: 409, text: { nl: 'Het gezin heeft geen toestemming gegeven om dit dossier te delen.', fr: 'La famille n’a pas consenti au partage de ce dossier.', en: 'The family has not consented to sharing this case.' } },
  stale_version: { status: 409, text: { nl: 'Iemand anders heeft deze kaart intussen gewijzigd. Laad de nieuwste versie en probeer opnieuw.', fr: 'Quelqu’un d’autre a modifié cette carte entre-temps. Chargez la dernière version et réessayez.', en: 'Someone else changed this map in the meantime. Load the latest version and try again.' } },
  version_required: { status: 428, text: { nl: 'Geef de versie van de kaart mee waarop je wijziging steunt (If-Match).', fr: 'Indiquez la version de la carte sur laquelle repose votre modification (If-Match).', en: 'Send the map version your change is based on (If-Match).' } },
  already_exists: { status: 409, text: { nl: 'Dit bestaat al.', fr: 'Cela existe déjà.', en: 'This already exists.' } },
  in_use: { status: 409, text: { nl: 'Dit wordt nog gebruikt en kan niet weg.', fr: 'Ceci est encore utilisé et ne peut pas être supprimé.', en: 'This is still in use and cannot be removed.' } },
  pdf_unavailable: { status: 503, text: { nl: 'De PDF kan op deze server niet gemaakt worden: het programma om af te drukken (Chromium) is er niet. Vraag het aan de beheerder, of gebruik Afdrukken in je browser.', fr: 'Le PDF ne peut pas être créé sur ce serveur : le programme d’impression (Chromium) n’y est pas installé. Demandez à l’administrateur, ou utilisez Imprimer dans votre navigateur.', en: 'The PDF cannot be made on this server: the printing program (Chromium) is not installed. Ask the administrator, or use Print in your browser.' } },
  pdf_failed: { status: 503, text: { nl: 'De PDF kon nu niet gemaakt worden. Probeer het zo meteen opnieuw.', fr: 'Le PDF n’a pas pu être créé. Réessayez dans un instant.', en: 'The PDF could not be made just now. Please try again in a moment.' } },
  database_busy: { status: 503, text: { nl: 'De server is nog bezig met een andere wijziging. Er is niets bewaard: probeer het zo meteen opnieuw.', fr: 'Le serveur est encore occupé par une autre modification. Rien n’a été enregistré : réessayez dans un instant.', en: 'The server is still busy with another change. Nothing was saved: please try again in a moment.' } },
  // Accounts and sign-in (issue 11: items 3, 4, 6).
  password_too_common: { status: 400, text: { nl: 'Dit wachtwoord is te bekend: het staat bij de 10.000 meest gebruikte wachtwoorden. Kies een ander, bijvoorbeeld een zin van een paar woorden.', fr: 'Ce mot de passe est trop connu : il figure parmi les 10 000 mots de passe les plus utilisés. Choisissez-en un autre, par exemple une phrase de quelques mots.', en: 'This password is too well known: it is one of the 10,000 most used passwords. Choose another one, for example a sentence of a few words.' } },
  password_like_account: { status: 400, text: { nl: 'Je wachtwoord mag niet je e-mailadres of je naam zijn. Kies een ander.', fr: 'Votre mot de passe ne peut pas être votre adresse e-mail ni votre nom. Choisissez-en un autre.', en: 'Your password may not be your email address or your name. Choose another one.' } },
  password_unchanged: { status: 400, text: { nl: 'Je nieuwe wachtwoord moet anders zijn dan het wachtwoord waarmee je nu bent aangemeld.', fr: 'Votre nouveau mot de passe doit être différent de celui avec lequel vous êtes connecté.', en: 'Your new password must differ from the one you signed in with.' } },
  beheerder_browser: { status: 403, text: { nl: 'In deze browser heeft een beheerder gewerkt. Kies je eigen wachtwoord op je eigen toestel: zo kan niemand anders het eenmalige wachtwoord gebruiken.', fr: 'Un administrateur a travaillé dans ce navigateur. Choisissez votre propre mot de passe sur votre propre appareil : ainsi personne d’autre ne peut utiliser le mot de passe à usage unique.', en: 'An administrator has worked in this browser. Choose your own password on your own device, so nobody else can use the one-time password.' } },
  // Import and export of other tools' formats (issue 15).
  import_failed: { status: 400, text: { nl: 'Dit bestand kon niet ingelezen worden. Er is niets bewaard. Bekijk de problemen hieronder.', fr: 'Ce fichier n’a pas pu être lu. Rien n’a été enregistré. Voyez les problèmes ci-dessous.', en: 'This file could not be read. Nothing was saved. See the problems below.' } },
  internal: { status: 500, text: { nl: 'Er ging iets mis aan onze kant. Probeer het opnieuw.', fr: 'Un problème est survenu de notre côté. Réessayez.', en: 'Something went wrong on our side. Please try again.' } },
} as const satisfies Record<string, { status: number; text: Labels }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    readonly details: { readonly issues?: readonly Issue[]; readonly [key: string]: unknown } = {},
  ) {
    super(code);
    this.status = API_ERRORS[code].status;
  }
}

export interface ErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly issues?: readonly { path: string; code: string; message: string }[];
    readonly [key: string]: unknown;
  };
}

export function errorBody(error: ApiError, lang: Language): ErrorBody {
  const { issues, ...rest } = error.details;
  return {
    error: {
      ...rest,
      code: error.code,
      message: API_ERRORS[error.code].text[lang],
      ...(issues ? { issues: issues.map((i) => ({ path: formatPath(i.path), code: i.code, message: describeIssue(i, lang) })) } : {}),
    },
  };
}
