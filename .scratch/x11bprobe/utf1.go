package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	bad := "a\xffb\xe2\x82"
	fmt.Println(strings.ToValidUTF8(bad, "?"), utf8.RuneCountInString(bad), len(bytes.Runes([]byte(bad))))
	r, sz := utf8.DecodeLastRuneInString(bad)
	fmt.Println(r, sz, strconv.QuoteToASCII("héllo\x00"), strconv.QuoteRuneToGraphic('\t'))
	fmt.Printf("%q %+q %x\n", []string{bad, "ok"}, bad, []rune("é"))
	fmt.Println(utf16.Encode([]rune("a😀")), string(utf16.Decode([]uint16{0x61, 0xd83d, 0xde00})))
	fmt.Println(unicode.IsUpper('É'), unicode.ToLower('Σ'), string(unicode.SimpleFold('k')), unicode.In('λ', unicode.Greek))
	buf := utf8.AppendRune(nil, '世')
	fmt.Println(buf, utf8.FullRune(buf[:2]), utf8.RuneLen('世'), utf8.ValidRune(0xD800))
	fmt.Println(strings.EqualFold("straße", "STRASSE"), strings.ToUpper("straße"), len(strings.ToUpper("ǆ")))
}
