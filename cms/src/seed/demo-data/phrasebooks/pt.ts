import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'pt',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Partilhamos a nossa experiência em serviços online e balcão único',
        description:
          'Desde 2021, os nossos munícipes tratam mais de 40 assuntos online e são atendidos num balcão único na câmara municipal. A nossa equipa de modernização administrativa partilha gratuitamente cadernos de encargos, procedimentos e lições aprendidas, numa visita ou num workshop de dois dias.',
      },
      request: {
        title: 'Procuramos apoio para criar os serviços municipais online',
        description:
          'No próximo ano queremos lançar um portal de serviços online e um balcão único para os munícipes. Procuramos uma autarquia com experiência que nos aconselhe na escolha do software, na organização dos serviços e na formação dos trabalhadores.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'A nossa experiência na reabilitação energética de escolas e creches',
        description:
          'Em cinco anos reabilitámos seis escolas, três creches e os paços do concelho: isolamento, caixilharia nova e bombas de calor. O consumo de energia baixou 40 %. Os nossos técnicos mostram com gosto as auditorias, os cadernos de encargos e as obras.',
      },
      request: {
        title: 'Precisamos de apoio para reabilitar a câmara e duas creches',
        description:
          'Estamos a preparar a reabilitação energética do edifício da câmara e de duas creches construídas nos anos 70. Seria muito útil uma ajuda com a auditoria energética, o caderno de encargos e o plano de financiamento.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Acompanhamento na preparação de candidaturas a fundos europeus',
        description:
          'O nosso gabinete de fundos europeus, com quatro técnicos, já aprovou mais de 25 projetos (Interreg, FEDER, IPA). Oferecemos gratuitamente revisão de candidaturas, formação e mentoria aos municípios que estão a começar.',
      },
      request: {
        title: 'Pedimos ajuda para a nossa primeira candidatura Interreg',
        description:
          'Este outono vamos submeter a nossa primeira candidatura Interreg, sem experiência anterior em fundos europeus. Haverá um município experiente disposto a rever a proposta e a formar dois técnicos na gestão do projeto?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Diretor de serviços de águas disponível durante seis meses',
        description:
          'O diretor dos nossos serviços municipalizados de água e saneamento, com 20 anos de experiência, pode dedicar dois dias por semana, durante seis meses, à criação de uma entidade semelhante. O salário continua a ser pago por nós.',
      },
      request: {
        title: 'Procura-se gestor experiente para criar a empresa municipal de águas',
        description:
          'A partir de 1 de janeiro, o município passa a gerir diretamente o abastecimento de água e o saneamento. Durante 6 a 12 meses, procuramos um gestor experiente que ajude a organizar o serviço, definir tarifários e recrutar pessoal.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Coordenadora de apoio domiciliário disponível durante três meses',
        description:
          'A coordenadora do nosso serviço de apoio domiciliário, que acompanha 150 idosos, pode trabalhar convosco durante três meses. Planeamento de rotas, recrutamento de ajudantes e procedimentos de qualidade: partilha toda a sua experiência.',
      },
      request: {
        title: 'Procuramos alguém experiente para criar o apoio domiciliário a idosos',
        description:
          'No nosso concelho, cerca de 60 idosos que vivem sozinhos precisam de ajuda diária. Queremos criar um serviço de apoio domiciliário e procuramos, por alguns meses, uma pessoa experiente que o monte connosco.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Responsável de posto de turismo disponível antes da época alta',
        description:
          'A responsável do nosso posto de turismo pode deslocar-se uma semana por mês, de fevereiro a maio, para ajudar a abrir um centro de informação turística. Atendimento, materiais promocionais e parcerias com alojamentos: conhece bem o ofício.',
      },
      request: {
        title: 'Procura-se responsável para abrir o nosso posto de turismo',
        description:
          'Em abril abre o novo posto de turismo na antiga estação ferroviária, agora reabilitada. Procuramos um profissional experiente, por 3 a 6 meses, que organize o atendimento, forme dois funcionários e lance a promoção.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Equipa de 25 voluntários pronta a intervir em cheias',
        description:
          'Os nossos 25 voluntários com formação em proteção civil, com carrinha e material próprios, chegam em menos de 24 horas. Enchem sacos de areia, montam barreiras provisórias e ajudam os moradores a esvaziar as casas.',
      },
      request: {
        title: 'Cheia do rio: precisamos de voluntários para encher sacos de areia',
        description:
          'O rio está a subir há três dias e vários bairros estão em risco. Precisamos de 30 a 50 voluntários para encher sacos de areia e ajudar os moradores; a câmara garante alimentação e alojamento.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Voluntários para apoio logístico aos bombeiros em incêndios florestais',
        description:
          'De junho a setembro, 15 voluntários com duas carrinhas estão prontos a levar água, refeições e material aos bombeiros no teatro de operações. Podemos ficar no terreno até uma semana.',
      },
      request: {
        title: 'Procuramos apoio logístico para os nossos bombeiros este verão',
        description:
          'Durante os incêndios florestais, os bombeiros precisam de ser abastecidos dia e noite. Procuramos voluntários para preparar e distribuir refeições e água, em turnos de oito horas, em julho e agosto.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Voluntários formados para gerir um alojamento de emergência após sismo',
        description:
          'Vinte voluntários formados pela Cruz Vermelha podem assegurar um centro de acolhimento temporário: registo das famílias, refeições e apoio às crianças. Estão disponíveis durante duas semanas seguidas.',
      },
      request: {
        title: 'Depois do sismo: voluntários para o nosso centro de acolhimento',
        description:
          'Desde o sismo, cerca de quarenta famílias estão alojadas no pavilhão desportivo municipal. Precisamos, durante pelo menos duas semanas, de voluntários para o acolhimento, as refeições e atividades com as crianças.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Jovens voluntários para limpar as margens do vosso rio',
        description:
          'O nosso conselho municipal de juventude mobiliza cerca de trinta jovens dos 16 aos 25 anos para um dia de limpeza das margens. Vêm num sábado de primavera, com luvas, sacos e monitores.',
      },
      request: {
        title: 'Limpeza do rio: procuramos jovens voluntários',
        description:
          'Num sábado de abril vamos limpar cinco quilómetros de margens ribeirinhas. Procuramos jovens com vontade de ajudar; a câmara fornece luvas, sacos, transporte e almoço.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Os nossos voluntários animam as tardes dos mais velhos',
        description:
          'Professores reformados e estudantes da nossa associação organizam todas as semanas jogos de tabuleiro, canto e aulas de informática para seniores. Uma vez por mês podem visitar o vosso centro de convívio e partilhar o programa.',
      },
      request: {
        title: 'Procuram-se voluntários para as tardes do centro de convívio',
        description:
          'Todas as tardes o nosso centro de convívio recebe cerca de trinta idosos. Procuramos voluntários disponíveis duas vezes por semana, das 15h às 18h, para leitura, xadrez ou trabalhos manuais.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Vinte voluntários com ferramentas para o vosso dia da árvore',
        description:
          'A nossa associação ambientalista pode enviar cerca de vinte voluntários, com enxadas e regadores, para o vosso dia de plantação de árvores. Estão disponíveis em novembro ou em março.',
      },
      request: {
        title: 'Vamos plantar 200 árvores no parque municipal: venha ajudar',
        description:
          'No último sábado de novembro vamos plantar 200 árvores jovens no parque da cidade. Procuramos voluntários de todas as idades; ferramentas, plantas e lanche ficam por nossa conta.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Veículo de bombeiros usado, a funcionar, cedido gratuitamente',
        description:
          'Cedemos gratuitamente um veículo de combate a incêndios de 2004, com cisterna de 2000 litros e 95 000 km, com inspeções anuais em dia. Destina-se a uma corporação de bombeiros voluntários; levantamento no nosso quartel.',
      },
      request: {
        title: 'Procuramos viatura de bombeiros usada para os voluntários',
        description:
          'Os nossos 30 bombeiros voluntários têm apenas uma viatura com mais de trinta anos. Um veículo de combate a incêndios usado, mas operacional, permitiria proteger melhor as aldeias do concelho.',
      },
    },
    'school-computers': {
      offer: {
        title: 'Doamos 25 computadores de secretária com monitor a uma escola',
        description:
          'Depois de renovarmos o equipamento, doamos 25 computadores de secretária (Intel i5, 8 GB de RAM, de 2019) com monitor, teclado e rato. Os discos foram apagados; podem ser levantados na câmara a partir de junho.',
      },
      request: {
        title: 'Procuramos computadores para a sala de informática da escola',
        description:
          'Na nossa escola básica, 180 alunos partilham seis computadores obsoletos. Com cerca de vinte computadores a funcionar, poderíamos montar uma verdadeira sala de informática até setembro.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Gerador a gasóleo de 60 kVA em reboque',
        description:
          'Cedemos um gerador a gasóleo de 60 kVA montado em reboque, em serviço desde 2015 e com cerca de 400 horas de funcionamento. Manutenção em dia; levantamento gratuito no estaleiro municipal.',
      },
      request: {
        title: 'Procura-se gerador a gasóleo para situações de emergência',
        description:
          'Quando falha a eletricidade, a estação elevatória e o centro municipal de proteção civil ficam sem energia. Procuramos um gerador a gasóleo de pelo menos 30 kVA, mesmo usado, desde que seja fiável.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 mesas e 240 cadeiras escolares em bom estado',
        description:
          'Após as obras numa escola, oferecemos 120 mesas duplas e 240 cadeiras reguláveis em altura, tudo em bom estado. O levantamento pode ser feito em julho e a nossa equipa ajuda a carregar.',
      },
      request: {
        title: 'Precisamos de mesas e cadeiras para quatro salas novas',
        description:
          'Em setembro abrimos quatro novas turmas e ainda nos faltam 60 mesas duplas e 120 cadeiras. Mobiliário escolar usado em bom estado seria perfeito; o transporte fica a nosso cargo.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Trinta camas articuladas com colchão, disponíveis de imediato',
        description:
          'Com o reequipamento do nosso centro de saúde ficam disponíveis 30 camas articuladas de altura regulável, com colchão, em bom estado. Servem uma unidade de saúde ou um lar; levantamento no local.',
      },
      request: {
        title: 'Procuramos camas para a nova ala do lar de idosos',
        description:
          'Na primavera o nosso lar abre uma ala com 20 quartos, mas o orçamento não chega para o mobiliário. Procuramos 20 camas, de preferência elétricas e reguláveis em altura.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Emprestamos tendas da proteção civil para emergências',
        description:
          'O nosso armazém de proteção civil tem 15 tendas grandes de dez lugares, com camas de campanha. Emprestamo-las, ou doamo-las, a um município atingido por uma catástrofe; entrega possível em 48 horas.',
      },
      request: {
        title: 'Procuramos tendas para uma reserva municipal de emergência',
        description:
          'Se houvesse hoje uma cheia ou um sismo, não teríamos como alojar os desalojados. Procuramos tendas para cerca de cem pessoas, a guardar no armazém municipal.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Cerca de 12 m³ de madeira de construção seca para levantar',
        description:
          'Das obras no centro cultural sobraram cerca de 12 m³ de madeira de pinho seca, entre vigas e tábuas. Está guardada ao abrigo no estaleiro municipal e é cedida gratuitamente até ao fim de março.',
      },
      request: {
        title: 'Precisamos de madeira para reparar o telhado da escola',
        description:
          'O telhado da nossa escola ficou danificado com uma tempestade. Para o reparar antes do inverno precisamos de cerca de 8 m³ de vigas e tábuas; o transporte fica por nossa conta.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 toneladas de sal para estradas disponíveis',
        description:
          'Como o inverno foi ameno, sobraram-nos 40 toneladas de sal-gema guardadas em local seco. Cedemo-las gratuitamente a um município que as venha buscar com os seus próprios camiões.',
      },
      request: {
        title: 'Precisamos com urgência de sal para as estradas municipais',
        description:
          'Depois de semanas de neve e gelo, a nossa reserva está quase esgotada. Precisaríamos de cerca de 30 toneladas de sal para manter as estradas municipais transitáveis até ao fim do inverno.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Pavê e lancis que sobraram da requalificação da praça',
        description:
          'Da requalificação da praça principal sobraram cerca de 800 m² de pavê de betão, 50 lancis e um monte de brita. Está tudo em paletes no estaleiro municipal e tem de ser levantado até ao fim do mês.',
      },
      request: {
        title: 'Procuramos pavê para um passeio numa das nossas aldeias',
        description:
          'Junto à escola de uma das nossas aldeias queremos construir um passeio seguro com 300 m². Com pavê e lancis sobrantes de outra obra, os nossos serviços podiam fazê-lo por administração direta neste verão.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Limpeza de neve das vossas estradas com os nossos limpa-neves',
        description:
          'Os nossos dois limpa-neves com espalhador de sal podem desobstruir também as estradas das aldeias vizinhas, sobretudo junto à fronteira. As saídas são coordenadas com o nosso plano de inverno, sem custos para o vosso município.',
      },
      request: {
        title: 'Pedimos ajuda na limpeza de neve das nossas aldeias de montanha',
        description:
          'Mantemos 35 km de estradas municipais na serra com um único limpa-neves. Com nevões fortes, algumas aldeias ficam isoladas; algum município vizinho nos poderia dar uma mão?',
      },
    },
    'translation': {
      offer: {
        title: 'Traduções gratuitas para os vossos projetos transfronteiriços',
        description:
          'Os nossos dois tradutores certificados trabalham com inglês, espanhol e francês. Traduzimos gratuitamente até 50 páginas por mês de documentos de projetos transfronteiriços: acordos, candidaturas e relatórios.',
      },
      request: {
        title: 'Tradução de documentos para um projeto transfronteiriço',
        description:
          'Para o nosso projeto transfronteiriço é preciso traduzir para inglês cerca de quarenta páginas, entre a candidatura e o acordo de parceria. O prazo termina daqui a três semanas.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Recolha de monos com o nosso camião com grua',
        description:
          'O nosso camião com grua e uma equipa de três cantoneiros podem recolher monos nas vossas freguesias um dia por mês. O encaminhamento para o ecocentro fica a vosso cargo.',
      },
      request: {
        title: 'Procuramos camião para a recolha de monos em abril',
        description:
          'Na campanha de limpeza da primavera, os moradores põem na rua móveis velhos e eletrodomésticos avariados. Precisamos de um camião municipal com motorista durante três dias em abril para recolher estes monos.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Antiga escola em cedência de longa duração por renda simbólica',
        description:
          'A nossa antiga escola primária, vazia desde 2015, tem 1200 m² num terreno de meio hectare. Propomos a cedência de longa duração, por uma renda simbólica, para um projeto turístico, educativo ou social.',
      },
      request: {
        title: 'Procura-se investidor para o antigo edifício escolar',
        description:
          'O antigo edifício escolar é sólido, mas está a degradar-se por falta de uso. Procuramos um investidor que o transforme em alojamento, oficinas ou residência sénior; agradecemos qualquer contacto interessado.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Nascente termal para valorizar com turismo de saúde e bem-estar',
        description:
          'A nossa nascente termal brota a 38 °C, com um caudal de 15 litros por segundo, num terreno municipal de 4 hectares. O estudo de viabilidade e o licenciamento estão prontos; o município oferece uma concessão de longa duração.',
      },
      request: {
        title: 'Procuramos investidor para criar umas termas',
        description:
          'No nosso concelho existe uma nascente de águas quentes com fama de terapêuticas, ainda por explorar. Procuramos um investidor ou operador termal interessado; o estudo de viabilidade está disponível.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Lotes infraestruturados na zona industrial em condições vantajosas',
        description:
          'Na nossa zona industrial, a 2 km da autoestrada, há doze lotes infraestruturados de 0,5 a 3 hectares. As empresas que criem emprego beneficiam de preço reduzido e de isenção de IMI durante cinco anos.',
      },
      request: {
        title: 'Procuram-se investidores para lotes da zona industrial',
        description:
          'Na zona industrial municipal ainda há vários lotes livres com todas as infraestruturas. Agradecíamos que os municípios parceiros divulgassem esta oportunidade junto das empresas da sua região.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Encontros com importadores e distribuidores na nossa feira do vinho',
        description:
          'Todos os outonos, a nossa feira do vinho junta importadores, garrafeiras e distribuidores da região. Os produtores de vinho dos municípios parceiros são convidados, sem custos, para reuniões de negócios com compradores.',
      },
      request: {
        title: 'Os nossos produtores de vinho procuram importadores e distribuidores',
        description:
          'Dezoito adegas familiares do concelho produzem vinhos de castas autóctones, premiados em vários concursos. Procuram importadores e distribuidores; é possível enviar amostras e organizar visitas.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'O nosso polo da madeira procura novos parceiros',
        description:
          'O nosso agrupamento de 15 carpintarias e fábricas de mobiliário oferece subcontratação, compras conjuntas e stands partilhados em feiras. As pequenas empresas da madeira dos municípios parceiros são bem-vindas.',
      },
      request: {
        title: 'Procuramos parceiros para as nossas serrações e carpintarias',
        description:
          'Uma dúzia de pequenas serrações e carpintarias do concelho fabrica móveis em madeira maciça e estruturas de cobertura. Procuram parceiros comerciais e industriais para chegar a novos mercados.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Escoamento para produtos biológicos de cooperativas parceiras',
        description:
          'As nossas cantinas escolares e o mercado de produtores compram todas as semanas frutas e legumes biológicos. Pomos com gosto as cooperativas biológicas dos municípios parceiros em contacto com os nossos compradores.',
      },
      request: {
        title: 'Cooperativa biológica procura compradores e parceiros',
        description:
          'A nossa cooperativa reúne 35 explorações com certificação biológica: hortícolas, fruta, mel e queijo de cabra. Procura compradores regulares, como cantinas, lojas e grossistas, e parceiros para a transformação.',
      },
    },
  },
  municipalityDescription:
    '{name} ({country}) acredita na cooperação entre municípios: partilhamos de bom grado meios e conhecimento, e procuramos parceiros para os nossos projetos locais.',
  messages: {
    ask: 'Bom dia, o vosso anúncio corresponde exatamente ao que precisamos. Podemos falar por telefone esta semana?',
    accept: 'Com todo o gosto, da nossa parte está combinado. Ainda hoje enviamos os pormenores práticos.',
    decline: 'Obrigado pelo interesse. Infelizmente já o prometemos a outro município, mas avisamos se a situação mudar.',
    handover: 'Propomos a entrega a 14 de maio, às 10h00, no estaleiro municipal; o transporte fica por nossa conta. Pode ser?',
    thanks: 'Correu tudo muito bem: muito obrigado pela generosidade e pela rapidez. Esperamos voltar a colaborar!',
  },
  feedback: 'Colaboração exemplar: resposta rápida, tudo conforme o anúncio e uma entrega muito bem organizada.',
};
