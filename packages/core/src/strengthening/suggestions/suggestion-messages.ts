import type { Language } from '../../labels.js';
import { SUPPORT_FUNCTION_VOCABULARY, type SupportFunction } from '../../vocabularies/index.js';
import type { SuggestionReason, SuggestionReasonCode } from './suggestion.js';

type Params = SuggestionReason['params'];
type Template = (p: Params, lang: Language) => string;
const v = (p: Params, key: string): string => String(p[key] ?? '');

/** A function's label, lower-cased at the start to sit inside a sentence ("praktische hulp"). */
function fn(p: Params, lang: Language): string {
  const code = v(p, 'function') as SupportFunction;
  const label = SUPPORT_FUNCTION_VOCABULARY.find((e) => e.code === code)?.labels[lang] ?? code;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * The reason of every suggestion in plain language, per language (a test checks every code has a
 * text in every language). Worded as an opportunity, never as a verdict on the person.
 */
export const SUGGESTION_REASON_MESSAGES: Readonly<Record<Language, Readonly<Record<SuggestionReasonCode, Template>>>> = {
  nl: {
    no_informal_emotional_support: (p) => (v(p, 'coverage') === 'alleen_formeel'
      ? 'Voor emotionele steun kan je nu alleen bij hulpverleners terecht. Iemand uit je eigen kring die luistert, kan erbij komen.'
      : 'Er is nu niemand bij wie je je hart kan luchten. Iemand die luistert, kan erbij komen.'),
    gap_none: (p, lang) => `Voor ${fn(p, lang)} is er nu nog niemand.`,
    gap_formal_only: (p, lang) => `Voor ${fn(p, lang)} helpen nu alleen hulpverleners; iemand uit je eigen kring kan erbij komen.`,
    small_network: (p) => `Er staan nu ${v(p, 'informalSize')} mensen uit je eigen kring op de kaart. Nieuwe mensen leren kennen kan, op je eigen tempo.`,
    key_person: (p) => `${v(p, 'name')} draagt veel: zonder ${v(p, 'name')} valt veel steun weg. Wie kan een deel mee opnemen?`,
    possibly_overloaded: (p) => `${v(p, 'name')} helpt bij ${v(p, 'functionCount')} dingen. Hoe gaat het met ${v(p, 'name')}? Wie kan een deel mee opnemen?`,
    key_person_possibly_overloaded: (p) => `${v(p, 'name')} helpt bij ${v(p, 'functionCount')} dingen en zonder ${v(p, 'name')} valt veel weg. Hoe gaat het met ${v(p, 'name')}? Wie kan een deel mee opnemen?`,
    high_professional_dependence: (p) => `Ongeveer ${v(p, 'percent')}% van de steun komt nu van hulpverleners. Die hulp stopt ooit; je eigen netwerk blijft.`,
    dormant_person: (p) => `Het contact met ${v(p, 'name')} is stilgevallen. Wil je het weer oppikken?`,
    wished_person: (p) => `Je zou graag contact hebben met ${v(p, 'name')}. Wat kan een eerste stap zijn?`,
    few_bridging_ties: () => 'Je kent weinig mensen buiten je eigen kring. Mensen met een andere achtergrond kunnen nieuwe informatie en kansen brengen.',
    low_reciprocity: (p) => `Bij ${v(p, 'percent')}% van je contacten gaat de steun over en weer. Iets kunnen teruggeven maakt vragen lichter.`,
    isolated_people: (p) => `${v(p, 'names')} ${Number(p['count']) === 1 ? 'kent' : 'kennen'} niemand anders op je kaart. Mensen samenbrengen kan de steun sterker maken.`,
    network_reacts_to_change: (p) => `Het contact met ${v(p, 'name')} loopt niet altijd vlot. Als er hulp komt of als er iets verandert, voelt iemand uit je eigen kring zich soms opzij gezet: ‘de hulpverlener of ik’. Hoe kan ${v(p, 'name')} erbij betrokken worden?`,
  },
  fr: {
    no_informal_emotional_support: (p) => (v(p, 'coverage') === 'alleen_formeel'
      ? 'Pour le soutien émotionnel, vous ne pouvez compter maintenant que sur des professionnels. Une personne de votre entourage qui écoute peut s’y ajouter.'
      : 'Il n’y a maintenant personne à qui vous confier. Une personne qui écoute peut s’y ajouter.'),
    gap_none: (p, lang) => `Pour ${fn(p, lang)}, il n’y a encore personne.`,
    gap_formal_only: (p, lang) => `Pour ${fn(p, lang)}, seuls des professionnels aident maintenant ; une personne de votre entourage peut s’y ajouter.`,
    small_network: (p) => `Il y a maintenant ${v(p, 'informalSize')} personnes de votre entourage sur la carte. Rencontrer de nouvelles personnes est possible, à votre rythme.`,
    key_person: (p) => `${v(p, 'name')} porte beaucoup : sans ${v(p, 'name')}, beaucoup de soutien disparaît. Qui peut en reprendre une partie ?`,
    possibly_overloaded: (p) => `${v(p, 'name')} aide pour ${v(p, 'functionCount')} choses. Comment va ${v(p, 'name')} ? Qui peut en reprendre une partie ?`,
    key_person_possibly_overloaded: (p) => `${v(p, 'name')} aide pour ${v(p, 'functionCount')} choses et sans ${v(p, 'name')}, beaucoup disparaît. Comment va ${v(p, 'name')} ? Qui peut en reprendre une partie ?`,
    high_professional_dependence: (p) => `Environ ${v(p, 'percent')} % du soutien vient maintenant de professionnels. Cette aide s’arrêtera un jour ; votre propre réseau reste.`,
    dormant_person: (p) => `Le contact avec ${v(p, 'name')} s’est arrêté. Voulez-vous le reprendre ?`,
    wished_person: (p) => `Vous aimeriez avoir du contact avec ${v(p, 'name')}. Quel pourrait être un premier pas ?`,
    few_bridging_ties: () => 'Vous connaissez peu de personnes en dehors de votre entourage. Des personnes d’un autre milieu peuvent apporter de nouvelles informations et de nouvelles chances.',
    low_reciprocity: (p) => `Avec ${v(p, 'percent')} % de vos contacts, le soutien va dans les deux sens. Pouvoir rendre quelque chose rend la demande plus légère.`,
    isolated_people: (p) => `${v(p, 'names')} ne ${Number(p['count']) === 1 ? 'connaît' : 'connaissent'} personne d’autre sur votre carte. Rapprocher les gens peut renforcer le soutien.`,
    network_reacts_to_change: (p) => `Le contact avec ${v(p, 'name')} n’est pas toujours facile. Quand de l’aide arrive ou que quelque chose change, un proche se sent parfois mis de côté : « l’intervenant ou moi ». Comment associer ${v(p, 'name')} ?`,
  },
  en: {
    no_informal_emotional_support: (p) => (v(p, 'coverage') === 'alleen_formeel'
      ? 'For emotional support you can now only turn to professionals. Someone from your own circle who listens could be added.'
      : 'There is nobody now you can open up to. Someone who listens could be added.'),
    gap_none: (p, lang) => `For ${fn(p, lang)} there is nobody yet.`,
    gap_formal_only: (p, lang) => `For ${fn(p, lang)} only professionals help now; someone from your own circle could be added.`,
    small_network: (p) => `There are now ${v(p, 'informalSize')} people from your own circle on the map. Meeting new people is possible, at your own pace.`,
    key_person: (p) => `${v(p, 'name')} carries a lot: without ${v(p, 'name')} much support would go. Who could take on part of it?`,
    possibly_overloaded: (p) => `${v(p, 'name')} helps with ${v(p, 'functionCount')} things. How is ${v(p, 'name')} doing? Who could take on part of it?`,
    key_person_possibly_overloaded: (p) => `${v(p, 'name')} helps with ${v(p, 'functionCount')} things and without ${v(p, 'name')} much would go. How is ${v(p, 'name')} doing? Who could take on part of it?`,
    high_professional_dependence: (p) => `About ${v(p, 'percent')}% of the support now comes from professionals. That help will stop one day; your own network stays.`,
    dormant_person: (p) => `Contact with ${v(p, 'name')} has lapsed. Would you like to pick it up again?`,
    wished_person: (p) => `You would like to be in touch with ${v(p, 'name')}. What could a first step be?`,
    few_bridging_ties: () => 'You know few people outside your own circle. People from another background can bring new information and chances.',
    low_reciprocity: (p) => `With ${v(p, 'percent')}% of your contacts, support goes both ways. Being able to give something back makes asking easier.`,
    isolated_people: (p) => `${v(p, 'names')} ${Number(p['count']) === 1 ? 'knows' : 'know'} nobody else on your map. Bringing people together can make the support stronger.`,
    network_reacts_to_change: (p) => `Contact with ${v(p, 'name')} is not always easy. When help arrives or things change, someone of your own circle sometimes feels pushed aside: “the support worker or me”. How could ${v(p, 'name')} be involved?`,
  },
};

export function describeSuggestionReason(reason: SuggestionReason, lang: Language): string {
  return SUGGESTION_REASON_MESSAGES[lang][reason.code](reason.params, lang);
}
