# Los planes y el motor de formularios: `kinship plan ...`, las preguntas de
# un formulario y los avisos que las hacen. De usted. Mismos identificadores
# que locales/en/plan.ftl.
#
# $item es la palabra del formulario para una entrada de una lista
# (content/es/forms): los femeninos (persona, carta) se nombran aquí para
# que el artículo concuerde.

## El motor de formularios (llenar un plan)
form-kept = { $n ->
    [one] Una de sus respuestas corresponde a otra opción. Se guarda, no se borra, y vuelve si elige esa opción otra vez.
   *[other] { $n } de sus respuestas corresponden a otra opción. Se guardan, no se borran, y vuelven si elige esa opción otra vez.
}
form-depends = Algunas preguntas dependen de esta respuesta. Se le harán cuando la dé.
form-stopped = Se detuvo. Se guardaron todas las respuestas anteriores a esta.
form-menu-resume = Seguir donde lo dejó ({ $section }: { $question })
form-menu-section = { $needed ->
    [0] { $title } ({ $answered } de { $total } respondidas)
    [one] { $title } ({ $answered } de { $total } respondidas, falta { $needed })
   *[other] { $title } ({ $answered } de { $total } respondidas, faltan { $needed })
}
form-menu-done = Terminar por ahora
form-menu-prompt = { $needed ->
    [0] { $answered } de { $total } respondidas. ¿Qué desea hacer?
    [one] { $answered } de { $total } respondidas, falta { $needed }. ¿Qué desea hacer?
   *[other] { $answered } de { $total } respondidas, faltan { $needed }. ¿Qué desea hacer?
}
form-heading = { $title } ({ $n } de { $total })
form-example = Ejemplo: { $example }
form-example-means = Ejemplo: { $example } ({ $means })
form-needed = { $prompt } (necesaria)
form-yes = Sí
form-no = No
form-skip = Saltar por ahora
form-clear = Borrar esta respuesta
form-someone-else = Otra persona
form-note = Nota: { $warning }
form-skipped = Se saltó por ahora. Aparece como pendiente hasta que la responda.
form-more-guide = Para saber más, ejecute `kinship guide { $topic }`.

## Listas de un formulario (el equipo, las cartas)
form-list-entry = entrada
form-list-empty = { $item ->
    [persona] Todavía no hay ninguna persona.
    [carta] Todavía no hay ninguna carta.
    [entrada] Todavía no hay ninguna entrada.
   *[other] Todavía no hay ningún { $item }.
}
form-list-add = { $item ->
    [persona] Agregar una persona
    [carta] Agregar una carta
    [entrada] Agregar una entrada
   *[other] Agregar un { $item }
}
form-list-change = { $item ->
    [persona] Cambiar una persona
    [carta] Cambiar una carta
    [entrada] Cambiar una entrada
   *[other] Cambiar un { $item }
}
form-list-move = { $item ->
    [persona] Mover una persona a otro lugar
    [carta] Mover una carta a otro lugar
    [entrada] Mover una entrada a otro lugar
   *[other] Mover un { $item } a otro lugar
}
form-list-remove = { $item ->
    [persona] Quitar una persona
    [carta] Quitar una carta
    [entrada] Quitar una entrada
   *[other] Quitar un { $item }
}
form-list-done = Terminar con esta lista
form-list-what-next = ¿Qué desea hacer ahora?
form-list-new = { $item ->
    [persona] Nueva persona ({ $n }):
    [carta] Nueva carta ({ $n }):
    [entrada] Nueva entrada ({ $n }):
   *[other] Nuevo { $item } ({ $n }):
}
form-list-which = ¿Qué { $item }?
form-list-which-moves = ¿Qué { $item } cambia de lugar?
form-list-place = Lugar { $n }
form-list-to-which-place = ¿A qué lugar?
form-list-which-remove = ¿Qué { $item } desea quitar?
form-list-remove-sure = ¿Quitar { $item } { $n }: { $summary }?

## kinship plan new, plan edit
plan-name-placeholder = NOMBRE
plan-needs-terminal = `kinship plan { $command }` necesita una terminal para hacerle preguntas, y esta no lo es.
plan-needs-terminal-new-hint = Escriba sus respuestas en un archivo YAML y ejecute `kinship plan import { $kind } ARCHIVO --name { $name }`; `kinship plan kinds { $kind }` muestra los campos.
plan-needs-terminal-edit-hint = Use `kinship plan set { $name } CAMPO VALOR` para una respuesta; `kinship plan kinds { $kind }` muestra los campos.
plan-name-prompt = Un nombre para este plan, por ejemplo el nombre de pila de su ser querido (Enter para { $suggestion })
plan-name-taken = Ya tiene un plan llamado { $quoted }.
plan-name-taken-choose = Ya tiene un plan llamado { $quoted }. Elija otro nombre, o ejecute `kinship plan edit { $name }`.
plan-name-taken-hint = Para seguir con él: `kinship plan edit { $name }`; o elija otro nombre.
plan-nothing-saved = No se guardó nada.
plan-saved-summary = Guardado. { $answered } de { $total } preguntas respondidas en { $name }.
plan-still-needed = Falta: { $names }
plan-go-on-later = Siga más tarde con `kinship plan edit { $name }`.
plan-read-it-back = Léalo con `kinship plan show { $name }`.

## kinship plan list
plan-list-none = Todavía no tiene planes.
plan-list-none-hint = Empiece uno con `kinship plan new intervention NOMBRE`; `kinship plan kinds` muestra los tipos.
plan-list-name = NOMBRE
plan-list-kind = TIPO
plan-list-answered = RESPONDIDAS
plan-list-changed = CAMBIADO
plan-list-still-needed = FALTAN

## kinship plan kinds
plan-kinds-when = cuando { $when }
plan-kinds-needed = { $kind }, necesaria
plan-kinds-lists-fields = `kinship plan kinds { $kind }` muestra los campos y lo que admite cada uno.

## kinship plan show
plan-show-json-for = --json muestra el plan entero; quite --for.
plan-show-see-all = { $n ->
    [one] Puede verla con `kinship plan show { $name } --all`.
   *[other] Puede verlas con `kinship plan show { $name } --all`.
}

## kinship plan set
plan-nothing-changed = No se cambió nada.
plan-set-file-hint = Indique un archivo de texto (UTF-8) que contenga solo la respuesta. No se cambió nada.
plan-set-give-value = Indique un valor para { $field }, o --clear para borrarlo.
plan-set-left-out = { $id } no forma parte de este plan tal como está: { $why }. Se guarda, pero no se pregunta ni se muestra; `kinship plan show { $name } --all` la muestra.
plan-set-kept = { $n ->
    [one] { $n } de sus respuestas corresponde a otra opción. Se guarda, no se borra; `kinship plan show { $name } --all` la muestra.
   *[other] { $n } de sus respuestas corresponden a otra opción. Se guardan, no se borran; `kinship plan show { $name } --all` las muestra.
}
plan-set-saved = Se guardó { $field } en { $name }.
plan-set-removed = Se quitó { $field } de { $name }.
plan-set-cleared = Se borró { $field } en { $name }.

## kinship plan delete
plan-delete-what = el plan { $quoted }
plan-delete-what-titled = el plan { $quoted } ({ $title })
plan-delete-unreadable = No se puede leer, así que se aparta tal como está.
plan-delete-needs-yes = Para borrar { $quoted } hace falta un sí, y no hay una terminal donde preguntarlo.
plan-delete-needs-yes-hint = Ejecute `kinship plan delete { $name } --yes`.
plan-delete-ask = ¿Borrar { $what }? Se aparta, no se destruye.
plan-delete-ask-purge = ¿Borrar { $what } para siempre, con sus copias anteriores de la carpeta de copias?
plan-delete-kept = Se conserva. No se cambió nada.
plan-deleted-for-good = { $copies ->
    [0] Se borró { $name } para siempre.
    [one] Se borró { $name } para siempre, y también { $copies } copia anterior de la carpeta de copias.
   *[other] Se borró { $name } para siempre, y también { $copies } copias anteriores de la carpeta de copias.
}
plan-deleted-moved = Se borró { $name }. El archivo se movió a { $to }.

## kinship plan import
plan-give-a-name = Indique un nombre con --name NOMBRE.
plan-import-stdin-needs-name = Un plan leído de la entrada estándar necesita un nombre.
plan-import-problems = { $n ->
    [one] { $file } tiene { $n } problema; no se importó nada:
   *[other] { $file } tiene { $n } problemas; no se importó nada:
}
plan-import-exists-hint = Use --name para otro nombre, o --force para reemplazarlo (se guarda una copia del anterior).
plan-import-old-kept = Se guarda una copia del { $name } anterior en { $to }.
plan-imported = Se importó { $name }: { $answered } de { $total } preguntas respondidas.
plan-import-hidden = { $n ->
    [one] Se guarda { $n } respuesta más que no está en uso: { $why }. `kinship plan show { $name } --all` la muestra.
   *[other] Se guardan { $n } respuestas más que no están en uso: { $why }. `kinship plan show { $name } --all` las muestra.
}

## kinship plan share, e importar lo compartido
plan-share-names-hint = Los nombres salen de las listas del plan; vea `kinship plan show { $name }`.
plan-share-exists = { $file } ya existe.
plan-share-exists-hint = Elija otro archivo, o agregue --force para reemplazarlo.
plan-share-what = esta copia compartida de { $name }
plan-share-wrote = Se escribió { $name }, cifrado, en { $file }. Se importa con `kinship plan import { $file }`.
plan-share-wrote-for = Se escribió { $name } (las partes para { $person }), cifrado, en { $file }. Se importa con `kinship plan import { $file }`.
plan-share-passphrase-hint = Diga la frase de contraseña por teléfono o en persona, no en el mensaje que lleva el archivo.
plan-share-could-not-import = No se pudo importar { $file }: { $why }.
plan-share-the-share = la copia compartida { $file }
plan-share-not-sealed = Para importar un archivo YAML de respuestas, indique primero el tipo: `kinship plan import TIPO { $file }`.
plan-share-no-plan = no contiene un plan: { $error }

## Respuestas: lo que puede ser una respuesta, y por qué no se acepta
plan-answer-one-line = Esta respuesta es de una sola línea.
plan-answer-not-yes-no = { $typed } no es sí ni no. Escriba sí o no.
plan-answer-list = { $id } es una lista: indique una parte de una entrada, por ejemplo { $id }.1.{ $part }.
plan-answer-too-long = Tiene { $count } caracteres; esta respuesta admite hasta { $max }. Acórtela, por favor.
plan-answer-control = Contiene caracteres de control (¿una tecla pulsada sin querer?). Escríbala otra vez, por favor.
plan-answer-passed = { $date } ya pasó. Se guarda; cámbiela si quería una fecha por venir.
plan-answer-not-a-choice = { $typed } no es una de las opciones. Elija una de estas: { $choices }.
plan-date-help = Escriba una fecha como { $iso } o { $date }, o hoy, mañana, ayer, un día de la semana ({ $weekday }, el próximo) o el pasado { $weekday }.
plan-date-ambiguous = { $typed } puede ser dos días distintos. { $help }
plan-date-not-on-calendar = { $typed } no es una fecha del calendario. { $help }
plan-date-unreadable = kinship no entiende la fecha { $typed }. { $help }
plan-datetime-no-day = { $typed } tiene hora pero no día. Agregue el día: { $day } 18:30, o { $iso } 18:30.
plan-datetime-no-time = { $typed } necesita también una hora, como 18:30 o 6:30pm: { $text } 18:30.
plan-datetime-unreadable = kinship no entiende el día y la hora { $typed }. Escríbalo así: { $iso } 18:30 o { $day } a las 6 de la tarde.
plan-stored-not-entries = Aquí va una sola respuesta, no una lista de entradas con partes.
plan-stored-not-a-list = Aquí va una sola respuesta, no una lista.
plan-stored-entries = { $n ->
    [one] una lista de { $n } entrada
   *[other] una lista de { $n } entradas
}
plan-import-expected-value = se esperaba un valor, no una lista de partes
plan-import-expected-list = se esperaba una lista de entradas ({ $item }), cada una con { $parts }
plan-import-expected-parts = se esperaban partes como { $part }: ...
plan-import-no-part = { $id } no tiene ninguna parte llamada { $part } (sus partes: { $parts })
plan-path-too-many = { $path } tiene demasiadas partes: use CAMPO, o LISTA.N.PARTE.
plan-path-n = { $n ->
    [one] { $path }: { $id } tiene { $n } entrada; N va del 1 al { $next } ({ $next } agrega una).
   *[other] { $path }: { $id } tiene { $n } entradas; N va del 1 al { $next } ({ $next } agrega una).
}
plan-path-no-part = { $id } no tiene ninguna parte llamada { $part }. Sus partes: { $parts }.
plan-path-not-list = { $id } no es una lista, así que { $path } tiene demasiadas partes: use solo { $id }.
plan-did-you-mean = ¿Quiso decir { $id }?
plan-unknown-field = El formulario { $form } no tiene ningún campo llamado { $id }.{ $close } Sus campos: { $fields }.
plan-nobody-named = Todavía no se nombra a nadie en el plan { $plan }, así que no hay copia para { $person }.
plan-not-named = { $person } no aparece en el plan { $plan }. Las personas que aparecen: { $people }.

## Las respuestas como se leen
plan-day = { $weekday } { $day } de { $month }
plan-value-at = { $date } a las { $time }
plan-value-entries = { $n ->
    [one] { $n } entrada
   *[other] { $n } entradas
}
plan-missing-part = { $item } { $n }: { $prompt }
plan-entry-empty = (todavía sin llenar)
plan-why-goes = { $n ->
    [one] corresponde a otra respuesta a { $question }
   *[other] corresponden a otra respuesta a { $question }
}
plan-why-waits = { $n ->
    [one] espera una respuesta a { $question }
   *[other] esperan una respuesta a { $question }
}
plan-why-other = { $n ->
    [one] sus otras respuestas la dejan fuera
   *[other] sus otras respuestas las dejan fuera
}

## Un plan mostrado o impreso
plan-not-in-use = no se usa
plan-lead-answered = { $answered } de { $total } preguntas respondidas.
plan-lead-still-to-fill = Falta por responder: { $names }.
plan-lead-kept-marked = { $n ->
    [one] Se guarda { $n } respuesta más, marcada "{ $mark }": { $why }.
   *[other] Se guardan { $n } respuestas más, marcadas "{ $mark }": { $why }.
}
plan-lead-kept-not-shown = { $n ->
    [one] Se guarda { $n } respuesta más que no se muestra: { $why }.
   *[other] Se guardan { $n } respuestas más que no se muestran: { $why }.
}
plan-lead-for = Las partes de este plan para { $person }.
plan-not-answered = sin responder todavía
plan-not-answered-needed = sin responder todavía (necesaria)
plan-share-other = Una exportación de toda una carpeta de datos se importa con `kinship data import ARCHIVO`.
plan-share-wrong = Pida la frase de contraseña a la persona que lo hizo. No se importó nada.

## A share, as the messages about opening one name it
plan-share-a-share = una copia compartida
plan-share-short = copia compartida
plan-share-a-plan = un plan

## A time on a 12-hour clock: $half is am or pm
plan-time-12h = { $time } { $half ->
    [am] a. m.
   *[pm] p. m.
}

## plan kinds KIND: the kind of answer a question takes ($kind is its id in the form file)
plan-kind-name = { $kind ->
    [text] texto
    [long_text] texto largo
    [date] fecha
    [datetime] fecha y hora
    [choice] una opción
    [multi_choice] varias opciones
    [yes_no] sí o no
    [list] lista
   *[other] { $kind }
}

## When a section or question is asked: "approach is invitation or professional"
form-when-is = { $field } es { $answers }
form-when-or = o
