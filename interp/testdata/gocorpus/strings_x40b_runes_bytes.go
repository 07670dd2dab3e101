package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(s[1], s[0:2], string(s[1]))
	fmt.Printf("%T %T\n", s[0], []rune(s)[0])

	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()

	for i := 0; i < 3; i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()

	fmt.Println(reverse(s))
	fmt.Printf("%q %+q %x % x\n", "世", "世", "世", "世")

	// strings are immutable; converting copies
	b := []byte("abc")
	t := string(b)
	b[0] = 'X'
	fmt.Println(t, string(b))

	// invalid UTF-8
	bad := string([]byte{0xff, 'a'})
	for _, r := range bad {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println(utf8.ValidString(bad))

	// string from int conversion via rune
	fmt.Println(string(rune(9731)), strings.Repeat("=", 5))

	// byte arithmetic
	c := 'a' + 2
	fmt.Printf("%c %v %T\n", c, c, c)
	var by byte = 'z'
	by++
	fmt.Println(by, string(rune(by)))

	// strings package
	fmt.Println(strings.ToUpper(s), strings.Title("go lang"))
	fmt.Println(strings.Index(s, "世"), strings.IndexRune(s, 'l'), strings.IndexByte(s, 'o'))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")))
	fmt.Printf("%q\n", strings.Fields("  a  b\tc\n"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "HeLLo WoRld"))

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("go!")
	fmt.Println(sb.String(), sb.Len())

	// comparing strings
	fmt.Println("apple" < "banana", "Z" < "a", "abc" < "abcd", strings.EqualFold("Go", "GO"))
	r, size := utf8.DecodeRuneInString("界x")
	fmt.Println(string(r), size)
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
}
