## The home page.

home-title = Utilities helping utilities deliver safe water and sanitation
home-lead = WaterLinks connects urban water and sanitation operators across Asia and the Pacific, so that those with tested solutions can mentor those who need them.
home-what-we-do = What the network does
home-wops-title = Water Operator Partnerships
home-wops-text = A mentor utility with a tested solution works with a recipient utility on its service challenges for 12 to 24 months, under an agreement and a joint work plan.
home-capacity-title = Regional capacity building
home-capacity-text = Training programs, toolkits, manuals and applied studies that help partnerships succeed.
home-sharing-title = Information sharing and networking
home-sharing-text = Good practices from partnerships, sector events, and the Annual WaterLinks Forum with its awards for partnerships that excel.
home-loading = Loading the network’s results…
home-stat-utilities = Utilities
home-stat-countries = Countries
home-stat-organizations = Organizations
home-results = Results so far
home-results-link = See the results dashboard
home-coming-up = Coming up
home-no-events = No events announced yet.
home-all-events = All events
home-latest-stories = Latest stories
home-no-stories = No stories published yet.
home-all-stories = All stories
