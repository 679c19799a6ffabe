import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'es',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Compartimos nuestra experiencia en administración electrónica',
        description:
          'Desde 2021 nuestros vecinos realizan más de 40 trámites en línea y disponen de una oficina de atención ciudadana única en el ayuntamiento. Nuestro equipo de modernización comparte gratis pliegos, procedimientos y lecciones aprendidas, en una visita o en un taller de dos días.',
      },
      request: {
        title: 'Buscamos asesoramiento para poner en marcha la sede electrónica',
        description:
          'El año que viene queremos abrir una sede electrónica y una ventanilla única para la ciudadanía. Buscamos un ayuntamiento con experiencia que nos oriente en la elección del software, la organización de los servicios y la formación del personal.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Rehabilitación energética de colegios y escuelas infantiles',
        description:
          'En cinco años hemos rehabilitado seis colegios, tres escuelas infantiles y la casa consistorial: aislamiento, carpinterías nuevas y bombas de calor. El consumo ha bajado un 40 %. Nuestros técnicos enseñan con gusto las auditorías, los pliegos y las obras.',
      },
      request: {
        title: 'Apoyo técnico para rehabilitar el ayuntamiento y dos guarderías',
        description:
          'Preparamos la rehabilitación energética del ayuntamiento y de dos escuelas infantiles de los años setenta. Nos vendría muy bien ayuda con la auditoría energética, el pliego de condiciones y la financiación.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Acompañamiento para preparar proyectos con fondos europeos',
        description:
          'Nuestra oficina de proyectos europeos, con cuatro técnicos, ha conseguido financiación para más de 25 proyectos (Interreg, FEDER, IPA). Ofrecemos sin coste revisión de solicitudes, formación y mentoría a los municipios que empiezan.',
      },
      request: {
        title: 'Necesitamos ayuda con nuestra primera candidatura Interreg',
        description:
          'Este otoño presentamos nuestra primera candidatura Interreg sin experiencia previa en fondos europeos. ¿Podría un ayuntamiento con trayectoria revisar la propuesta y formar a dos técnicos en la gestión del proyecto?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Director de empresa municipal de aguas disponible seis meses',
        description:
          'El director de nuestra empresa municipal de agua y saneamiento, con 20 años de experiencia, puede dedicar dos días por semana durante seis meses a ayudar a crear una empresa similar. Su sueldo corre de nuestra cuenta.',
      },
      request: {
        title: 'Buscamos gerente con experiencia para crear la empresa municipal de aguas',
        description:
          'A partir del 1 de enero el ayuntamiento gestionará directamente el abastecimiento y el saneamiento. Durante 6 a 12 meses buscamos un gestor experimentado que nos ayude a organizar el servicio, fijar las tarifas y seleccionar al personal.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Coordinadora de ayuda a domicilio disponible durante tres meses',
        description:
          'La coordinadora de nuestro servicio de ayuda a domicilio, que atiende a 150 personas mayores, puede acompañaros durante tres meses. Planificación de rutas, selección de auxiliares y protocolos de calidad: comparte toda su experiencia.',
      },
      request: {
        title: 'Buscamos una persona experta para crear el servicio de ayuda a domicilio',
        description:
          'En nuestro municipio unas 60 personas mayores que viven solas necesitan ayuda a diario. Queremos crear un servicio de ayuda a domicilio y buscamos, para unos meses, a alguien con experiencia que lo ponga en marcha con nosotros.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Responsable de oficina de turismo disponible antes de la temporada',
        description:
          'La responsable de nuestra oficina de turismo puede desplazarse una semana al mes, de febrero a mayo, para ayudar a abrir un punto de información turística. Atención al visitante, folletos y acuerdos con alojamientos: conoce bien el oficio.',
      },
      request: {
        title: 'Se busca responsable para abrir nuestra oficina de turismo',
        description:
          'En abril abrirá la nueva oficina de turismo en la antigua estación, recién rehabilitada. Buscamos un profesional con experiencia durante 3 a 6 meses que organice la atención, forme a dos empleados y lance la promoción.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Equipo de 25 voluntarios preparado para actuar en inundaciones',
        description:
          'Nuestros 25 voluntarios de protección civil, con furgoneta y material propios, pueden llegar en menos de 24 horas. Llenan sacos terreros, levantan barreras provisionales y ayudan a los vecinos a desalojar sus casas.',
      },
      request: {
        title: 'Crecida del río: se necesitan voluntarios para llenar sacos',
        description:
          'El río lleva tres días subiendo y varios barrios están en riesgo. Necesitamos entre 30 y 50 voluntarios para llenar sacos terreros y ayudar a los vecinos; el ayuntamiento cubre comida y alojamiento.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Voluntarios para abastecer a los bomberos durante incendios forestales',
        description:
          'De junio a septiembre, 15 voluntarios con dos furgonetas están listos para llevar agua, comida y material a los bomberos que trabajan en un incendio. Podemos quedarnos hasta una semana.',
      },
      request: {
        title: 'Buscamos apoyo logístico para nuestros bomberos este verano',
        description:
          'Durante los incendios forestales hay que abastecer a los bomberos día y noche. Buscamos voluntarios que preparen y repartan comida y agua en turnos de ocho horas durante julio y agosto.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Voluntarios formados para gestionar un albergue tras un terremoto',
        description:
          'Veinte voluntarios formados por Cruz Roja pueden hacer funcionar un albergue provisional: registro de familias, comidas y atención a los niños. Están disponibles dos semanas seguidas.',
      },
      request: {
        title: 'Tras el terremoto: voluntarios para nuestro albergue provisional',
        description:
          'Desde el seísmo, unas cuarenta familias duermen en el pabellón deportivo municipal. Durante al menos dos semanas necesitamos voluntarios para la acogida, las comidas y actividades con los niños.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Jóvenes voluntarios para limpiar las orillas de vuestro río',
        description:
          'Nuestro consejo de la juventud moviliza a una treintena de jóvenes de 16 a 25 años para una jornada de limpieza de riberas. Vienen un sábado de primavera con guantes, bolsas y monitores.',
      },
      request: {
        title: 'Limpieza del río: buscamos jóvenes voluntarios',
        description:
          'Un sábado de abril limpiaremos cinco kilómetros de ribera. Buscamos chicas y chicos con ganas de colaborar; el ayuntamiento pone guantes, bolsas, transporte y comida.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Nuestros voluntarios animan las tardes de las personas mayores',
        description:
          'Maestros jubilados y estudiantes de nuestra asociación organizan cada semana juegos de mesa, canto e informática para mayores. Una vez al mes pueden visitar vuestro centro cívico y compartir su programa.',
      },
      request: {
        title: 'Se buscan voluntarios para las tardes del hogar del jubilado',
        description:
          'Cada tarde acuden a nuestro centro de mayores unas treinta personas. Buscamos voluntarios dos días por semana, de 16:00 a 19:00, para talleres de lectura, ajedrez o manualidades.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Veinte voluntarios con herramientas para vuestra jornada de plantación',
        description:
          'Nuestra asociación ecologista puede enviar a una veintena de voluntarios con azadas y regaderas a vuestra jornada de plantación de árboles. Disponibles en noviembre o en marzo.',
      },
      request: {
        title: 'Plantamos 200 árboles en el parque municipal: ¡ven a ayudar!',
        description:
          'El último sábado de noviembre plantaremos 200 árboles jóvenes en el parque del pueblo. Buscamos voluntarios de todas las edades; herramientas, plantones y almuerzo corren por nuestra cuenta.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Camión de bomberos usado en perfecto funcionamiento, gratis',
        description:
          'Cedemos gratuitamente una autobomba de 2004 con cisterna de 2.000 litros y 95.000 km, con revisiones anuales al día. Está pensada para una agrupación de bomberos voluntarios; recogida en nuestro parque.',
      },
      request: {
        title: 'Buscamos autobomba usada para los bomberos voluntarios',
        description:
          'Nuestros 30 bomberos voluntarios solo cuentan con un vehículo de más de treinta años. Una autobomba usada pero en buen estado nos permitiría proteger mejor las pedanías del municipio.',
      },
    },
    'school-computers': {
      offer: {
        title: 'Donamos 25 ordenadores de sobremesa con monitor a un colegio',
        description:
          'Tras renovar nuestros equipos donamos 25 ordenadores de sobremesa (Intel i5, 8 GB de RAM, de 2019) con monitor, teclado y ratón. Los discos están borrados; se pueden recoger en el ayuntamiento a partir de junio.',
      },
      request: {
        title: 'Buscamos ordenadores para el aula de informática del colegio',
        description:
          'En nuestro colegio 180 alumnos comparten seis ordenadores obsoletos. Con una veintena de equipos que funcionen podríamos montar un aula de informática de verdad para septiembre.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Grupo electrógeno diésel de 60 kVA sobre remolque',
        description:
          'Cedemos un grupo electrógeno diésel de 60 kVA montado en remolque, en servicio desde 2015 y con unas 400 horas de uso. Mantenimiento al día; recogida gratuita en nuestra nave municipal.',
      },
      request: {
        title: 'Se busca generador diésel para emergencias',
        description:
          'Cuando se corta la luz, la estación de bombeo y el centro de coordinación de emergencias se quedan sin suministro. Buscamos un generador diésel de al menos 30 kVA, aunque sea usado, siempre que sea fiable.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 mesas y 240 sillas escolares en buen estado',
        description:
          'Tras la reforma de un colegio regalamos 120 mesas dobles y 240 sillas regulables en altura, todas en buen estado. Se pueden recoger en julio y nuestro personal ayuda a cargar.',
      },
      request: {
        title: 'Necesitamos mesas y sillas para cuatro aulas nuevas',
        description:
          'En septiembre abrimos cuatro aulas más y aún nos faltan 60 mesas dobles y 120 sillas. Mobiliario escolar usado en buen estado nos vendría perfecto; del transporte nos encargamos nosotros.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Treinta camas articuladas con colchón, disponibles ya',
        description:
          'La renovación de nuestro centro de salud deja libres 30 camas articuladas de altura regulable, con colchón y en buen estado. Sirven para un centro sanitario o una residencia; se recogen en el propio centro.',
      },
      request: {
        title: 'Buscamos camas para la nueva ala de la residencia de mayores',
        description:
          'En primavera nuestra residencia abre un ala con 20 habitaciones, pero el presupuesto no llega para el mobiliario. Buscamos 20 camas, a ser posible eléctricas y regulables en altura.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Prestamos tiendas de campaña de protección civil para emergencias',
        description:
          'Nuestro almacén de protección civil guarda 15 tiendas grandes de diez plazas con catres. Las prestamos, o las cedemos, a un municipio afectado por una catástrofe; podemos entregarlas en 48 horas.',
      },
      request: {
        title: 'Buscamos tiendas de campaña para una reserva de emergencia',
        description:
          'Si hubiera una inundación o un terremoto, ahora mismo no tendríamos con qué alojar a los afectados. Buscamos tiendas para unas cien personas, que guardaríamos en el almacén municipal.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Unos 12 m³ de madera de construcción seca para recoger',
        description:
          'De la reforma del centro cultural nos han sobrado unos 12 m³ de madera de abeto seca, entre vigas y tablones. Está almacenada a cubierto en la nave municipal y se cede gratis hasta finales de marzo.',
      },
      request: {
        title: 'Necesitamos madera para reparar el tejado del colegio',
        description:
          'Un temporal dañó el tejado de nuestro colegio. Para arreglarlo antes del invierno necesitamos unos 8 m³ de vigas y tablones; iríamos nosotros a recogerlos.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 toneladas de sal para carreteras disponibles',
        description:
          'Como el invierno ha sido suave, nos quedan 40 toneladas de sal fundente almacenadas en seco. Las cedemos gratis a un municipio que venga a por ellas con sus propios camiones.',
      },
      request: {
        title: 'Necesitamos sal con urgencia para las carreteras municipales',
        description:
          'Tras semanas de nieve y hielo casi se nos ha acabado la reserva. Harían falta unas 30 toneladas de sal para mantener transitables los caminos municipales hasta el final del invierno.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Adoquines y bordillos sobrantes de la reforma de la plaza',
        description:
          'De las obras de la plaza mayor han sobrado unos 800 m² de adoquines de hormigón, 50 bordillos y un montón de grava. Todo está paletizado en la nave municipal y debe retirarse antes de fin de mes.',
      },
      request: {
        title: 'Buscamos adoquines para una acera en una pedanía',
        description:
          'Junto a la escuela de una de nuestras pedanías queremos construir una acera segura de 300 m². Con adoquines y bordillos sobrantes de otra obra, nuestra brigada podría hacerla este verano.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Limpieza de nieve de vuestros caminos con nuestras quitanieves',
        description:
          'Nuestras dos quitanieves con esparcidor de sal pueden despejar también las carreteras de los pueblos vecinos, sobre todo cerca de la frontera. Coordinamos las salidas con nuestro servicio de vialidad invernal, sin coste para vosotros.',
      },
      request: {
        title: 'Pedimos ayuda para quitar la nieve en nuestras aldeas de montaña',
        description:
          'Mantenemos 35 km de caminos municipales de montaña con una sola quitanieves. Con las nevadas fuertes algunas aldeas se quedan incomunicadas; ¿podría echarnos una mano algún municipio vecino?',
      },
    },
    'translation': {
      offer: {
        title: 'Traducciones gratuitas para vuestros proyectos transfronterizos',
        description:
          'Nuestros dos traductores jurados trabajan con inglés, francés y portugués. Traducimos gratis hasta 50 páginas al mes de documentos de proyectos transfronterizos: convenios, solicitudes e informes.',
      },
      request: {
        title: 'Traducción de documentos para un proyecto transfronterizo',
        description:
          'Para nuestro proyecto transfronterizo hay que traducir al inglés unas cuarenta páginas, entre la solicitud y el acuerdo de colaboración. El plazo termina dentro de tres semanas.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Recogida de enseres voluminosos con nuestro camión grúa',
        description:
          'Nuestro camión grúa y un equipo de tres operarios pueden recoger muebles y enseres en vuestros pueblos un día al mes. El traslado al punto limpio lo organizáis vosotros.',
      },
      request: {
        title: 'Buscamos camión para la recogida de voluminosos en abril',
        description:
          'Durante la campaña de limpieza de primavera los vecinos sacan muebles viejos y electrodomésticos rotos. Necesitamos un camión municipal con conductor tres días de abril para recoger estos voluminosos.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Antigua escuela en concesión a largo plazo por un canon simbólico',
        description:
          'Nuestra antigua escuela, vacía desde 2015, tiene 1.200 m² en una parcela de media hectárea. La ofrecemos en concesión a largo plazo por un canon simbólico para un proyecto turístico, educativo o social.',
      },
      request: {
        title: 'Se busca inversor para el antiguo edificio escolar',
        description:
          'El antiguo grupo escolar es sólido, pero sin uso se va deteriorando. Buscamos un inversor que lo convierta en alojamiento, talleres o viviendas para mayores; agradecemos cualquier contacto interesado.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Manantial termal para desarrollar turismo de salud',
        description:
          'Nuestro manantial termal brota a 38 °C con un caudal de 15 litros por segundo, en un terreno municipal de 4 hectáreas. El estudio de viabilidad y los permisos están listos; el ayuntamiento ofrece una concesión de larga duración.',
      },
      request: {
        title: 'Buscamos inversor para crear un balneario',
        description:
          'En nuestro término municipal hay un manantial de aguas calientes con fama de curativas que sigue sin aprovecharse. Buscamos un inversor o una empresa balnearia interesada; el estudio de viabilidad está a su disposición.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Parcelas urbanizadas en nuestro polígono en condiciones ventajosas',
        description:
          'En nuestro polígono industrial, a 2 km de la autovía, hay doce parcelas urbanizadas de 0,5 a 3 hectáreas. Las empresas que creen empleo obtienen precio reducido y bonificación del IBI durante cinco años.',
      },
      request: {
        title: 'Se buscan inversores para parcelas del polígono industrial',
        description:
          'En el polígono municipal quedan varias parcelas libres con todos los servicios. Agradeceríamos que los municipios socios dieran a conocer esta oportunidad a las empresas de su zona.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Encuentros con importadores y distribuidores en nuestra feria del vino',
        description:
          'Cada otoño nuestra feria del vino reúne a importadores, tiendas especializadas y distribuidores de la región. Invitamos sin coste a los bodegueros de los municipios socios a reunirse con compradores en encuentros B2B.',
      },
      request: {
        title: 'Nuestras bodegas buscan importadores y distribuidores',
        description:
          'Dieciocho bodegas familiares del municipio elaboran vinos de variedades autóctonas premiados en varios concursos. Buscan importadores y distribuidores; se pueden enviar muestras y organizar visitas.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Nuestro clúster de la madera abre la puerta a nuevos socios',
        description:
          'Nuestra agrupación de 15 carpinterías y fábricas de muebles ofrece subcontratación, compras conjuntas y estands compartidos en ferias. Las pequeñas empresas de la madera de los municipios socios son bienvenidas.',
      },
      request: {
        title: 'Buscamos socios para nuestros aserraderos y carpinterías',
        description:
          'Una docena de pequeños aserraderos y carpinterías del municipio fabrica muebles de madera maciza y estructuras de cubierta. Buscan socios comerciales y de producción para llegar a nuevos mercados.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Salida comercial para productos ecológicos de cooperativas socias',
        description:
          'Nuestros comedores escolares y el mercado de productores compran cada semana fruta y verdura ecológica. Ponemos en contacto con gusto a las cooperativas ecológicas de municipios socios con nuestros compradores.',
      },
      request: {
        title: 'Cooperativa ecológica busca compradores y socios',
        description:
          'Nuestra cooperativa agrupa 35 explotaciones con certificación ecológica: hortalizas, fruta, miel y queso de cabra. Busca compradores estables, como comedores, tiendas y mayoristas, y socios para la transformación.',
      },
    },
  },
  municipalityDescription:
    '{name} ({country}) apuesta por la cooperación entre municipios: compartimos con gusto medios y conocimientos, y buscamos socios para nuestros proyectos locales.',
  messages: {
    ask: 'Buenos días, vuestro anuncio encaja exactamente con lo que necesitamos. ¿Podemos hablar por teléfono esta semana?',
    accept: 'Con mucho gusto, por nuestra parte está acordado. Hoy mismo os enviamos los detalles prácticos.',
    decline: 'Gracias por vuestro interés. Lamentablemente ya lo hemos comprometido con otro municipio, pero os avisaremos si algo cambia.',
    handover: 'Proponemos la entrega el 14 de mayo a las 10:00 en la nave municipal; nosotros nos encargamos del transporte. ¿Os viene bien?',
    thanks: 'Todo ha salido estupendamente: muchísimas gracias por vuestra generosidad y rapidez. ¡Esperamos volver a colaborar!',
  },
  feedback: 'Colaboración ejemplar: respuesta rápida, todo tal como se describía y una entrega muy bien organizada.',
};
