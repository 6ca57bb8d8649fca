# Los planes y el motor de formularios: `kinship plan ...`, las preguntas de
# un formulario y los avisos que las hacen. De usted. Mismos identificadores
# que locales/en/plan.ftl.
#
# $item es la palabra del formulario para una entrada de una lista
# (content/es/forms): los femeninos (persona, carta) se nombran aquí para
# que el artículo concuerde.

## El motor de formularios (rellenar un plan)
form-kept = { $n ->
    [one] Una de sus respuestas corresponde a otra opción. Se guarda, no se borra, y vuelve si elige esa opción otra vez.
   *[other] { $n } de sus respuestas corresponden a otra opción. Se guardan, no se borran, y vuelven si elige esa opción otra vez.
}
form-depends = Algunas preguntas dependen de esta respuesta. Se le harán cuando la dé.
form-stopped = Detenido. Se guardaron todas las respuestas anteriores a esta.
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
form-more-guide = Para saber más, escriba `kinship guide { $topic }`.

## Listas de un formulario (el equipo, las cartas)
form-list-entry = entrada
form-list-empty = { $item ->
    [persona] Todavía no hay ninguna persona.
    [carta] Todavía no hay ninguna carta.
    [entrada] Todavía no hay ninguna entrada.
   *[other] Todavía no hay ningún { $item }.
}
form-list-add = { $item ->
    [persona] Añadir una persona
    [carta] Añadir una carta
    [entrada] Añadir una entrada
   *[other] Añadir un { $item }
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
