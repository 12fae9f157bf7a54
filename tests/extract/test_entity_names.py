

@pytest.mark.parametrize(("text", "present", "absent"), [
    # names in a list of places are places, whatever the NER tagged them (bbc-politics-147)
    ("Lib Dem leader Charles Kennedy accelerating Lib Dem election preparations this week as he "
     "visits Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, Dorset and Torbay.",
     {("Manchester", "City"), ("Torbay", "Place"), ("Dorset", "Place"), ("Liverpool", "City")},
     {("Manchester", "Person"), ("Torbay", "Person"), ("Dorset", "Organization")}),
    # a known town after "at" is the town (reuters-8089)
    ("A BP spokesman said the fire was confined to one plant at the 700-acre refinery at "
     "Grangemouth, 25 miles west of Edinburgh.",
     {("Grangemouth", "City"), ("Edinburgh", "City")}, {("Grangemouth", "Organization")}),
])
def test_places_by_their_position(read_text, text, present, absent):
    found = set(_entities(read_text, text))
    assert present <= found
    assert not absent & found
