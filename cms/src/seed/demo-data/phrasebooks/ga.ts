import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'ga',
  subjects: {
    'digital-services': {
      offer: {
        title: "Seirbhísí ar líne agus ionad ilfhreastail – roinnfimid ár dtaithí",
        description: "Le trí bliana anuas is féidir lenár gcónaitheoirí níos mó ná 40 seirbhís a fháil ar líne, agus tá ionad ilfhreastail in oifigí na comhairle. Reáchtálfaidh ár bhfoireann TF ceardlann dhá lá saor in aisce agus cuirfidh siad nósanna imeachta agus teimpléid ar fáil daoibh.",
      },
      request: {
        title: "Cabhair á lorg chun seirbhísí ar líne a sholáthar do chónaitheoirí",
        description: "Ba mhaith linn go mbeadh ar chumas cónaitheoirí iarratais a dhéanamh agus táillí áitiúla a íoc ar líne, agus go mbeadh ionad ilfhreastail amháin in oifigí na comhairle. Ba bhreá linn comhairle a fháil ó údarás áitiúil a rinne a leithéid cheana, sna sé mhí atá romhainn más féidir.",
      },
    },
    'energy-efficiency': {
      offer: {
        title: "Athchóiriú fuinnimh ar scoileanna agus ar naíscoileanna – taithí ó chúig thionscadal",
        description: "Le blianta beaga anuas chuireamar insliú ar thrí scoil agus ar dhá naíscoil, chuireamar fuinneoga nua isteach agus shuiteálamar teaschaidéil, rud a laghdaigh úsáid fuinnimh thart ar 40%. Roinnfimid na doiciméid tairisceana libh go fonnmhar agus tá fáilte romhaibh cuairt staidéir a thabhairt orainn.",
      },
      request: {
        title: "Comhairle á lorg ar athchóiriú fuinnimh ar halla an bhaile agus ar naíscoil",
        description: "Tógadh halla an bhaile agus an naíscoil sna seachtóidí agus úsáideann siad an-chuid fuinnimh. Táimid ag lorg údaráis áitiúil a chabhródh linn iniúchadh fuinnimh agus plean oibre a ullmhú sula gcuirfimid isteach ar dheontas.",
      },
    },
    'eu-funding': {
      offer: {
        title: "Oiliúint agus comhairle maidir le hiarratais ar mhaoiniú AE",
        description: "Tá níos mó ná 20 tionscadal AE curtha i gcrích ag ár n-oifig tionscadal, ina measc faoi Interreg agus Erasmus+. Cuirfimid oiliúint saor in aisce ar fáil do bhur bhfoireann, chomh maith le tacaíocht agus an t-iarratas á scríobh agus an tuairisciú á dhéanamh.",
      },
      request: {
        title: "Meantóir á lorg againn dár gcéad iarratas ar mhaoiniú AE",
        description: "Is údarás áitiúil beag sinn gan oifigeach tionscadal dár gcuid féin, agus táimid ag ullmhú ár gcéad iarratais faoi Interreg. Teastaíonn duine le taithí uainn chun cabhrú linn an buiséad a leagan amach agus sinn a threorú tríd an tionscadal ar fad.",
      },
    },
    'water-utility-manager': {
      offer: {
        title: "Bainisteoir le taithí chun cuideachta uisce áitiúil a bhunú",
        description: "Tá iarstiúrthóir ár gcuideachta uisce, a bhfuil 25 bliain de thaithí aige san earnáil, sásta sé mhí a chaitheamh ag obair libh ar an láthair. Cabhróidh sé le heagrú na cuideachta, le ríomh na dtáillí agus le hearcaíocht foirne.",
      },
      request: {
        title: "Bainisteoir á lorg chun cuideachta uisce agus séarachais a bhunú",
        description: "Táimid ag glacadh seilbh ar an ngréasán uisce agus séarachais ó oibreoir príobháideach agus ag bunú ár gcuideachta féin. Teastaíonn bainisteoir le taithí uainn ar feadh 6–12 mhí chun na hoibríochtaí, na táillí agus an struchtúr a chur ar bun.",
      },
    },
    'home-care-manager': {
      offer: {
        title: "Cabhróidh ár mbainisteoir cúraim bhaile libh seirbhís a bhunú",
        description: "Tá bainisteoir ár seirbhíse cúraim bhaile ag eagrú cabhrach do níos mó ná 120 duine scothaosta ina dtithe féin le deich mbliana. Is féidir léi comhairle a chur ar fáil saor in aisce ar feadh trí mhí maidir le hearcaíocht, caighdeáin cháilíochta agus pleanáil cuairteanna.",
      },
      request: {
        title: "Bainisteoir á lorg chun seirbhís chúraim bhaile do sheanóirí a bhunú",
        description: "Tá níos mó daoine scothaosta ina gcónaí leo féin inár gceantar, ach níl seirbhís chúraim bhaile eagraithe againn fós. Táimid ag lorg duine le taithí a chabhródh linn an tseirbhís a chur ar bun do thart ar 50 cliant.",
      },
    },
    'tourist-office-manager': {
      offer: {
        title: "Cabhróimid libh oifig eolais turasóireachta a bhunú",
        description: "Is féidir le bainisteoir ár n-oifige eolais turasóireachta cabhrú ar feadh dhá nó trí mhí le hoifig nua a chur ar bun. Roinnfidh sí a taithí maidir le freastal ar chuairteoirí, suíomh gréasáin a reáchtáil agus comhoibriú le gnólachtaí áitiúla.",
      },
      request: {
        title: "Bainisteoir le taithí á lorg dár n-oifig turasóireachta nua",
        description: "An t-earrach seo chugainn osclóimid oifig eolais turasóireachta i seanfhoirgneamh an stáisiúin atá athchóirithe. Táimid ag lorg duine le taithí a chuirfeadh oiliúint ar an bhfoireann, a d'ullmhódh an tairiscint agus a chothódh comhoibriú le soláthraithe lóistín.",
      },
    },
    'flood-response': {
      offer: {
        title: "Oibrithe deonacha le haghaidh tuilte – réidh le teacht laistigh de 24 uair an chloig",
        description: "Tá taithí ag ár ngrúpa de 25 oibrí deonach ón gcosaint shibhialta agus ó chumainn áitiúla ó thuilte na bliana seo caite. Más gá, beidh siad ar an láthair laistigh de lá lena dtrealamh féin chun málaí gainimh a líonadh agus cabhrú le cónaitheoirí a aslonnú.",
      },
      request: {
        title: "Práinneach: oibrithe deonacha ag teastáil chun málaí gainimh a líonadh",
        description: "Tá leibhéal na habhann fós ag ardú agus tá dhá cheantar atá ar thalamh íseal i mbaol. Teastaíonn oibrithe deonacha uainn chun málaí gainimh a líonadh agus chun cabhrú le cónaitheoirí a dtithe a chosaint; cuirfimid lóistín agus béilí ar fáil.",
      },
    },
    'wildfire-support': {
      offer: {
        title: "Oibrithe deonacha chun soláthairtí a thabhairt do chomhraiceoirí dóiteáin",
        description: "Is féidir le grúpa de 15 oibrí deonach le dhá veain uisce, bia agus trealamh a thabhairt chuig na háiteanna ina mbailíonn na comhraiceoirí dóiteáin. Beimid ar fáil i rith an tsamhraidh ar fad, deireadh seachtaine san áireamh.",
      },
      request: {
        title: "Oibrithe deonacha á lorg le haghaidh lóistíochta agus béilí le linn tinte sléibhe",
        description: "I mí Iúil agus i mí Lúnasa bíonn baol mór tinte ar ár sléibhte agus inár bhforaoisí, agus d'fhéadfadh an múchadh leanúint ar feadh roinnt laethanta. Táimid ag lorg daoine a chabhródh le bia a ullmhú, uisce a iompar agus an stóras soláthairtí a bhainistiú.",
      },
    },
    'earthquake-shelter': {
      offer: {
        title: "Oibrithe deonacha oilte chun foscadh sealadach a reáchtáil",
        description: "Is féidir le fiche oibrí deonach, a fuair oiliúint ón gCros Dhearg, cabhrú le foscadh sealadach a reáchtáil do theaghlaigh tar éis crith talún. Tabharfaidh siad aire do chlárú, do dháileadh bia agus do chúram leanaí ar feadh coicíse ar a laghad.",
      },
      request: {
        title: "Oibrithe deonacha ag teastáil i bhfoscadh sealadach tar éis crith talún",
        description: "Tá foscadh sealadach curtha ar bun againn sa halla spóirt do 80 teaghlach a chaill a dtithe. Táimid ag lorg oibrithe deonacha le haghaidh sealanna lae agus oíche – chun bia a dháileadh, chun daoine a chlárú agus chun gníomhaíochtaí a eagrú do leanaí.",
      },
    },
    'river-clean-up': {
      offer: {
        title: "Oibrithe deonacha óga chun bruach na habhann a ghlanadh",
        description: "Beidh tríocha dalta ónár meánscoileanna sásta páirt a ghlacadh i bhfeachtas glantacháin ar bhruach na habhann i gceantar comharsanachta. Tiocfaidh siad lena múinteoirí agus lena lámhainní agus málaí bruscair féin – níl le déanamh agaibh ach an dáta agus an stráice a shocrú.",
      },
      request: {
        title: "Daoine óga á lorg le haghaidh glantacháin earraigh ar bhruach na habhann",
        description: "I mí Aibreáin glanfaimid cúig chiliméadar de bhruach na habhann, áit ar bailíodh go leor bruscair i rith an gheimhridh. Tá fáilte roimh dhaoine óga agus ranganna scoile; cuirfimid lámhainní, málaí, bailiú bruscair agus lón te ar fáil.",
      },
    },
    'community-centre': {
      offer: {
        title: "Oibrithe deonacha chun gníomhaíochtaí iarnóna a reáchtáil do sheanóirí",
        description: "Is féidir le grúpa múinteoirí agus oibrithe cultúrtha ar scor gníomhaíochtaí a reáchtáil faoi dhó sa tseachtain in bhur n-ionad pobail nó i gclub seanóirí. Cuirfimid traenáil chuimhne, ceardlanna lámhcheirde agus amhránaíocht i gcomhluadar ar fáil.",
      },
      request: {
        title: "Oibrithe deonacha ag teastáil le haghaidh iarnóin do sheanóirí san ionad pobail",
        description: "Bíonn ár gclub seanóirí oscailte ó Luan go hAoine idir a dó agus a sé a chlog, agus freastalaíonn thart ar 40 duine air. Táimid ag lorg daoine a stiúródh cluichí agus léitheoireacht os ard nó a chabhródh le seanóirí fón póca agus ríomhaire a úsáid.",
      },
    },
    'tree-planting': {
      offer: {
        title: "Daichead oibrí deonach le haghaidh lá curtha crann",
        description: "Beidh ár ngasóga agus baill dár gcumann comhshaoil sásta cabhrú le crainn a chur i bpáirc an bhaile agaibh. Tiocfaidh siad ar an Satharn a shocrófar, lena rámhainní agus lena gcannaí uisce féin.",
      },
      request: {
        title: "Tar linn chun crainn a chur i bpáirc an bhaile – oibrithe deonacha á lorg",
        description: "I mí Dheireadh Fómhair cuirfimid 200 crann dúchasach óg i bpáirc an bhaile, ina measc dair agus beith. Táimid ag lorg oibrithe deonacha le haghaidh Satharn amháin; cuirfidh an chomhairle na crainn, na huirlisí agus sólaistí ar fáil.",
      },
    },
    'fire-engine': {
      offer: {
        title: "Inneall dóiteáin athláimhe in ord oibre do bhriogáid dheonach",
        description: "Is inneall dóiteáin ó 2004 é, le umar 2,500 lítear, 95,000 km ar an gclog agus teastas ródacmhainneachta bailí aige. Tabharfaimid saor in aisce é do bhriogáid dóiteáin dheonach; is féidir é a bhailiú ónár stáisiún dóiteáin.",
      },
      request: {
        title: "Teastaíonn inneall dóiteáin in ord oibre ónár mbriogáid dheonach",
        description: "Tá an t-aon inneall dóiteáin atá againn os cionn 30 bliain d'aois agus theip air sa tástáil dheireanach ródacmhainneachta. Ghlacfaimis go buíoch le hinneall athláimhe atá ag obair i gceart, agus eagróimid féin an t-iompar.",
      },
    },
    'school-computers': {
      offer: {
        title: "25 ríomhaire deisce le scáileáin do sheomra ríomhairí scoile",
        description: "Tá na ríomhairí ceithre bliana d'aois (Intel i5, 8 GB RAM, SSD) agus glanadh na tiomántáin chrua go slán. Tabharfaimid saor in aisce iad do scoil i gceantar comhpháirtíochta; is féidir iad a bhailiú ó oifigí na comhairle ar laethanta oibre.",
      },
      request: {
        title: "Scoil ag lorg ríomhairí dá seomra ríomhairí",
        description: "Tá na ríomhairí inár seomra ríomhairí scoile os cionn deich mbliana d'aois agus ní féidir leo na bogearraí reatha a rith. Teastaíonn thart ar 20 ríomhaire deisce atá ag obair i gceart uainn do dhaltaí na meánscoile.",
      },
    },
    'power-generator': {
      offer: {
        title: "Gineadóir díosail 60 kVA ar leantóir – saor in aisce",
        description: "Tá gineadóir díosail 60 kVA á thabhairt againn, a bhfuil 1,200 uair an chloig oibre déanta aige agus a ndearnadh seirbhís air le déanaí. Tá sé feistithe ar leantóir, mar sin is furasta é a iompar.",
      },
      request: {
        title: "Gineadóir ag teastáil le haghaidh éigeandálaí",
        description: "Le linn na stoirme deireanaí bhí ár n-ionad cóireála uisce gan leictreachas ar feadh dhá lá. Táimid ag lorg gineadóra díosail de 30 kVA ar a laghad a choinneodh an chumhacht ar siúl nuair a bhíonn briseadh ann.",
      },
    },
    'school-furniture': {
      offer: {
        title: "Deasca agus cathaoireacha scoile i riocht maith – 60 deasc agus 120 cathaoir",
        description: "Nuair a fuair ár mbunscoil troscán nua, bhí deasca dúbailte agus cathaoireacha inchoigeartaithe fágtha againn. Tá an troscán glan agus láidir; tabharfaimid saor in aisce é, ach caithfear é a bhailiú roimh dheireadh mhí an Mheithimh.",
      },
      request: {
        title: "Deasca agus cathaoireacha ag teastáil do dhá sheomra ranga nua",
        description: "Ó mhí Mheán Fómhair ar aghaidh beidh dhá rang nua againn, mar go bhfuil líon na ndaltaí ag méadú. Tá 15 deasc dúbailte agus 30 cathaoir de dhíth orainn; eagróimid an t-iompar muid féin.",
      },
    },
    'hospital-beds': {
      offer: {
        title: "20 leaba altranais le tochtanna do theach altranais nó d'ionad sláinte",
        description: "Fuair ár dteach altranais troscán nua, mar sin tá 20 leaba altranais leictreacha inchoigeartaithe agus a dtochtanna á dtabhairt againn. Tá siad go léir ag obair, díghalraithe agus réidh le bailiú.",
      },
      request: {
        title: "Leapacha á lorg d'ionad sláinte agus do theach altranais",
        description: "Tá deich n-áit nua á gcur le hár dteach altranais do chónaitheoirí atá sa leaba. Teastaíonn leapacha inchoigeartaithe uainn, le tochtanna speisialta in aghaidh créachtaí brú más féidir.",
      },
    },
    'emergency-tents': {
      offer: {
        title: "Pubaill le haghaidh lóistín éigeandála – 12 phuball ón stóras cosanta sibhialta",
        description: "Tá 12 phuball mór á dtabhairt againn, ocht nduine i ngach ceann, le hurlár agus soilse. Níor úsáideadh iad ach uair amháin le linn cleachtaidh cosanta sibhialta, agus tá gach cuid acu ann fós.",
      },
      request: {
        title: "Pubaill á lorg dár stóras éigeandála ar eagla aslonnaithe",
        description: "Níl aon phuball inár stóras éigeandála, cé go mbeadh orainn lóistín a chur ar fáil do thart ar 50 duine i gcás tuile. Ghlacfaimis go buíoch le pubaill i riocht maith, le hurlár agus córas téimh más féidir.",
      },
    },
    'construction-timber': {
      offer: {
        title: "Thart ar 15 m³ d'adhmad tógála tirim le bailiú",
        description: "Tar éis athchóiriú an halla spóirt tá bíomaí agus cláir ghiúise fágtha againn, stóráilte faoi dhíon. Tabharfaimid saor in aisce iad chun foirgnimh phoiblí a dheisiú agus cabhróimid leis an lódáil.",
      },
      request: {
        title: "Adhmad tógála ag teastáil chun díon halla an phobail a dheisiú",
        description: "Rinne stoirm damáiste do dhíon halla an phobail agus caithfear cuid de na rachtaí a athsholáthar. Teastaíonn thart ar 8 m³ de bhíomaí agus de laitis uainn; déanfaidh foireann na comhairle an obair.",
      },
    },
    'road-salt': {
      offer: {
        title: "40 tonna de shalann bóthair fágtha tar éis geimhridh bhoig",
        description: "Bhí an geimhreadh bog, agus tá 40 tonna de shalann bóthair fágtha inár stóras tirim. Tabharfaimid d'údarás áitiúil comharsanachta é agus lódálfaimid ar bhur leoraí é le lódóir.",
      },
      request: {
        title: "Tá an salann bóthair ídithe againn – tacaíocht ag teastáil don gheimhreadh",
        description: "Tar éis roinnt titimí troma sneachta tá ár stoc salainn ídithe, agus tá roinnt seachtainí den gheimhreadh fós romhainn. Teastaíonn thart ar 30 tonna uainn do na bóithre áitiúla.",
      },
    },
    'paving-stones': {
      offer: {
        title: "Clocha pábhála agus colbhaí fágtha tar éis athchóiriú na cearnóige",
        description: "Tá thart ar 300 m² de chlocha pábhála coincréite agus 150 colbha ar phailléid againn i ndepó na comhairle. Tá an t-ábhar nua agus gan úsáid; is féidir é a bhailiú ar fad in aon turas amháin nó ina chodanna.",
      },
      request: {
        title: "Clocha pábhála á lorg chun cosáin an tsráidbhaile a dheisiú",
        description: "Tá na cosáin ar an mbóthar chuig an scoil i ndrochbhail, agus níl aon airgead don ábhar i mbuiséad na bliana seo. D'úsáidfimis thart ar 200 m² de chlocha pábhála agus roinnt colbhaí; déanfaidh foireann na comhairle an leagan.",
      },
    },
    'snow-clearing': {
      offer: {
        title: "Glanadh sneachta ar bhóithre áitiúla lenár bhfeithiclí féin",
        description: "Tá dhá leoraí againn le céachta sneachta agus scaiptheoirí gairbhéil. Nuair a bhíonn sneachta trom ann, is féidir linn bóithre na gceantar comharsanachta a ghlanadh freisin, de réir bealaí a shocrófar roimh ré.",
      },
      request: {
        title: "Cabhair ag teastáil chun sneachta a ghlanadh ar bhóithre chuig sráidbhailte iargúlta",
        description: "Níl againn ach feithicil amháin le haghaidh sneachta, ach caithfimid 15 km de bhóithre chuig sráidbhailte iargúlta a choinneáil oscailte. Táimid ag lorg údaráis áitiúil a d'fhéadfadh feithicil agus tiománaí a thabhairt ar iasacht dúinn le linn sneachta troim.",
      },
    },
    'translation': {
      offer: {
        title: "Aistriúchán doiciméad do thionscadail trasteorann",
        description: "Aistríonn beirt aistritheoirí de chuid na comhairle doiciméid tionscadail idir Gaeilge, Béarla agus Fraincis. Is féidir linn suas le 30 leathanach sa mhí a dhéanamh saor in aisce.",
      },
      request: {
        title: "Aistriúchán ag teastáil le haghaidh tionscadail trasteorann",
        description: "Táimid ag ullmhú tionscadail chomhpháirtigh le comhpháirtí ón taobh eile den teorainn agus caithfimid thart ar 40 leathanach de dhoiciméid a aistriú go Béarla. Is é deireadh na míosa seo chugainn an spriocdháta.",
      },
    },
    'waste-collection': {
      offer: {
        title: "Bailiú dramhaíola toirtiúla le leoraí na comhairle",
        description: "Uair sa mhí is féidir lenár leoraí bruscair, mar aon le tiománaí, troscán, tochtanna agus dramhaíl thoirtiúil eile a bhailiú i gceantar comharsanachta. Tá an t-iompar saor in aisce, ach íocann an t-údarás glactha as an dramhaíl a láimhseáil.",
      },
      request: {
        title: "Cabhair á lorg le bailiú dramhaíola toirtiúla san earrach",
        description: "San earrach beimid ag bailiú seantroscáin agus dramhaíola toirtiúla ó theaghlaigh, ach níl leoraí bruscair dár gcuid féin againn. Táimid ag lorg comhpháirtí a thabharfadh leoraí agus tiománaí ar iasacht dúinn ar feadh trí lá.",
      },
    },
    'unused-school-building': {
      offer: {
        title: "Seanscoil le suíomh 1.2 ha ar cíos nó ar díol",
        description: "Tá 1,800 m² d'achar urláir sa seanbhunscoil agus tá sí folamh le cúig bliana. Tairgimid léas fadtéarmach ar théarmaí fabhracha d'infheisteoir, nó an deis an foirgneamh a cheannach.",
      },
      request: {
        title: "Infheisteoir á lorg don seanfhoirgneamh scoile",
        description: "Ba mhaith linn go mbeadh an scoil fholamh ag freastal ar an bpobal arís – mar theach do sheanóirí, mar bhrú óige nó mar ionad oiliúna. Táimid ag lorg infheisteora a bhfuil smaoineamh maith aige agus a chruthódh poist nua.",
      },
    },
    'thermal-spring': {
      offer: {
        title: "Foinse uisce te agus suíomh d'infheistíocht spá",
        description: "Tagann uisce 42 °C aníos ón tollpholl, agus tá staidéir gheolaíochta agus suíomh cúig heicteár in aice leis an bhfoinse ag an gcomhairle. Cabhróimid le ceadanna pleanála agus tabharfaimid na seirbhísí go teorainn an tsuímh.",
      },
      request: {
        title: "Infheisteoir á lorg chun foinse uisce te a fhorbairt don turasóireacht spá",
        description: "Ba mhaith linn turasóireacht spá a fhorbairt timpeall ar ár bhfoinse uisce te, agus táimid ag lorg infheisteora a thógfadh spá nó ionad folláine. Tógfaidh an chomhairle an bóthar isteach agus na naisc seirbhíse.",
      },
    },
    'industrial-zone': {
      offer: {
        title: "Láithreáin seirbhísithe i bpáirc ghnó na comhairle",
        description: "Sa pháirc ghnó in aice le hacomhal an mhótarbhealaigh tá láithreáin saor idir 0.5 agus 5 heicteár, le leictreachas, uisce agus séarachas. Cuirimid próiseas pleanála tapa agus praghas fabhrach ar fáil do ghnólachtaí nua.",
      },
      request: {
        title: "Infheisteoirí á lorg dár bpáirc ghnó",
        description: "Ba mhaith linn gnólachtaí a mhealladh a chruthódh poist do mhuintir na háite – tá ocht láithreán fós ar fáil. Cabhróidh an chomhairle leis na ceadanna agus leis na foirmiúlachtaí ar fad.",
      },
    },
    'wine-producers': {
      offer: {
        title: "Fíonta ó tháirgeoirí áitiúla d'allmhaireoirí agus do dháileoirí",
        description: "Tá 12 ghnólacht teaghlaigh inár gceantar a tháirgeann thart ar 30,000 buidéal d'fhíon torthaí agus d'fhíon meala in aghaidh na bliana. Eagróimid blaiseadh agus cuairteanna ar na táirgeoirí do chomhpháirtithe trádála a bhfuil suim acu.",
      },
      request: {
        title: "Allmhaireoirí agus dáileoirí á lorg dár dtáirgeoirí fíona",
        description: "Tá duaiseanna buaite ag ár dtáirgeoirí fíona, ach díolann siad a gcuid fíona go háitiúil den chuid is mó. Táimid ag lorg allmhaireoirí, dáileoirí agus slabhraí bialann ar mhaith leo na fíonta a thabhairt chuig a margadh féin.",
      },
    },
    'wood-processing': {
      offer: {
        title: "Siúinéireachtaí áitiúla ag tairiscint comhoibrithe",
        description: "Tá timpeall deich gcinn de ghnólachtaí beaga inár gceantar a dhéanann troscán as adhmad soladach, fuinneoga agus feistis tí. Cuirfimid sibh i dteagmháil leo agus eagróimid cuairteanna ar na ceardlanna.",
      },
      request: {
        title: "Comhpháirtithe á lorg do ghnólachtaí beaga adhmaid agus troscáin",
        description: "Tá ár ngnólachtaí ag lorg custaiméirí le haghaidh troscáin shaincheaptha agus soláthraithe innealra nua-aimseartha próiseála adhmaid. Tá suim acu freisin i gcomhoibriú ar thionscadail dearaidh chomhpháirteacha.",
      },
    },
    'organic-farming': {
      offer: {
        title: "Glasraí, torthaí agus mil orgánach ó chomharchumann áitiúil",
        description: "Tá 40 feirm orgánach dheimhnithe sa chomharchumann, agus is féidir leis táirgí a sholáthar go rialta do cheaintíní scoile, siopaí agus bialanna. Tá fáilte romhaibh cuairt a thabhairt ar na feirmeacha.",
      },
      request: {
        title: "Ceannaitheoirí agus comhpháirtithe á lorg do chomharchumann orgánach",
        description: "Tá fómhar ár gcomharchumainn orgánaigh ag fás in aghaidh na bliana, ach níl go leor ceannaitheoirí rialta againn. Táimid ag lorg slabhraí siopaí, próiseálaithe agus comhpháirtithe le haghaidh margaíochta comhpháirtí.",
      },
    },
  },
  municipalityDescription: "{name} ({country}) – údarás áitiúil ar breá leis comhoibriú le húdaráis áitiúla san Aontas Eorpach agus sna Balcáin Thiar. Roinnimid ár dtaithí agus ár dtrealamh, agus lorgaímid tacaíocht féin i gcúrsaí atá tábhachtach dár gcónaitheoirí.",
  messages: {
    ask: "Dia daoibh, chuir bhur bhfógra suim mhór ionainn agus ba bhreá linn glacadh leis an tairiscint nó cabhrú libh. An féidir linn na sonraí a shocrú?",
    accept: "Go breá, táimid á choinneáil do bhur n-údarás áitiúil. Beimid i dteagmháil go luath faoin seachadadh.",
    decline: "Go raibh maith agaibh as bhur suim, ach faraor tá sé geallta againn d'údarás áitiúil eile cheana féin. Má athraíonn aon rud, cuirfimid in iúl daoibh láithreach.",
    handover: "Molaimid an seachadadh a dhéanamh Dé Máirt seo chugainn ag a deich a chlog i ndepó na comhairle. Socróidh sibhse an t-iompar, agus cabhróimidne leis an lódáil.",
    thanks: "Míle buíochas as an gcomhoibriú réidh agus as bhur gcabhair. Tá súil againn go n-oibreoimid le chéile arís.",
  },
  feedback: "D'éirigh go hiontach leis an socrú agus rinneadh gach rud mar a aontaíodh, agus molaimid an comhoibriú go mór.",
};
