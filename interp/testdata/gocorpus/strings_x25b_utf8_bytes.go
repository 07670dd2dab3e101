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
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r > 127 {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		case r == '!':
			return -1
		}
		return r
	}, s)
}

func main() {
	s := "Hello, 世界! héllo"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%d bytes) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(s[7:10], s[7], string(s[7]), []byte(s[:3]))
	bad := string([]byte{0xff, 'a', 0xfe})
	fmt.Println(utf8.ValidString(bad), []rune(bad), len([]rune(bad)))
	for _, r := range bad {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println()
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Go hang a salami, I'm a lasagna hog!"), isPalindrome("gopher"))
	enc := caesar("Attack at Dawn!", 3)
	fmt.Println(enc, caesar(enc, -3))
	var buf bytes.Buffer
	buf.WriteString("line one\n")
	buf.WriteRune('→')
	buf.WriteByte(' ')
	fmt.Fprintf(&buf, "%03d\n", 7)
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	rest := buf.Bytes()
	fmt.Println(bytes.HasPrefix(rest, []byte("→")), bytes.Count(rest, []byte("0")), string(bytes.TrimSpace(rest)))
	fields := bytes.Fields([]byte("  x  yy zzz "))
	fmt.Printf("%q %s\n", fields, bytes.Join(fields, []byte("+")))
	fmt.Println(bytes.Equal([]byte("a"), []byte{'a'}), bytes.Compare([]byte("a"), []byte("b")))
	b := []byte("hello")
	copy(b[1:], "EY")
	fmt.Println(string(b))
	fmt.Println(strings.Cut("key=value=x", "="))
	before, after, found := strings.Cut("nocut", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b", ","), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.Split("", ","))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
}
