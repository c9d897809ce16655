"""JK010 page-furniture: a line of the page's own controls, scraped with the story.

Each shape is read from the line as a whole rather than from a list of phrases:

- a breadcrumb trail ("Home » News » World"), or a link to the next or previous post
  ("← Previous: Chasing Quick Fixes", "Next page: Security>>");
- a menu: three or more short items between four or more "|" bars ("| Weekly edition |
  Kernel | Security |"), with no figures, and no table row next to it (a table's header
  has the shape of a menu; its rows have figures);
- a call to action: a line that asks what a page asks of its reader (share, follow, like,
  subscribe, sign up, join, download, watch, listen, click, log in, read more, visit),
  at its start or where one of its clauses opens, and names the page, the site or the
  reader's account rather than news ("Like It, Share It!", "Follow us on Twitter to get
  the latest...", "You must login or create an account to comment."), or a link's own
  text ("Read the full transcript of his interview");
- a control's label: a short line made only of the words of a page's buttons, forms and
  players, and counters ("VIDEO", "Enlarge this image", "toggle caption", "Thanks for
  signing up!", "5 min read", "Image 3 of 12"), with a word only a page uses and one more
  of its words, or three of its other words; a word of news ("What happens next") or too
  few page words ("Back home") make it a subhead; or a gallery's title ("Gallery: Xbox One X | 14 Photos");
  a few whole controls are made of a story's words and are known whole ("Back to top",
  "Skip to main content", "Pin it");
- the site offering its coverage, naming where: "Catch the latest in Sports", "For more
  Lifestyle articles, visit foxnews.com/lifestyle" (a story's "For more information, visit
  ..." offers none);
- a call to action glued to the end of a paragraph, as its last sentence ('... proud of
  it," she said. Subscribe to the Coloradoan for unlimited access.'), with no quotation
  in it and not in a writer's bio: the call alone is reported and fixed;
- a link card: a story's summary cut off with "…", then its "Read more", as one finding;
- a video card: another clip's title, then its lone running time ("05:22") and an empty
  "Source:" label, or a title that asks to watch or hear, or the player's "Now Playing"
  above the title, as one finding; a schedule's times alternate with their items, and a
  transcript's or tide table's have no label;
- a pager: the page numbers of a list, one per line, beside its arrows ("<<", "1", "2",
  ... "14", ">>", or "Previous", "1", "Next"); numbers alone are a box score's innings or
  a golf card's holes;
- a shop's button under a product ("$199 at Amazon");
- a footer's links run together ("Help Status About Careers Press Blog Privacy Terms"), and
  the site's longer notes to its reader up to 400 characters (a newsletter's privacy notice);
- a widget's loading text ("Loading weather data ...") and the site's contact line for its
  writer ("Write to Jane Doe at jane.doe@example.com", "Contact ... reporter Jane Doe at ...");
- a screen reader's frame around a list of links ("list 1 of 3", "end of list") and the
  category under a related post's title ('In "Community"').

News copy has none of these shapes: a sentence that mentions Twitter or a video is prose,
speech and a writer's bio are the story's own, and a caption names a photographer or
agency, not a player.
"""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.document import Document
from newslint.rules.kinds import lines_removal, paragraph_removal, stripped
from newslint.rules.rule import Example, Hit, Rule

_ASKS = (
    r"(?:share|follow|like|subscribe|sign[ ]?up|sign[ ]in|log[ ]?in|login|register|join|download|watch|"
    r"listen|click|tap|read|see|get|create|become|support|donate|enable|allow|submit|visit|check[ ](?:it[ ])?out|"
    r"print|bookmark|continue[ ]reading|"
    r"you[ ]must[ ](?:log[ ]?in|login|sign[ ]in|register|be[ ]logged[ ]in))"
)
# What a call to action names: the reader, the site, its channels; never news.
_PAGE_WORDS = frozenset(
    """
    us our it this story article post page site website facebook twitter instagram youtube tiktok
    linkedin pinterest whatsapp telegram reddit flipboard newsletter newsletters inbox email app apps
    podcast podcasts channel feed rss account free comment comments discussion conversation more
    javascript cookies notifications alerts friend friends member membership subscriber subscription
    your here
    """.split()
)
_CALL = lazy_re.compile(rf"{_ASKS}\b", re.IGNORECASE)
# The same call where a clause of the line opens: "... Visit Breitbart's ...", "[What you
# need to know: Get New York Today in your inbox.]", "... Check it out here."
_CLAUSE_CALL = lazy_re.compile(rf"(?:[.?!:;–—][ ]+|\[)(?!like\b)(?:{_ASKS})\b", re.IGNORECASE)  # "Like, we're all..." is speech
_LINK_VERBS = ("read ", "watch ", "see ", "listen ", "view ")
# A writer's bio ("Lucas Nolan is a reporter for ... Follow him on Twitter"): the story's own.
_BIO = lazy_re.compile(r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}[ ]is[ ](?:a|an|the)\b")
_SPEECH = lazy_re.compile(r"[\"“”]|\b(?:said|says|told)\b")
# A print edition's cross-reference names its page: "[See related story, page 4]".
_PRINT_PAGE = lazy_re.compile(r"\b(?:pages?|p\.)[ ]?[A-Z]?\d+\b", re.IGNORECASE)
# The words of a page's controls, forms and labels. A short line made only of these (and of
# the small words between them), with enough of them, is a control: "Enlarge this image",
# "toggle caption", "Thanks for signing up!", "5 min read". A subhead has a word of news in
# it ("What happens next") or too few of these ("Back home", "The app").
_INTERFACE_ONLY = frozenset(
    """
    video videos playback replay pause mute unmute fullscreen autoplay gallery galleries
    slideshow slides image images photo photos pics caption captions enlarge toggle swipe
    zoom thumbnail thumbnails unsupported unavailable advertisement advertisements ad ads
    sponsored share sharing tweet retweet email e-mail printable copied permalink embed
    subscribe subscribed subscribing unsubscribe subscriber subscribers subscription
    newsletter newsletters signing signup sign-up login logged log-in logout password username
    registration inbox notifications app apps download bookmark bookmarks comments commenting
    replies feedback upvote downvote min mins cookies cookie privacy homepage sitemap
    rss podcast podcasts transcript subtitles paywall donate topics mailing recaptcha font
    """.split()
)
_INTERFACE_SMALL = frozenset(
    """
    is on off your you our we us this these that it its the a an of to for by with and or at
    from here there in be been being was did have has all any can may not
    """.split()
)
_INTERFACE = _INTERFACE_ONLY | _INTERFACE_SMALL | frozenset(
    """
    watch watching now play playing next starts start listen audio media more less read
    reading view see show hide open close expand collapse full screen back top previous prev
    up click tap press continue continued below above story stories article articles page
    pages post posts site website sound current time duration minute minutes second seconds
    remaining thanks thank please try again enter valid address something went wrong error
    report send rate rating yes no enjoy reached limit free unlimited access only member
    members membership join become support sign follow like get latest available region
    unfortunately policy terms use agree keep updated stay connected connect caring list
    print copy link links save saved comment reply load menu search home settings
    preferences account register alerts premium paid helpful published posted ago hours hour
    clicking submitting submit notice service apply protected invalid respect informed
    already journalism slide watching device browser supported loading later social size
    small medium large larger smaller text abc aa reset options extra url add new
    """.split()
)
# Single words that are a control and never a story's subhead.
_ONE_WORD_CONTROLS = frozenset(
    "video videos gallery slideshow advertisement sponsored tweet retweet subscribe unsubscribe loading "
    "copy copied permalink embed autoplay replay fullscreen unmute enlarge signup sign-up login logout bookmark "
    "bookmarks".split()
)
# The links of a site's footer, run together when their separators are dropped: "Help
# Status About Careers Press Blog Privacy Terms Text to speech Teams".
_FOOTER_LINKS = frozenset(
    """
    about contact careers jobs press media advertise advertising blog help status privacy terms policy
    cookies cookie sitemap accessibility newsletters subscribe rss faq faqs support feedback corrections
    licensing reprints permissions store shop events masthead ethics archives archive contributors staff
    team teams partners affiliates legal imprint conditions service code conduct guidelines settings
    preferences home account apps podcasts notice copyright dmca developers investors brand community
    safety security tips speech text editorial standards alerts newsroom policies principles
    """.split()
)
_FOOTER_WORDS = _FOOTER_LINKS | frozenset("us of and the our to for & a news".split())  # with the words between links
_FOOTER_END = 3  # lines after a footer's list of links: its copyright, a logo's text
# Whole controls made of words a story uses too, so the words alone cannot tell them.
_CONTROL_PHRASES = frozenset(
    tuple(phrase.split()) for phrase in (
        "back to top", "return to top", "scroll to top", "top of page", "skip to content",
        "skip to main content", "jump to comments", "pin it", "watch now", "learn more", "load more",
        "follow author", "auto refresh", "text size")
)
_WORD = lazy_re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_MAX_WORDS = 14


def _words(line: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(line)]


_ABBREVIATION = lazy_re.compile(r"(?:[A-Z]\.)+")  # a menu's "U.K." ends with a stop, not a sentence


def _menu(line: str) -> bool:
    inner = [item.strip() for item in line.strip().strip("|").split("|")]
    items = [item for item in inner if item]
    if len(items) < len(inner):
        return False  # an empty cell: a table's row
    return (line.count("|") >= 4 and len(items) >= 3 and all(len(item.split()) <= 4 for item in items)
            and sum(item[:1].isupper() for item in items) * 2 >= len(items)
            and not any(any(c.isdigit() for c in item) for item in items)
            and not any(item.endswith((".", "?", "!")) and not _ABBREVIATION.fullmatch(item) for item in items))


# A link to the next or the previous post: "← Previous: Chasing Quick Fixes", "Next page:
# Security>>", "Older posts »". A story's "Next, the council..." is prose.
_PAGER = lazy_re.compile(
    r"(?:←|<<)[ ]?[^\n]{1,100}|(?:previous|next|older|newer)(?:[ ](?:post|posts|page|article|story|entry))?[ ]?:[ ][^\n]{1,100}"
    r"|(?:previous|next|older|newer)[ ](?:post|posts|page|article|story|entry)|[^\n]{1,100}?(?:[ ]?(?:→|>>)|[ ][»›])",  # a line holding « is a French quotation
    re.IGNORECASE,
)
_PAGER_SIGN = lazy_re.compile(r"[←→»›]|<<|>>|^(?:previous|next|older|newer)\b", re.IGNORECASE)
_CRUMB = lazy_re.compile(r"[ ]*(?:»|›|[ ]>[ ]|[ ]/[ ])[ ]*")


def _breadcrumb(line: str) -> bool:
    """A page's trail of sections: "Home » News » World", "Home > Politics > Congress". A
    path in a how-to ("File > Save As") has no home and fewer steps."""
    items = [item.strip() for item in _CRUMB.split(line.strip())]
    return (len(items) >= 2 and (len(items) >= 3 and ("»" in line or "›" in line) or items[0].lower() == "home")
            and all(item and len(item.split()) <= 4 and item[:1].isupper() for item in items)
            and not any(c.isdigit() or c in ".?!" for c in line))


_CHANNELS = frozenset(
    "facebook twitter instagram youtube tiktok linkedin pinterest whatsapp telegram reddit flipboard newsletter "
    "newsletters inbox email app apps podcast podcasts channel feed rss alerts notifications".split()
)
_BUTTON_VERBS = frozenset("follow subscribe signup sign login log register download".split())
# "Follow The Guardian on Twitter": a named account on a channel. "Follow the count on X"
# and "Follow local employers on LinkedIn" are advice in the story's own words.
_CHANNEL_NAMES = r"(?i:twitter|x|facebook|instagram|youtube|tiktok|linkedin|threads|bluesky|mastodon|whatsapp|telegram|flipboard)"
_FOLLOW_ON = lazy_re.compile(
    rf"(?i:follow|like|find)[ ](?:(?i:us)|@\w+|[A-Z][\w.'’&-]*(?:[ ][A-Z][\w.'’&-]*){{0,4}})[ ](?i:on)[ ]{_CHANNEL_NAMES}"
    rf"(?:(?:,[ ]|[ ](?i:and|&)[ ]){_CHANNEL_NAMES}){{0,5}}[ ]?[.!]?"
    # "for updates" only after the site's own account: "Follow National Highways on X for
    # updates." is a story's advice to drivers.
    rf"|(?i:follow|like|find)[ ](?:(?i:us)|@\w+)[ ](?i:on)[ ]{_CHANNEL_NAMES}"
    r"[ ](?i:for)(?:[ ](?i:the))?[ ](?i:updates|more|news|the[ ]latest|latest[ ]news|breaking[ ]news)[ ]?[.!]?"
    # A channel list's label: "Follow Al Jazeera English:", the icons after it.
    rf"|(?i:follow|find)[ ](?:(?i:us)|[A-Z][\w.'’&-]*(?:[ ][A-Z][\w.'’&-]*){{0,4}})(?:[ ](?i:on))?:",
)


_TIMES = frozenset("week weekend year month morning afternoon evening summer winter spring autumn fall season time".split())


def _page_words(words: list[str]) -> int:
    """How many of the words name the page, the site or the reader's account; "this week"
    is news's time, not the page."""
    return sum(w in _PAGE_WORDS and not (w == "this" and at + 1 < len(words) and words[at + 1] in _TIMES)
               for at, w in enumerate(words))


def _call_to_action(line: str, words: list[str]) -> bool:
    """A line that asks the reader to do something on the page. Most of what it names is
    the page's own: "Follow us on Twitter to get the latest..." names us and Twitter;
    "Watch the minister's speech" names news. Speech is never one: '"Join us," she said.'"""
    if not words or len(words) > 40 or _SPEECH.search(line) or _BIO.match(line) or _PRINT_PAGE.search(line):
        return False
    page_words = _page_words(words)
    opening = line.lstrip("•·-–—*>[( ")
    if (len(words) <= 3 and _CALL.match(opening) and all(w in _PAGE_WORDS or w in _INTERFACE_SMALL for w in words[1:])
            and (any(w in _CHANNELS for w in words) or words[0] in _BUTTON_VERBS and page_words >= 1)):
        # A button: "Follow us", "Get alerts". "Join us", "Support us" and "Get more" are
        # also a charity's or a shop's words: they need one of the page's channels.
        return True
    if len(words) <= 8 and _FOLLOW_ON.fullmatch(opening):
        return True  # "Follow The Guardian on Twitter"
    if len(words) <= _MAX_WORDS and _CALL.match(opening):
        # A link's text ("Read the full transcript of his interview"): short, no full stop.
        if (opening[:1].isupper() and opening.lower().startswith(_LINK_VERBS) and len(words) <= 12
                and not any(mark in line for mark in ".!?;")):
            return True
        return page_words >= 2
    return page_words >= 2 and _CLAUSE_CALL.search(line) is not None


# What a site offers its readers and asks of them: its mail, accounts, comments, apps and
# policies. A line that speaks as the site to the reader and names three of these is the
# page's, however it is worded ("We will use your email address only for the purpose of
# sending you newsletters", "You can save this article by registering for free here").
_SERVICES = frozenset(
    """
    newsletter newsletters email emails emailed e-mail inbox subscribe subscribed subscribing subscription
    subscriptions subscriber subscribers register registering registration registered account accounts
    login log-in sign-in signing signup sign-up logged password offers partners sponsors brands privacy
    policy notice terms agreement cookies consent data protection comments comment commenting replies
    conversations discussion forum moderated community guidelines readers users members membership
    premium unlimited access app apps download notifications alerts podcast podcasts listen audio
    article articles stories posts updates feed rss bookmark save saved share follow followers click
    tap website site page online deals reviews tips delivered weekday weekly daily morning breaking
    latest headlines support journalism free trial news read reading afternoon evening nightly
    """.split()
)
# The reader addressed, or the site speaking of what it does: "we will", "our privacy policy",
# "from us". A review's "We tested the app for a week" tells what its writers did.
_ADDRESS = lazy_re.compile(
    r"\b(?:you|your|this (?:site|website|page)|we(?:'ll|’ll| will| may| use| send| value| respect| never| only)|"
    r"our (?:privacy|newsletters?|partners|sponsors|terms|community|journalism|site|website|app|users|readers|"
    r"subscribers|members)|(?:from|contact|email|join|follow) us)\b",
    re.IGNORECASE,
)


def _site_to_reader(line: str, asks: bool) -> bool:
    """The site speaking to its reader about its services: "you", "we" or a request, and
    three of its services named, a sixth of the words or more. Speech is the story's."""
    if not (asks or _ADDRESS.search(line)) or _SPEECH.search(line) or _BIO.match(line) or line[:1].islower():
        return False  # a lower-case start is prose an extractor broke off, not a notice
    words = _words(line)
    if not 5 <= len(words) <= 50:
        return False
    named = {w for w in words if w in _SERVICES}
    return len(named) >= 3 and sum(w in _SERVICES for w in words) * 6 >= len(words)


# The site offering its own coverage, the section or site named after it: "Catch the latest
# in Sports", "Track Latest News Live on NDTV.com", "(Catch all the Business News ... on The
# Economic Times.)", "For more Lifestyle articles, visit foxnews.com/lifestyle". A story's
# "For more information, visit ..." offers no coverage.
_COVERAGE = lazy_re.compile(
    r"[(]?(?:(?:catch|track|get|follow|keep[ ]up[ ]with)[ ](?:all[ ])?(?:the[ ])?(?:[\w'’&-]+[ ]){0,3}?"
    r"(?:latest|breaking|live|news|updates)\b"
    r"|for[ ]more[ ](?:[\w'’&-]+[ ]){0,3}?(?:articles|stories|news|coverage|videos|updates)\b)",
    re.IGNORECASE,
)
_COVERAGE_OPENINGS = ("catc", "(cat", "trac", "get ", "foll", "keep", "for ")
_COVERAGE_WHERE = lazy_re.compile(
    r"\b(?:on|at|in|from|visit)[ ](?:the[ ])?(?-i:[A-Z])|\b[\w-]+\.(?:com|co\.uk|in|org|net|ca|au)\b", re.IGNORECASE
)


def _coverage_call(line: str) -> bool:
    return (line[:4].lower() in _COVERAGE_OPENINGS and len(line) <= 300 and _COVERAGE.match(line) is not None
            and _COVERAGE_WHERE.search(line) is not None and _SPEECH.search(line) is None)


# Where a paragraph's last sentence starts: after a sentence's end and its closing quote.
_LAST_SENTENCE = lazy_re.compile(r"[.!?][\"”’']?[ ]*(?=[A-Z(])")  # "... granddaughter.Sign up to ..." too
_GLUE_WINDOW = 300  # characters at a paragraph's end: a glued call is one sentence


def _glued_call(line: str) -> int | None:
    """Where a call to action glued to the end of a paragraph starts ("... proud of it,"
    she said. Subscribe to the Coloradoan for unlimited access to local news."), or None.
    Only the last sentence, with no quotation or speech in it, and not a writer's bio's
    ("... Follow him on Twitter"): the story's own."""
    if _BIO.match(line):
        return None
    window = max(0, len(line) - _GLUE_WINDOW)
    start = None
    for end in _LAST_SENTENCE.finditer(line, window):
        start = end.end()
    if start is None:
        return None
    tail = line[start:]
    coverage = _coverage_call(tail)
    if not coverage and _CALL.match(tail) is None:
        return None  # most paragraphs: their last sentence asks nothing of the reader
    words = _words(tail)
    if not 4 <= len(words) <= 40 or any(mark in tail for mark in "\"“”") or _SPEECH.search(tail):
        return None
    if coverage:
        return start
    if words[0] in _BUTTON_VERBS and _page_words(words) >= 3:
        return start  # "Sign up to the Front Page newsletter for free: your essential guide ..."
    return start if _call_to_action(tail, words) or _site_to_reader(tail, True) else None


def _footer_links(line: str, words: list[str]) -> bool:
    """Five or more of a footer's link words in a row, four of them different, and nothing
    else: no sentence, no figure."""
    return (5 <= len(words) <= 30 and line[:1].isupper() and not line.endswith((".", "!", "?"))
            and all(w in _FOOTER_WORDS for w in words) and len(_FOOTER_LINKS.intersection(words)) >= 4)


def _footer_list(shown: list[str]) -> tuple[int, int] | None:
    """The footer's links one per line near the article's end ("Editorial Standards",
    "Reprints & Permissions", "Careers"): two or more lines in a row, each only a few of
    its link words, four different ones in all. A story's subheads are not all of them."""
    for last in range(len(shown) - 1, max(-1, len(shown) - 1 - _FOOTER_END), -1):
        first, named = last + 1, set()
        while first > 0:
            words = _words(shown[first - 1]) if len(shown[first - 1]) <= 40 else []
            links = _FOOTER_LINKS.intersection(words)
            if not 0 < len(words) <= 5 or not links or not all(w in _FOOTER_WORDS for w in words):
                break
            named |= links
            first -= 1
        if last - first >= 1 and len(named) >= 4:
            return first, last
    return None


# A shop's button under a product: "$199 at Amazon", "£49.99 from Currys".
_BUY_BUTTON = lazy_re.compile(r"[$£€][ ]?\d[\d,]*(?:\.\d\d)?[ ](?:at|from)[ ][A-Z][\w.&'’-]*(?:[ ][A-Z][\w.&'’-]*){0,2}")


def _table_row(line: str) -> bool:
    """A row of a table: cells with figures, or a Markdown rule ("| --- | ---: |")."""
    return line.count("|") >= 2 and (any(c.isdigit() for c in line) or "---" in line)


# A gallery's or player's title line: "Gallery: Xbox One X | 14 Photos", "Slideshow (4 Images)",
# or the player's clock.
_GALLERY = lazy_re.compile(
    r"(?:(?:gallery|slideshow|photos|video|watch|listen)[ ]?:[ ][^\n]{1,80}|[^\n]{1,80}[|(][ ]?\d+[ ](?:photos|images|pictures|slides)\)?"
    r"|0:00[ ]?/[ ]?\d{1,2}:\d{2})",  # a player's clock at the start: "0:00 / 3:12"
    re.IGNORECASE,
)


_FIGURE = lazy_re.compile(r"\d[.,]\d|[%$£€]")  # "Cookies 5.1%": a table's row, not a counter


_SLIDE_WORDS = frozenset("slide image photo picture page list".split())
_DURATION = frozenset("min mins minute minutes".split())


def _interface_label(words: list[str]) -> bool:
    """Only a page's words and counters: two or more of its words, one of them a word
    only a page uses ("Enlarge this image", "toggle caption", "5 min read"), a counter
    with a player's word ("Image 3 of 12", "1 of 12"), a single control ("VIDEO"), or
    three or more of its other words ("Something went wrong. Please try again."). A
    subhead of two common words ("Back home", "Free access", "Next up") is not one."""
    if not 0 < len(words) <= 16 or not all(w in _INTERFACE or w.isdigit() for w in words):
        return False
    if len(words) == 1:
        return words[0] in _ONE_WORD_CONTROLS
    named = [w for w in words if w not in _INTERFACE_SMALL and not w.isdigit()]
    counter = any(w.isdigit() for w in words)
    if not named:
        return len(words) == 3 and words[1] == "of" and counter  # "1 of 12"
    if words == ["now", "watching"]:
        return True  # the player's state; "Watching from home" is a subhead, "Now playing" a cinema's
    if len(words) == 3 and words[0].isdigit() and words[1] in _DURATION and words[2] in ("read", "listen", "watch"):
        return True  # "3 minute read", "3-Minute Listen"; "Minute by minute" is a subhead
    if len(words) == 4 and words[0] in _SLIDE_WORDS and words[2] == "of" and counter:
        return True  # "Slide 3 of 20", "Page 1 of 5"
    if words[0] == "duration" and len(words) in (3, 4) and all(w.isdigit() for w in words[1:]):
        return True  # a player's "Duration 2:04"
    if words[0] in ("page", "pages") and len(words) >= 3 and all(w.isdigit() for w in words[1:]):
        return True  # a pager's numbers after its label: "Pages: 1 2 3 4"
    only = [w for w in named if w in _INTERFACE_ONLY]
    return bool(only) and (len(named) >= 2 or counter) or len(named) >= 3


# The site's engine credit in its footer: "Proudly powered by WordPress", "| Powered by
# Tumblr |". "Powered by Rolls-Royce" is an engine of another kind: alone on its line, it
# needs a blogging or publishing platform.
_ENGINES = (
    r"(?:wordpress(?:\.com)?|tumblr|blogger|ghost|medium|substack|squarespace|wix|drupal|joomla|disqus|jekyll|hugo|"
    r"movable[ ]type|typepad|discourse|vbulletin|phpbb|shopify|weebly|livejournal)"
)
_ENGINE = lazy_re.compile(
    rf"[^\n]{{0,60}}[|·•][ ]*(?:proudly[ ])?powered[ ]by[ ][A-Z][\w.-]*(?:[ ][A-Z][\w.-]*)?[ |]*"
    rf"|(?:proudly[ ])?powered[ ]by[ ]{_ENGINES}[ |.]*",
    re.IGNORECASE,
)


# A widget that had not loaded when the page was saved: "Loading weather data ...",
# "Loading, please wait...". It names what a page loads; "Loading the car..." is prose.
_LOADING = lazy_re.compile(r"loading,?(?:[ ][\w'’-]+,?){0,5}[ ]?(?:\.\.\.|…)", re.IGNORECASE)
_LOADED = frozenset(
    "data content comments video videos player map maps weather forecast results page image images gallery feed "
    "widget please".split()
)
# The site's line for writing to its reporter: "Write to Jane Doe at jane.doe@example.com",
# "Email the author at ...". "Email the council at ..." is a story's advice.
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſ"  # Latin capitals, with the accented ones: "Zoë Ólafsdóttir", "Łukasz"
_THE_WRITER = r"(?i:the)[ ](?i:author|writer|reporter|columnist|editor)s?"
_NAME = rf"[{_CAPITAL}][\w.'’-]*(?:[ ](?:[{_CAPITAL}][\w.'’-]*|de|da|van|von|der|la|le|and))*"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_REACH = rf"(?:{_EMAIL}|[(]?\d{{3}}[)]?[ .-]?\d{{3}}[ .-]\d{{4}})"  # an email address or a US phone number
_WRITE_TO = lazy_re.compile(
    rf"(?:(?i:write[ ]to)[ ](?:{_THE_WRITER}|{_NAME})|(?i:e-?mail)[ ]{_THE_WRITER})[ ](?i:at)[ ]{_EMAIL}\.?"
    # "Contact IndyStar education reporter Arika Herron at ... or 317-444-6232. Follow her on X @ArikaHerron."
    rf"|(?i:contact)[ ](?:[\w'’-]+[ ]){{0,3}}?(?i:reporter|writer|columnist|correspondent|editor)[ ]{_NAME}[ ](?i:at)[ ]"
    rf"{_REACH}(?:[ ]or[ ]{_REACH})?\.?"
    r"(?:[ ](?i:follow)[ ](?:him|her|them)[ ](?i:on)[ ][\w]+:?[ ]@\w+\.?)?"
)


_CONTACT_OPENINGS = ("write to", "email th", "e-mail t", "contact ")  # the cheap sign of _WRITE_TO


# A screen reader's frame around a list of links: "list of 3 items", "list 1 of 3", "end of
# list"; and the category under a related post's title: 'In "Community"'.
_LIST_FRAME = lazy_re.compile(r"list[ ]of[ ]\d+[ ]items?|end[ ]of[ ]list", re.IGNORECASE)
_IN_CATEGORY = lazy_re.compile(r"In[ ][\"“][^\"“”\n]{1,40}[\"”]")


# Another story's headline set in capitals between paragraphs, as Fox News links its related
# stories: eight words or more, no sentence's end, colon or quotation (a subhead in capitals is
# short: "ON THE GROUND FROM COAST TO COAST").
_CAPS_LINK = lazy_re.compile(r"[^\W\d_][^\s:\"“”]*(?:[ ][^\s:\"“”]+){7,}(?<![.?!])")
_NUMBERS = lazy_re.compile(r"\d+")
_CAPS_BIO = lazy_re.compile(r"[ ](?:IS|ARE|WAS|WERE)[ ]")  # "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR"


def _shape_of(shown: str, near) -> str | None:
    """Which furniture the line is, trying each shape only where its cheap sign is."""
    # A box score's row in capitals has its figures: "ELKHORN NORTH 10 8 18 16 — 52".
    if (shown.isupper() and len(shown) <= 160 and _CAPS_LINK.fullmatch(shown) and not _CAPS_BIO.search(shown)
            and len(_NUMBERS.findall(shown)) <= 1):
        return "Link to another story"
    if len(shown) <= 60 and (_LIST_FRAME.fullmatch(shown) or _IN_CATEGORY.fullmatch(shown)):
        return "Page control or label"
    first_eight = shown[:8].lower()
    if (first_eight in _CONTACT_OPENINGS and ("@" in shown or first_eight == "contact ") and len(shown) <= 240
            and _WRITE_TO.fullmatch(shown)):
        return "The site's contact line"
    if (shown[:7].lower() == "loading" and len(shown) <= 80 and _LOADING.fullmatch(shown)
            and any(w in _LOADED for w in _words(shown))):
        return "Page control or label"
    if "owered by" in shown and len(shown) <= 100 and _ENGINE.fullmatch(shown) and shown.split("owered by ")[1][:1].isupper():
        return "Site footer"
    if "|" in shown and _menu(shown) and not any(_table_row(s) for s in near()):
        return "Site menu"
    if ("»" in shown or "›" in shown or " > " in shown or " / " in shown) and _breadcrumb(shown):
        return "Breadcrumb trail"
    if (len(shown) <= 120 and not shown.endswith((".", "?", "!")) and "«" not in shown and _PAGER_SIGN.search(shown)
            and _PAGER.fullmatch(shown)):
        return "Link to another post"
    opening = shown.lstrip("•·-–—*>[( ")
    first = _WORD.match(opening)
    first = first.group().lower() if first else ""
    asks = _CALL.match(opening) is not None or _CLAUSE_CALL.search(shown) is not None
    if _site_to_reader(shown, asks):
        return "The site's note to the reader"
    if _coverage_call(shown):
        return "Call to action"
    if first in _FOOTER_LINKS and _footer_links(shown, _words(shown)):
        return "Site footer"
    if shown[:1] in "$£€" and len(shown) <= 40 and _BUY_BUTTON.fullmatch(shown):
        return "Shop button"
    if len(shown) <= 24 and tuple(_words(shown)) in _CONTROL_PHRASES:
        return "Page control or label"
    if not asks and first not in _INTERFACE and not first.isdigit() and not ("(" in shown or "|" in shown or ":" in shown):
        return None  # no request, no page word, no gallery title: prose
    words = _words(shown)
    if asks and _call_to_action(shown, words):
        return "Call to action"
    # A prose fragment an extractor broke off at a link ("read-only.", "of the app.") opens
    # in lower case and ends its sentence; a control does neither or only the first
    # ("toggle caption").
    fragment = opening[:1].islower() and shown.endswith((".", "!", "?"))
    if not fragment and _SPEECH.search(shown) is None and _FIGURE.search(shown) is None and _interface_label(words):
        return "Page control or label"
    if len(words) <= _MAX_WORDS and _GALLERY.fullmatch(shown):
        return "Player or gallery label"
    return None


_READ_ON = lazy_re.compile(r"(?:read|continue[ ]reading|see)[ ]more\b", re.IGNORECASE)
_CUT_OFF = ("…", "...")


def _card_above(text: str, lines, index: int):
    """The line holding the summary above a "Read more", when that summary is cut off
    mid-sentence ("... sights, sounds,…"), as a link card's is; else None."""
    for above in reversed(lines[max(0, index - 2) : index]):
        shown = text[above.start : above.end].strip()
        if shown:
            cut = shown.endswith(_CUT_OFF) and not shown.rstrip(".…").endswith((".", "!", "?", '"', "”"))
            return above if cut and len(shown) <= 400 else None
    return None


# A clip's running time, alone on its line with the minutes' leading zero ("05:22"): a
# player's clock. A time of day or a race time has no leading zero or has decimals.
_RUNNING_TIME = lazy_re.compile(r"0\d:[0-5]\d")
_CLOCK = lazy_re.compile(r"\d{1,2}[:.]\d{2}(?:[ ]?[ap]\.?m\.?)?", re.IGNORECASE)
# The card's source label, empty or naming its maker: "- Source:", "Source: Reuters".
_SOURCE_LABEL = lazy_re.compile(r"[-•*]?[ ]*source[ ]?:(?:[ ][\w.'’&?!-]+){0,4}", re.IGNORECASE)
# A player's label above the clip it plays: with a title and a running time under it, a card.
_PLAYER_STATES = frozenset({"now playing", "up next", "playing next", "next video", "watch next"})
_CLIP_TITLE = lazy_re.compile(r"(?:watch|hear|listen|see|video)\b", re.IGNORECASE)
_MAX_PAGER = 64  # lines; a pager has a few arrows and at most a few dozen page numbers
_ARROWS = "<>«»‹›←→"
_PAGE_STEP = frozenset("<< < > >> « » ‹ › ← → … ... first last prev previous next".split())
_STEP_WORDS = frozenset("first last prev previous next".split())


def _step(line: str) -> str:
    """A pager's line as its step: "‹ Previous", "Next ›" and "Previous page" are
    "previous" and "next"; an arrow alone stays itself."""
    bare = line.lower().strip(_ARROWS + " ")
    if bare.endswith(" page"):
        bare = bare[:-5]
    return bare if bare in _STEP_WORDS else line.lower()


def _title_shaped(shown: str) -> bool:
    """Another story's or clip's title: short, opening with a capital or a quote mark, no
    sentence or clause end, no time of its own."""
    return (0 < len(shown.split()) <= 16 and (shown[:1] in "'\"‘“" or shown[:1].isupper())
            and not shown.endswith((".", "!", ":", ";", ",")) and _CLOCK.fullmatch(shown) is None)


def _video_card(shown: list[str], index: int) -> tuple[int, int] | None:
    """The card around a lone running time at shown[index]: the title above it, and the
    "Source:" label after it (empty or naming the clip's maker). Without that label only a
    title that asks to watch or hear ("Watch: ...", "Hear what ...") makes a card: a
    transcript's timestamps, a tide table, a race's results and a programme put a time
    under a short line too. None when the lines around are a schedule (times two lines
    apart) or there is no title."""
    if index == 0 or not _RUNNING_TIME.fullmatch(shown[index]) or not _title_shaped(shown[index - 1]):
        return None
    if index >= 2 and _CLOCK.fullmatch(shown[index - 2]) or index + 2 < len(shown) and _CLOCK.fullmatch(shown[index + 2]):
        return None  # a schedule: "09:00 / Registration / 09:30 / Keynote"
    if index + 1 < len(shown) and _SOURCE_LABEL.fullmatch(shown[index + 1]):
        return index - 1, index + 1
    if index >= 2 and shown[index - 2].lower().rstrip(":") in _PLAYER_STATES:
        return index - 2, index  # "Now Playing", the clip's title, its running time
    return (index - 1, index) if _CLIP_TITLE.match(shown[index - 1]) else None


def _pager(shown: list[str], index: int) -> int | None:
    """The last line of a pager that starts at shown[index]: page numbers one per line,
    rising by one ("1", "2", "3", ...), with an arrow or step beside them ("<<", "Next ›").
    Two numbers and a step make one; numbers alone are a box score's innings, a golf
    card's holes or a ranked ballot. A pager from a later page ("‹ Previous / 4 / 5 /
    Next ›") may start past 2 when it has steps on both sides. Else None."""
    numbers = arrows = arrows_before = 0
    last, first_number, expected = None, None, None
    for at in range(index, min(len(shown), index + _MAX_PAGER)):  # bounded: a page of arrows stays linear
        step = _step(shown[at])
        if step in _PAGE_STEP:
            arrows += 1
        elif step.isdigit() and len(step) <= 3 and (expected is None and (step in ("1", "2") or arrows) or int(step) == expected):
            if expected is None:
                first_number, arrows_before = step, arrows
            numbers, expected = numbers + 1, int(step) + 1
        else:
            break
        last = at
    if numbers == 1 and 0 < arrows_before < arrows:
        return last  # a one-page pager: "Previous", "1", "Next"
    if numbers < 2 or arrows == 0 or first_number not in ("1", "2") and not 0 < arrows_before < arrows:
        return None
    return last


def _runs(shown: list[str]):
    """The video cards and pagers among the article's lines, and the footer's list of
    links, as (first, last, what) indexes into shown, in order, never overlapping."""
    footer = _footer_list(shown)
    if footer is not None:
        shown = shown[: footer[0]]
    yield from _cards_and_pagers(shown)
    if footer is not None:
        yield footer[0], footer[1], "Site footer"


def _cards_and_pagers(shown: list[str]):
    index = 0
    while index < len(shown):
        if _step(shown[index]) in _PAGE_STEP or shown[index] in ("1", "2"):
            last = _pager(shown, index)
            if last is not None:
                yield index, last, "Pager"
                index = last + 1
                continue
        if index + 1 < len(shown) and shown[index + 1][:1] == "0":
            card = _video_card(shown, index + 1)
            if card is not None:
                yield card[0], card[1], "Video card"
                index = card[1] + 1
                continue
        index += 1


def _glued_hit(text: str, line, start: int) -> Hit:
    """The glued call from start to the line's end; its fix takes the spaces before it too."""
    cut = start
    while cut > line.start and text[cut - 1] in " \t":
        cut -= 1
    end = stripped(text, start, line.end)[1]
    return Hit((start, end), f"Call to action glued to the paragraph ('{text[start:end][:50]}'): remove it", fix=(cut, end, ""))


def check(doc: Document, options):
    text = doc.text
    lines = [line for line in doc.lines if line.start >= doc.content_start]
    headline = doc.headline or (0, 0)
    filled = [line for line in lines if text[line.start : line.end].strip() and not headline[0] <= line.start < headline[1]]
    shown_lines = [text[line.start : line.end].strip() for line in filled]
    covered = set()
    for first, last, what in _runs(shown_lines):
        covered.update(filled[at].start for at in range(first, last + 1))
        yield Hit((stripped(text, filled[first].start, filled[first].end)[0], stripped(text, filled[last].start, filled[last].end)[1]),
                  f"{what} scraped with the story ('{' '.join(shown_lines[first : last + 1])[:50]}'): remove it",
                  fix=paragraph_removal(text, filled[first].start, filled[last].end))
    for index, line in enumerate(lines):
        if headline[0] <= line.start < headline[1] or line.start in covered:
            continue  # the headline, or a line already in a card
        shown = text[line.start : line.end].strip()
        if not shown:
            continue

        def near(index=index, shown=shown):
            return [s for s in (text[n.start : n.end].strip() for n in lines[max(0, index - 2) : index + 3]) if s and s != shown]

        if len(shown) <= 240:
            what = _shape_of(shown, near)
        else:  # a paragraph of prose, or the site's longer notes to its reader (a newsletter's privacy notice)
            what = "The site's note to the reader" if len(shown) <= 400 and _site_to_reader(shown, False) else None
        if what is None:
            glued = _glued_call(shown) if len(shown) > 60 else None
            if glued is not None:
                yield _glued_hit(text, line, stripped(text, line.start, line.end)[0] + glued)
            continue
        first_line = line
        card = _card_above(text, lines, index) if what == "Call to action" and _READ_ON.match(shown) else None
        if card is not None:  # a link card: a story's cut-off summary, then "Read more"
            first_line, what = card, "Teaser card"
        yield Hit((stripped(text, first_line.start, first_line.end)[0], stripped(text, line.start, line.end)[1]), f"{what} scraped with the story ('{shown[:50]}'): remove it",
                  fix=lines_removal(text, first_line.start, line.end))


RULE = Rule(
    code="JK010",
    name="page-furniture",
    category="junk",
    severity="warning",
    summary="A line of the page's own controls: a menu, a call to action, a button, form or player label",
    why=(
        "Extractors keep the page's controls as lines of text: menus ('| Weekly edition | "
        "Kernel | Security |'), calls to action ('Like It, Share It!', 'Follow us on Twitter "
        "to get the latest...'), player and gallery labels ('VIDEO', 'Now watching', 'Image 1 "
        "of 5'). They come in endless wordings, so the rule reads their shape: a menu is short "
        "items between bars with no figures; a call to action opens with what a page asks "
        "(share, follow, subscribe, sign up, watch, log in...) and names the page, the site or "
        "its channels, not news; a label is made only of the words of a page's buttons, forms "
        "and players ('Enlarge this image', 'Thanks for signing up!', '5 min read', 'Image "
        "3 of 12') and counters, with a word only a page uses and one more, or three of its words; "
        "a video card is another clip's title over its lone running time ('04:18') and its "
        "'Source:' label, or under a title that asks to watch or hear; a pager is page numbers one per line beside arrows; a widget's 'Loading ... ...' and the site's "
        "'Write to <reporter> at <email>' and 'Contact <outlet> reporter <name> at ...' lines, read times "
        "('3 minute read'), a screen reader's 'list 1 of 3' and a related post's 'In \"Category\"' are furniture too. "
        "So is the site's note to the reader, however worded: a line that speaks to the reader ('you', 'we', "
        "a request) and names three of the site's services (email, newsletter, account, comments, app, "
        "privacy...), a sixth of its words ('We will use your email address only to send you newsletters'); "
        "and another story's headline set in capitals between paragraphs (eight words or more). A sentence about a video, a "
        "caption that names a photographer, a table's row, a schedule's times and numbered "
        "steps are left alone."
    ),
    check=check,
    examples=(
        Example("The council approved the budget on Tuesday.\n\n[[Like It, Share It!]]", bad=True),
        Example("The trail is open again.\n\n[[Follow us on Twitter to get the latest on the world's hidden wonders.]]", bad=True),
        Example("[[| Weekly edition | Kernel | Security | Distributions | Contact Us | Search |]]\n\nThe kernel release is out.", bad=True),
        Example("The minister spoke for an hour.\n\n[[Next video starts in : 7]]\n\nShe left without questions.", bad=True),
        Example("[[VIDEO]]\n\nThe storm hit the coast on Monday.", bad=True),
        Example("Prices rose again.\n\n[[When you walk into almost any store, you are overloaded with sights, sounds,…\n\n"
                "Read more Read more]]\n\nShoppers spent less.", bad=True),
        Example("“We will see more of this,” she said. The store closed at noon...\n\nRead the notice.", bad=False),
        Example("[[You must login or create an account to comment.]]", bad=True),
        Example("Watch the minister's speech in full on Tuesday, aides said.", bad=False),
        Example("The video, posted on Twitter and Facebook, drew thousands of comments.", bad=False),
        Example("| Team | Played | Won |\n| Arsenal | 10 | 7 |\n| Chelsea | 10 | 6 |", bad=False),
        Example("Photo: Jane Smith/AP", bad=False),
        Example("Read the full report at the ministry's office.", bad=False),
        Example("The trail reopened.\n\n[[Read the full transcript of his interview]]", bad=True),
        Example("[[[What you need to know to start the day: Get New York Today in your inbox.]]]", bad=True),
        Example("[[Comment count on this article reflects comments made on our site and Facebook. Visit our forum to join the discussion.]]", bad=True),
        Example("[[Gallery: Xbox One X | 14 Photos]]\n\nThe console goes on sale on Tuesday.", bad=True),
        Example("\u201cJoin us and share your story,\u201d the organisers said on their website.", bad=False),
        Example("Residents can sign up for flood alerts at the county office, officials said.", bad=False),
        Example("Lucas Nolan is a reporter for the Tech desk covering free speech. Follow him on Twitter @LucasNolan.", bad=False),
        Example("Get your frontend code covered\n\nThe tool measures which lines ran.\n\nIt is free.", bad=False, article=True),
        Example("Daniela: Like, we're all in this together, and our class will be remembered.", bad=False),
        Example("The rover landed on Thursday.\n\n[[Enlarge this image]]\n\nIt sent its first picture an hour later.", bad=True),
        Example("The rover landed on Thursday.\n\n[[toggle caption]]\n\nIt sent its first picture an hour later.", bad=True),
        Example("Prices rose again.\n\n[[Thanks for signing up!]]\n\n[[By signing up, you agree to our Terms of Use and Privacy Policy.]]", bad=True),
        Example("The flood reached the square.\n\n[[1 of 12]]\n\nShops stayed shut.", bad=True),
        Example("[[Published 5 hours ago]]\n\nThe flood reached the square.", bad=True),
        Example("Updated at 9:20 p.m. ET\n\nThe flood reached the square.", bad=False),
        Example("[[5 min read]]\n\nThe council approved the budget on Tuesday.", bad=True),
        Example("The council approved the budget on Tuesday.\n\n[[Something went wrong. Please try again.]]", bad=True),
        Example("The family moved away.\n\nBack home\n\nThey returned in May.\n\nThe app\n\nIt costs $2.", bad=False),
        Example("The study is free.\n\nOpen access\n\nAnyone can read it.\n\nNext up\n\nThe Jets.", bad=False),
        Example("«Nous sommes prêts », a-t-il dit\n\nThe minister spoke in Paris.", bad=False),
        Example("The council approved the budget on Tuesday.\n\nWhat happens next\n\nThe mayor signs it on Friday.", bad=False),
        Example("Divers resumed work at dawn.\n\nThe search\n\nIt covers ten miles of coast.", bad=False),
        Example("Sales by category:\n\nCookies 5.1%\n\nCrackers 3.2%", bad=False),
        Example("The files were made\n\nread-only.\n\nNo one could change them.", bad=False),
        Example("[[Home » News » World]]\n\nThe storm moved north on Tuesday.", bad=True),
        Example("[[Home > Politics > Congress]]\n\nThe Senate voted on Tuesday.", bad=True),
        Example("The fund is growing.\n\n[[← Previous: Chasing Quick Fixes To Sustainability]]", bad=True),
        Example("The fund is growing.\n\n[[Next page: Security>>]]", bad=True),
        Example("Next: the council votes on the plan in May.", bad=False),
        Example("«Nous sommes prêts», a déclaré le ministre\n\nThe minister spoke in Paris.", bad=False),
        Example("The score went from 2-1 » to 3-1 in the second half.", bad=False),
        Example("To export, choose:\n\nFile > Save As > PDF", bad=False),
        Example("The Bulldogs won 3-1.\n\nUP NEXT\n\nThe Bulldogs host Tigers on Friday.", bad=False),
        Example("Watch: the council debate, which ran for four hours, ended in a 7-2 vote.", bad=False),
        Example("The flood reached the square.\n\n[[Slide 3 of 20]]\n\nShops stayed shut.", bad=True),
        Example("The minister spoke for an hour.\n\n[[0:00 / 3:12]]\n\nShe left early.", bad=True),
        Example("The council approved the budget.\n\n[[Print this article]]", bad=True),
        Example("The council approved the budget.\n\n[[Back to top]]", bad=True),
        Example("\u201cWe will be proud of it,\u201d the mayor said. [[Subscribe to the Coloradoan for unlimited access to "
                "local news you can trust.]]", bad=True),
        Example("The clinic opens on Monday. Sign up for alerts at the county office, officials said.", bad=False),
        Example("Lucas Nolan is a reporter for Breitbart Tech covering free speech. Follow him on Twitter for his work.", bad=False),
        Example("India won by five wickets.\n\n[[Catch the latest in Sports]]", bad=True),
        Example("[[(Catch all the Business News, Breaking News and Latest News Updates on The Economic Times.)]]", bad=True),
        Example("For more information, visit the county's website at www.larimer.gov.", bad=False),
        Example("[[Font Size Abc Small Abc Medium Abc Large]]\n\nThe council approved the budget.", bad=True),
        Example("[[Social Sharing]]\n\nThe council approved the budget.", bad=True),
        Example("The outbreak grew.\n\n[[Now Playing\n\nMeasles: What parents need to know\n\n02:47]]\n\nSix children are ill.", bad=True),
        Example("The outbreak grew.\n\n[[Duration 2:04]]\n\nSix children are ill.", bad=True),
        Example("The family moved in May.\n\n[[Previous\n\n1\n\nNext]]\n\nThey opened a cafe.", bad=True),
        Example("Final scores:\n\nELKHORN NORTH 10 8 18 16 — 52\n\nBENNINGTON 12 9 10 14 — 45", bad=False),
        Example("The piece ends here.\n\n[[Help Status About Careers Press Blog Privacy Terms Text to speech Teams]]", bad=True),
        Example("Terms and conditions\n\nThe contract runs for three years, the club said.", bad=False),
        Example("The club was found liable for the damage to the roof.[[Sign up to the Front Page newsletter for free: your "
                "essential guide to the day's agenda, direct to your inbox.]]", bad=True),
        Example("Cases rose again in the city this week. Download the NHS Covid app to check in at venues.", bad=False),
        Example("The claim was upheld.\n\n[[Continue reading this article with a Telegraph subscription.]]", bad=True),
        Example("The case is small and light.\n\n[[$199 at Amazon]]\n\n[[$199 at Best Buy]]\n\nBattery life is good.", bad=True),
        Example("The headphones cost $199 at Amazon, and less at Best Buy.", bad=False),
        Example("The site closes.\n\n[[Editorial Standards\n\nReprints & Permissions\n\nCareers\n\nPrivacy Policy]]", bad=True),
        Example("The guide walks through the phone's menus.\n\nSettings\n\nPrivacy\n\nTurn off location sharing there, "
                "the guide says.", bad=False),
        Example("[[Close extra sharing options]]\n\n[[Copy Link URL]]\n\nThe fire burned for a week.", bad=True),
        Example("The blog moves fast.\n\n[[Auto refresh]]\n\n[[Show 3 new posts]]\n\nSomerset batted first.\n\n[[Load more]]", bad=True),
        Example("The vote is on Friday.\n\n[[Privacy Notice: Newsletters may contain info about charities, online ads, and "
                "content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha "
                "to protect our website and the Google Privacy Policy and Terms of Service apply.]]", bad=True),
        Example("Meta told users in Europe that it will use their public posts to train its models from June, and that "
                "people who object can fill in a form in the app's privacy settings, the company's notice to users says "
                "without giving a date for the rest of the world.", bad=False),
        Example("[[Skip to main content]]\n\nThe council approved the budget.", bad=True),
        Example("The team went back to the top of the table on Saturday.\n\nSkip the queue\n\nTickets are sold online.", bad=False),
        Example("Run the script:\n\npython3 sync.py --all\n\n[[Copy]]\n\nIt finishes in a minute.", bad=True),
        Example("The bridge reopened.\n\n[See related story, page 4]\n\nLoading up\n\nThe vans left at dawn.", bad=False),
        Example("Waiting lists grew.\n\n[[How the backlog built up\n\n02:51\n\nSource: NHS England]]\n\nThe trust said so.", bad=True),
        Example("Tips\n\nCheck your privacy settings\n\nTurn off notifications\n\nDaily screen time\n\nPhotos\n\n"
                "Listen\n\nWatching from home\n\nSlide back\n\nLoad limit\n\nApp launch", bad=False),
        Example("Campaign\n\nSave Our Post Office\n\nJoin us\n\nSupport us\n\nGet more\n\nResidents carried "
                "banners that read: Save our post office\n\nFollow local employers on LinkedIn\n\nFollow the count on X", bad=False),
        Example("Cars\n\nPowered by Rolls-Royce\n\nThe jet is powered by hydrogen.\n\nHigh tide\n\n6:42 / 19:03", bad=False),
        Example("Markets fell.\n\nStocks slide\n\nShares fell 3%.\n\nLoad shedding\n\nPower cuts went on.", bad=False),
        Example("The fund is growing.\n\n[[| Minecraft News | Powered by Tumblr |]]", bad=True),
        Example("The fund is growing.\n\n[[Proudly powered by WordPress]]", bad=True),
        Example("The plant is powered by solar panels\n\nPowered by the sun\n\nIt opened in May.", bad=False),
        Example("The fund is growing.\n\n[[Follow us]]\n\n[[Follow The Guardian on Twitter]]\n\n[[Get alerts]]", bad=True),
        Example("The minister spoke.\n\n[[Now watching]]\n\nShe left.\n\n[[Media playback is not supported on this device]]", bad=True),
        Example("The cinema reopened on Friday.\n\nNow playing\n\nThe first week sold out.\n\n"
                "Follow National Highways on X for updates.", bad=False),
        Example("The fund is growing.\n\n[[Follow @TheLedger on Twitter for updates.]]\n\n"
                "[[Media playback is unsupported on your device]]", bad=True),
        Example("The fund is growing.\n\n[[Invalid email address]]\n\n[[Already have an account? Sign in]]\n\n"
                "[[By clicking Sign Up, you agree to our Terms and Privacy Policy.]]", bad=True),
        Example("The mayor is on Twitter.\n\nFollow the money\n\nThe audit found gaps.\n\nJoin the club\n\n"
                "Get well soon\n\nHe followed the debate on Facebook, he said.", bad=False),
        Example("Save the date\n\nThe fair opens on 3 May.\n\nPrint edition\n\nThe paper will cost more.", bad=False),
        Example("The court ruled on Friday.\n\n[[Hear what the justices asked the lawyers\n\n04:18\n\n- Source:]]\n\n"
                "The ruling takes effect in May.\n\n[[Watch: 'Not over yet', the governor on the ruling\n\n01:37]]", bad=True),
        Example("Transcript\n\nSPEAKER 1\n\n00:14\n\nGood evening and welcome.\n\nTonight on BBC One\n\n"
                "Question Time\n\n09:45\n\nHigh water\n\n06:42\n\n4.9m", bad=False),
        Example("Conference programme\n\n09:00\n\nRegistration and coffee\n\n09:30\n\nOpening keynote\n\n10:15\n\n"
                "Panel on local news", bad=False),
        Example("The winners\n\nMen's 5,000m\n\n13:05.44\n\nWomen's mile\n\n4:21\n\nHigh tide\n\n06:42", bad=False),
        Example("The fund is growing.\n\n[[<<\n\n<\n\n1\n\n2\n\n3\n\n4\n\n>\n\n>>]]\n\n[[Loading weather data ...]]", bad=True),
        Example("Steps\n\n1\n\nMix the flour and water.\n\n2\n\nLet it rest.\n\nScores\n\n3\n\n1", bad=False),
        Example("Box score\n\nTeam\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\n9\n\nR", bad=False),
        Example("The fund is growing.\n\n[[‹ Previous\n\n4\n\n5\n\n6\n\nNext ›]]", bad=True),
        Example("The dam held.\n\n[[Write to Ana de la Cruz at ana.delacruz@example.com]]", bad=True),
        Example("Rates rose.\n\n[[3 minute read]]\n\n[[list of 3 items]]\n\n[[list 1 of 3]]\n\nBanks fell.\n\n"
                "[[end of list]]\n\nTrail plan approved\n\n[[In \"Community\"]]", bad=True),
        Example("Minute by minute\n\nThe vote was close.\n\nIn \"Hamlet\", the prince hesitates.\n\nA list of 3 names was read out.", bad=False),
        Example("[[Home | News | U.K. | Sport | TV&Showbiz | Femail]]\n\nThe vote was close.", bad=True),
        Example("The school will close.\n\n[[Contact IndyStar education reporter Arika Herron at aherron@example.com or "
                "317-444-6232. Follow her on X @ArikaHerron.]]\n\n[[Follow The Ledger on Facebook, X and Instagram]]", bad=True),
        Example("Contact the county office at 317-444-6232 for a permit.\n\nContact tracing reporter Jane Doe at the clinic said it worked.", bad=False),
        Example("The polo final was close.\n\n[[Pages: 1 2 3 4]]", bad=True),
        Example("Results are due on Friday.\n\n[[Follow Al Jazeera English:]]\n\n[[Something went wrong, please try again "
                "later.]]", bad=True),
        Example("The vote is on Friday.\n\n[[We will use your email address only to send you our newsletters. See our "
                "privacy notice.]]\n\nPolls open at 7am.", bad=True),
        Example("The phone is fast.\n\nWe tested the app for a week; its alerts came late and its account page crashed "
                "twice.\n\nResidents can download the council's app or register online for bin alerts.", bad=False),
        Example("The governor signed the bill.\n\n[[TEXAS GOVERNOR SIGNS RECORD $18 BILLION PROPERTY TAX CUT INTO LAW]]\n\n"
                "The cut takes effect in 2025.", bad=True),
        Example("The governor signed the bill.\n\nON THE GROUND FROM COAST TO COAST\n\nCrews worked all night.\n\n"
                "JANE DOE IS THE NETWORK'S CHIEF POLITICAL EDITOR IN CANBERRA", bad=False),
        Example("The dam held.\n\n[[Page 2 of 5]]\n\n[[Write to the author at desk@example.com]]\n\n"
                "[[Email the reporter at desk@example.com.]]", bad=True),
        Example("Loading the trucks took all night, the driver said.\n\nLoading bays\n\nWrite to your MP at the "
                "House of Commons, the charity urged.\n\nShe wrote to Ana at ana@example.com in May.", bad=False),
        Example("Loading the car...\n\nWe left at dawn.\n\nWrite to Ana at ana@example.com and ask for a form, "
                "the leaflet says.", bad=False),
        Example("The dam held.\n\n[[Loading, please wait...]]\n\n[[Write to Zoë Ólafsdóttir at zoe.olafs@example.com]]", bad=True),
    ),
    source=__name__,
)
