# Los mensajes de kinship en español: de usted, claros y respetuosos.
# Mismos identificadores que locales/en/kinship.ftl (una prueba lo revisa).
language-name = español

## Contar
count-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}

## Elegir el idioma
lang-unknown = kinship no habla { $asked } ({ $origin }); se usa el inglés. Idiomas: { $choices }.

## Contenido aún sin traducir
fallback-guide = Esta guía aún no está en español; se muestra en inglés.
fallback-checklist = Esta lista aún no está en español; se muestra en inglés.
fallback-form = Este formulario aún no está en español; se muestra en inglés.
fallback-card = La tarjeta de sobredosis aún no está en español; se muestra en inglés.
guide-list-in-english = (en inglés)

## Fechas y horas
weekday = { $n ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
month = { $n ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
date-long = { $weekday } { $day } de { $month } de { $year }
date = { $day } de { $month } de { $year }
time-less-than-a-minute = menos de un minuto
time-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
time-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
time-hours-minutes = { $hours } y { $minutes }
time-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
time-a-moment = un momento

## La región, en las pantallas de emergencia
region-notice-unchecked = kinship no ha revisado los números de { $region }. Elija su región: kinship config set region CÓDIGO
region-notice-default = Números de EE. UU. ¿No está en EE. UU.? kinship config set region CÓDIGO

## La tarjeta de sobredosis (kinship sos)
card-walk-hint = Paso a paso, con temporizador:{" "}
card-guide-hint = Todo lo que hay que saber:{" "}
card-footer = Números para { $region } ({ $code }). No es consejo médico.

## El paso a paso (kinship sos --walk): las teclas son las mismas en todos los idiomas
walk-key-done = Enter hecho
walk-key-skip = s saltar
walk-key-back = b atrás
walk-key-pacer-off = p quitar ritmo
walk-key-pacer-cpr = p ritmo de RCP
walk-key-pacer-breaths = p ritmo de respiración
walk-key-another-dose = n otra dosis dada
walk-key-quit = q salir
walk-key-enter-again = Enter otra vez: anotar la dosis
walk-key-n-again = n otra vez: anotar la dosis
walk-key-not-given = s no se dio
walk-call = Llame al { $emergency }
walk-step-of = Paso { $n } de { $total }
walk-now = Ahora { $time }
walk-dose-waiting = Naloxona dada a las { $at }. Otra dosis en { $left } si no mejora.
walk-dose-ready = Naloxona dada a las { $at } (hace { $ago }). ¿No mejora? Dé otra dosis ahora.
walk-confirm-n = Presione n otra vez para anotarla, o s si no.
walk-confirm-enter = Presione Enter otra vez para anotarla, o s si no.
walk-confirm = La última dosis fue hace solo { $since }, a las { $at }. ¿Dio otra? { $answer }
walk-done-already = Hecho a las { $at }, ya anotado. Enter sigue sin anotarlo otra vez.
walk-breathe-now = DÉ UNA RESPIRACIÓN AHORA  (respiración { $n })
walk-next-breath = Próxima respiración en { $secs }
walk-push-round-end = COMPRESIÓN { $n } de { $round }. ¿Sabe RCP? Dé 2 respiraciones ahora.
walk-push = COMPRESIÓN { $n } de { $round } ({ $rate } por minuto, con cada pitido)
walk-last-dose = La última dosis de naloxona fue a las { $at }, hace { $ago }.
walk-done-so-far = Hecho hasta ahora
walk-dose-event = { $what }, { $n ->
    [1] primera
    [2] segunda
    [3] tercera
    [4] cuarta
    [5] quinta
    [6] sexta
    [7] séptima
    [8] octava
    [9] novena
    [10] décima
   *[other] { $n }.ª
} dosis
walk-keys-line = Teclas: { $keys }. Número de emergencias: { $emergency }.
walk-noted = Anotado: { $time } { $what }.
walk-next-dose-at = Si no mejora, puede dar otra dosis a las { $at }.
walk-two-minutes = Son las { $time }: 2 minutos desde la última dosis. ¿No mejora? Dé otra dosis ahora.
walk-cpr-pacer-on = Ritmo de RCP: una compresión con cada pitido, { $rate } por minuto. Presione p para quitarlo.
walk-breathe = Dé una respiración. ({ $n })
walk-pushes-round = { $n } compresiones. ¿Sabe RCP? Dé 2 respiraciones ahora y vuelva a las compresiones.
walk-saved = Guardado en { $path }
walk-saved-encrypted = Guardado, cifrado, en { $path } (se abre con su frase de contraseña).
walk-past-walks = Registros anteriores: kinship sos log
walk-nothing-saved = No se marcó nada como hecho, así que no se guardó nada.
walk-not-saved = No se pudo guardar el registro en { $path } ({ $error }). Cópielo de arriba si lo necesita.
walk-stopped-signal = Se detuvo: se pidió a kinship que terminara.
walk-stopped-ctrl-c = Se detuvo con Ctrl-C.

## El registro del paso a paso y su resumen, para el equipo de emergencia
log-heading = Lo que pasó, para el equipo de emergencia ({ $date }):
log-nothing = No se marcó nada como hecho.
summary-naloxone = Naloxona
summary-cpr = RCP
summary-breaths = Respiración de rescate
summary-called = Llamada de ayuda
summary-yes-at = sí, a las { $at }
summary-no = no
summary-not-noted = sin anotar
summary-none-given = no se dio
summary-none-noted = ninguna anotada
summary-doses = { $n } dosis, la última a las { $at }{ $ago }
summary-ago = , hace { $ago }
summary-call-at = a las { $at }{ $ago }
summary-not-from-here = no desde aquí

## La pantalla de inicio (kinship solo)
home-emergency = ¿Sobredosis? Llame al { $emergency } ahora.
home-then = Luego:
home-guides = Guías
home-guides-how = kinship guide NOMBRE
home-commands = Comandos
home-all-commands = todos:
home-sos = los pasos ante una sobredosis, en una pantalla
home-guide = las guías, con lo que trata cada una
home-checklists = listas que recuerdan lo que ya hizo
home-plans = planes para llenar a su ritmo
home-print-card = la tarjeta de sobredosis para el refrigerador
home-resources = números de emergencia y líneas de ayuda
home-search = buscar en todas las guías, listas y números
home-search-words = PALABRAS
region-footer-short = Región: { $region } ({ $code }). No es consejo médico.

## Guías (kinship guide)
guide-see-also = Vea también
guide-sources = Fuentes
guide-reviewed = Revisado el { $date }.
guide-first-screen-more = Las señales, el aerosol, lo que no hay que hacer y más:
guide-notice-footer = { $notice }. No es consejo médico.
guide-footer-region = Región: { $region } ({ $code }). Número de emergencias: { $emergency }.
guide-footer-not-advice = kinship no es consejo médico. En una emergencia, llame primero al { $emergency }.
region-hint = Para cambiarla, use --region CÓDIGO o `kinship config set region CÓDIGO`. Regiones: { $regions }.

## Números de emergencia y líneas de ayuda (kinship resources)
resources-title = Ayuda y números: { $region } ({ $code })
resources-lead = En una emergencia, llame primero al { $emergency }.
resources-emergency = Emergencias
resources-call = Llame al { $emergency }.
resources-open = Horario: { $hours }.
resources-source = Fuente:
resources-change = Los números y los servicios cambian. Si uno no funciona, revise la página del propio servicio. kinship no es consejo médico.
resources-naloxone = Cómo conseguir naloxona
resources-law = Pedir ayuda y la ley
resources-alone = Si su ser querido usa drogas a solas
resources-treatment = Cómo encontrar tratamiento
resources-group = { $group ->
    [medical] Consejo médico urgente
    [poison] Intoxicaciones
    [overdose] Para quien usa drogas a solas
    [crisis] Crisis y prevención del suicidio
    [helpline] Información sobre drogas y tratamiento
    [family] Apoyo para familias
    [bereavement] Después de una muerte
    [abuse] Violencia doméstica
   *[children] Niños y jóvenes
}
resources-none-found = No encontrado: no hemos encontrado { $line ->
    [poison] una línea de intoxicaciones revisada
    [crisis] una línea de crisis revisada
    [helpline] una línea nacional de drogas o alcohol revisada
   *[family] una línea nacional para familias revisada
} en { $region }. Quién puede ayudar: { $who }.

## Páginas impresas (kinship print): la tarjeta para el refrigerador y la cartera
card-household = Nuestros datos
card-none-written = Todavía no hay nada escrito.
card-more-at-home = { $n ->
    [one] { $n } dato más en la tarjeta completa, en casa.
   *[other] { $n } datos más en la tarjeta completa, en casa.
}
print-emergency-line = En una sobredosis o cualquier emergencia, llame primero al { $emergency }.
print-stamp = Impreso con kinship el { $printed }. Emergencias en { $region }: { $emergency }. Texto revisado el { $reviewed }. No es consejo médico.
print-wallet-howto = Recorte por la línea de rayas. Doble por las líneas de puntos, hacia un lado y hacia el otro, al tamaño de una cartera.
print-card-blank-hint = La tarjeta tiene líneas para escribir los datos de su hogar. Para imprimirlos ya llenos, primero use `kinship plan new overdose-plan`.
print-wallet-room = La tarjeta de cartera tiene lugar para { $kept } de sus { $count } datos; la tarjeta completa (`kinship print card`) los tiene todos.

## Bajo un error en la línea de comandos
emergency-line = ¿Sobredosis? Llame al { $emergency } ahora. Los pasos: kinship sos
showing-sos = Se muestra `kinship sos`, la tarjeta de sobredosis (usted escribió { $typed }).

## Registros anteriores (kinship sos log)
log-none-yet = Todavía no hay ningún paso a paso de sobredosis registrado.
log-how = `kinship sos --walk` anota cada paso, con su hora, mientras usted avanza.
log-show-one = Para ver uno: kinship sos log NOMBRE (o `last`).
log-list-entry = { $started }  { $steps ->
    [one] { $steps } paso
   *[other] { $steps } pasos
}, { $doses } dosis de naloxona, { $ending ->
    [finished] terminado
    [stopped] detenido
    [unfinished] sin terminar
   *[other] detenido con Ctrl-C
}
log-ended = El paso a paso { $how ->
    [finished] terminó
    [stopped] se detuvo
   *[other] se detuvo con Ctrl-C
} a las { $at }.
log-not-finished = El paso a paso no terminó (quizá se cerró la ventana).
log-region = Región: { $region }. { $ended }
weekday-short = { $n ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
month-short = { $n ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sep
    [10] oct
    [11] nov
   *[12] dic
}
date-short = { $weekday } { $day } { $month } { $year }

## Recordatorios bajo la tarjeta y en la pantalla de inicio
month-year = { $month } de { $year }
kit-expired = La naloxona { $item } venció en { $when }. Reemplácela: kinship kit list
kit-expired-many = { $n } de sus naloxonas vencieron. Reemplácelas: kinship kit list
kit-in-days = { $n ->
    [0] hoy
    [1] mañana
   *[other] en { $n } días
}
kit-expires = La naloxona { $item } vence { $when }. Reemplácela: kinship kit list
checkin-reminder = Último registro: hace { $days } días. Tómese un minuto: kinship checkin

## The labels of messages on stderr
label-error = error:
label-warning = aviso:
label-hint = sugerencia:
hint-no-input-here = --no-input (o KINSHIP_NO_INPUT) le indicó a kinship que nunca pregunte; quítelo para responder en esta terminal.
