## The topic taxonomy: what utilities can mentor on and need help with. Topic names themselves
## are content, written by the secretariat.

topics-name-missing = Please enter the topic's name.
topics-name-too-long = Please keep the name under { $max } characters.
topics-not-found = This topic does not exist.
topics-name-taken = A topic with this name already exists.
