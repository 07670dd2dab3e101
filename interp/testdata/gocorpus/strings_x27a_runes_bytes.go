package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	t := b.String()
	return t == reverse(t)
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(s[1], s[1:3], string(s[7]))
	fmt.Printf("%q %x % x\n", s[:3], s[:3], []byte(s[:3]))
	fmt.Println(reverse(s))
	for _, p := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw"} {
		fmt.Println(isPalindrome(p), p)
	}
	enc := caesar("Hello, World", 3)
	fmt.Println(enc, caesar(enc, -3))

	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(string(bs), bytes.ToUpper(bs), string(bytes.Repeat(bs, 2)))
	var buf bytes.Buffer
	for i := range 3 {
		fmt.Fprintf(&buf, "[%d]", i)
	}
	buf.WriteString("end")
	fmt.Println(buf.String(), buf.Len())

	fmt.Println(strings.Fields("  a  b\tc\n"), strings.Split("a,b,,c", ","))
	fmt.Println(strings.Title("x"), strings.Repeat("ab", 3), strings.Count("cheese", "e"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.Index("chicken", "ken"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.HasPrefix("golang", "go"))
	invalid := string([]byte{0xff, 'a'})
	for _, r := range invalid {
		fmt.Print(r, " ")
	}
	fmt.Println(utf8.ValidString(invalid))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), []byte("é"), []rune("é"))
}
