# Los mensajes de kinship sobre la configuración, la carpeta de datos, los
# errores y el marco de las páginas impresas, en español.

## Listas
core-and-list = { $rest } y { $last }

## De dónde viene cada opción de la configuración
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
settings-choose-reminders = Elija on u off (off quita el recordatorio de hacer su registro; una naloxona vencida siempre se menciona).
settings-choose-width = Elija auto (el ancho de la terminal) o un número de columnas entre 40 y 200.
settings-no-such-region = No hay ningún país o región llamado { $region } ({ $origin }).


## El archivo de configuración
store-config-repeated = Su archivo de configuración ({ $path }) da { $key } más de una vez ({ $lines }), y al guardarlo solo quedaría uno.
store-config-repeated-hint = Elija uno con `kinship config set { $key } VALOR`, o corrija el archivo a mano.
store-config-broken-line = Su archivo de configuración ({ $path }, línea { $line }) no se puede leer ahí: { $error }; kinship no lo reescribirá para no perder esa línea.
store-config-broken-line-hint = Reemplácelo con `kinship config set { $key } VALOR` o quítelo con `kinship config unset { $key }`, o corrija el archivo a mano.
store-config-broken-line-by-hand = Corrija esa línea a mano, o quítela.
store-config-fix-key = {" "}Reemplácelo con `kinship config set { $key } VALOR`, o corríjalo a mano.
store-config-fix-by-hand = {" "}Corríjalo a mano, o quítelo.
store-config-a-line = una línea
store-config-ignoring-broken = Se ignora { $what } en su archivo de configuración ({ $path }, línea { $line }): { $error }. El resto de la configuración sí se usa.{ $fix }
store-config-ignoring-repeated = Se ignora { $key } en su archivo de configuración ({ $path }): aparece más de una vez ({ $lines }). Elija uno con `kinship config set { $key } VALOR`.
store-config-ignoring-list = Se ignora { $key } en su archivo de configuración ({ $path }): contiene { $holds }, y { $key } lleva un solo valor. Asígnelo con `kinship config set { $key } VALOR`.
store-config-holds = { $what ->
    [list] una lista
    [map] un mapa
    [nothing] nada
   *[value] un valor
}
store-config-did-you-mean = {" "}¿Quiso decir { $key }?
store-config-ignoring-unknown = Se ignora { $key } en su archivo de configuración ({ $path }): kinship no tiene ninguna opción de configuración llamada { $key }.{ $close } Las opciones son { $keys }; las demás del archivo sí se usan.
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
store-out-force-hint = Elija otro nombre, o agregue --force para reemplazarlo.
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

## La carpeta de datos: leer y guardar
store-what-may-remain = Borrar quita los nombres de los archivos; en un disco SSD, un sistema de archivos con registro (journaling) o de copia en escritura, una instantánea o una copia de seguridad (Time Machine, sincronización en la nube), todavía se podrían recuperar copias antiguas de lo que contenían. El cifrado del disco completo protege contra eso; borre las copias de seguridad que no quiera conservar.
store-read-refused = No se pudo leer { $noun } ({ $path }{ $why }).
store-file-unchanged = kinship no ha cambiado el archivo.
store-why = : { $why }
store-why-encrypted = , cifrado: { $why }
store-why-at = , línea { $line }, columna { $column }: { $why }
store-unknown-field-hint = Puede que lo haya escrito un kinship más nuevo: kinship rechaza los campos que no conoce en lugar de perderlos al guardar.
store-why-newer = : lo escribió un kinship más nuevo (formato { $format }; este lee hasta el { $max })
store-why-no-such-format = : dice formato { $format }, que ningún kinship escribe (este lee los formatos { $min } a { $max })
store-why-owner = : dice que pertenece a { $actual }, no a { $expected }
store-replace-failed = No se pudo reemplazar { $noun }: { $why }.
store-unchanged-it = kinship no lo ha cambiado.
store-replace-refused = No se pudo reemplazar { $noun } ({ $path }): { $why }.
store-replace-refused-hint = kinship no lo ha cambiado. Muévalo a otro lugar e inténtelo de nuevo.
store-read-text-refused = No se pudo leer { $noun } ({ $path }): { $why }.
store-save-failed = No se pudo guardar { $noun } ({ $path }): { $why }.
store-saved-before-unchanged = Lo que se guardó antes no ha cambiado.
store-read-folder = No se pudo leer la carpeta { $path }.
store-read-data-folder = No se pudo leer la carpeta de datos { $path }.
store-archive-copy-failed = No se pudo guardar una copia de { $noun } en { $path }; no se cambió nada.
store-check-room = Revise que el disco tenga espacio.
store-could-not-create = No se pudo crear { $path }
store-could-not-remove = No se pudo quitar { $path }
store-move-aside-failed = No se pudo apartar { $noun }: { $why }.
store-move-aside-context = No se pudo apartar { $noun } ({ $path })
store-io-failed = No se pudo { $doing ->
    [read] leer
    [save] guardar
    [delete] borrar
    [move-aside] apartar
    [purge] borrar para siempre
   *[other] { $doing }
} { $noun } ({ $path }).
store-hint-elsewhere = o elija otra carpeta para los datos de kinship con --data-dir CARPETA o KINSHIP_HOME
store-hint-dangling-link = { $link } es un enlace simbólico a { $to }, que no existe (¿un disco que no está conectado, o una carpeta que se movió?). Conéctelo o créela, { $elsewhere }.
store-hint-not-a-folder = { $path } es un archivo, no una carpeta, así que kinship no puede guardar sus datos ahí. Elija otra carpeta con --data-dir CARPETA o KINSHIP_HOME, o mueva ese archivo a otro lugar.
store-hint-read-only = La carpeta de datos { $path } está en un disco en el que no se puede escribir. Elija una carpeta en la que pueda escribir con --data-dir CARPETA o KINSHIP_HOME.
store-hint-permission = Usted no tiene permiso para cambiar archivos en { $path }. Revise sus permisos (`ls -ld { $path }`), { $elsewhere }.
store-hint-disk-full = El disco está lleno: libere algo de espacio e inténtelo de nuevo.
store-hint-is-a-folder = { $path } es una carpeta donde kinship guarda un archivo. Muévala a otro lugar, { $elsewhere }.
store-lock-planted = { $path } es { $what }, donde kinship guarda su propio archivo de bloqueo; kinship no lo sigue ni lo usa. Quítelo (`rm { $path }`) e inténtelo de nuevo
store-folder-is-link = { $path } es un enlace simbólico, donde kinship guarda una carpeta propia.
store-folder-is-link-hint = kinship no sigue enlaces dentro de su carpeta de datos, para que no se lea ni se cambie nada fuera de ella. Quite el enlace (o muévalo a otro lugar) e inténtelo de nuevo.
store-made-private = { $n ->
    [one] 1 archivo o carpeta de la carpeta de datos de kinship ({ $root }) podía ser leído por otros usuarios; kinship lo hizo privado
   *[other] { $n } archivos y carpetas de la carpeta de datos de kinship ({ $root }) podían ser leídos por otros usuarios; kinship los hizo privados
} (carpetas 700, archivos 600).
store-can-be-read = { $n ->
    [one] 1 archivo o carpeta de la carpeta de datos de kinship ({ $root }) puede ser leído por otros usuarios. kinship lo hace privado
   *[other] { $n } archivos y carpetas de la carpeta de datos de kinship ({ $root }) pueden ser leídos por otros usuarios. kinship los hace privados
} la próxima vez que guarde, o ejecute `chmod -R go= { $root }`.

## Cómo se nombra cada archivo guardado, y la salida si no se puede leer
store-noun-archive = la carpeta de copias
store-way-out-archive = Ejecute `kinship data archive list` para ver lo que contiene.
store-noun-plan = su plan { $name }
store-way-out-plan = Corrija el archivo a mano, o ejecute `kinship plan delete { $name }` para apartarlo (se conserva).
store-noun-checkins = sus registros
store-way-out-checkins = Corrija el archivo a mano, o muévalo a otro lugar para empezar de nuevo (kinship nunca lo borra).
store-noun-kit = su lista del kit de naloxona
store-way-out-kit = Corrija el archivo a mano, o muévalo a otro lugar para empezar una lista nueva (kinship nunca lo borra).
store-noun-entry = la entrada { $number } del diario
store-way-out-entry = Corrija el archivo a mano, o ejecute `kinship journal delete { $number }` para apartarla (se conserva).
store-noun-log = el registro de sobredosis { $name }
store-way-out-log = Corrija el archivo a mano, o sáquelo de la carpeta; kinship nunca cambia un registro guardado.
store-noun-progress = su avance en { $id }
store-way-out-progress = Ejecute `kinship checklist reset { $id }` para apartar el archivo (se conserva) y empezar de nuevo, o corríjalo a mano.
store-log-brief-heading = Lo que pasó, en resumen (después vienen todos los pasos, con su hora):
store-log-save-failed = No se pudo guardar { $noun } ({ $why }).

## Planes: nombres y respuestas para importar
store-answers-hint = Indique un archivo YAML de respuestas; `kinship plan import --help` muestra uno.
store-answers-not-a-map = { $path }{ $at } no es un mapa YAML de respuestas: { $error }
store-answers-not-a-map-hint = Escriba un `campo: respuesta` por línea; `kinship plan kinds TIPO` muestra los campos.
store-plan-name-empty = Un plan necesita un nombre, como el nombre de pila de su ser querido o "papá".
store-plan-name-long = Ese nombre es largo; use 60 caracteres o menos, por favor.
store-plan-name-bytes = Ese nombre es demasiado largo para nombrar un archivo: sus letras ocupan { $bytes } bytes, y el nombre de un plan puede ocupar { $max } (las letras con acento u otras fuera del inglés ocupan de 2 a 4 cada una). Use uno más corto, por favor.
store-plan-name-dot = { $name } no puede empezar con un punto ni con un guion.
store-plan-name-a-space = un espacio
store-plan-name-chars = { $name } contiene { $what }; el nombre de un plan solo lleva letras, números, - _ y . (nombra un archivo). Pruebe { $suggestion }.

## Una carpeta de datos bloqueada (cifrada)
store-could-not-read = No se pudo leer { $path }
store-crypt-kept = { $n ->
    [one] Hay un archivo en texto sin cifrar junto a una copia cifrada distinta, o que no se pudo leer, así que kinship lo dejó como está: { $files }. Revíselo y luego sáquelo de la carpeta de datos.
   *[other] Hay archivos en texto sin cifrar junto a una copia cifrada distinta, o que no se pudieron leer, así que kinship los dejó como están: { $files }. Revise cada uno y luego sáquelo de la carpeta de datos.
}
store-crypt-other-key = no se cifró con la clave de datos de esta carpeta
store-crypt-tampered = no se pudo descifrar: se cambió o se cortó después de que kinship lo escribiera
store-crypt-key-not-saved = No se pudo guardar la clave de datos en { $path }
store-crypt-key-missing = Falta la clave de datos { $path }.
store-crypt-key-unopened = No se pudo abrir la clave de datos { $path }: { $error }.
store-crypt-key-unopened-hint = kinship no la ha cambiado. Si se cambió o se cortó, restáurela desde una copia de seguridad.
store-crypt-no-key = La clave de datos { $path } no contiene una clave.
store-crypt-public-missing = La carpeta de datos está bloqueada, pero su clave pública { $path } falta o no se puede leer.
store-crypt-repair-hint = Ejecute `kinship data lock` para repararla (le pide su frase de contraseña).
store-crypt-no-public = { $path } no contiene una clave pública.
store-crypt-shown = { $name } (cifrado en { $vault })
store-crypt-no-terminal = Sus datos de kinship están bloqueados, y no hay una terminal para pedir la frase de contraseña.
store-crypt-file-wrong = La frase de contraseña de { $path } no abre sus datos de kinship; no se cambió nada.
store-crypt-file-wrong-hint = Revise el archivo: su primera línea debe ser exactamente la frase de contraseña.
store-crypt-prompt = Frase de contraseña de sus datos de kinship:{" "}
store-crypt-try-again = Esa frase de contraseña no abre sus datos. Inténtelo de nuevo ({ $n ->
    [one] queda { $n } intento
   *[other] quedan { $n } intentos
}).
store-crypt-wrong = Esa frase de contraseña no abre sus datos de kinship; no se cambió nada.
store-crypt-wrong-hint = La frase de contraseña distingue mayúsculas y minúsculas. No hay forma de abrir los datos sin ella.
store-crypt-wrong-short = Esa frase de contraseña no abre sus datos.
store-crypt-how-to-unlock = Ejecútelo en una terminal para escribir la frase de contraseña, o indique un archivo que la contenga con --passphrase-file ARCHIVO (o KINSHIP_PASSPHRASE_FILE).
store-crypt-passphrase-file = No se pudo leer el archivo de la frase de contraseña { $path } ({ $origin }): { $why }.
store-crypt-passphrase-file-hint = Indique un archivo que tenga la frase de contraseña en su primera línea.
store-crypt-no-such-file = ese archivo no existe
store-crypt-empty-file = está vacío
store-crypt-stopped = Se detuvo; no se cambió nada.
store-crypt-terminal-failed = No se pudo leer la frase de contraseña desde la terminal
store-crypt-no-terminal-new = No hay una terminal para pedir una frase de contraseña nueva ({ $what }), ni un archivo que la contenga.
store-crypt-no-terminal-new-hint = Ejecútelo en una terminal, o indique la frase de contraseña en un archivo con --passphrase-file ARCHIVO.
store-crypt-empty-typed = Una frase de contraseña vacía no protegería nada. Escriba una, o presione Ctrl-C para detener.
store-crypt-same-again = La misma otra vez:{" "}
store-crypt-no-match = Las dos no coinciden. Inténtelo de nuevo.
store-crypt-none-set = No se eligió ninguna frase de contraseña; no se cambió nada.
store-crypt-not-a-share = no está cifrado con una frase de contraseña (¿es una copia compartida de kinship?)
store-crypt-excessive = su frase de contraseña está reforzada mucho más de lo que kinship hace nunca
store-crypt-cut-short = no se pudo descifrar: se cambió o se cortó
store-crypt-no-terminal-share = No hay una terminal para pedir la frase de contraseña de { $what }.
store-crypt-no-terminal-share-hint = Indíquela en un archivo: --share-passphrase-file ARCHIVO.
store-crypt-passphrase-for = Frase de contraseña de { $what }
store-crypt-locked-meanwhile = Otro kinship bloqueó la carpeta mientras tanto.
store-crypt-locked-meanwhile-hint = Ejecute `kinship data` para verlo; su frase de contraseña es la que se eligió ahí.
store-crypt-lock-again = Después ejecute `kinship data lock` otra vez.
store-crypt-encrypt-failed = No se pudo cifrar { $name } ({ $why }).
store-crypt-encrypt-failed-hint = No se perdió nada: los archivos aún sin cifrar siguen como estaban. Ejecute `kinship data lock` otra vez para terminar.
store-crypt-decrypt-failed = No se pudo descifrar { $name } ({ $why }).
store-crypt-decrypt-failed-hint = No se perdió nada. Ejecute `kinship data unlock` otra vez para terminar.
store-crypt-left-in-archive = { $n ->
    [one] 1 archivo de la bóveda no se pudo descifrar (¿se cambió o se cortó?) y se movió, tal como estaba, a { $path } con una copia de la clave de datos: "Reading your files without kinship" en el README explica cómo probar la herramienta age con él.
   *[other] { $n } archivos de la bóveda no se pudieron descifrar (¿se cambiaron o se cortaron?) y se movieron, tal como estaban, a { $path } con una copia de la clave de datos: "Reading your files without kinship" en el README explica cómo probar la herramienta age con ellos.
}

## kinship data
data-not-locked-unchanged = Sus datos no están bloqueados; no se cambió nada.
data-unlocked = Desbloqueado: { $n ->
    [one] { $n } archivo
   *[other] { $n } archivos
} en { $path }, de nuevo en texto sin cifrar; no hace falta frase de contraseña.
data-no-passphrase = Sus datos no están bloqueados, así que no tienen frase de contraseña.
data-no-passphrase-hint = Ejecute `kinship data lock` para elegir una.
data-no-terminal-new = No hay una terminal para pedir la frase de contraseña nueva.
data-no-terminal-new-hint = Indíquela en un archivo con --new-passphrase-file ARCHIVO.
data-new-passphrase = Frase de contraseña nueva
data-passphrase-changed = Se cambió la frase de contraseña. Sus archivos no se cifraron otra vez: la misma clave de datos los abre, y solo la frase de contraseña nueva abre la clave.
data-archive-empty = La carpeta de copias está vacía.
data-archive-empty-nothing-removed = La carpeta de copias está vacía; no se quitó nada.
data-purge-question = { $n ->
    [one] ¿Quitar para siempre la única copia anterior de la carpeta de copias?
   *[other] ¿Quitar para siempre las { $n } copias anteriores de la carpeta de copias?
}
data-purged = { $n ->
    [one] Se quitó { $n } copia de la carpeta de copias.
   *[other] Se quitaron { $n } copias de la carpeta de copias.
}
data-wipe-question = ¿Quitar todo lo que kinship guarda en { $path }{ $settings }? Esto no se puede deshacer.
data-wipe-and-settings = , y su archivo de configuración { $path }
data-wiped = Se quitó todo lo que kinship guardaba en { $path }.
data-settings-not-removed = No se pudo quitar su archivo de configuración { $path }: { $error }.
data-wiped-settings = {" "}Se quitó el archivo de configuración { $path }.
data-settings-left = {" "}El archivo de configuración { $path } es un enlace o no es un archivo, así que se dejó como está.
data-left-alone = Estos no los hizo kinship, así que se dejaron: { $names }.
data-not-protected = El cifrado no protege contra alguien que lo vea escribir la frase de contraseña o que la tenga, alguien que use esta computadora mientras kinship está abierto, ni contra copias y copias de seguridad hechas antes de bloquear.
data-status = Sus datos { $state ->
    [locked] están bloqueados: sus archivos están cifrados con su frase de contraseña
    [unlocking] se están desbloqueando (se interrumpió): ejecute `kinship data unlock` para terminar
   *[plain] no están bloqueados: sus archivos están en texto sin cifrar, y cualquiera que pueda abrir esta carpeta puede leerlos
}.
data-status-files = { $n ->
    [one] { $n } archivo
   *[other] { $n } archivos
} en { $path }
data-status-plain-left = { $n ->
    [one] 1 archivo sigue
   *[other] { $n } archivos siguen
} en texto sin cifrar: se interrumpió un bloqueo. Ejecute `kinship data lock` para terminar.
data-status-lock-hint = Ejecute `kinship data lock` para cifrarlos.
data-choose-passphrase = Elija una frase de contraseña. Sin ella, nadie (ni usted) puede leer sus archivos: no hay forma de recuperarla.
data-unlock-interrupted = Se interrumpió un desbloqueo; termínelo primero.
data-unlock-interrupted-hint = Ejecute `kinship data unlock` y después `kinship data lock`.
data-locked = Bloqueado: { $n ->
    [one] { $n } archivo en { $path }, cifrado
   *[other] { $n } archivos en { $path }, cifrados
}. Los comandos que los leen piden la frase de contraseña una vez; la tarjeta de sobredosis y las guías nunca la piden.
data-needs-yes = { $question } Eso necesita un sí, y no hay una terminal donde preguntar.
data-run-command = Ejecute `{ $command }`.
data-kept = Se conservó. No se cambió nada.

## kinship data export e import (y abrir un archivo compartido)
data-way-out = Corrija o mueva el archivo, e inténtelo de nuevo.
data-export-exists = { $path } ya existe.
data-export-exists-hint = Elija otro archivo, o agregue --force para reemplazarlo.
data-the-export = la exportación
data-an-export = una exportación
data-export-short = exportación
data-export-other = Un plan compartido se importa con `kinship plan import ARCHIVO`.
data-exported = Se { $n ->
    [one] exportó { $n } archivo
   *[other] exportaron { $n } archivos
} a { $path }, un archivo cifrado. En la computadora nueva: `kinship data import { $path }`.
data-exported-hint = Diga la frase de contraseña por teléfono o en persona, no junto con el archivo.
data-check-owner = dice que pertenece a { $owner }
data-check-format = está en el formato { $format }, que este kinship no lee
data-import-refused = No se pudo importar { $path }: { $why }.
data-nothing-imported = No se importó nada.
data-not-an-export = no contiene una exportación: { $error }
data-import-not-ours = contiene { $path }, que no es un archivo que kinship guarde
data-import-unreadable = { $path }, dentro de él, no se puede leer: { $why }
data-imported = Importado de { $path }: { $n ->
    [one] { $n } archivo nuevo
   *[other] { $n } archivos nuevos
}
data-imported-replaced = , { $n ->
    [one] { $n } reemplazado (su copia está en la carpeta de copias)
   *[other] { $n } reemplazados (sus copias están en la carpeta de copias)
}
data-imported-same = , { $n ->
    [one] { $n } ya estaba aquí y era igual
   *[other] { $n } ya estaban aquí y eran iguales
}
data-imported-kept = { $n ->
    [one] 1 archivo ya estaba aquí y era distinto
   *[other] { $n } archivos ya estaban aquí y eran distintos
}, así que se conservan los dos: el suyo como estaba, y el importado en la carpeta de copias ({ $files }).
data-imported-kept-hint = Véalos con `kinship data archive list`; use --replace para quedarse con los importados.
data-sealed-not-made-by = no es { $noun } de { $made_by }
data-sealed-wrong-passphrase = esa frase de contraseña no lo abre
data-sealed-try-again = Esa frase de contraseña no lo abre. Inténtelo de nuevo.
data-sealed-not-text = no contiene texto
data-sealed-not-kinships = no contiene { $noun } de kinship
data-sealed-other-kind = contiene un { $kind } de kinship, no { $holds }
data-sealed-newer = lo hizo un kinship más nuevo ({ $short }, formato { $format }; este lee hasta el { $max })
data-sealed-newer-hint = Actualice kinship e impórtelo de nuevo. No se importó nada.

## Encontrar lo que nombra un comando
core-did-you-mean = ¿Quiso decir { $name }?
core-did-you-mean-topic = ¿Quiso decir `{ $command }` ({ $title })?
core-or-list = { $rest } o { $last }
core-no-checklist = No hay ninguna lista llamada { $name }.
core-checklists-are = Las listas son: { $ids }.
core-no-kind = No hay ningún tipo de plan llamado { $name }.
core-kinds-are = Los tipos son: { $ids }.
core-no-plan = No hay ningún plan llamado { $name }.
core-no-plans-yet = Todavía no tiene planes. Empiece uno con `kinship plan new TIPO NOMBRE` (vea `kinship plan kinds`).
core-your-plans = Sus planes: { $names }.
core-plan-unknown-kind = El plan { $name } es de tipo { $kind }, un tipo que este kinship no conoce.
core-plan-unknown-kind-hint = Puede venir de un kinship más nuevo. El archivo no ha cambiado.
core-invalid-answers = { $n ->
    [one] Una respuesta de su plan { $name } no es válida, así que se trata como sin responder (el archivo se deja como está):
   *[other] Algunas respuestas de su plan { $name } no son válidas, así que se tratan como sin responder (el archivo se deja como está):
}
core-invalid-answer = { $path } ({ $prompt }) contiene { $stored }: { $reason }
core-invalid-answers-how = { $n ->
    [one] Dele
   *[other] Dé a cada una
} una respuesta nueva con `kinship plan set { $name } CAMPO VALOR` (por ejemplo `kinship plan set { $name } { $field } ...`), o responda una por una con `kinship plan edit { $name }`.
core-no-guide = No hay ninguna guía llamada { $name }.
core-list-guides = Ejecute `kinship guide` para ver todas las guías.
core-names-from-lists = Los nombres vienen de las listas del plan; vea `kinship plan show { $name }`.

## El plan de sobredosis del hogar, para la tarjeta
core-plan-unreadable = No se pudo leer su plan { $name } ({ $path }: { $what ->
    [large] es demasiado grande para ser un plan
   *[other] no es un archivo normal
}).
# ($article is English's a/an; Spanish says "de tipo" and needs none.)
core-plan-not-overdose = El plan { $name } es de tipo { $kind }{ $article ->
   *[a] {""}
}; la tarjeta toma sus datos de un plan de sobredosis.
core-see-plans = Vea sus planes con `kinship plan list`.
core-card-no-details = { $error } La tarjeta no muestra datos del hogar.
core-card-details-locked = Los datos de su hogar están bloqueados, así que la tarjeta no muestra ninguno.
core-not-readable = { $path } no es un archivo que kinship pueda leer.

## Comandos, ayuda y la terminal
core-no-command = kinship no tiene ningún comando llamado { $word }.
core-read-the-guide = Para leer la guía "{ $title }", ejecute `kinship guide { $id }`.
core-commands-are = Los comandos son: { $names }.
core-help-hint = Ejecute `kinship --help` para más (en inglés), o `kinship guide` para las guías.
core-waiting = Esperando a otro kinship que está guardando { $name }… (Ctrl-C para detener)
core-no-pager = No se pudo abrir el paginador { $pager }, así que el texto se muestra aquí. Asigne a KINSHIP_PAGER o PAGER un paginador que tenga (o ejecute `kinship config set pager never`), o use --no-pager.
core-because = porque: { $cause }
core-stdout-closed = La salida estándar está cerrada, así que kinship no tenía dónde escribir. Ejecútelo otra vez con la salida hacia la pantalla, un archivo o una tubería.

## kinship search
core-search-nothing = Nada en kinship coincide con { $query }.
core-search-nothing-hint = Pruebe con menos palabras, o con otras palabras para lo mismo.
core-search-guides-hint = Ejecute `kinship guide` para ver todas las guías.
core-search-count = { $n ->
    [one] { $n } resultado para { $query }.
   *[other] { $n } resultados para { $query }.
}

## Páginas impresas
print-x-done = hecho
print-x-not-done = sin hacer
print-x-fold-here = doble aquí
print-x-no-pdf = kinship no escribe archivos PDF, así que no puede crear { $path }.
print-x-no-pdf-hint = Cree una página web con -o { $path } y elija "Guardar como PDF" al imprimirla desde un navegador.
print-x-no-checkins = Todavía no hay registros para imprimir.
print-x-no-checkins-hint = Primero haga un registro: kinship checkin
print-x-wallet-markdown = La tarjeta de cartera es un diseño para papel, y Markdown no tiene tamaño de papel.
print-x-wallet-markdown-hint = Use --format html para imprimirla, o --format text.
print-x-wrote = Se escribió { $path }.
print-x-open-in-browser = Ábralo en un navegador web e imprímalo desde ahí.
print-x-card-passphrase = Frase de contraseña para poner los datos de su hogar en la tarjeta (Enter para saltar):{" "}
print-x-card-locked = Los datos de su hogar están bloqueados, así que la tarjeta tiene líneas en blanco para ellos (use --passphrase-file ARCHIVO para llenarlas).
print-x-plan-unreadable = No se pudo leer el plan { $name }, y puede contener los datos de su hogar, así que no se imprimió ninguna tarjeta
print-x-plan-left-out = Se dejó fuera el plan { $name }, que no se pudo leer: { $error }
print-x-many-plans = Usted tiene { $n } planes de sobredosis ({ $names }), y la tarjeta puede llevar uno.
print-x-say-which = Diga cuál: `kinship print card --plan { $name }`.
store-crypt-vault-missing = falta
store-crypt-vault-no-name = no empieza con la línea que lo nombra

## Said rarely: kinship's own content is broken, a stored time or a locked file is wrong
core-search-resources-title = Ayuda y números: { $region }
core-broken-content = No se pudo leer la información que trae kinship. Es un error de kinship; por favor, infórmelo
core-not-a-time = { $text } no es una hora RFC 3339 ({ $why })
store-vault-says-it-is = dice que es { $name }

## A checked region in a list of them: "us (United States)", "gb or uk (United Kingdom)"
region-code = { $code } ({ $name })
region-code-or = { $code } o { $alias } ({ $name })
