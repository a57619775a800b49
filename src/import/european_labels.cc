// Date labels of continental European reports (european_words.h): collection dates and the
// other dates a report prints.
#include "european_words.h"

namespace oncoguide::import::internal::european {

namespace {

constexpr std::string_view kCollectionLabels[] = {
    // sr, hr, sl: the sampling ("Датум и време узорковања", "Datum vađenja", "Datum odvzema")
    "узорковања",
    "узорковање",
    "uzorkovanja",
    "datum vađenja",
    "datum vadenja",
    "vađenje krvi",
    "datum odvzema",
    "odvzem",
    // bg: "Дата на вземане" (taken), "Взета проба"
    "дата на вземане",
    "вземане на проба",
    "взета проба",
    "взет материал",
    "взета на",
    // hu: "Mintavétel ideje" (sampling time)
    "mintavétel",
    "mintavetel",
    // ro: "Data recoltării" (collection)
    "data recoltării",
    "data recoltarii",
    "recoltat",
    "recoltare",
    // et: "Proovi võtmise aeg", "Proovivõtt"
    "proovi võtmise",
    "proovi votmise",
    "proovivõtt",
    "proovivõtu",
    "proovivott",
    "proovivotu",
    // ru: "Дата взятия биоматериала" (date the sample was taken), "забора" (drawn)
    "взятия биоматериала",
    "взятия образца",
    "взятия крови",
    "забора биоматериала",
    "забора крови",
    "дата взятия",
    // uk: "Дата взяття біоматеріалу" (the sample's taking)
    "взяття біоматеріалу",
    "взяття зразка",
    "взяття крові",
    "дата взяття",
    "дата забора",
    // tr (a Turkish e-Nab\xC4\xB1z printout): "Numune Alma Zaman\xC4\xB1" (sampling time)
    "numune alma zaman\xC4\xB1",
    "numune alma zamani",
    "numune alma tarihi",
    "numune tarihi",
    "probenentnahme",
    "entnahmedatum",
    "entnahmezeit",
    "entnahme",
    "abnahme",
    "probennahme",
    "probenahme",     // de-AT: "Probenahme: 12.03.2024 07:45"
    "probenabnahme",  // de-AT: "Probenabnahme: 02.10.2024 07:45"
    "blutabnahme",
    "blutentnahme",
    "probenahmedatum",
    "entnommen am",
    "abnahmedatum",
    "abnahmezeit",
    "date de pr\xC3\xA9l\xC3\xA8vement",
    "date de prelevement",
    "date du pr\xC3\xA9l\xC3\xA8vement",
    "date du prelevement",
    "pr\xC3\xA9lev\xC3\xA9 le",
    "preleve le",
    "pr\xC3\xA9lev\xC3\xA9",  // fr-CA: "Collected / Prélevé : 2025-01-14 08:42"
    "preleve",
    "pr\xC3\xA9l\xC3\xA8vement",
    "prelevement",
    "fecha de extracci\xC3\xB3n",
    "fecha de extraccion",
    "fecha extracci\xC3\xB3n",
    "fecha extraccion",
    "fecha de toma",
    "f.extrac",  // es, a lab system's abbreviation: "F.EXTRAC.: 20/02/2024 08:20"
    "f. extrac",
    "f.extracc",
    "f.toma",
    "fecha de la muestra",
    // A marrow procedure's own date, as "date of procedure" in English ("Prozeduraren data /
    // Fecha del procedimiento: 2024/02/20 09:40").
    "fecha del procedimiento",
    "fecha de procedimiento",
    "fecha de la biopsia",
    "fecha del aspirado",
    "fecha de la punci\xC3\xB3n",  // es: a marrow puncture's date ("Fecha de la punción")
    "fecha de la puncion",
    "fecha de punci\xC3\xB3n",
    "fecha de puncion",
    "data da pun\xC3\xA7\xC3\xA3o",  // pt
    "data da puncao",
    "date de la ponction",
    "date du geste",
    "data della biopsia",
    "data del prelievo midollare",
    "data do procedimento",
    "data da bi\xC3\xB3psia",
    "data da biopsia",
    "punktionsdatum",
    "datum der punktion",
    "fecha de obtenci\xC3\xB3n",
    "fecha de obtencion",
    "data de obtenci\xC3\xB3n",  // gl: a marrow aspirate's "Data de obtención: 09/05/2024 10:15"
    "data de obtencion",
    "toma de muestra",
    "toma muestra",  // es-CL: "Toma muestra: 07/03/2024 08:20"
    "toma de muestras",
    "extracci\xC3\xB3n",
    "extraccion",
    "recolecci\xC3\xB3n",  // es: a timed urine's collection ("Recolección: ... al ...")
    "recoleccion",
    "recogida",                 // es: "Recogida: del 06/04/2024 08:00 al 07/04/2024 08:00"
    "data d'extracci\xC3\xB3",  // ca: "Data d'extracció: 14/03/2024 08:35"
    "data d'extraccio",
    "data d\xE2\x80\x99"
    "extracci\xC3\xB3",
    "extracci\xC3\xB3",
    "extraccio",
    "data de recollida",
    "data de la mostra",
    "data d'obtenci\xC3\xB3",  // ca: a marrow aspirate's "Data d'obtenció: 22/05/2024 10:35"
    "data d'obtencio",
    "data d\xE2\x80\x99"
    "obtenci\xC3\xB3",
    "data de presa",  // ca: "Data de presa de mostra"
    "αιμοληψίας",  // el: "Ημ/νία αιμοληψίας" (blood draw); a timed urine's "συλλογή"
    "συλλογή",
    "λήψης δείγματος",  // el: "Ημερομηνία λήψης (δείγματος)" (the sample's taking)
    "λήψης",
    "data prelievo",
    "data del prelievo",
    "data di prelievo",
    "prelevato il",
    "prelievo",
    "afnamedatum",
    "datum afname",
    "afname",
    "afgenomen op",
    "staalname",  // nl-BE: the sample's taking ("Staalname: 12/03/2024 08:17")
    "datum staalname",
    "staalafname",
    "data da colheita",
    "data de colheita",
    "colheita",
    "data da coleta",
    "data de coleta",
    "coleta",
    "coletado em",  // pt-BR, under each exam's block ("Coletado em: 07/05/2024 07:45")
    "coletado",
    "colhido em",
    "data i godz. pobrania",
    "data i godzina pobrania",
    "data pobrania",
    "pobranie",  // pl: "Pobranie: 2024-03-15 07:42"
    "pobrano",
    "n\xC3\xA4ytteenottoaika",  // fi: the sample's taking ("Näytteenottoaika", "Näyte otettu")
    "naytteenottoaika",
    "n\xC3\xA4yte otettu",
    "nayte otettu",
    "provtagningstidpunkt",          // sv: "Provtagningstidpunkt 2024-04-08 08:25" (1177 Journalen)
    "pr\xC3\xB8vetakingstidspunkt",  // nb
    "provetakingstidspunkt",
    "pr\xC3\xB8vetagningstidspunkt",  // da
    "provetagningstidspunkt",
    "provtagningsdatum",
    "provtagningstid",
    "provtagning",
    "provtagen",
    "datum odb\xC4\x9Bru",
    "datum odberu",
    "odb\xC4\x9Br",
    "odber",
};

constexpr std::string_view kOtherDateLabels[] = {
    // sr, hr, sl, bg, hu, ro, et: birth, receipt, issue, printing, validation
    "датум рођења",
    "рођења",
    "пријем узорка",
    "датум издавања",
    "издавања",
    "datum rođenja",
    "datum rodenja",
    "datum izdavanja",
    "datum rojstva",
    "дата на раждане",
    "роден",
    "приемане",
    "приета",
    "издаден",
    "születési",
    "szuletesi",
    "lekérdezés",
    "lekerdezes",
    "validálva",
    "validalva",
    "érkezett",
    "data nașterii",
    "data nasterii",
    "eliberat",
    "validat",
    "sünniaeg",
    "sunniaeg",
    "väljastatud",
    "valjastatud",
    // ru: received, performed, printed, birth, issued, registered
    "поступления",
    "выполнения",
    "печати",
    "рождения",
    "выдачи",
    "регистрации",
    // uk: registered, issued, birth, printed ("Реєстрація:", "Видано:"; labels are matched in
    // lower case, Cyrillic and Greek capitals too)
    "реєстрація",
    "реєстрації",
    "видано",
    "виконано",     // uk: performed ("Виконано: 16.02.2024 17:45")
    "затверджено",  // uk: approved
    "видачі",
    "народження",
    "друку",
    "παραλαβής",  // el: received, issued, birth, printed
    "έκδοσης",
    "γέννησης",
    "εκτύπωσης",
    "onay zaman\xC4\xB1",  // tr: approved, accepted, report and birth dates
    "onay zamani",
    "kabul zaman\xC4\xB1",
    "kabul zamani",
    "rapor tarihi",
    "do\xC4\x9Fum tarihi",
    "dogum tarihi",
    "eingang",
    "eingang labor",
    "befunddatum",
    "befund",
    "geb",
    "geburtsdatum",
    "freigegeben",
    "druckdatum",
    "ausgedruckt",
    "validiert",
    "date de naissance",
    "n\xC3\xA9 le",
    "n\xC3\xA9(e) le",
    "ne le",
    "\xC3\xA9"
    "dit\xC3\xA9 le",
    "edite le",
    "valid\xC3\xA9 le",
    "valide le",
    "date de validation",  // fr: a cumulative table's "Date de validation" row under the
    "validation",          // collection dates ("Date de prélèvement")
    "re\xC3\xA7u le",
    "recu le",
    "date d'\xC3\xA9"
    "dition",
    "date d'edition",
    "imprim\xC3\xA9",
    "imprime",
    "fecha de validaci\xC3\xB3n",
    "f.valid",  // es, abbreviated beside "F.EXTRAC.": "F.RECEP.", "F.VALID.", "F.NACIM.",
    "f.recep",  // "F.IMPRESION"
    "f.nacim",
    "f.impresion",
    "f.impresi\xC3\xB3n",
    "f.informe",
    "fecha de validacion",
    "validado",
    "fecha de recepci\xC3\xB3n",
    "fecha de recepcion",
    "recepci\xC3\xB3n",
    "recepcion",
    "validaci\xC3\xB3n",  // es: "Validación: 11/03/2024 16:44"
    "validacion",
    "fecha de nacimiento",
    "nacimiento",
    "data de recepci\xC3\xB3",  // ca: reception, validation, printing, birth
    "data de recepcio",
    "data de validaci\xC3\xB3",
    "data de validacio",
    "data d'impressi\xC3\xB3",
    "data d'impressio",
    "data de naixement",
    "naixement",
    "impreso",
    "informe impreso",
    "fecha de informe",
    "fecha de emisi\xC3\xB3n",
    "fecha de emision",
    "fecha de impresi\xC3\xB3n",
    "fecha de impresion",
    "data di nascita",
    "data referto",
    "stampato",
    "data accettazione",
    "accettazione",
    "validato",
    "ontvangst",
    "ontvangst lab",
    "verslag",  // nl-BE: the report's date ("Verslag: 13/03/2024 14:40")
    "datum verslag",
    "geboortedatum",
    "afgedrukt",
    "afgedrukt op",
    "geautoriseerd",
    "uitslagdatum",
    "datum uitslag",
    "gevalideerd",
    "data de nascimento",
    "data do resultado",
    "impresso",
    "liberado",
    "recebido",
    "data przyj\xC4\x99"
    "cia",
    "data przyjecia",
    "data wykonania",
    "data wydania wyniku",
    "data wydania",
    "przyj\xC4\x99"
    "cie",  // pl: received, issued ("Przyjęcie:", "Wydanie:")
    "przyjecie",
    "wydanie",
    "data urodzenia",
    "ankomstdatum",
    "svarsdatum",
    "f\xC3\xB6"
    "delsedatum",
    "fodelsedatum",
    "datum p\xC5\x99ijet\xC3\xAD",
    "datum prijeti",
    "datum vyd\xC3\xA1n\xC3\xAD",
    "datum vydani",
    "datum narozen\xC3\xAD",
    "datum narozeni",
};

}  // namespace

std::span<const std::string_view> CollectionLabels() {
  static const std::vector<std::string_view> all =
      Joined<std::string_view>({kCollectionLabels, MoreLanguageCollectionLabels()});
  return all;
}
std::span<const std::string_view> OtherDateLabels() {
  static const std::vector<std::string_view> all =
      Joined<std::string_view>({kOtherDateLabels, MoreLanguageOtherDateLabels()});
  return all;
}

}  // namespace oncoguide::import::internal::european
