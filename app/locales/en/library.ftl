## The knowledge library: search, a product's page with its files, adding and reviewing products.

library-kind-toolkit = Toolkit
library-kind-manual = Manual
library-kind-applied-study = Applied study
library-kind-case-study = Case study

library-format-odt = OpenDocument text (.odt)
library-format-ods = OpenDocument spreadsheet (.ods)

library-file-missing = Choose the file to upload.
library-file-too-large = The file is larger than 20 MB. Please upload a smaller file (a compressed PDF, say).
library-file-wrong-type = This type of file is not accepted. Upload a PDF or an office document (docx, xlsx, pptx, odt, ods, doc, xls).
library-file-not-allowed = You cannot add files to this product.
library-file-too-many = You have uploaded as many files as one account may in an hour. Please try again later.
library-file-daily-volume = This file would take you past the amount one account may upload in a day. Please try again tomorrow, or ask the secretariat to add it.

library-download-members-not-member = This file is for network members: your account does not belong to a member organization yet. Ask the secretariat to add you to your organization.
library-download-members-sign-in = This file is for network members. Please sign in to download it.
library-download-file-missing = This file is missing from the library's storage.
library-no-such-file = There is no such file in the library.
library-not-found = There is no knowledge product with this number.
library-error-topics-listed = Choose topics from the list.
library-review-note-needed = Tell the submitter why the product is not accepted.
library-review-note-long = Keep the note under { $max } characters.
library-review-done = This product has already been reviewed.
library-review-choose = Choose to publish or reject.
library-link-no-partnership = There is no partnership with this number.
library-link-no-program = There is no training program with this number.
library-link-unknown-target = Unknown link target.
library-link-number = Enter the number (as in its address).
library-program-number = Training program { $id }

library-error-kind = Choose the kind of product.
library-error-title = Enter the title.
library-error-title-long = Keep the title under { $max } characters.
library-error-summary-short = Write a summary of at least { $min } characters: what the product covers and for whom.
library-error-summary-long = Keep the summary under { $max } characters.
library-error-authors-long = Keep the authors under { $max } characters.
library-error-year = Enter the year of publication (1950 to { $last }).
library-error-language = Choose the language the product is written in.
library-error-licence-long = Keep the licence under { $max } characters.
library-error-access = Choose who may download the files.
library-error-topics = Choose at least one topic.
library-error-country-long = A country name is too long (at most { $max } characters).
library-error-countries = Name at most { $max } countries.

library-filter-search-long = The search is too long (at most { $max } characters).
library-filter-kind = '{ $value }' is not a kind of product
library-filter-year = '{ $value }' is not a year between 1950 and 2100
library-filter-topic = That is not a topic code
library-filter-long = The filter is too long
library-filter-language = '{ $value }' is not a language of the library
library-filter-page = '{ $value }' is not a page number

library-search-empty = Type a few words to search titles, summaries and the text of the documents. Meanwhile, here is the whole library.
library-search-no-words = Your search has no words to look for (only punctuation or symbols), so the whole library is shown.
library-search-too-many-words = Only the first { $count } words were searched for: { $words }.

library-size-mb = { $size } MB
library-size-kb = { $size } KB
library-downloads = { $count ->
    [one] { $count } download
   *[other] { $count } downloads
}
library-title = Knowledge library
library-lead = Toolkits, manuals, applied studies and case studies from the network's utilities and partners.
library-search-label = Search the library
library-search-field = Search titles, summaries and documents
library-search-placeholder = e.g. septage, non-revenue water, tariff study
library-search-button = Search
library-publish-product = Publish a product
library-submit-product = Submit a product
library-sign-in-for-more = Sign in to see members-only products and to submit your own:
library-sign-in = Sign in
library-searching = Searching…
library-most-downloaded = Most downloaded
library-nothing-downloaded = Nothing downloaded yet.
library-pending-heading = Waiting for your review
library-submitted-by = submitted by { $name }
library-no-match = No products match.
library-products-count = { $count ->
    [one] { $count } product
   *[other] { $count } products
}
library-narrow = Narrow the results
library-narrow-by = by type, topic, country, year or language
library-type = Type
library-topic = Topic
library-country = Country
library-year = Year
library-language = Language
library-clear-filters = Clear the filters
library-members-only = Members only
library-pages = Pages
library-previous = ← Previous
library-next = Next →
library-page-of = Page { $page } of { $pages }
library-loading = Loading…
library-status-note-submitted = This product waits for review by the secretariat or a facilitator. Only you and the reviewers can see it.
library-status-note-rejected = This product was not accepted for the library. { $note }
library-back = ← Knowledge library
library-authors = Authors
library-topics = Topics
library-countries = Countries
library-licence = Licence
library-downloads-heading = Downloads
library-files = Files
library-no-files = No file has been uploaded yet.
library-version-latest = Latest · version { $version }
library-version = Version { $version }
library-file-meta = { $format }, { $size } · uploaded { $date }
library-version-uploaded = Version { $version } is uploaded.
library-upload-file = Upload the file
library-upload-version = Upload a new version
library-upload-hint = PDF or office document (docx, xlsx, pptx, odt, ods, doc, xls), up to 20 MB. Earlier versions stay available.
library-upload = Upload
library-links-heading = Where it comes from and is used
library-partnerships = Partnerships
library-training-programs = Training programs
library-link-to = Link to
library-link-partnership = Partnership
library-link-program = Training program
library-link-its-number = Its number
library-link-its-number-hint = As in its address: /partnerships/12 is number 12.
library-link = Link
library-link-remove = Remove this link
library-review = Review
library-review-note = Note to the submitter
library-review-note-hint = Needed when you do not accept the product: say why.
library-publish = Publish
library-reject = Do not accept
library-new-title = Add a knowledge product
library-sign-in-to-add = Sign in to add a product to the library:
library-new-lead-curator = Products you add are published at once. Upload the file on the next page.
library-new-lead-member = Your product is sent to the secretariat for review before it is published. Upload the file on the next page.
library-field-title = Title
library-field-summary = Summary
library-field-summary-hint = What it covers, for whom, and what a utility can do with it.
library-field-authors-hint = People or organizations, separated by commas.
library-field-topics-hint = Choose one or more.
library-field-countries-hint = Where it applies or was written, separated by commas: Philippines, Viet Nam.
library-field-licence-hint = For example CC BY 4.0, or All rights reserved.
library-field-access = Who may download the files
library-access-everyone = Everyone
library-access-members = Members of the network only
library-submit-for-review = Submit for review
library-knowledge-products = Knowledge products
library-translation-of = Translation of
library-error-translation-of = Choose a published product written in another language.
library-translations = Also in
library-add-translation = Add a translation of this product
