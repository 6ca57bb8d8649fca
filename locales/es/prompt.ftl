# Los avisos que preguntan: las teclas bajo cada pregunta, las palabras del
# modo sencillo (--plain), sí o no, el editor para respuestas largas, la
# vista de una lista. Las teclas y letras (Enter, Esc, q, d, n, g) no cambian.

## Las teclas bajo una pregunta
prompt-key-space = Espacio
prompt-key-move = mover
prompt-key-move-short = mover
prompt-key-tick = marcar
prompt-key-tick-short = marcar
prompt-key-done = listo
prompt-key-done-short = listo
prompt-key-choose = elegir
prompt-key-choose-short = elegir
prompt-key-next = seguir
prompt-key-next-short = seguir
prompt-key-back = atrás
prompt-key-back-short = atrás
prompt-key-sections = secciones
prompt-key-sections-short = secciones
prompt-key-done-for-now = terminar por ahora
prompt-key-done-for-now-short = terminar
prompt-key-cancel = cancelar
prompt-key-cancel-short = cancelar
prompt-key-save-and-stop = guardar y salir
prompt-key-save-and-stop-short = salir

## Lo que queda en pantalla tras responder
prompt-none = ninguna
prompt-no-answer = sin respuesta
prompt-yes-or-no = ¿Sí o no?
prompt-press-any-key = Presione cualquier tecla para volver.
prompt-stopped = Se detuvo. Se guardó todo lo anterior.

## Respuestas largas (una carta) y el editor de la persona
prompt-long-how-editor = Escríbalo en una línea, o escriba e y presione Enter para escribirlo en su editor.
prompt-long-how-no-editor = Escríbalo en una línea. (Para escribir párrafos, ponga su editor en EDITOR y luego escriba e.)
prompt-editor-opens = se abre su editor
prompt-kept-as-it-was = se queda como estaba
prompt-editor-again = { $why } Escriba e para abrir su editor otra vez.
prompt-editor-none = No hay ningún editor (EDITOR está vacío o sin valor), así que escriba su respuesta aquí. Para escribir en su editor la próxima vez, ponga EDITOR, por ejemplo: export EDITOR=nano
prompt-editor-no-folder = No hay carpeta de datos donde escribir la respuesta, así que escríbala aquí.
prompt-editor-could-not-start = No se pudo abrir su editor { $editor } (de { $var }): { $why }. Escriba su respuesta aquí, o ponga en { $var } un editor que tenga, por ejemplo: export { $var }=nano
prompt-editor-not-found = no está instalado o no está en su PATH
prompt-editor-not-allowed = no es un programa que kinship pueda abrir
prompt-editor-no-file = No se pudo crear un archivo para su editor en { $folder }: { $error }. Escriba su respuesta aquí.
prompt-editor-failed = Su editor { $editor } se cerró con un error ({ $status }), así que lo que escribió allí no se guardó. Escriba su respuesta aquí, o escriba e para intentarlo otra vez.
prompt-editor-unreadable = No se pudo leer lo que escribió: { $error }.

## El modo sencillo (--plain): palabras escritas solas en una línea.
## Las palabras en inglés (back, menu, none) también se entienden.
prompt-word-back = atrás
prompt-word-menu = menú
prompt-word-none = ninguna
prompt-plain-words = En cualquier pregunta, escriba { $back } para volver a la pregunta anterior, o { $menu } para ver la lista de secciones. Ctrl-C guarda y sale.
prompt-plain-word-back = { $word } para la pregunta anterior
prompt-plain-word-sections = { $word } para la lista de secciones
prompt-plain-word-done = { $word } cuando termine por ahora
prompt-plain-word-stop = { $word } para parar aquí
prompt-plain-or-type = (O escriba { $words }.)
prompt-plain-or-type-two = (O escriba { $first }, o { $second }.)
prompt-plain-now = { $prompt } Ahora: { $initial }. Presione solo Enter para dejarlo, o escriba un guion (-) para quitarlo.
prompt-plain-saved-as = Se guardó como { $echo }.
prompt-plain-now-label = Ahora:
prompt-plain-replace = Escriba un texto nuevo para cambiarlo, o solo un punto (.) para dejarlo.
prompt-plain-lines = Escriba todas las líneas que quiera. Una línea con solo un punto (.) termina el texto.
prompt-plain-type-again = { $why } Escríbalo otra vez.
prompt-plain-pick = Escriba un número del 1 al { $count } (Enter para el { $default })
prompt-plain-pick-q = Escriba un número del 1 al { $count } (Enter para el { $default }, q para volver)
prompt-plain-not-a-number = Ese no es uno de los números.
prompt-plain-chosen = (elegida)
prompt-plain-pick-many = Escriba los números que elige, separados por comas (Enter deja las elegidas, { $none } para ninguna)
prompt-plain-pick-many-q = Escriba los números que elige, separados por comas (Enter deja las elegidas, { $none } para ninguna, q para volver)
prompt-plain-numbers = Use números del 1 al { $count }, por ejemplo: 1, 3.
prompt-plain-yes-or-no-enter-yes = sí o no, Enter para sí
prompt-plain-yes-or-no-enter-no = sí o no, Enter para no
prompt-plain-answer-yes-or-no = Responda sí o no, por favor.
prompt-plain-end-of-page = Fin de la página.

## Una lista leída en voz alta (--plain); las letras d, n, g, l, q no cambian
prompt-list-title = { $title }. { $done } de { $total } hechos.
prompt-list-count = { $done } de { $total } hechos.
prompt-list-section = Sección: { $title }
prompt-list-done = Hecho
prompt-list-not-done = Sin hacer
prompt-list-urgent = Urgente.
prompt-list-note = Nota: { $note }
prompt-list-retired = { $id } ({ $mark }; aquí no se puede cambiar).
prompt-list-retired-mark = ya no está en esta lista
prompt-list-help = Escriba un número para marcar o desmarcar ese punto. Escriba d y un número para leer más, n y un número para escribir una nota, g y un número para abrir su guía, l para ver la lista otra vez, o q para salir.
prompt-list-your-choice = Su elección
prompt-list-not-a-choice = Esa no es una opción. Los números van del 1 al { $count }. { $help }

## La vista de una lista en la terminal
prompt-checklist-key-move = ↑↓ mover
prompt-checklist-key-tick = espacio marcar
prompt-checklist-key-read-more = enter leer más
prompt-checklist-key-note = n nota
prompt-checklist-key-guide = g guía
prompt-checklist-key-quit = q salir
prompt-checklist-note-saves = Enter guarda
prompt-checklist-note-cancel = Esc cancela
prompt-checklist-note-remove = déjela vacía para quitarla
prompt-checklist-note-label = Nota:
prompt-checklist-done = { $done } de { $total } hechos
prompt-checklist-more-above = hay más arriba
prompt-checklist-more-below = hay más abajo
prompt-checklist-urgent = urgente

## Una pregunta de sí o no en la terminal: s (sí), y, y n funcionan
prompt-confirm-keys = (s/n)
prompt-confirm-yes = sí
prompt-confirm-no = no
