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
