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
checkin-stopped = Se detuvo. Se guardaron todas las respuestas anteriores a esta.
checkin-add-nothing-saved-areas = No se guardó nada. `kinship checkin areas` muestra las áreas.
checkin-rated-twice = { $area } tiene dos respuestas. Dé cada área una sola vez.
checkin-areas-why = Por qué ayuda
checkin-areas-how = Califíquelas con `kinship checkin`, o con `kinship checkin add health=6 money=4`.
checkin-lowest = Lo más bajo en su último registro: { $area } ({ $rating }). La guía para cuidarse puede ayudar: `kinship guide { $guide }`, la parte "{ $section }".
checkin-history-none = Aún no hay registros. Toma un minuto: kinship checkin
checkin-history-legend = Una marca por registro, de 0 (muy mal) a 10 (muy bien); · es una semana sin respuesta.
checkin-history-changed = Lo que más cambió: { $sentence }
checkin-history-last-week = Su última semana, en sus palabras: { $sentence }
checkin-history-narrow = Solo caben los últimos { $charted } en esta ventana. Para ver { $wanted }, hágala más ancha, o véalos como números: kinship --plain checkin history --last { $last }

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
checkin-changed-too-few = Vuelva a registrarse la próxima semana para ver qué cambia.
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
