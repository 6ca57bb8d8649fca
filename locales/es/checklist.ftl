# kinship checklist: list, show, check, uncheck, note, reset, run.

## kinship checklist list
cl-list-changed = cambiada el { $when }
cl-list-not-started = sin empezar
cl-list-unreadable = no se puede leer: vea `kinship checklist show { $id }`

## kinship checklist show (y la lista impresa)
cl-lead-saved = { $done } de { $total } hechos. Último cambio: { $date } a las { $time }.
cl-lead-blank = { $total ->
    [one] { $total } paso. Márquelo cuando esté hecho.
   *[other] { $total } pasos. Marque cada uno cuando esté hecho.
}
cl-lead-new = 0 de { $total } hechos. Aún sin empezar.
cl-urgent-mark = (urgente)
cl-note-label = Nota:
cl-retired-heading = Ya no están en esta lista
cl-retired-why = Estos puntos se quitaron de la lista después de que usted los guardó. Se conservan sus marcas y sus notas.
cl-retired-note = (nota: { $note })
cl-show-tick-with = Marque puntos con{" "}
cl-show-number = NÚMERO
cl-show-or-run = , o recórrala paso a paso con{" "}
cl-show-end = .

## La página "leer más" de un punto
cl-details-urgent = Urgente.
cl-details-your-note = Su nota:
cl-details-more = Más en la guía:
cl-details-guide-key-plain = (escriba g y su número en la lista).
cl-details-guide-key = (presione g en la lista).

## kinship checklist check, uncheck, note
cl-no-item = { $id } no tiene ningún punto { $item }.
cl-no-item-hint = Los puntos de la lista, por número e id: { $items }.
cl-ticked = Marcado: { $item }
cl-unticked = Desmarcado: { $item }
cl-already-ticked = Sin cambios, ya estaba marcado: { $item }
cl-not-ticked = Sin cambios, no estaba marcado: { $item }
cl-done-in = { $done } de { $total } hechos en { $id }.
cl-note-needs-text = `kinship checklist note` necesita el texto de la nota, o --clear para quitar la nota de { $item }.
cl-note-write-hint = Escriba una: kinship checklist note { $id } { $item } "Cajón de la cocina, a la izquierda"
cl-note-clear-hint = Quítela: kinship checklist note { $id } { $item } --clear
cl-note-removed = Se quitó la nota de: { $item }
cl-note-saved = Se guardó la nota de: { $item }

## kinship checklist reset
cl-reset-nothing = No hay nada que reiniciar: { $id } no tiene avance guardado.
cl-reset-no-terminal = Para reiniciar { $id } hay que preguntarle antes, y no hay una terminal donde preguntar.
cl-reset-no-terminal-hint = Ejecute `kinship checklist reset { $id } --yes` para reiniciarla sin preguntar.
cl-reset-question = ¿Empezar { $id } de nuevo? Sus marcas y notas se guardan aparte, no se borran.
cl-reset-kept = No se cambió nada.
cl-reset-done = Su avance anterior se guardó en { $path }. { $id } empieza de nuevo desde 0 de { $total }.

## kinship checklist run
cl-run-no-terminal = `kinship checklist run` necesita una terminal para hacerle preguntas, y esta no lo es.
cl-run-no-terminal-hint = Use `kinship checklist show { $id }` para verla, `kinship checklist check { $id } PUNTO...` y `kinship checklist uncheck { $id } PUNTO...` para marcar y desmarcar, y `kinship checklist note { $id } PUNTO TEXTO` para las notas.
cl-run-saved = Guardado. { $done } de { $total } hechos en { $id }.
cl-run-stopped = Se detuvo. Todo lo que hizo antes quedó guardado.
cl-run-note-prompt = Nota sobre "{ $item }".
cl-run-no-guide = Este punto no tiene una guía que abrir.

## La lista impresa: lo que dice un lector de pantalla por cada casilla
