// Column titles of continental European reports (european_words.h): the words that name a
// table's test, result, unit, reference, flag and previous-result columns.
#include "european_words.h"

namespace oncoguide::import::internal::european {

namespace {

constexpr HeaderWord kHeaderWords[] = {
    // sr (Cyrillic and Latin), hr, sl, bg: test, result, unit, reference values, previous
    {"анализа", Header::kName},
    {"резултат", Header::kValue},
    {"јединица", Header::kUnit},
    {"референтне вредности", Header::kRange},
    {"референтни интервал", Header::kRange},
    {"претходни резултат", Header::kPrevious},
    {"pretraga", Header::kName},
    {"rezultat", Header::kValue},
    {"jedinica", Header::kUnit},
    {"referentne vrijednosti", Header::kRange},
    {"referentni interval", Header::kRange},
    {"referencne vrednosti", Header::kRange},
    {"referencni interval", Header::kRange},
    {"enota", Header::kUnit},
    {"prethodni rezultat", Header::kPrevious},
    {"изследване", Header::kName},
    {"показател", Header::kName},
    {"единица", Header::kUnit},
    {"единици", Header::kUnit},
    {"мерна единица", Header::kUnit},
    {"референтни стойности", Header::kRange},
    {"референтни граници", Header::kRange},
    {"предишен резултат", Header::kPrevious},
    {"предходен резултат", Header::kPrevious},
    // hu: test, result, unit, reference range, previous
    {"vizsgalat", Header::kName},
    {"eredmeny", Header::kValue},
    {"mertekegyseg", Header::kUnit},
    {"egyseg", Header::kUnit},
    {"referencia tartomany", Header::kRange},
    {"ref. tart.", Header::kRange},
    {"elozo eredmeny", Header::kPrevious},
    {"validalva", Header::kOther},  // validated on
    {"osszfeh.", Header::kOther},   // total protein
    // ro: analysis, result, unit, reference interval, previous
    {"analiza", Header::kName},
    {"rezultatul", Header::kValue},
    {"unitate", Header::kUnit},
    {"um", Header::kUnit},
    {"interval de referinta", Header::kRange},
    {"valori de referinta", Header::kRange},
    {"rezultat anterior", Header::kPrevious},
    // et: test, result, unit, reference, previous
    {"uuring", Header::kName},
    {"analuus", Header::kName},
    {"tulemus", Header::kValue},
    {"uhik", Header::kUnit},
    {"referentsvaartus", Header::kRange},
    {"referentsvahemik", Header::kRange},
    {"eelmine tulemus", Header::kPrevious},
    {"referentsvaartus:", Header::kRange},
    // fi (accents folded): test, result, unit, reference values, deviation
    {"tutkimus", Header::kName},
    {"tulos", Header::kValue},
    {"yksikko", Header::kUnit},
    {"viitearvot", Header::kRange},
    {"viitearvo", Header::kRange},
    {"poikk.", Header::kFlag},
    {"poikkeava", Header::kFlag},
    {"tetkik adi", Header::kName},  // tr: test, result, unit, reference range, status
    {"tetkik", Header::kName},
    {"sonuc", Header::kValue},
    {"birim", Header::kUnit},
    {"referans araligi", Header::kRange},
    {"durum", Header::kFlag},
    {"untersuchung", Header::kName},
    {"analyse", Header::kName},
    {"fracao", Header::kName},      // pt "Fração" (electrophoresis fractions)
    {"analyses", Header::kName},    // fr, plural
    {"analisi", Header::kName},     // it
    {"resultats", Header::kValue},  // fr, plural
    {"risultati", Header::kValue},  // it, plural
    {"esito", Header::kValue},      // it, "outcome"
    {"parameter", Header::kName},
    {"prueba", Header::kName},
    {"prova", Header::kName},  // ca, it, pt: "Prova | Resultat | Unitats | Interval ref."
    {"proba", Header::kName},  // gl: "Proba / Prueba | Resultado | Unidades | Int. referencia"
    {"proves", Header::kName},
    {"unitats", Header::kUnit},
    {"interval ref", Header::kRange},
    {"interval de referencia", Header::kRange},
    {"pruebas", Header::kName},
    {"determinacion", Header::kName},
    {"determinacio", Header::kName},  // ca: "Determinació | 15/04/2024 | 22/05/2024 | Unitats"
    {"valors de referencia", Header::kRange},  // ca
    {"analisis", Header::kName},
    {"parametre", Header::kName},
    {"examen", Header::kName},
    {"examens", Header::kName},  // fr, plural
    {"esame", Header::kName},
    {"analita", Header::kName},
    {"analito", Header::kName},  // es, pt: "Analito | Resultado Unidad | Referencia | Anterior"
    {"parametro", Header::kName},
    {"bepaling", Header::kName},
    {"onderzoek", Header::kName},
    {"exame", Header::kName},
    {"analise", Header::kName},  // pt "Análise"
    {"analises", Header::kName},
    {"exames", Header::kName},
    {"ergebnis", Header::kValue},
    {"befund", Header::kValue},
    {"wert", Header::kValue},
    {"messwert", Header::kValue},
    {"resultat", Header::kValue},
    {"resultado", Header::kValue},
    {"resultados", Header::kValue},
    {"ultimo resultado", Header::kValue},  // es, pt portals: the latest result, over its value
    {"valeur", Header::kValue},
    {"risultato", Header::kValue},
    {"uitslag", Header::kValue},
    {"resultaat", Header::kValue},
    {"waarde", Header::kValue},
    {"valor", Header::kValue},
    {"afw", Header::kFlag},
    {"marca", Header::kFlag},
    {"einheit", Header::kUnit},
    {"einheiten", Header::kUnit},
    {"unite", Header::kUnit},
    {"unites", Header::kUnit},
    {"unidades", Header::kUnit},
    {"unidad", Header::kUnit},
    {"unita", Header::kUnit},
    {"u.m.", Header::kUnit},  // it, "unità di misura"
    {"u. m.", Header::kUnit},
    {"eenheid", Header::kUnit},
    {"eenheden", Header::kUnit},
    {"unidade", Header::kUnit},
    {"unid.", Header::kUnit},  // pt, es: "Análise | Resultado | Unid. | Referência"
    {"unid", Header::kUnit},
    {"referenzbereich", Header::kRange},
    {"referenz", Header::kRange},
    {"normbereich", Header::kRange},
    {"normalwert", Header::kRange},
    {"normalwerte", Header::kRange},
    {"referenzwert", Header::kRange},
    {"referenzwerte", Header::kRange},
    {"valeurs de reference", Header::kRange},
    {"val. de reference", Header::kRange},  // fr, abbreviated
    {"valeurs de ref", Header::kRange},
    {"valeurs de ref.", Header::kRange},
    {"val. de ref.", Header::kRange},
    {"val. ref.", Header::kRange},
    {"valeurs normales", Header::kRange},
    {"valeurs usuelles", Header::kRange},
    {"intervalle de reference", Header::kRange},
    {"valores de referencia", Header::kRange},
    {"valor de referencia", Header::kRange},  // es, pt (singular), before "valor" (the result)
    {"valor referencia", Header::kRange},
    {"valor normal", Header::kRange},
    {"metodo", Header::kOther},  // es, pt, it: the method
    {"valores normales", Header::kRange},
    {"intervalo de referencia", Header::kRange},
    {"rango de referencia", Header::kRange},
    {"valori di riferimento", Header::kRange},
    {"intervallo di riferimento", Header::kRange},
    {"valori normali", Header::kRange},
    {"referentiewaarde", Header::kRange},
    {"referentiewaarden", Header::kRange},
    {"normaalwaarde", Header::kRange},
    {"normaalwaarden", Header::kRange},
    {"referencia", Header::kRange},
    {"v.r.", Header::kRange},  // es, it: "valores / valori di riferimento" ("V.R.: 13,0 - 17,0")
    {"vr", Header::kRange},    // pt: "valor de referência" ("VR: 12,0 – 15,5 | Ant.: ...")
    {"vorwert", Header::kPrevious},
    {"vorbefund", Header::kPrevious},
    {"vorergebnis", Header::kPrevious},
    {"voriger wert", Header::kPrevious},
    // de-CH portal card: "Vorheriger Wert: 106 g/l (06.08.2024)"
    {"vorheriger wert", Header::kPrevious},
    {"vorheriges resultat", Header::kPrevious},
    {"vorheriges ergebnis", Header::kPrevious},
    {"letzter wert", Header::kPrevious},
    {"resultat precedent", Header::kPrevious},
    {"precedent", Header::kPrevious},  // fr, a portal card's "Précédent : 109 g/L (06.02.2024)"
    {"precedente valeur", Header::kPrevious},
    {"valeur precedente", Header::kPrevious},
    {"valore precedente", Header::kPrevious},
    {"tidigare", Header::kPrevious},
    {"anterieur", Header::kPrevious},
    {"anteriorite", Header::kPrevious},
    {"anteriorites", Header::kPrevious},
    {"resultats anterieurs", Header::kPrevious},
    {"resultat anterieur", Header::kPrevious},
    {"anterior", Header::kPrevious},
    {"resultado anterior", Header::kPrevious},
    {"resultado previo", Header::kPrevious},  // es, gl: "Resultado previo (14/09/2023): 42,0 %"
    {"resultados previos", Header::kPrevious},
    {"valor previo", Header::kPrevious},
    {"resultat anterior", Header::kPrevious},  // ca
    {"resultats anteriors", Header::kPrevious},
    {"resultado ant.", Header::kPrevious},  // es ("RESULTADO ANT." over its date)
    {"result. ant.", Header::kPrevious},
    {"resultados anteriores", Header::kPrevious},  // es, pt, plural
    {"result. ant.", Header::kPrevious},           // es, abbreviated
    {"result. ant", Header::kPrevious},
    {"res. ant.", Header::kPrevious},
    {"res. anterior", Header::kPrevious},  // es: "Res. anterior | Fecha ant."
    {"ant.", Header::kPrevious},  // es, under a row: "V.R.: 13,0 - 17,0 | Ant.: 11,4 (21/05/2024)"
    {"valor anterior", Header::kPrevious},
    {"precedente", Header::kPrevious},
    // it: a printout's short titles, the earlier value and its date in one column ("PREC. DATA
    // PREC." over "10,6 05/02/24").
    {"prec.", Header::kPrevious},
    {"preced.", Header::kPrevious},  // it: "PRECED. | DATA PREC." (the earlier result, its date)
    {"preced", Header::kPrevious},
    {"prec", Header::kPrevious},
    {"prec. data prec.", Header::kPrevious},
    {"prec. data prec", Header::kPrevious},
    {"val. prec.", Header::kPrevious},
    {"precedente data", Header::kPrevious},
    {"vorige", Header::kPrevious},
    {"vorige uitslag", Header::kPrevious},
    {"vorig", Header::kPrevious},  // nl-BE "Vorig resultaat"
    {"vorig resultaat", Header::kPrevious},
    {"vorige resultaat", Header::kPrevious},
    {"vorige resultaten", Header::kPrevious},
    {"kommentar", Header::kOther},
    {"bemerkung", Header::kOther},
    {"methode", Header::kOther},
    {"commentaire", Header::kOther},
    {"comentario", Header::kOther},
    {"metodo", Header::kOther},
    {"opmerking", Header::kOther},
    {"badanie", Header::kName},
    {"analys", Header::kName},
    {"undersokning", Header::kName},  // sv "Undersökning", beside the analysis code ("Kod")
    {"kod", Header::kOther},
    {"kode", Header::kOther},  // da, no
    {"vysetreni", Header::kName},
    {"wynik", Header::kValue},
    {"vysledek", Header::kValue},
    {"jednostka", Header::kUnit},
    {"jedn.", Header::kUnit},
    {"jedn", Header::kUnit},
    {"flaga", Header::kFlag},
    {"enhet", Header::kUnit},
    {"enhed", Header::kUnit},               // da
    {"referenceinterval", Header::kRange},  // da
    {"ref.-interval", Header::kRange},      // da ("Ref.-interval")
    {"ref. interval", Header::kRange},
    {"исследование", Header::kName},  // ru (folded)
    {"показатель", Header::kName},
    {"наименование", Header::kName},
    {"результат", Header::kValue},
    {"заключение", Header::kValue},  // "conclusion", the typing of an immunofixation
    {"единицы", Header::kUnit},
    {"ед. изм", Header::kUnit},
    {"ед.", Header::kUnit},
    {"ед", Header::kUnit},
    {"референсные", Header::kRange},
    {"реф.", Header::kRange},  // "Реф. значения" (reference values, shortened)
    {"реф. значения", Header::kRange},
    {"референсный", Header::kRange},
    {"норма", Header::kRange},
    {"предыдущий", Header::kPrevious},
    {"показник", Header::kName},  // uk (folded)
    {"назва", Header::kName},     // "Назва дослідження" (name of the test)
    {"дослидження", Header::kName},
    {"од. вим.", Header::kUnit},
    {"од.", Header::kUnit},
    {"одиници", Header::kUnit},
    {"референтни", Header::kRange},
    {"попередний", Header::kPrevious},
    {"εξεταση", Header::kName},  // el (folded)
    {"αποτελεσμα", Header::kValue},
    {"μοναδεσ", Header::kUnit},
    {"μοναδα", Header::kUnit},  // "Μονάδα" (unit), singular
    {"τιμεσ αναφορασ", Header::kRange},
    {"τιμεσ αναφ.", Header::kRange},  // "Τιμές αναφ." (reference values, shortened)
    {"τιμεσ αναφ", Header::kRange},
    {"προηγουμενο", Header::kPrevious},
    {"προηγουμενη", Header::kPrevious},
    {"προηγ.", Header::kPrevious},  // "Προηγ. τιμή" (previous value)
    {"jednotky", Header::kUnit},
    {"jednotka", Header::kUnit},
    {"norma", Header::kRange},
    {"zakres referencyjny", Header::kRange},
    {"referensintervall", Header::kRange},
    {"referencni meze", Header::kRange},
    {"referencni mez", Header::kRange},  // cs, also abbreviated
    {"ref. mez", Header::kRange},
    {"ref. meze", Header::kRange},
    {"ref. hodnoty", Header::kRange},
    {"foregaende", Header::kPrevious},
    {"onceki sonuc", Header::kPrevious},  // tr: "Önceki Sonuç", its date on the line below
    {"onceki deger", Header::kPrevious},
    {"poprzedni wynik", Header::kPrevious},
    {"predchozi", Header::kPrevious},
    {"anm", Header::kOther},
    {"uwagi", Header::kOther},
    // es: a request's number beside each row's date ("N° orden | Hb | ..."), never a result
    {"n° orden", Header::kOther},
    {"nº orden", Header::kOther},
    {"no orden", Header::kOther},
    {"numero de orden", Header::kOther},
};

}  // namespace

std::span<const HeaderWord> HeaderWords() {
  static const std::vector<HeaderWord> all =
      Joined<HeaderWord>({kHeaderWords, MoreLanguageHeaderWords()});
  return all;
}

}  // namespace oncoguide::import::internal::european
