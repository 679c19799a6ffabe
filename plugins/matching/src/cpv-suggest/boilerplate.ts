// Words of the act of acquiring or giving, not of the thing: "supply of ...", "framework agreement for ...",
// "lot 2". Procurement notices and listings are full of them, and a few CPV labels hold them too ("Fuel
// cards for purchase"), which lets them pull in codes that have nothing to do with the text. Written in
// each language's own spelling and folded at load; compared after stemming, so inflected forms go too.
import { searchKeys, type CpvLanguage } from '@community-sharing/config';
import { stem } from './stemmer';

const LISTS: Record<CpvLanguage, string> = {
  bg: 'доставка доставки покупка закупуване придобиване обществена поръчка договор рамково споразумение обособена позиция възлагане концесия предоставяне',
  cs: 'dodávka dodávky nákup pořízení zakázka smlouva rámcová dohoda část zadání koncese poskytování',
  da: 'levering indkøb køb anskaffelse kontrakt rammeaftale udbud delaftale tildeling koncession',
  de: 'Lieferung Beschaffung Kauf Erwerb Vertrag Rahmenvereinbarung Rahmenvertrag Ausschreibung Vergabe Los Auftrag Konzession Bereitstellung',
  el: 'προμήθεια προμήθειες αγορά σύμβαση συμφωνία πλαίσιο διαγωνισμός τμήμα ανάθεση παραχώρηση παροχή',
  en: 'supply supplies delivery purchase procurement acquisition contract framework agreement tender lot award concession provision',
  es: 'suministro entrega compra adquisición contrato contratación acuerdo marco licitación lote adjudicación concesión prestación',
  et: 'hange hanke tarne ost soetamine leping raamleping pakkumus osa kontsessioon',
  fi: 'hankinta toimitus osto sopimus puitejärjestely tarjouskilpailu osa käyttöoikeussopimus',
  fr: 'fourniture livraison achat acquisition marché accord-cadre appel offres lot attribution concession prestation',
  ga: 'supply supplies delivery purchase procurement acquisition contract framework agreement tender lot award concession provision',
  hr: 'nabava isporuka kupnja ugovor okvirni sporazum grupa postupak koncesija pružanje',
  hu: 'beszerzés szállítás vásárlás szerződés keretmegállapodás közbeszerzés rész koncesszió',
  it: 'fornitura consegna acquisto acquisizione appalto contratto accordo quadro gara lotto affidamento concessione',
  lt: 'pirkimas tiekimas įsigijimas sutartis preliminarioji dalis koncesija',
  lv: 'piegāde iepirkums pirkums iegāde līgums vienošanās daļa koncesija',
  mt: 'provvista akkwist kuntratt offerta lott konċessjoni',
  nl: 'levering aankoop inkoop aanschaf aanbesteding opdracht overeenkomst raamovereenkomst perceel gunning concessie',
  pl: 'dostawa zakup nabycie zamówienie umowa ramowa przetarg część udzielenie koncesja',
  pt: 'fornecimento aquisição compra contrato acordo quadro concurso lote adjudicação concessão prestação',
  ro: 'furnizare achiziție achiziționare cumpărare contract acord cadru licitație lot atribuire concesiune',
  sk: 'dodávka dodanie nákup obstarávanie zákazka zmluva rámcová dohoda časť koncesia',
  sl: 'dobava nakup naročilo pogodba okvirni sporazum sklop koncesija',
  sv: 'leverans upphandling inköp köp anskaffning avtal ramavtal anbud koncession',
};

const SETS = new Map<CpvLanguage, ReadonlySet<string>>();

/** The stems of a language's boilerplate words. */
export function boilerplateStems(language: CpvLanguage): ReadonlySet<string> {
  let set = SETS.get(language);
  if (!set) {
    set = new Set(searchKeys(LISTS[language]).map((w) => stem(w, language)));
    SETS.set(language, set);
  }
  return set;
}
