from spbe.discussions.mentions import mentioned_usernames


def test_it_finds_each_mention_once_in_order() -> None:
    text = "@pic-kominfo tolong cek, @koordinator juga; @pic-kominfo lagi"
    assert mentioned_usernames(text) == ["pic-kominfo", "koordinator"]


def test_it_leaves_trailing_punctuation_out_of_the_name() -> None:
    text = "SK yang mana, @budi? Tanya @sari. Lalu (@andi), @dewi! @eko: @fitri…"
    assert mentioned_usernames(text) == ["budi", "sari", "andi", "dewi", "eko", "fitri"]


def test_it_keeps_dots_and_dashes_inside_a_name() -> None:
    assert mentioned_usernames("Cc @budi.santoso dan @pic_bappeda-2.") == [
        "budi.santoso",
        "pic_bappeda-2",
    ]


def test_an_email_address_is_not_a_mention() -> None:
    assert mentioned_usernames("Kirim ke budi@kominfo.go.id atau sari.w@example.org") == []


def test_a_lone_or_doubled_at_sign_is_not_a_mention() -> None:
    assert mentioned_usernames("harga @ 5 rb, @@budi, @") == []
