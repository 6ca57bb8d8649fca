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
