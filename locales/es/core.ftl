# Los mensajes de kinship sobre la configuración, la carpeta de datos, los
# errores y el marco de las páginas impresas, en español.

## Listas
core-and-list = { $rest } y { $last }

## De dónde viene un ajuste
settings-origin-flag = por { $flag }
settings-origin-env = por la variable de entorno { $var }
settings-origin-config = por el archivo de configuración
settings-origin-terminal = por la terminal
settings-origin-default = por defecto

## Avisos y errores de la configuración
settings-using-defaults = { $error } Por ahora se usan los valores por defecto.
settings-ignoring-value = Se ignora { $key }: { $value } en su archivo de configuración. { $hint } Cámbielo con `kinship config set { $key } VALOR` o quítelo con `kinship config unset { $key }`.
settings-region-number = , número de emergencias { $number }
settings-region-fallback = { $error } Se usa { $region } ({ $code }{ $why }){ $number }. Para corregirlo, { $how ->
    [flag] use --region con
   *[env] asigne a KINSHIP_REGION
} un código de país o uno de estos: { $codes }.
settings-real-time = { $error } Se usa la hora real. { $hints }
settings-no-data-folder = No se encontró una carpeta donde guardar sus datos.
settings-no-data-folder-hint = Asigne una carpeta a KINSHIP_HOME, o use --data-dir CARPETA.
settings-not-a-value = { $value } no es un valor para { $key }.
settings-region-choices = Use el código de dos letras de su país (por ejemplo gb, de, mx, jp). Para un país que kinship no ha revisado, dice "su número local de emergencias" y nunca adivina un número.
settings-checked-regions = Regiones revisadas: { $codes }.
settings-choose-lang = Elija uno de estos: { $choices }.
settings-choose-color = Elija auto, always o never.
settings-choose-pager = Elija auto (la variable PAGER, si no less -FRX), never, o un comando como "less -R".
settings-choose-reminders = Elija on u off (off quita el recordatorio de revisión; una naloxona vencida siempre se menciona).
settings-choose-width = Elija auto (el ancho de la terminal) o un número de columnas entre 40 y 200.
settings-no-such-region = No hay ningún país o región llamado { $region } ({ $origin }).

## El reloj de pruebas
core-clock-bad-speed = { $var }={ $value } no es un número igual o mayor que 0.
core-clock-bad-now = { $var }={ $value } no es una hora RFC 3339 ({ $error }).
core-clock-tests-only = Es solo para pruebas; quítela para usar la hora real.

## El archivo de configuración
store-config-repeated = Su archivo de configuración ({ $path }) da { $key } más de una vez ({ $lines }), y al guardarlo solo quedaría uno.
store-config-repeated-hint = Elija uno con `kinship config set { $key } VALOR`, o corrija el archivo a mano.
store-config-broken-line = Su archivo de configuración ({ $path }, línea { $line }) no se puede leer ahí: { $error }; kinship no lo reescribirá para no perder esa línea.
store-config-broken-line-hint = Reemplácelo con `kinship config set { $key } VALOR` o quítelo con `kinship config unset { $key }`, o corrija el archivo a mano.
store-config-broken-line-by-hand = Corrija esa línea a mano, o quítela.
store-config-fix-key = {" "}Reemplácelo con `kinship config set { $key } VALOR`, o corríjalo a mano.
store-config-fix-by-hand = {" "}Corríjalo a mano, o quítelo.
store-config-a-line = una línea
store-config-ignoring-broken = Se ignora { $what } en su archivo de configuración ({ $path }, línea { $line }): { $error }. Los demás ajustes sí se usan.{ $fix }
store-config-ignoring-repeated = Se ignora { $key } en su archivo de configuración ({ $path }): aparece más de una vez ({ $lines }). Elija uno con `kinship config set { $key } VALOR`.
store-config-ignoring-list = Se ignora { $key } en su archivo de configuración ({ $path }): contiene { $holds }, y { $key } lleva un solo valor. Asígnelo con `kinship config set { $key } VALOR`.
store-config-holds = { $what ->
    [list] una lista
    [map] un mapa
    [nothing] nada
   *[value] un valor
}
store-config-did-you-mean = {" "}¿Quiso decir { $key }?
store-config-ignoring-unknown = Se ignora { $key } en su archivo de configuración ({ $path }): kinship no tiene ningún ajuste llamado { $key }.{ $close } Los ajustes son { $keys }; los demás del archivo sí se usan.
store-config-in-a-flow-map = en un mapa en línea
store-config-line = línea { $line }
store-config-lines = líneas { $rest } y { $last }
store-config-too-large = No se pudo leer su archivo de configuración ({ $path }): ocupa más de { $kb } KB, mucho más de lo que contiene un archivo de configuración.
store-config-check-path = Revise que KINSHIP_CONFIG o --config indiquen el archivo correcto.
store-config-unreadable = No se pudo leer su archivo de configuración ({ $path }): { $error }.
store-config-at = , línea { $line }, columna { $column }
store-config-not-yaml = No se pudo leer su archivo de configuración ({ $path }{ $at }): { $error }.
store-config-not-yaml-hint = Corríjalo a mano, o muévalo a otro lugar; contiene un `clave: valor` por línea, para { $keys }.
store-could-not-lock = No se pudo bloquear { $path }
store-config-not-saved = No se pudo guardar su configuración ({ $path }): { $error }.
store-config-unchanged = Su configuración anterior no ha cambiado.

## Leer archivos
store-read-not-a-file = es { $what }, no un archivo
store-read-symlink = es un enlace simbólico, y kinship solo lee sus propios archivos en su carpeta de datos
store-read-too-large = ocupa más de { $mb } MB, mucho más de lo que kinship escribe
store-read-not-text = no es texto UTF-8
store-kind = { $kind ->
    [folder] una carpeta
    [fifo] una tubería con nombre (FIFO)
    [socket] un socket
    [device] un dispositivo
    [symlink] un enlace simbólico
   *[other] algo que no es un archivo normal
}
store-read-too-long = { $what } es demasiado largo: kinship lee aquí hasta { $kb } KB.
store-read-no-such-file = No se pudo leer { $path }: ese archivo no existe.
store-read-failed = No se pudo leer { $path }: { $error }.
store-read-stdin-failed = No se pudo leer la entrada estándar: { $error }.
store-read-stdin-what = Lo que llegó por la entrada estándar
store-read-stdin-not-text = Lo que llegó por la entrada estándar no es texto UTF-8.

## Archivos escritos donde pidió el usuario (-o ARCHIVO)
store-out-symlink = { $path } es un enlace simbólico a { $to }{ $exists ->
    [no] , que no existe
   *[yes] {""}
}, y kinship no reemplaza ni sigue enlaces.
store-out-symlink-hint = Indique la ruta del archivo mismo, u otro nombre.
store-out-not-a-file = { $path } es { $what }, no un archivo, así que kinship no escribirá encima{ $force ->
    [yes] , ni siquiera con --force
   *[no] {""}
}.
store-out-not-a-file-hint = Elija un nombre de archivo, o -o - para la pantalla.
store-out-folder = { $path } es una carpeta. Indique un nombre de archivo dentro de ella, como { $example }.
store-out-exists = { $path } ya existe, y kinship no reemplaza archivos si no se le pide.
store-out-force-hint = Elija otro nombre, o añada --force para reemplazarlo.
store-out-parent-file = { $parent } es un archivo, no una carpeta, así que no se puede escribir { $path } dentro.
store-out-parent-file-hint = Elija otro lugar para el archivo.
store-out-no-folder = La carpeta { $parent } no existe, así que no se puede escribir { $path } ahí.
store-out-no-folder-hint = Primero cree la carpeta, o elija otro lugar.
store-out-appeared = { $path } apareció mientras kinship escribía, y kinship no reemplaza archivos si no se le pide. No se escribió nada.
store-out-failed = No se pudo escribir { $path }: { $error }. No se escribió nada.
store-out-failed-hint = Revise que la carpeta exista, que usted pueda escribir en ella y que el disco tenga espacio.

## kinship config
settings-no-config-folder = No se encontró una carpeta para el archivo de configuración.
settings-no-config-folder-hint = Use --config ARCHIVO, o asigne a KINSHIP_CONFIG la ruta de un archivo.
settings-get-not-set = { $key } no está en su archivo de configuración; kinship usa { $value } ({ $origin }).
settings-saved = Guardado: { $key } = { $value } (en { $path }).
settings-removed = Se quitó { $key } de { $path }.
settings-was-not-set = { $key } no estaba en { $path }; no cambió nada.
settings-list-file = archivo de configuración: { $path }
settings-overridden = { $key } también está asignado { $origin }, y eso tiene prioridad.
