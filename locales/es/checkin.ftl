# kinship checkin, journal, kit y remind: las semanas, las palabras y la
# naloxona de la familia.

## kinship checkin
checkin-no-terminal = `kinship checkin` le hace preguntas, y para eso necesita una terminal; esta no lo es.
checkin-no-terminal-hint = Use `kinship checkin add ÁREA=N ...`, por ejemplo `kinship checkin add health=6 overall=5`; `kinship checkin areas` muestra las áreas.
checkin-nothing-saved = No se guardó nada.
checkin-saved = Se guardó su registro: { $rated } de { $total } áreas.
checkin-saved-for = Se guardó su registro del { $date }: { $rated } de { $total } áreas.
checkin-history-hint = Vea cómo cambia con las semanas: kinship checkin history
checkin-ask-area = { $area }: { $question } (0-10, Enter para saltar)
checkin-ask-sentence = Una frase sobre su semana (Enter para saltar)
checkin-stopped = Se detuvo. Se guardaron todas las calificaciones anteriores a esta.
checkin-add-nothing-saved-areas = No se guardó nada. `kinship checkin areas` muestra las áreas.
checkin-rated-twice = { $area } tiene dos calificaciones. Califique cada área una sola vez.
checkin-areas-why = Por qué ayuda
checkin-areas-how = Califíquelas con `kinship checkin`, o con `kinship checkin add health=6 money=4`.
checkin-lowest = Lo más bajo en su último registro: { $area } ({ $rating }). La guía para cuidarse puede ayudar: `kinship guide { $guide }`, la parte "{ $section }".
checkin-history-none = Aún no hay registros. Lleva solo un minuto: kinship checkin
checkin-history-legend = Una marca por registro, de 0 (muy mal) a 10 (muy bien); · es una semana sin respuesta.
checkin-history-changed = Lo que más cambió: { $sentence }
checkin-history-last-week = Su última semana, en sus palabras: { $sentence }
checkin-history-narrow = { $charted ->
    [one] Solo cabe el último en esta ventana.
   *[other] Solo caben los últimos { $charted } en esta ventana.
} Para ver { $wanted }, hágala más ancha, o véalos como números: kinship --plain checkin history --last { $last }

## Calificaciones y notas
checkin-saved-rating-too-high = la calificación de { $area } es { $rating }, y { $rating } es más que 10
checkin-rating-too-high = { $n } es más que 10. Dé un número de 0 (muy mal) a 10 (muy bien).
checkin-rating-too-low = { $n } es menos que 0. Dé un número de 0 (muy mal) a 10 (muy bien).
checkin-rating-how = Dé un número de 0 (muy mal) a 10 (muy bien).
checkin-rating-not-a-number = { $text } no es un número entero. Dé un número de 0 (muy mal) a 10 (muy bien).
checkin-not-an-assignment = { $text } no tiene la forma ÁREA=N. Escriba un área y una calificación, por ejemplo health=6.
checkin-did-you-mean = ¿Quiso decir { $area }?
checkin-no-such-area = No hay ningún área llamada { $area }.{ $close } Las áreas son: { $areas }.
checkin-note-too-long = Esa nota tiene { $chars } caracteres; una nota puede tener hasta { $max }. Para escribir más, use su diario: kinship journal

## Lo que dice el historial
checkin-none = sin respuesta
checkin-day-month = { $day } de { $month }
checkin-day-month-short = { $day } { $month }
checkin-changed = { $area }: { $first } → { $last } desde el { $since }.
checkin-changed-plain = { $area } pasó de { $first } a { $last } desde el { $since }.
checkin-changed-too-few = Haga otro registro la próxima semana para ver qué cambia.
checkin-changed-none = Ningún área ha cambiado desde el { $since }.
checkin-chart-not-rated = { $area }: sin calificar
checkin-chart-title = { $area } (de 0 a 10)
checkin-range-none = Aún no hay registros
checkin-range-one = 1 registro, { $date }
checkin-range = { $shown } registros, del { $from } al { $to }
checkin-range-of = { $range } (los últimos { $shown } de { $total })

## kinship print checkins
checkin-print-title = Mis registros
checkin-print-scale = Cada área se califica de 0 (muy mal) a 10 (muy bien), más o menos una vez por semana.
checkin-print-what-changed = Lo que cambió
checkin-print-lowest = Lo más bajo en el último registro: { $area } ({ $rating }). La guía para cuidarse puede ayudar:
checkin-print-lowest-part = , la parte "{ $section }".
checkin-print-private = Las notas de cada registro son privadas y no se imprimen.

## kinship journal
journal-entry-heading = Entrada { $n } · { $date }, { $time }
journal-no-terminal = `kinship journal` le pide su entrada, y para eso necesita una terminal; esta no lo es.
journal-no-terminal-hint = Guarde un archivo como entrada con `kinship journal --file ARCHIVO`, o envíe el texto desde otro programa con `--file -`.
journal-your-entry = Su entrada
journal-nothing-saved = No se guardó nada.
journal-stopped = Se detuvo. No se guardó nada.
journal-saved = Se guardó como la entrada { $n }. Vuelva a leerla con `kinship journal show { $n }`.
journal-file-too-long = { $file } tiene más de { $kb } KB; una entrada del diario puede tener hasta eso (unas 15.000 palabras). Divídala en varias entradas.
journal-empty-entry = La entrada está vacía, así que no se guardó nada.
journal-too-long = Esa entrada tiene { $size }; una entrada del diario puede tener hasta { $kb } KB (unas 15.000 palabras). Divídala en varias entradas.
journal-empty = Su diario está vacío. Escriba una entrada con `kinship journal`.
journal-numbered = Sus entradas van del número { $first } al { $last }; `kinship journal list` las muestra.
journal-no-entry = No hay ninguna entrada del diario { $entry }.
journal-deleted-meanwhile = La entrada { $n } del diario se borró mientras tanto.
journal-left-out = Se dejó fuera: { $error } { $hints }
journal-list-date = { $day } { $month } { $year }
journal-search-none = Ninguna entrada del diario tiene { $words }.
journal-and = y
journal-delete-no-terminal = Para borrar la entrada { $n } del diario hace falta un sí, y no hay una terminal donde preguntar.
journal-delete-no-terminal-hint = Ejecute `kinship journal delete { $n } --yes`.
journal-delete-purge-question = ¿Borrar para siempre la entrada { $n } del diario?
journal-delete-question = ¿Borrar la entrada { $n } del diario? Se guarda aparte, no se destruye.
journal-delete-kept = Se conservó. No se cambió nada.
journal-purged = Se borró para siempre la entrada { $n } del diario.
journal-deleted = Se borró la entrada { $n } del diario. El archivo se movió a { $path }.

## kinship kit
kit-doses = { $n ->
    [one] { $n } dosis
   *[other] { $n } dosis
}
kit-added = Se agregó { $id }: { $name } ({ $doses }), sirve hasta { $until }.
kit-added-expired = Esa fecha ya pasó: consiga naloxona nueva pronto.
kit-added-soon = Vence en menos de 60 días: planee conseguir una nueva.
kit-added-good = kinship le avisará 60 días antes de que venza. Para su teléfono: kinship remind -o reminders.ics
kit-used = Anotado: se usó una dosis de { $item }; { $left ->
    [0] no queda ninguna
    [one] queda { $left } dosis
   *[other] quedan { $left } dosis
}.
kit-used-replace = Reemplácela lo antes posible, para que siempre haya naloxona a mano. Una farmacia o un servicio de reducción de daños pueden ayudarle: kinship guide harm-reduction
kit-used-up-hint = Cuando tenga la nueva, agréguela (`kinship kit add`) y quite esta: kinship kit remove { $id }
kit-removed = Se quitó { $id }: { $item }.
kit-not-a-number = { $text } no es un número de la lista.
kit-not-a-number-hint = Dé el número que muestra `kinship kit list`, por ejemplo 1.
kit-empty-short = Su lista del kit está vacía. Agregue naloxona con `kinship kit add NOMBRE --expires AAAA-MM`.
kit-numbers = Los números son: { $numbers }. Véalos con `kinship kit list`.
kit-no-item = No hay ningún número { $id } en su kit.
kit-empty = Su lista del kit está vacía. Agregue la naloxona que tiene, con la fecha de su caja: kinship kit add "Narcan en aerosol nasal" --expires 2027-03 --where "cajón de la cocina"
kit-state-expired = VENCIDA: reemplácela
kit-state-today = vence hoy: reemplácela
kit-state-soon = vence en { $days } días: consiga una nueva
kit-state-good = vigente
kit-state-used-up = usada: reemplácela
kit-until = hasta { $date }
kit-expiry-how = Escríbala como viene en la caja: el año y el mes, por ejemplo 2027-03, o la fecha completa, por ejemplo 2027-03-15.
kit-not-a-date = { $text } no es una fecha de vencimiento. { $how }
kit-bad-year = { $text } tiene el año { $year }, que no puede ser correcto. { $how }
kit-bad-month = { $text } no tiene un mes { $month }: los meses van del 01 al 12. { $how }
kit-bad-day = { $month } no tiene día { $day }. { $how }
kit-text-empty = El { $what ->
    [name] nombre
   *[other] lugar
} está vacío. Escriba unas palabras.
kit-text-too-long = El { $what ->
    [name] nombre
   *[other] lugar
} tiene { $chars } caracteres; kinship guarda hasta { $max }.
kit-text-one-line = El { $what ->
    [name] nombre
   *[other] lugar
} debe ocupar una sola línea.

## kinship remind
remind-nothing = No hay nada que recordarle, así que no se escribió ningún archivo.
remind-all-expired = Todo lo de su kit ya venció: vea `kinship kit list`.
remind-nothing-hint = Agregue su naloxona con `kinship kit add NOMBRE --expires AAAA-MM`, o agregue --checkin weekly.
remind-wrote = Se escribió { $file } con { $count ->
    [one] { $count } recordatorio
   *[other] { $count } recordatorios
}.
remind-wrote-hint = Ábralo en su teléfono o su computadora para agregar los recordatorios a su calendario.
remind-some-expired = { $past ->
    [one] { $past } de sus naloxonas ya venció, así que no tiene recordatorio: vea `kinship kit list`.
   *[other] { $past } de sus naloxonas ya vencieron, así que no tienen recordatorio: vea `kinship kit list`.
}
remind-ics-calendar = recordatorios de kinship
remind-ics-expires-in = La naloxona vence en { $days } días
remind-ics-expires-today = La naloxona vence hoy
remind-ics-expires-what = Consiga naloxona nueva antes de esta fecha. Vea: kinship kit list
remind-ics-checkin = Su registro semanal: ¿cómo le va?
remind-ics-checkin-what = Un minuto para usted: kinship checkin
