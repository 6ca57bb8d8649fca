## sos log: the saved overdose walks

sos-log-no-such = No hay ningún registro de sobredosis llamado { $name }.
sos-log-see-all = Véalos todos con `kinship sos log`.
sos-log-newest = El más reciente es { $name }.
sos-log-none-yet = Todavía no hay ningún paso a paso de sobredosis registrado.
sos-log-gone = El registro de sobredosis { $name } acaba de desaparecer.
sos-log-showing-older = { $problem } Se muestra un registro anterior.
sos-log-none-readable = No se puede leer ningún registro de sobredosis guardado.
sos-log-fix-broken = Cada archivo dañado aparece arriba con su nombre; corríjalo a mano o sáquelo de la carpeta.
sos-log-how = `kinship sos --walk` anota cada paso, con su hora, mientras usted avanza.

## The home screen
home-reminder-left-out = { $problem } Su recordatorio no se muestra hasta que se arregle.

## The walk
walk-log-not-saved = No se puede guardar el registro ({ $problem }). Siga adelante: se muestra al final.
