package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func lookAndSay(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteByte(s[i])
		i = j
	}
	return b.String()
}

func rle(s string) string {
	var buf bytes.Buffer
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			fmt.Fprintf(&buf, "%d", j-i)
		}
		buf.WriteRune(rs[i])
		i = j
	}
	return buf.String()
}

func unrle(s string) string {
	var out strings.Builder
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			continue
		}
		out.WriteString(strings.Repeat(string(r), max(n, 1)))
		n = 0
	}
	return out.String()
}

func main() {
	s := "1"
	for i := 0; i < 8; i++ {
		fmt.Println(i, s)
		s = lookAndSay(s)
	}
	s = "1113222113"
	for range 20 {
		s = lookAndSay(s)
	}
	fmt.Println("len after 20:", len(s))
	for _, t := range []string{"aaabccddddd", "héééllo wörld!!", "", "zzzzzzzzzzzz"} {
		enc := rle(t)
		dec := unrle(enc)
		fmt.Printf("%q -> %q -> %q ok=%v runes=%d bytes=%d\n", t, enc, dec, dec == t, utf8.RuneCountInString(t), len(t))
	}
	b := []byte("gö")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c %U %d\n", r, r, size)
		b = b[size:]
	}
	bad := string([]byte{0xff, 'a'})
	for i, r := range bad {
		fmt.Println(i, r == utf8.RuneError, utf8.ValidString(bad))
	}
	fmt.Println(strings.ToValidUTF8(bad, "?"), bytes.Count([]byte("cheese"), []byte("e")), bytes.Fields([]byte(" a b  c ")))
	var parts [][]byte = bytes.SplitN([]byte("k=v=w"), []byte("="), 2)
	fmt.Printf("%s %s %q\n", parts[0], parts[1], bytes.TrimFunc([]byte("xxhixx"), func(r rune) bool { return r == 'x' }))
}
