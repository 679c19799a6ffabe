import type { DemoPhrasebook } from '../phrasebook-types';

/** The English demo texts, written as a municipal officer would post them. */
export const phrasebook: DemoPhrasebook = {
  locale: 'en',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Our team can help you set up online services and a one-stop shop',
        description:
          'Over the last three years we moved 42 administrative services online, from birth certificates to local tax payments, and opened a one-stop shop at the town hall. Our IT and front-office staff can share templates, procedures and lessons learned in two or three online workshops.',
      },
      request: {
        title: 'Advice wanted on launching e-services for residents',
        description:
          'We want to offer building permits, local tax payments and certificates online by next spring, but our small IT team has never run a project like this. We would welcome a municipality that has done it to walk us through the first steps and the pitfalls.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Sharing our experience in energy retrofits of schools and kindergartens',
        description:
          'Since 2019 we have insulated and refitted nine public buildings, including four schools and the town hall, and cut their heating bills by about 40%. Our engineers will share technical specifications, tender documents and monitoring data, and can host a study visit.',
      },
      request: {
        title: 'Looking for know-how on renovating public buildings to save energy',
        description:
          'Our two primary schools and a kindergarten date from the 1970s and are expensive to heat. We need advice on energy audits, choosing measures and writing the technical specification before we apply for funding this autumn.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'EU funding team offers mentoring on project applications',
        description:
          'Our project office has prepared more than 30 successful applications under Interreg, LIFE and the cohesion programmes. We can review your draft, share budget templates and explain how we handle reporting and audits.',
      },
      request: {
        title: 'Need help preparing our first application for EU funding',
        description:
          'We plan to apply for support to renovate the municipal library and have no one with experience of EU programmes. An experienced colleague who could review our project idea and budget over a few video calls would make a big difference.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Experienced water utility director available to help a new company',
        description:
          'The former director of our municipal water and sewerage company, with 18 years in the job, is ready to spend up to three months helping another municipality set up its own utility: organisation, tariffs, staffing and the first investment plan.',
      },
      request: {
        title: 'Interim manager wanted to set up our water and sewerage company',
        description:
          'We are taking over the water supply from a regional operator next year and must create a municipal company from scratch. We are looking for an experienced manager who could work with us for two to four months, on site or partly remotely.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Our home-care coordinator can help you launch a service for the elderly',
        description:
          'Our home-care service now supports 260 elderly residents with a team of 35 carers. Its coordinator can advise you for several weeks on staffing, schedules, quality standards and working with GPs and families.',
      },
      request: {
        title: 'Seeking an experienced manager to start home care for older residents',
        description:
          'More than a quarter of our residents are over 65 and many live alone in outlying villages. We need a manager who has run a home-care service to help us design it, recruit the first carers and set up the procedures during the first six months.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Tourist information centre manager offers help to a new office',
        description:
          'The head of our tourist information centre, which welcomes about 50,000 visitors a year, can help you open your own centre: choosing the location, training staff, working with local businesses and setting up a booking system.',
      },
      request: {
        title: 'Help wanted to open a tourist information centre',
        description:
          'We have renovated a building on the main square for a tourist information centre that should open next summer. We are looking for an experienced manager to help us plan the services, hire and train two or three staff and prepare the first season.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Volunteer team ready to help with sandbags during floods',
        description:
          'Our civil protection volunteers, a team of 25 with their own shovels and a van, can travel to a neighbouring region within 24 hours to fill and lay sandbags and help residents move belongings to safety.',
      },
      request: {
        title: 'Urgent: volunteers needed to fill sandbags along the river',
        description:
          'The river is expected to peak in the next few days and several streets near the old bridge are at risk. We need at least 30 volunteers to fill and place sandbags and to help elderly residents; meals and accommodation are provided.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Volunteers available for logistics and food for firefighters',
        description:
          'Our volunteer group has supported firefighters during three fire seasons. Fifteen people with two pick-up trucks can organise water, food and supply runs to the front line for up to a week.',
      },
      request: {
        title: 'Volunteers needed to supply firefighters fighting forest fires',
        description:
          'Forest fires have been burning in the hills above our villages for four days. We need volunteers to prepare meals, bring drinking water and run a supply point for firefighters; we provide safety briefings and protective vests.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Trained volunteers can help run a temporary shelter',
        description:
          'Twenty of our volunteers have Red Cross training in shelter management. After an earthquake they can help you register families, organise sleeping areas and meals, and look after children for up to two weeks.',
      },
      request: {
        title: 'Volunteers wanted to run a shelter for families after the earthquake',
        description:
          'After last week\'s earthquake about 120 people are staying in the sports hall. We need volunteers for day and night shifts to register arrivals, hand out food and bedding and keep the children busy.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Our youth volunteers can join your river clean-up day',
        description:
          'Every spring about 40 young people from our schools and youth club clean the banks of our river. They would be glad to join a clean-up in a partner municipality and can bring their own gloves, bags and grabbers.',
      },
      request: {
        title: 'Young volunteers wanted for a river bank clean-up in May',
        description:
          'On a Saturday in May we will clean a four-kilometre stretch of the river banks near the town centre. We are looking for 30 to 50 young volunteers; we provide gloves, bags, lunch and transport from the railway station.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Volunteers offer afternoon activities for seniors',
        description:
          'Our volunteers run afternoon activities for older people twice a week: board games, reading groups, gentle exercise and computer lessons. They are happy to share their programme and visit your community centre to help you get started.',
      },
      request: {
        title: 'Volunteers needed for afternoon activities at our community centre',
        description:
          'Our community centre is open to older residents every afternoon, but we lack people to lead activities. We are looking for volunteers for two or three afternoons a week, for example for crafts, music or helping with smartphones.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Volunteers and saplings for your tree-planting day',
        description:
          'Our environmental club can send 20 volunteers with spades, together with about 100 saplings of native species from the municipal nursery, to a tree-planting day in your town this autumn.',
      },
      request: {
        title: 'Volunteers wanted for a tree-planting day in the town park',
        description:
          'On a Saturday in November we will plant 300 native trees in the town park, which lost many old trees in last summer\'s storm. We need around 60 volunteers of all ages; tools, gloves and a warm lunch are provided.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Used fire engine in good working order, free for a volunteer brigade',
        description:
          'We are replacing a 2004 fire engine with a 3,000-litre water tank and a pump in working order, about 90,000 km on the clock and serviced every year. It goes free to a volunteer fire brigade that can collect it.',
      },
      request: {
        title: 'Volunteer fire brigade needs a used fire engine',
        description:
          'Our volunteer fire brigade of 22 members covers eleven villages with a single vehicle from 1989 that often breaks down. A used fire engine with a water tank and pump in working order would help us reach fires much faster.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 desktop computers available for a school computer room',
        description:
          'After upgrading the town hall we have 25 desktop computers, four years old, with monitors, keyboards and mice. Each has an i5 processor, 8 GB of RAM and a wiped SSD, ready for a new operating system.',
      },
      request: {
        title: 'Desktop computers needed for our primary school computer room',
        description:
          'The computer room of our primary school has only six working machines for classes of up to 24 pupils. We would be grateful for 15 to 20 desktop computers with monitors, even a few years old, in working order.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Diesel power generator for emergencies available',
        description:
          'We have a 60 kVA diesel generator on a trailer, used only during exercises and regularly serviced. It is suitable for powering a crisis centre, a water pumping station or a shelter during power cuts.',
      },
      request: {
        title: 'Looking for a diesel generator for emergency power supply',
        description:
          'During winter storms our villages are often without electricity for days. We need a diesel generator of at least 40 kVA to keep the health centre and the water pumping station running during power cuts.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'School desks and chairs for 120 pupils available',
        description:
          'After refurbishing our secondary school we have 60 double desks and 120 chairs, height-adjustable and in good condition. They are stored in a municipal warehouse and can be collected on a weekday.',
      },
      request: {
        title: 'We need school desks and chairs for three classrooms',
        description:
          'Our village school is reopening three classrooms in September for about 70 pupils. We are looking for desks and chairs in usable condition, ideally for children aged 6 to 14.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Hospital beds in good condition free for a nursing home',
        description:
          'Our municipal hospital has replaced 30 adjustable beds, with mattresses and side rails, all in good working order. They would be very welcome in a health centre or nursing home.',
      },
      request: {
        title: 'Nursing home needs adjustable beds with mattresses',
        description:
          'Our nursing home is opening a new wing for 20 bedridden residents and cannot afford new equipment this year. We are looking for adjustable beds, preferably electric, with mattresses.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Emergency tents for temporary accommodation available',
        description:
          'Our civil protection stockpile contains 40 family tents for up to eight people each, with floor sheets and pegs. We can lend or give them immediately in case of a disaster.',
      },
      request: {
        title: 'Urgently needed: tents to house families after the disaster',
        description:
          'The floods have made more than 50 houses uninhabitable and the sports hall is full. We urgently need large tents for families until temporary housing is ready, ideally with floor sheets.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Construction timber left over from our roof repairs',
        description:
          'We have about 12 cubic metres of dried spruce beams and planks left after repairing the roof of the cultural centre. The timber is stored under cover and ready for collection.',
      },
      request: {
        title: 'Construction timber needed to repair the village hall roof',
        description:
          'The roof of our village hall was damaged in a storm and we need around 8 cubic metres of beams and planks to repair it before winter. Our own workers will do the repair.',
      },
    },
    'road-salt': {
      offer: {
        title: 'Surplus road salt for winter maintenance',
        description:
          'After a mild winter we still have 40 tonnes of road salt in our covered depot. We can give it to a municipality that needs it for the coming season; loading is done with our own equipment.',
      },
      request: {
        title: 'Road salt needed for the coming winter',
        description:
          'Our winter maintenance budget is exhausted and we are short of about 25 tonnes of road salt for mountain roads and the streets around schools. We can collect it with our own trucks.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Paving stones and kerbs left over from the town square project',
        description:
          'After the renovation of our town square we have about 400 m² of granite paving stones and 150 metres of kerbs left over. They are on pallets at our depot and available free of charge.',
      },
      request: {
        title: 'Looking for paving stones for pavements and a village square',
        description:
          'We want to repave pavements and a small square in two villages this summer and need about 300 m² of paving stones. Leftovers from another project would be perfect.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Snow clearing of local roads with our vehicles',
        description:
          'Our winter service has two snowploughs and a gritter with spare capacity. We can help clear local roads in a neighbouring municipality during heavy snowfall, with our own drivers.',
      },
      request: {
        title: 'Help needed to clear snow from local roads',
        description:
          'Our only snowplough cannot keep up with the roads to the mountain villages. We are looking for a neighbouring municipality that could help with a vehicle and driver during heavy snowfall.',
      },
    },
    'translation': {
      offer: {
        title: 'Our staff can translate documents for cross-border projects',
        description:
          'Our project office has staff who translate between English, German and several Balkan languages. We can translate project documents, agreements and reports of up to about 50 pages a month.',
      },
      request: {
        title: 'Translation needed for documents of a cross-border project',
        description:
          'For a cross-border project with our partner municipality we need about 40 pages of agreements and reports translated. The deadline is the end of next month.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Our truck can collect bulky waste in your villages',
        description:
          'Our municipal utility has a waste truck with a crane that is free on Fridays. We can help a neighbouring municipality with bulky waste collection, such as old furniture and appliances.',
      },
      request: {
        title: 'Truck needed for a bulky waste collection campaign',
        description:
          'In spring we are organising a bulky waste collection in 14 villages and our own truck is not enough. We are looking for a municipality that can lend us a truck with a driver for two or three days.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Former school building available for investment',
        description:
          'A two-storey former school with 1,800 m² of floor space on a 6,000 m² plot has been empty since 2015. It is connected to all utilities and suits a hotel, care home or training centre.',
      },
      request: {
        title: 'Investor wanted for our former school building',
        description:
          'We are looking for an investor to give new life to our closed village school, a solid brick building of 1,200 m² with a large yard. We offer a long-term lease on favourable terms and help with permits.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Thermal spring available for spa tourism development',
        description:
          'Our municipality owns a thermal spring with water at 52 °C and a flow of about 15 litres per second, on a 3-hectare plot near the town. We are looking for an investor to build a spa and wellness centre.',
      },
      request: {
        title: 'Investor wanted to develop a thermal spring for spa tourism',
        description:
          'We want to develop our mineral spring, used locally for generations, into a spa resort. We seek an investor or operator and offer the land, a recent hydrogeological study and help with permits.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Plots available in our municipal industrial zone',
        description:
          'Our industrial zone has 12 plots from 0.5 to 4 hectares, connected to water, electricity and gas, two kilometres from the motorway. We offer reduced local taxes for the first five years.',
      },
      request: {
        title: 'Investors wanted for plots in our new industrial zone',
        description:
          'We are looking for companies to invest in our new industrial zone of 25 hectares, with roads and utilities already built. We offer fast permits and support with recruiting local workers.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Our local wineries are looking for importers and distributors',
        description:
          'Eight family wineries in our municipality produce about 400,000 bottles a year, mostly from local grape varieties. We are looking for importers and distributors abroad and can organise tastings and visits.',
      },
      request: {
        title: 'Business partners wanted for our wine producers',
        description:
          'Our small wine producers want to sell abroad but have no contacts. We would welcome contacts with importers, distributors or wine shops and can bring samples to a fair or a tasting.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Local furniture makers are looking for business partners',
        description:
          'Twelve small wood-processing and furniture companies in our area make solid wood furniture, windows and doors. They are looking for partners for joint production, subcontracting or export.',
      },
      request: {
        title: 'Partners needed for our small wood-processing companies',
        description:
          'Our furniture makers and sawmills want to work with companies from other countries, whether as subcontractors, suppliers or partners for export. The municipality will help organise the first meetings.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Organic farming cooperative looking for buyers',
        description:
          'Our cooperative of 30 certified organic farms produces vegetables, fruit, honey and cheese. They are looking for buyers such as shops, school canteens or processors, and for partners for joint marketing.',
      },
      request: {
        title: 'Buyers and partners wanted for an organic farming cooperative',
        description:
          'A young cooperative of organic farmers in our municipality is looking for buyers for its vegetables and fruit and for a partner with experience of organic certification and marketing.',
      },
    },
  },
  municipalityDescription:
    '{name} ({country}) is a municipality working with partners across Europe. We share our experience, equipment and people, and we are glad to learn from others.',
  messages: {
    ask: 'Hello, we read your listing with great interest and would be glad to work with you on this. Is it still current, and what would be the next steps?',
    accept: 'Thank you, we gladly agree. Let us settle the details and a date.',
    decline: 'Thank you for your interest. Unfortunately we have already agreed on this with another municipality, but we will let you know if anything changes.',
    handover: 'Shall we start next Tuesday at 10 a.m. at our town hall? Please let us know who will come from your side and whether you need help with transport.',
    thanks: 'Everything went very well. Many thanks to you and your team for your help and the smooth cooperation!',
  },
  feedback: 'Reliable partner, quick communication and everything exactly as agreed.',
};
