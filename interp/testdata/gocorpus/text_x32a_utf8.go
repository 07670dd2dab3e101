package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func main() {
	const s = "สวัสดี"
	fmt.Println("Len:", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Println("Rune count:", utf8.RuneCountInString(s))
	for idx, runeValue := range s {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}

	fmt.Println("\nUsing DecodeRuneInString")
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%#U starts at %d (width %d)\n", runeValue, i, width)
		w = width
	}

	mixed := "Go语言 ¡olé! 123"
	var letters, digits, spaces, punct, upper int
	for _, r := range mixed {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
	}
	fmt.Println(letters, digits, spaces, punct, upper)
	fmt.Println(unicode.Is(unicode.Han, '语'), unicode.In('é', unicode.Latin), unicode.ToTitle('ß'))

	bad := "a\xffb"
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(mixed))
	for _, r := range bad {
		fmt.Printf("%q ", r)
	}
	fmt.Println()
	fmt.Println(strings.ToValidUTF8(bad, "?"))

	buf := utf8.AppendRune(nil, '世')
	fmt.Println(buf, len(buf), utf8.RuneLen('€'), string(rune(65)), string([]byte{0xe2, 0x82, 0xac}))
	r, size := utf8.DecodeLastRuneInString("héllo wörld")
	fmt.Printf("%c %d\n", r, size)

	for _, p := range []string{"A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "Gopher"} {
		fmt.Printf("%-32q palindrome=%t\n", p, isPalindrome(p))
	}
	fmt.Println(truncate("日本語のテキスト", 3), truncate("short", 10))
	fmt.Println(strings.ToUpper("ǆemal straße"), strings.ToLower("ÀÉÎ"))
}
